// Dark mode for the page and every nk element; the embed-code configurator.
const dark = document.querySelector('#dark');
dark.addEventListener('change', () => {
  document.documentElement.classList.toggle('dark', dark.checked);
  for (const el of document.querySelectorAll('nk-news-feed, nk-event-card, nk-timeline, nk-script-switch')) el.theme = dark.checked ? 'dark' : 'light';
});

const form = document.querySelector('#config');
const snippet = document.querySelector('#snippet');
const preview = document.querySelector('#preview');
const script = new URL('/dist/cdn/nk-news.js', location.href).href;

function update() {
  const data = new FormData(form);
  const feed = document.createElement('nk-news-feed');
  for (const name of ['src', 'limit', 'layout', 'variant', 'theme']) {
    const value = String(data.get(name) ?? '').trim();
    if (value && !(name === 'layout' && value === 'list') && !(name === 'theme' && value === 'light')) feed.setAttribute(name, value);
  }
  for (const name of ['searchable', 'filterable']) if (data.get(name)) feed.setAttribute(name, '');
  snippet.textContent = `<script type="module" src="${script}"></script>\n${feed.outerHTML.replace(/=""/g, '')}`;
  preview.replaceChildren(feed);
}
form.addEventListener('input', update);
update();
