/**
 * CLS on a page that links reserve.css as docs/embedding.md says: the elements arrive after the page is laid out (their script
 * is late), and the feed's source answers after 1.2 s. Shared by the 1280 and 390 px test files:
 * an element can be defined only once per page, so each width gets its own page.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {corpus} from '../src/corpus/index.js';
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

/** Sources with fewer stories than the feeds' limit: two, none, and one that fails. */
const SHORT = '/nk-news-two-stories.json';
const EMPTY = '/nk-news-no-stories.json';
const FAILING = '/feeds/fault/500';

const sparsePage = `
  <main>
    <nk-news-feed id="short" limit="5" src="${SHORT}"></nk-news-feed>
    <p id="after-short">這段文字在只有兩則新聞的列表之下。</p>
    <nk-news-feed id="empty" limit="5" src="${EMPTY}"></nk-news-feed>
    <p id="after-empty">這段文字在沒有新聞的列表之下。</p>
  </main>
  <aside><nk-news-feed id="failing" limit="5" src="${FAILING}"></nk-news-feed><p id="after-failing">側欄之下</p></aside>
`;

/**
 * A short, an empty and a failing feed on a page that links reserve.css (the 2-of-5 feed shifted
 * the text below it by CLS 0.10 at 1280 px and 0.23 at 390 px before the room stayed after
 * definition). Each source answers after 1.2 s; the window is as tall as the page.
 */
export async function measureSparseFeeds(width: number, height: number) {
  await setViewport({width, height});
  await new Promise((resolve) => setTimeout(resolve, 600));
  const stories = (await corpus()).slice(0, 2);
  const made = new Map([[SHORT, stories], [EMPTY, []]]);
  const fetch = window.fetch;
  window.fetch = async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href).pathname;
    if (made.has(url) || url === FAILING) await new Promise((r) => setTimeout(r, 1200));
    const articles = made.get(url);
    if (articles) return new Response(JSON.stringify({version: 1, articles}), {headers: {'content-type': 'application/json'}});
    return fetch(input, init);
  };
  const remove = buildHostPage(sparsePage);
  try {
    await expectNoShift(`short, empty and failing feeds at ${width}px`, ['after-short', 'after-empty', 'after-failing'], async () => {
      customElements.define('nk-news-feed', NkNewsFeed);
      const feed = (id: string) => document.getElementById(id) as NkNewsFeed;
      await until(() => feed('short').status === 'ready' && feed('empty').status !== 'loading' && feed('failing').status === 'error', 'the feeds to settle', {timeout: 9000});
      // What a reader sees: two stories; a message (not a blank hole) where stories would be.
      expect(feed('short').shadowRoot!.querySelectorAll('[part~="article"]')).to.have.length(2);
      // The empty feed: its message under a dashed panel over the room (not a blank hole).
      const empty = feed('empty').shadowRoot!;
      const list = empty.querySelector('[part~="feed"]')!;
      const message = empty.querySelector('[part~="status"]')!;
      expect(message.textContent!.trim()).to.not.equal('');
      expect(getComputedStyle(list).borderTopStyle, 'the empty panel').to.equal('dashed');
      expect(list.getBoundingClientRect().height, 'the empty panel').to.be.above(feed('empty').getBoundingClientRect().height * 0.8);
      // The failing feed: its error box fills the room.
      const error = feed('failing').shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.textContent!.trim()).to.not.equal('');
      expect(error.getBoundingClientRect().height, 'the error box').to.be.above(feed('failing').getBoundingClientRect().height * 0.8);
    });
  } finally {
    window.fetch = fetch;
    remove();
  }
}
