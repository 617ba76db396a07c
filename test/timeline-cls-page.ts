/**
 * CLS on a page that links the built dist/reserve.css as docs/embedding.md says, for what
 * test/host-page-cls.ts does not cover: timelines, whose articles fall on any number of days and
 * months, a feed whose stories have pictures, and the card now that it takes its article's height.
 * Every source answers after 1.2 s; the elements arrive after the page is laid out. The window is
 * as tall as the page, so every element is in view and every shift counts. Shared by the 1280 and
 * 390 px test files: an element can be defined only once per page.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {NkEventCard} from '../src/event-card/event-card.js';
import {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {NkTimeline} from '../src/timeline/timeline.js';
import {corpus} from '../src/corpus/index.js';
import {buildHostPage, expectNoShift} from './host-page.js';
import {until} from './helpers.js';


const SLOW = '/demo/feeds/sample.json';
/** Two answers the site's server makes up: stories from four months, and stories with pictures. */
const MONTHS = '/nk-news-months.json';
const PICTURES = '/nk-news-with-pictures.json';

const page = `
  <main>
    <nk-timeline limit="4" src="${MONTHS}"></nk-timeline>
    <p id="after-timeline">本報訊：這段文字在時間軸之下，時間軸載入時不該移動。</p>
    <nk-timeline limit="3" layout="compact" searchable src="${SLOW}"></nk-timeline>
    <p id="after-compact">這段文字在精簡時間軸之下。</p>
    <nk-news-feed id="pictures" class="nk-pictures" limit="3" src="${PICTURES}"></nk-news-feed>
    <p id="after-pictures">這段文字在有圖片的新聞列表之下。</p>
    <nk-event-card article-id="nk-20250527-golden-dome-condemned"></nk-event-card>
    <p id="after-card">這段文字在新聞卡片之下。</p>
  </main>
  <aside><nk-timeline limit="3" searchable filterable></nk-timeline><p id="after-sidebar">側欄之下</p></aside>
`;
const SENTINELS = ['after-timeline', 'after-compact', 'after-pictures', 'after-card', 'after-sidebar'];

/** Loads the page at `width`, lets every element upgrade and load, and checks nothing below them moved. */
export async function measureTimelineShift(width: number, height: number) {
  await setViewport({width, height});
  // Shifts within 500 ms of a resize count as "recent input" in Chrome: settle first.
  await new Promise((resolve) => setTimeout(resolve, 600));
  // Each source has more stories than its limit: the "more" button stays where it was reserved.
  const stories = await corpus();
  const picture = {url: new URL('/node_modules/lit/logo.svg', location.origin).href, alt: ''};
  const made = new Map([
    [MONTHS, [...new Map(stories.map((article) => [article.published.slice(0, 7), article])).values()].slice(0, 5)],
    [PICTURES, stories.slice(0, 4).map((article) => ({...article, image: picture}))],
  ]);
  expect(new Set(made.get(MONTHS)!.slice(0, 4).map((article) => article.published.slice(0, 7))).size).to.equal(4);
  const fetch = window.fetch;
  window.fetch = async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href).pathname;
    if (url === SLOW || made.has(url)) await new Promise((r) => setTimeout(r, 1200));
    const articles = made.get(url);
    if (articles) return new Response(JSON.stringify({version: 1, articles}), {headers: {'content-type': 'application/json'}});
    return fetch(input, init);
  };
  // reserve.css reads each element's limit from its attribute: the page writes no numbers of its own.
  const remove = buildHostPage(page);
  try {
    await expectNoShift(`timeline page at ${width}px`, SENTINELS, async () => {
      customElements.define('nk-timeline', NkTimeline);
      customElements.define('nk-news-feed', NkNewsFeed);
      customElements.define('nk-event-card', NkEventCard);
      const lists = [...document.querySelectorAll<NkTimeline | NkNewsFeed>('nk-timeline, nk-news-feed')];
      const card = document.querySelector('nk-event-card')!;
      await until(() => lists.every((list) => list.status === 'ready') && card.shadowRoot?.querySelector('[part~="headline"]'), 'the page to load', {timeout: 9000});
      // The pictures are there, each with its strip (a broken one would be hidden and move the page).
      const images = [...document.getElementById('pictures')!.shadowRoot!.querySelectorAll<HTMLImageElement>('[part~="image"]')];
      expect(images).to.have.length(3);
    });
  } finally {
    window.fetch = fetch;
    remove();
  }
}
