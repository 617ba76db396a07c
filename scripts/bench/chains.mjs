// Request chains (issue #23): on a phone every round trip costs about 150 ms, so what counts is how
// many requests wait on one another before an element's first paint. Each page here is the two
// lines a site editor pastes (the CDN script and one element) for one element and one kind of
// data; the budget is 3: the HTML, the entry, one parallel wave. Shared by scripts/bench.mjs and
// test/node/cdn-chains.test.ts.

const ENTRY = '<script type="module" src="/dist/cdn/nk-news.js"></script>';
const page = (title, body) => `<!doctype html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8" /><title>nk-news chains: ${title}</title></head>
<body>${body}
${ENTRY}</body></html>`;

/** Path → {name, body}: a page per element and per data its attributes ask for. */
export const chainPages = new Map([
  ['feed', '<nk-news-feed limit="10"></nk-news-feed>'],
  ['timeline', '<nk-timeline limit="20"></nk-timeline>'],
  ['card', '<nk-event-card article-id="nk-20241120-storm-shadow"></nk-event-card>'],
  ['feed, nk-news JSON src', '<nk-news-feed src="/test/fixtures/feeds/nk-news.json"></nk-news-feed>'],
  ['feed, JSON Feed src', '<nk-news-feed src="/test/fixtures/feeds/jsonfeed.json"></nk-news-feed>'],
  ['feed, RSS src', '<nk-news-feed src="/test/fixtures/feeds/rss2.xml"></nk-news-feed>'],
  ['feed, Atom src', '<nk-news-feed src="/test/fixtures/feeds/atom.xml"></nk-news-feed>'],
  ['timeline, RSS src', '<nk-timeline src="/test/fixtures/feeds/rss2.xml"></nk-timeline>'],
  ['feed in zh-CN (converted)', '<nk-news-feed limit="10" variant="zh-CN"></nk-news-feed>'],
  ['script switch and feed', '<nk-script-switch></nk-script-switch><nk-news-feed limit="5"></nk-news-feed>'],
].map(([name, body], i) => [`/bench/chain-${i}.html`, {name, body: page(name, body)}]));

/** Every nk element on the page drawn: lists and cards show an article (or an error), the switch its choices. */
function drawn() {
  const elements = [...document.querySelectorAll('nk-news-feed, nk-timeline, nk-event-card, nk-script-switch')];
  return elements.length > 0 && elements.every((el) => el.localName === 'nk-script-switch'
    ? el.shadowRoot?.querySelector('input')
    : el.status === 'error' || el.shadowRoot?.querySelector('[part~="article"]'));
}

/** Emulated network of Lighthouse's mobile profile (slow 4G): 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
export const PHONE = {offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8};

/** A page with the cache off and `network` emulated (DevTools protocol): a reader's first visit. */
export async function coldPage(browser, network = PHONE) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  await cdp.send('Network.emulateNetworkConditions', network);
  page.cdp = cdp;
  return page;
}

/**
 * Loads `url` in a cold page and returns the longest chain of requests before every element is
 * drawn: a request is one link further than any request that had finished before it was sent (it
 * could have waited on it; one sent earlier cannot have). The HTML is link 1. With a round trip of
 * `network.latency` ms, requests of one wave are sent within a few ms of each other, far less than
 * the round trip, so no request of a wave counts as waiting on another of it. Also returns the
 * requests by link, for the report.
 */
export async function chainDepth(browser, url, network = PHONE) {
  const page = await coldPage(browser, network);
  const requests = new Map();
  page.cdp.on('Network.requestWillBeSent', ({requestId, request, timestamp, type}) => {
    // An article's picture loads once its story is drawn, as on any page: not on the story's path.
    if (!/^https?:/.test(request.url) || request.url.endsWith('/favicon.ico') || type === 'Image') return;
    requests.set(requestId, {url: request.url, sent: timestamp, done: Infinity});
  });
  const finish = ({requestId, timestamp}) => {
    const request = requests.get(requestId);
    if (request) request.done = timestamp;
  };
  page.cdp.on('Network.loadingFinished', finish);
  page.cdp.on('Network.loadingFailed', finish);
  try {
    await page.goto(url, {timeout: 60_000});
    await page.waitForFunction(drawn, {timeout: 60_000, polling: 20});
    // What was sent by the time the page was drawn (polled every 20 ms) counts: later requests
    // (search, another variant's words) are not on its path.
    const counted = [...requests.values()].sort((a, b) => a.sent - b.sent);
    const origin = counted[0]?.sent ?? 0;
    for (const request of counted) {
      request.link = 1 + Math.max(0, ...counted.filter((q) => q !== request && q.done <= request.sent).map((q) => q.link ?? 0));
    }
    const depth = Math.max(0, ...counted.map((r) => r.link));
    const links = counted.map((r) => ({link: r.link, path: new URL(r.url).pathname, at: Math.round((r.sent - origin) * 1000)}));
    return {depth, links};
  } finally {
    await page.close();
  }
}
