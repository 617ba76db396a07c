// <nk-news-feed> on real feeds and real faults, served by test/server/feed-server.mjs: what a reader
// sees, and what a site listening for nk-load / nk-error gets.
import {aTimeout, expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {SinonFakeTimers} from 'sinon';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/news-feed/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import type {FeedError, FeedErrorCode} from '../src/data/errors.js';
import {clearFeedCache} from '../src/data/load.js';
import {strings as en} from '../src/i18n/strings-en.js';
import {uiStrings} from '../src/i18n/strings.js';
import type {FeedErrorEvent, LoadEvent} from '../src/view/events.js';
import {clickOn, crossOrigin, fakeClock, headlines, part, requestCount, served, showing, shownArticles, streamStats, uniqueKey, until} from './helpers.js';

// Every nk-load and nk-error on the page, in order. Events dispatched in one go (the errors of a load,
// then its nk-load) share a batch: one batch is one load the element finished. `at` is Date.now():
// under a fake clock, the exact instant on that clock.
interface Seen {type: string; target: EventTarget | null; batch: number; at: number; event: Event}
let seen: Seen[] = [];
let batch = 0;
let open = false;
function collect(event: Event) {
  if (!open) {
    open = true;
    batch++;
    queueMicrotask(() => (open = false));
  }
  seen.push({type: event.type, target: event.target, batch, at: Date.now(), event});
}

const errorsOf = (el: Element): FeedError[] =>
  seen.filter((s) => s.type === 'nk-error' && s.target === el).map((s) => (s.event as FeedErrorEvent).detail.error);
const loadsOf = (el: Element) =>
  seen.filter((s) => s.type === 'nk-load' && s.target === el).map((s) => (s.event as LoadEvent).detail);

/** The loads an element finished: when, and whether any source failed. */
function loadsFinished(el: Element): {at: number; failed: boolean}[] {
  const batches = new Map<number, {at: number; failed: boolean}>();
  for (const s of seen.filter((s) => s.target === el)) {
    const entry = batches.get(s.batch) ?? {at: s.at, failed: false};
    entry.failed ||= s.type === 'nk-error';
    batches.set(s.batch, entry);
  }
  return [...batches.values()];
}

const rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);

/** The element's words in its own UI language: zh-Hant for these pages (no saved choice, no lang). */
const {ui} = uiStrings('zh-Hant');

/** Waits (in real time, so also under a fake clock) until the element is done loading and drawing. */
async function settled(el: NkNewsFeed) {
  await until(() => el.status !== 'loading', `still loading ${el.src}`);
  await el.updateComplete;
}

function errorBox(el: NkNewsFeed) {
  const box = part(el, 'error');
  if (!box) throw new Error('no part="error" is shown');
  return {
    box,
    message: box.querySelector('p')!.textContent!.trim(),
    detail: box.querySelector('.detail')!.textContent!.trim(),
  };
}

/** Relative links in a fixture resolve against the URL it was fetched from. */
const fixtureLink = (path: string, feed: string) => new URL(path, served(feed)).href;

describe('nk-news-feed with src', () => {
  before(() => {
    addEventListener('unhandledrejection', onRejection);
    document.addEventListener('nk-load', collect);
    document.addEventListener('nk-error', collect);
  });
  after(() => {
    removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('nk-load', collect);
    document.removeEventListener('nk-error', collect);
  });
  beforeEach(() => {
    localStorage.clear();
    clearFeedCache();
    seen = [];
  });
  afterEach(async () => {
    // A rejection nobody handled is reported in a task after the microtasks that dropped it.
    await aTimeout(0);
    expect(rejections.splice(0), 'unhandled promise rejections').to.deep.equal([]);
  });

  describe('real feeds', () => {
    it('shows an RSS 2.0 feed: titles, links, exact instants and plain-text summaries, newest first', async () => {
      const src = '/feeds/rss2.xml';
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} limit="20"></nk-news-feed>`);
      await showing(el, 7);
      expect(el.status).to.equal('ready');
      expect(headlines(el)).to.deep.equal([
        'Statement on border', // 06:00 CDT, 1 Aug
        'Satellite launch window notice', // 10:00 Q (UTC−4), 31 Jul
        'Pyongyang marks armistice anniversary',
        'US & ROK begin Freedom Edge drills', // 09:00 +0900 on 30 Jul = midnight UTC
        '北韓週二試射短程彈道飛彈', // 08:30 EST, 29 Jul
        'Kim Yo Jong statement on talks', // 23:15 PDT the day before
        'Rodong Sinmun editorial',
      ]);
      const articles = shownArticles(el);
      expect(articles.map((a) => a.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
        '2025-08-01T11:00:00.000Z',
        '2025-07-31T14:00:00.000Z',
        '2025-07-30T12:00:00.000Z',
        '2025-07-30T00:00:00.000Z',
        '2025-07-29T13:30:00.000Z',
        '2025-07-29T06:15:00.000Z',
        '2025-07-27T11:00:00.000Z',
      ]);
      const missile = articles[4]!;
      expect(missile.querySelector<HTMLAnchorElement>('[part~="headline"] a')!.href)
        .to.equal(fixtureLink('articles/2025/07/missile-test.html', src));
      expect(articles[5]!.querySelector<HTMLAnchorElement>('[part~="headline"] a')!.href)
        .to.equal('https://news.example.tw/en/kim-statement');
      // javascript: is no link at all, and the markup in the title is text.
      expect(articles[0]!.querySelector('a')).to.equal(null);
      const summary = missile.querySelector('[part~="summary"]')!;
      expect(summary.textContent).to.equal('南韓聯合參謀本部表示，北韓於週二上午向東部海域發射一枚短程彈道飛彈。日本防衛省 亦證實。');
      expect(summary.children).to.have.length(0);
      expect(articles[5]!.querySelector('[part~="summary"]')!.textContent).to.equal('Kim said the U.S. & South Korea must change course.');
      expect(el.shadowRoot!.querySelector('script, img[src*="tracker"], b, em')).to.equal(null);
      expect(missile.querySelector('[part~="category"]')!.textContent).to.equal('軍事');
      expect(document.title).to.not.equal('pwned');
      expect(loadsOf(el)).to.deep.equal([{count: 7, sources: [src]}]);
      expect(errorsOf(el)).to.deep.equal([]);
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows an Atom feed, links resolved against xml:base', async () => {
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src="/feeds/atom.xml"></nk-news-feed>`);
      await showing(el, 3);
      expect(headlines(el)).to.deep.equal(['Talks resume at Panmunjom', 'Prices < expectations & rising', 'Drone incursion claim']);
      const articles = shownArticles(el);
      expect(articles.map((a) => a.querySelector('a')?.href)).to.deep.equal([
        'https://example.org/nk/2025/07/talks',
        'https://example.org/nk/2025/07/prices',
        undefined,
      ]);
      expect(articles.map((a) => a.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
        '2025-07-29T08:30:00.000Z',
        '2025-07-28T06:00:00.000Z',
        '2025-07-28T04:59:59.250Z',
      ]);
      expect(articles[0]!.querySelector('[part~="summary"]')!.textContent).to.equal('Working-level talks resumed.');
      expect(articles[1]!.querySelector('[part~="summary"]')!.textContent).to.equal('Rice prices in Pyongyang markets. Second paragraph.');
    });

    it('shows a JSON Feed, with a headline made from an untitled post', async () => {
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src="/feeds/jsonfeed.json"></nk-news-feed>`);
      await showing(el, 3);
      expect(headlines(el)).to.deep.equal(['North Korea fires missile', 'Linked: market report', 'Short post about the DMZ & more.']);
      const articles = shownArticles(el);
      expect(articles.map((a) => a.querySelector('a')!.href)).to.deep.equal([
        'https://dprk.example.com/2025/07/29/missile',
        'https://www.nknews.example/market-report',
        'https://dprk.example.com/micro/1',
      ]);
      expect(articles.map((a) => a.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
        '2025-07-28T23:30:00.000Z',
        '2025-07-28T12:00:00.000Z',
        '2025-07-27T00:00:00.000Z',
      ]);
      expect(articles[0]!.querySelector('[part~="summary"]')!.textContent).to.equal('A short-range ballistic missile.');
      expect([...articles[0]!.querySelectorAll('[part~="source"]')].map((s) => s.textContent)).to.deep.equal(['Kim Ji-won', 'Reuters']);
    });

    it('reads the format it is told, whatever the Content-Type, and keeps formats apart in the cache', async () => {
      const src = `/feeds/rss2.xml?type=application/octet-stream&key=${uniqueKey('format')}`;
      const box = await fixture<HTMLElement>(html`<div>
        <nk-news-feed id="rss" src=${src} format="rss"></nk-news-feed>
        <nk-news-feed id="atom" src=${src} format="atom"></nk-news-feed>
      </div>`);
      const rss = box.querySelector<NkNewsFeed>('#rss')!;
      const atom = box.querySelector<NkNewsFeed>('#atom')!;
      await showing(rss, 7);
      await settled(atom);
      expect(atom.status).to.equal('error');
      expect(errorsOf(atom).map((e) => e.code)).to.deep.equal(['not-a-feed']);
      expect(errorBox(atom).message).to.equal(ui.errors['not-a-feed']);
      expect(shownArticles(atom)).to.have.length(0);
    });

    it('merges several feeds newest first, each story once', async () => {
      // rss2.xml twice under two URLs: the second copy of each story is dropped.
      const src = '/feeds/atom.xml /feeds/jsonfeed.json /feeds/rss2.xml?copy=1 /feeds/rss2.xml?copy=2';
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} limit="20"></nk-news-feed>`);
      await showing(el, 13);
      expect(headlines(el)).to.deep.equal([
        'Statement on border',
        'Satellite launch window notice',
        'Pyongyang marks armistice anniversary',
        'US & ROK begin Freedom Edge drills',
        '北韓週二試射短程彈道飛彈',
        'Talks resume at Panmunjom',
        'Kim Yo Jong statement on talks',
        'North Korea fires missile',
        'Linked: market report',
        'Prices < expectations & rising',
        'Drone incursion claim',
        'Rodong Sinmun editorial',
        'Short post about the DMZ & more.',
      ]);
      const times = shownArticles(el).map((a) => Date.parse(a.querySelector('time')!.getAttribute('datetime')!));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      expect(loadsOf(el)).to.deep.equal([{count: 13, sources: src.split(' ')}]);
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows the demo page\'s sample feeds, the story both carry once', async () => {
      const src = '/demo/feeds/sample.rss /demo/feeds/sample.json';
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} limit="20" variant="zh-TW"></nk-news-feed>`);
      await showing(el, 8);
      expect(errorsOf(el)).to.deep.equal([]);
      expect(loadsOf(el)).to.deep.equal([{count: 8, sources: src.split(' ')}]);
      const links = shownArticles(el).map((a) => a.querySelector('a')!.href);
      expect(new Set(links).size).to.equal(8);
      expect(links.filter((link) => link.endsWith('/missile-launch'))).to.have.length(1);
      expect(shownArticles(el).map((a) => a.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
        '2025-08-04T03:20:00.000Z', // +08:00 (JSON Feed)
        '2025-08-03T22:40:00.000Z', // KST: the RSS copy; the JSON Feed's copy of it is dropped
        '2025-08-03T12:15:00.000Z', // +0900
        '2025-08-02T23:00:00.000Z',
        '2025-08-02T10:30:00.000Z', // GMT
        '2025-08-01T19:00:00.000Z', // -04:00
        '2025-08-01T10:00:00.000Z', // +0800
        '2025-07-31T00:00:00.000Z', // JST
      ]);
      expect(headlines(el)[1]).to.equal('北韓向東部海域試射兩枚短程彈道飛彈');
    });

    it('keeps the good sources when one fails: their stories, a notice, and nk-error for that one only', async () => {
      const src = '/feeds/atom.xml /feeds/fault/404 /feeds/jsonfeed.json';
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src}></nk-news-feed>`);
      await showing(el, 6);
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(headlines(el)).to.include('Talks resume at Panmunjom').and.include('North Korea fires missile');
      const errors = errorsOf(el);
      expect(errors.map((e) => [e.code, e.status, e.url])).to.deep.equal([['http', 404, served('/feeds/fault/404')]]);
      const notice = errorBox(el);
      expect(notice.box.classList.contains('notice')).to.equal(true);
      // Stories in English: the element's own words are English too.
      expect(notice.message).to.equal(en.partlyFailed);
      expect(notice.detail).to.contain('404').and.contain('/feeds/fault/404');
      expect(loadsOf(el)).to.deep.equal([{count: 6, sources: ['/feeds/atom.xml', '/feeds/jsonfeed.json']}]);
      await expect(el).to.be.accessible();
    });
  });

  describe('faults', () => {
    interface Fault {
      name: string;
      src: () => string;
      code: FeedErrorCode;
      /** Shown in the line under the message. */
      detail?: string;
      timeout?: string;
      check?: (error: FeedError) => void;
    }
    const faults: Fault[] = [
      {name: '404', src: () => '/feeds/fault/404', code: 'http', detail: '404', check: (e) => expect(e.status).to.equal(404)},
      {name: '500', src: () => '/feeds/fault/500', code: 'http', detail: '500', check: (e) => expect(e.status).to.equal(500)},
      {
        name: '503 with Retry-After',
        src: () => '/feeds/fault/503',
        code: 'http',
        detail: '120',
        check: (e) => expect([e.status, e.retryAfter]).to.deep.equal([503, 120]),
      },
      // The server holds its answer until the client hangs up: only the timeout can end this load.
      {name: 'a timeout', src: () => `/feeds/fault/slow?ms=60000&key=${uniqueKey('slow')}`, timeout: '1', code: 'timeout'},
      {name: 'a dropped connection', src: () => '/feeds/fault/reset', code: 'network'},
      {name: 'a server without CORS', src: () => crossOrigin('/feeds/fault/no-cors'), code: 'network'},
      {name: 'broken JSON', src: () => '/feeds/fault/bad-json', code: 'parse'},
      {name: 'broken XML', src: () => '/feeds/fault/bad-xml', code: 'parse'},
      {name: 'an HTML page', src: () => '/feeds/fault/html', code: 'not-a-feed'},
      {name: 'an empty body', src: () => '/feeds/fault/empty', code: 'empty'},
      {name: 'a body past the size cap', src: () => `/feeds/fault/huge?key=${uniqueKey('huge')}`, code: 'too-large'},
    ];

    for (const fault of faults) {
      it(`says what went wrong with ${fault.name} (${fault.code}), accessibly`, async () => {
        const src = fault.src();
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} timeout=${ifDefined(fault.timeout)}></nk-news-feed>`);
        await settled(el);
        expect(el.status).to.equal('error');
        const errors = errorsOf(el);
        expect(errors.map((e) => e.code)).to.deep.equal([fault.code]);
        expect(errors[0]!.url).to.equal(new URL(src, location.href).href);
        fault.check?.(errors[0]!);
        expect(loadsOf(el)).to.deep.equal([]);

        const {box, message, detail} = errorBox(el);
        expect(box.classList.contains('blocking')).to.equal(true);
        expect(box.getAttribute('role')).to.equal('alert');
        expect(message).to.equal(ui.errors[fault.code]);
        if (fault.detail) expect(detail).to.contain(fault.detail);
        expect(part(el, 'retry')!.textContent!.trim()).to.equal(ui.retry);
        // Not busy, no placeholders, no stories, and no "0 stories" line under the message.
        expect(part(el, 'feed')!.getAttribute('aria-busy')).to.not.equal('true');
        expect(el.shadowRoot!.querySelectorAll('.skeleton')).to.have.length(0);
        expect(shownArticles(el)).to.have.length(0);
        expect(part(el, 'status')!.textContent!.trim()).to.equal('');
        await expect(el).to.be.accessible();
      });
    }

    it('gives each kind of fault its own message', () => {
      const codes = [...new Set(faults.map((f) => f.code))];
      expect(new Set(codes.map((code) => ui.errors[code])).size).to.equal(codes.length);
    });

    it('loads again when the reader clicks retry', async () => {
      const key = uniqueKey('retry');
      const src = `/feeds/fault/flaky?key=${key}`;
      // The first request of a key succeeds: spend it, so the feed's own first load fails.
      await fetch(served(src));
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src}></nk-news-feed>`);
      await settled(el);
      expect(el.status).to.equal('error');
      expect(errorsOf(el).map((e) => e.status)).to.deep.equal([500]);

      const loaded = oneEvent(el, 'nk-load');
      await clickOn(part(el, 'retry')!);
      expect((await loaded).detail.count).to.equal(1);
      await showing(el, 1);
      await settled(el);
      expect(headlines(el)).to.deep.equal(['Flaky good 3']);
      expect(el.status).to.equal('ready');
      expect(part(el, 'error')).to.equal(null);
      expect(await requestCount(key)).to.equal(3);
    });
  });

  describe('nothing lost', () => {
    it('keeps every story on screen when a refresh fails, says so, and recovers', async () => {
      const key = uniqueKey('refresh');
      const src = `/feeds/rss2.xml /feeds/fault/flaky?key=${key}`;
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} limit="20"></nk-news-feed>`);
      await showing(el, 8);
      const before = headlines(el);
      expect(before).to.include('Flaky good 1');

      const result = el.refresh();
      expect(result).to.be.instanceOf(Promise);
      expect(await result).to.equal(undefined);
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(before);
      expect(el.status).to.equal('ready');
      expect(errorsOf(el).map((e) => [e.code, e.status])).to.deep.equal([['http', 500]]);
      const notice = errorBox(el);
      expect(notice.box.classList.contains('notice')).to.equal(true);
      expect(notice.message).to.equal(ui.refreshFailed);
      await expect(el).to.be.accessible();

      await el.refresh();
      await until(() => headlines(el).includes('Flaky good 3'), 'the recovered source shows its new story');
      expect(headlines(el)).to.have.length(8).and.not.include('Flaky good 1');
      expect(part(el, 'error')).to.equal(null);
      expect(await requestCount(key)).to.equal(3);
    });

    it('keeps its stories when a refresh fails even with nothing in the cache to fall back on', async () => {
      const key = uniqueKey('nocache');
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/fault/flaky?key=${key}`}></nk-news-feed>`);
      await showing(el, 1);
      clearFeedCache();
      await el.refresh();
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(['Flaky good 1']);
      expect(el.status).to.equal('ready');
      expect(errorBox(el).box.classList.contains('notice')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.blocking')).to.equal(null);
    });

    it('waits for a feed with a timeout too long for a timer', async () => {
      // 30 days: a timer that long would fire at once and time every fetch out.
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/rss2.xml?key=${uniqueKey('wait')}`} timeout="2592000"></nk-news-feed>`);
      await settled(el);
      expect(errorsOf(el)).to.deep.equal([]);
      await showing(el, 7);
    });

    it('aborts the fetch in flight when removed, and reports nothing for it', async () => {
      const key = uniqueKey('abort');
      const original = window.fetch;
      let responded: Promise<unknown> | undefined;
      window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
        const response = original.call(window, input, init);
        if (String(input instanceof Request ? input.url : input).includes(key)) responded = response.catch(() => {});
        return response;
      };
      let el: NkNewsFeed | undefined;
      try {
        // 64 KB of body, then the server sends nothing more until the client hangs up.
        el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/fault/huge?pause=65536&key=${key}`}></nk-news-feed>`);
        await until(() => responded, 'the feed is fetched', {interval: 1});
        // Headers are in and the body is streaming: leave the page now.
        await responded;
        el!.remove();
      } finally {
        window.fetch = original;
      }
      await until(async () => (await streamStats(key)).closed, 'the server sees the connection closed');
      const sent = await streamStats(key);
      expect(sent.finished).to.equal(false);
      // Closed by the abort: the reader never came near the 5 MB cap.
      expect(sent.bytes).to.be.below(5 * 1024 * 1024);
      // remove() aborted the load, which settled in the microtasks right after: long before the
      // server saw the connection close. Anything it was going to report, it has.
      expect(errorsOf(el!)).to.deep.equal([]);
      expect(loadsOf(el!)).to.deep.equal([]);
    });

    // Timers and Date are fake here, the network is real: a load runs in real time while the clock
    // stands still, so each one ends at the very instant its timer fired.
    describe('polling, on a fake clock', () => {
      let clock: SinonFakeTimers;
      beforeEach(() => {
        clock = fakeClock();
      });
      afterEach(() => clock.restore());

      /**
       * Moves the clock on `ms` and checks that the element's next load comes then, not a millisecond
       * sooner: none has started at `ms - 1`; one, run at `ms`, has finished and is drawn.
       */
      async function pollsAfter(el: NkNewsFeed, ms: number) {
        await settled(el);
        const before = loadsFinished(el).length;
        const start = Date.now();
        await clock.tickAsync(ms - 1);
        expect(loadsFinished(el).length, `a load before ${ms} ms`).to.equal(before);
        expect(el.status, `a load before ${ms} ms`).to.not.equal('loading');
        await clock.tickAsync(1);
        await until(() => loadsFinished(el).length > before, `no load after ${ms} ms`);
        const loads = loadsFinished(el);
        expect(loads.length, 'one load').to.equal(before + 1);
        expect(loads.at(-1)!.at - start, 'ms until the load ran').to.equal(ms);
        await settled(el);
        return loads.at(-1)!;
      }

      it('polls every refresh-interval seconds, and stops when removed', async () => {
        const key = uniqueKey('poll');
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/rss2.xml?key=${key}`} refresh-interval="60"></nk-news-feed>`);
        await showing(el, 7);
        await pollsAfter(el, 60_000);
        await pollsAfter(el, 60_000);
        expect(await requestCount(key)).to.equal(3);
        expect(loadsFinished(el).map((l) => l.failed)).to.deep.equal([false, false, false]);
        expect(shownArticles(el)).to.have.length(7);
        expect(part(el, 'error')).to.equal(null);

        el.remove();
        await clock.tickAsync(24 * 3_600_000);
        expect(el.status).to.not.equal('loading');
        expect(loadsFinished(el)).to.have.length(3);
        expect(await requestCount(key)).to.equal(3);
      });

      it('backs off while every source fails: twice the wait after each failure, up to an hour', async () => {
        const key = uniqueKey('backoff');
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/fault/500?key=${key}`} refresh-interval="60"></nk-news-feed>`);
        await settled(el);
        for (const seconds of [120, 240, 480, 960, 1920, 3600, 3600]) {
          expect((await pollsAfter(el, seconds * 1000)).failed, `the load after ${seconds} s`).to.equal(true);
        }
        expect(await requestCount(key)).to.equal(8);
        expect(errorsOf(el).map((e) => e.status)).to.deep.equal(Array(8).fill(500));
        expect(el.status).to.equal('error');
      });

      it('backs off while a refresh fails with stories on screen, and polls at the interval again once it works', async () => {
        const key = uniqueKey('resume');
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/fault/flaky?key=${key}`} refresh-interval="60"></nk-news-feed>`);
        await showing(el, 1);
        // flaky alternates: good, 500, good, 500, good. After a good load the wait is the interval again.
        for (const seconds of [60, 120, 60, 120]) {
          const {failed} = await pollsAfter(el, seconds * 1000);
          expect(headlines(el), 'the stories stay').to.have.length(1);
          if (failed) expect(errorBox(el).box.classList.contains('notice')).to.equal(true);
          else expect(part(el, 'error')).to.equal(null);
        }
        expect(loadsFinished(el).map((l) => l.failed)).to.deep.equal([false, true, false, true, false]);
        expect(headlines(el)).to.deep.equal(['Flaky good 5']);
        expect(await requestCount(key)).to.equal(5);
      });

      it('waits as long as Retry-After asks before polling again', async () => {
        const key = uniqueKey('retry-after');
        // Backoff alone would wait 20 s, then 40 s; the server asks for 120 s each time.
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/fault/503?key=${key}`} refresh-interval="10"></nk-news-feed>`);
        await settled(el);
        await pollsAfter(el, 120_000);
        await pollsAfter(el, 120_000);
        expect(errorsOf(el).map((e) => e.retryAfter)).to.deep.equal([120, 120, 120]);
        expect(await requestCount(key)).to.equal(3);
      });

      it('reads a Retry-After date against the clock, and backs off once that date has passed', async () => {
        const key = uniqueKey('retry-date');
        // Each answer names the same instant, 90 s after the clock's start, as an HTTP-date.
        const at = Date.now() + 90_000;
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/fault/429?at=${at}&key=${key}`} refresh-interval="10"></nk-news-feed>`);
        await settled(el);
        await pollsAfter(el, 90_000);
        // Now past: Retry-After 0, and the backoff after two failures, 10 s × 4.
        await pollsAfter(el, 40_000);
        expect(errorsOf(el).map((e) => e.retryAfter)).to.deep.equal([90, 0, 0]);
        expect(await requestCount(key)).to.equal(3);
      });

      it('waits an hour at most, whatever Retry-After asks', async () => {
        const key = uniqueKey('retry-day');
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/fault/503?after=86400&key=${key}`} refresh-interval="60"></nk-news-feed>`);
        await settled(el);
        expect(errorsOf(el).map((e) => e.retryAfter)).to.deep.equal([86400]);
        await pollsAfter(el, 3_600_000);
        expect(await requestCount(key)).to.equal(2);
      });

      it('does not poll at once with an interval too long for a timer', async () => {
        const key = uniqueKey('long');
        // 30 days: past the 2^31 - 1 ms a browser timer holds (and this fake clock, like a browser,
        // fires a longer one after 1 ms). The element waits as long as a timer can, 24.8 days.
        const el = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/rss2.xml?key=${key}`} refresh-interval="2592000"></nk-news-feed>`);
        await showing(el, 7);
        await pollsAfter(el, 2 ** 31 - 1);
        expect(await requestCount(key)).to.equal(2);
        expect(loadsOf(el)).to.have.length(2);
      });
    });
  });

  describe('cache and inline stories', () => {
    it('fetches a feed once for every element on the page that shows it', async () => {
      const key = uniqueKey('cache');
      const src = `/feeds/rss2.xml?key=${key}`;
      const box = await fixture<HTMLElement>(html`<div>
        <nk-news-feed src=${src} limit="2"></nk-news-feed>
        <nk-news-feed src=${src} layout="compact"></nk-news-feed>
      </div>`);
      const [a, b] = box.querySelectorAll('nk-news-feed');
      await showing(a!, 2);
      await showing(b!, 7);
      // One that comes later is served from the same copy.
      const late = document.createElement('nk-news-feed');
      late.src = src;
      box.append(late);
      await showing(late, 7);
      expect(await requestCount(key)).to.equal(1);
      // A refresh asks the server again.
      await late.refresh();
      expect(await requestCount(key)).to.equal(2);
    });

    it('reads stories from a child script', async () => {
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed>
        <script type="application/json">
          {"version": "https://jsonfeed.org/version/1.1", "title": "Inline", "items": [
            {"id": "j1", "url": "https://example.com/j1", "title": "內嵌 JSON Feed", "content_text": "內文", "date_published": "2025-03-01T08:00:00+08:00"}
          ]}
        </script>
      </nk-news-feed>`);
      await showing(el, 1);
      expect(headlines(el)).to.deep.equal(['內嵌 JSON Feed']);
      expect(shownArticles(el)[0]!.querySelector('a')!.href).to.equal('https://example.com/j1');
      expect(shownArticles(el)[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-01T00:00:00.000Z');
    });

    it('shows the parse error for a child script that is not valid JSON', async () => {
      const el = await fixture<NkNewsFeed>(html`<nk-news-feed>
        <script type="application/json">{"version": 1, "articles": [{"id": "a",</script>
      </nk-news-feed>`);
      await settled(el);
      expect(el.status).to.equal('error');
      expect(errorsOf(el).map((e) => e.code)).to.deep.equal(['parse']);
      expect(errorBox(el).message).to.equal(ui.errors.parse);
      expect(shownArticles(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
});
