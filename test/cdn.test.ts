// The CDN bundle as a site editor uses it: one script tag, then the tags. Built by `npm run build`.
import {expect, fixture, html} from '@open-wc/testing';
import {headlines, showing, shownArticles} from './helpers.js';

async function loadBundle() {
  if (customElements.get('nk-news-feed')) return;
  const script = Object.assign(document.createElement('script'), {type: 'module', src: '/dist/cdn/nk-news.js'});
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error('dist/cdn/nk-news.js is missing: run `npm run build` first'));
  });
  document.head.append(script);
  await loaded;
}

const resources = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('dist/cdn/nk-news.js', () => {
  before(loadBundle);

  it('registers every element', () => {
    for (const tag of ['nk-news-feed', 'nk-event-card', 'nk-script-switch', 'nk-timeline']) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('shows all 20 corpus stories newest first with limit=100, and downloads no opencc code', async () => {
    const feed = await fixture(html`<nk-news-feed limit="100"></nk-news-feed>`);
    await showing(feed, 20);
    const dates = shownArticles(feed).map((a) => a.querySelector('time')!.getAttribute('datetime')!);
    expect(dates[0]).to.equal('2025-07-29');
    expect(dates[19]).to.equal('2024-11-20');
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(new Set(headlines(feed)).size).to.equal(20);
    // The corpus came as its own chunk, not inside nk-news.js.
    expect(resources().some((name) => /\/dist\/cdn\/chunks\/articles-/.test(name))).to.equal(true);
    expect(resources().some((name) => /opencc|dict|convert/i.test(name.split('/').pop()!))).to.equal(false);
    await expect(feed).to.be.accessible();
  });

  it('renders a card for a corpus story by id', async () => {
    const card = await fixture(html`<nk-event-card article-id="nk-20241120-storm-shadow"></nk-event-card>`);
    await showing(card, 1);
    expect(card.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-20');
    await expect(card).to.be.accessible();
  });
});
