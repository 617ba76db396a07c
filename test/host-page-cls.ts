/**
 * CLS on a page that follows README: the elements arrive after the page is laid out (their script
 * is late), and the feed's source answers after 1.2 s. Shared by the 1280 and 390 px test files:
 * an element can be defined only once per page, so each width gets its own page.
 */
import {setViewport} from '@web/test-runner-commands';
import {NkEventCard} from '../src/event-card/event-card.js';
import {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {NkScriptSwitch} from '../src/script-switch/script-switch.js';
import {buildHostPage, expectNoShift} from './host-page.js';
import {until} from './helpers.js';

const SLOW_SOURCE = '/demo/feeds/sample.json';

const page = `
  <main>
    <header><nk-script-switch></nk-script-switch></header>
    <nk-news-feed limit="3" src="${SLOW_SOURCE}"></nk-news-feed>
    <p id="after-feed">本報訊：這段文字在新聞列表之下，列表載入時不該移動。</p>
    <nk-event-card article-id="nk-20250527-golden-dome-condemned"></nk-event-card>
    <p id="after-card">這段文字在新聞卡片之下。</p>
  </main>
  <aside><nk-news-feed limit="3" searchable filterable></nk-news-feed><p id="after-sidebar">側欄之下</p></aside>
`;

export async function measureLayoutShift(width: number, height: number) {
  await setViewport({width, height});
  // Chrome marks shifts within 500 ms of a resize as "had recent input" and leaves them out of
  // CLS: the page settles at its width first, so every later shift counts.
  await new Promise((resolve) => setTimeout(resolve, 600));
  // The site's feed server is slow: its answer comes 1.2 s after the request.
  const fetch = window.fetch;
  window.fetch = async (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes(SLOW_SOURCE)) await new Promise((r) => setTimeout(r, 1200));
    return fetch(input, init);
  };
  const remove = buildHostPage(page);
  try {
    await expectNoShift(`host page at ${width}px`, ['after-feed', 'after-card', 'after-sidebar'], async () => {
      // The script arrives: every element upgrades, shows placeholders, then its articles.
      customElements.define('nk-script-switch', NkScriptSwitch);
      customElements.define('nk-news-feed', NkNewsFeed);
      customElements.define('nk-event-card', NkEventCard);
      const feeds = [...document.querySelectorAll<NkNewsFeed>('nk-news-feed')];
      const card = document.querySelector('nk-event-card')!;
      await until(() => feeds.every((feed) => feed.status === 'ready') && card.shadowRoot?.querySelector('[part~="headline"]'), 'the page to load', {timeout: 9000});
    });
  } finally {
    window.fetch = fetch;
    remove();
  }
}
