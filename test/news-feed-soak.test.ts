// A feed left open for a long time (issue 19: bounded memory). It polls a source whose stories
// change at every poll, 1,000 times on a fake clock, and what it holds must not grow: DOM nodes and
// the JS heap stay within 10% of their level after the first load.
//
// The heap's level is taken once the code has warmed up (WARM_UP polls after the first load): V8
// keeps its compiled code and type feedback on the heap, and they grow as the code that polls,
// parses, derives and draws is optimized. In Chromium the test page's heap read 3.8 MB after the
// first load, 4.4 MB after 100 polls, 4.5 MB after 250, then 4.7 MB flat from 1,000 polls to 2,500
// (and 4.6 at 2,500): warming up, not data kept. A feed that kept each poll's stories grows by
// about 7 KB a poll (11 MB after 1,000), which this test fails.
//
// The limits of what can be measured: the heap is read after a full collection through the DevTools
// protocol (test/server/heap-command.mjs), which only Chromium offers; `performance.memory`, the
// page's own reading, is Chromium's only too, and bucketed and cached for minutes, so it would
// not see a leak. Firefox gives no heap figure: there the DOM node count holds the feed to its size.
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {SinonFakeTimers} from 'sinon';
import '../src/news-feed/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {fakeClock, shownArticles, until} from './helpers.js';

const POLLS = 1000;
/** Polls before the heap's level is taken: see the note at the top. */
const WARM_UP = 200;
const SHOWN = 10;
const FEED = '/soak/feed.json';

/** The source at its `n`th answer: SHOWN + 5 stories, a window that moves by one story each time. */
function feedAt(n: number): string {
  const articles = Array.from({length: SHOWN + 5}, (_, i) => {
    const k = n + i;
    return {
      id: `soak-${k}`,
      title: `第 ${k} 則：北韓外交部發表談話`,
      summary: `北韓外交部在第 ${k} 次聲明中批評美韓聯合軍演。`,
      // Newest first, one minute apart, later stories newer.
      published: new Date(Date.UTC(2025, 6, 1) + (100_000 - k) * 60_000).toISOString(),
      sources: ['路透'],
      entities: ['kim-jong-un'],
      lang: 'zh-Hant-TW',
    };
  });
  return JSON.stringify({version: 1, articles});
}

/** Every node of the document and of the shadow roots in it. */
function nodeCount(root: Node = document): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) count += nodeCount(shadow);
  }
  return count;
}

/** The JS heap in use after a full collection, in bytes; null where the browser cannot tell (Firefox). */
const heap = async () => (await executeServerCommand<{used: number | null}, undefined>('nk-heap-used')).used;

const isChromium = navigator.userAgent.includes('Chrome/');

describe('a polling feed, soaked', () => {
  let clock: SinonFakeTimers;
  let answers = 0;
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    answers = 0;
    // The source lives in the page: 1,000 polls stay off the network, and each answer differs. A
    // plain function, not a sinon stub, which would keep every call's arguments and answer.
    globalThis.fetch = (input, init) =>
      String(input).includes(FEED)
        ? Promise.resolve(new Response(feedAt(answers++), {headers: {'Content-Type': 'application/json'}}))
        : realFetch.call(globalThis, input, init);
    clock = fakeClock();
  });
  afterEach(() => {
    clock.restore();
    globalThis.fetch = realFetch;
  });

  it(`keeps its DOM nodes and heap within 10% over ${POLLS} polls of a changing source`, async function () {
    this.timeout(180_000);
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed src=${FEED} refresh-interval="1" limit=${SHOWN}></nk-news-feed>`);
    const showsAnswer = (n: number) => feed.status === 'ready' && shownArticles(feed)[0]?.dataset['id'] === `soak-${n}` && shownArticles(feed).length === SHOWN;
    await until(() => showsAnswer(0), () => `first load: ${feed.status}`);
    const nodes = nodeCount();
    const poll = async (n: number) => {
      await clock.tickAsync(1000);
      await until(() => showsAnswer(n), () => `poll ${n}: ${feed.status}, first ${shownArticles(feed)[0]?.dataset['id']}`, {interval: 0});
    };
    for (let n = 1; n <= WARM_UP; n++) await poll(n);
    const bytes = await heap();
    if (isChromium) expect(bytes, 'Chromium reads its heap').to.be.a('number');

    for (let n = WARM_UP + 1; n <= WARM_UP + POLLS; n++) await poll(n);
    expect(answers, 'every poll fetched').to.equal(WARM_UP + POLLS + 1);

    const nodesAfter = nodeCount();
    expect(nodesAfter, `DOM nodes: ${nodes} after the first load, ${nodesAfter} after ${WARM_UP + POLLS} polls`).to.be.within(nodes * 0.9, nodes * 1.1);
    if (typeof bytes === 'number') {
      const bytesAfter = (await heap())!;
      expect(bytesAfter, `JS heap: ${bytes} bytes after the first load and ${WARM_UP} polls, ${bytesAfter} after ${POLLS} more`).to.be.within(bytes * 0.9, bytes * 1.1);
    }
  });
});
