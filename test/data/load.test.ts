import {expect} from '@open-wc/testing';
import {spy} from 'sinon';
import type {Article} from '../../src/core/vocabulary.js';
import {FeedError, type Result} from '../../src/data/errors.js';
import {parseFeed} from '../../src/data/parse.js';
import {clearFeedCache, loadFeed, loadFeeds} from '../../src/data/load.js';
import {articles, fixture} from './helpers.js';
import {crossOrigin, fakeClock, freezeTime, realDelay, requestCount, served, streamStats, uniqueKey, until} from '../helpers.js';

async function failure(result: Promise<Result<Article[]>>): Promise<FeedError> {
  const r = await result;
  if (r.ok) throw new Error(`expected a failure, got ${r.value.length} articles`);
  expect(r.error).to.be.instanceOf(FeedError);
  return r.error;
}

describe('loadFeed', () => {
  it('loads each fixture as its parser reads it', async () => {
    for (const name of ['rss2.xml', 'rss1.rdf', 'atom.xml', 'jsonfeed.json', 'nk-news.json']) {
      const {text, url} = await fixture(name);
      const loaded = articles(await loadFeed(`/feeds/${name}?key=${uniqueKey('fixture')}`));
      const parsed = articles(parseFeed(text, {url}));
      expect(loaded.map((a) => a.title), name).to.deep.equal(parsed.map((a) => a.title));
    }
  });

  describe('faults', () => {
    it('HTTP errors carry their status and the feed URL', async () => {
      for (const status of [404, 500]) {
        const error = await failure(loadFeed(`/feeds/fault/${status}`));
        expect(error.code).to.equal('http');
        expect(error.status).to.equal(status);
        expect(error.url).to.equal(served(`/feeds/fault/${status}`));
        expect(error.retryAfter).to.equal(undefined);
        expect(error.message).to.contain(String(status));
      }
    });

    it('503 and 429 carry Retry-After, in seconds or as an HTTP-date', async () => {
      const unavailable = await failure(loadFeed('/feeds/fault/503'));
      expect([unavailable.code, unavailable.status, unavailable.retryAfter]).to.deep.equal(['http', 503, 120]);
      // An HTTP-date counts from the page's clock: stopped here, so the answer is exact.
      const clock = freezeTime('2025-07-29T12:00:00Z');
      try {
        const limited = await failure(loadFeed(`/feeds/fault/429?at=${Date.now() + 90_000}`));
        expect([limited.code, limited.status, limited.retryAfter]).to.deep.equal(['http', 429, 90]);
        const past = await failure(loadFeed(`/feeds/fault/429?at=${Date.now() - 90_000}`));
        expect(past.retryAfter).to.equal(0);
      } finally {
        clock.restore();
      }
    });

    it('gives up after the timeout, waiting for headers or for the body', async () => {
      // The server holds these answers until the client hangs up: only the timeout can end them,
      // and it fires when the fake clock says so, however slow the machine.
      const clock = fakeClock();
      const fetches = spy(window, 'fetch');
      try {
        let settled = false;
        const slow = loadFeed(`/feeds/fault/slow?ms=60000&key=${uniqueKey('slow')}`, {timeout: 0.3});
        void slow.finally(() => (settled = true));
        await clock.tickAsync(299);
        await realDelay(50);
        expect(settled, 'given up before its time').to.equal(false);
        await clock.tickAsync(1);
        expect((await failure(slow)).code).to.equal('timeout');

        const body = loadFeed(`/feeds/fault/slow-body?ms=60000&key=${uniqueKey('body')}`, {timeout: 0.5});
        await fetches.lastCall.returnValue; // the headers are in, half the body is on its way
        await clock.tickAsync(500);
        expect((await failure(body)).code).to.equal('timeout');

        // Short of its timeout, the same endpoint loads.
        const fine = loadFeed(`/feeds/fault/slow?ms=100&key=${uniqueKey('slow')}`, {timeout: 5});
        await clock.tickAsync(4_999);
        expect(articles(await fine)[0]!.title).to.equal('Slow but fine');
      } finally {
        fetches.restore();
        clock.restore();
      }
    });

    it('stops reading a body past the size cap', async () => {
      const key = uniqueKey('huge');
      // The server sends 6 MB, then nothing more until the client hangs up: it cannot finish first.
      const error = await failure(loadFeed(`/feeds/fault/huge?key=${key}`));
      expect(error.code).to.equal('too-large');
      await until(async () => (await streamStats(key)).closed, 'the server sees the connection closed');
      const sent = await streamStats(key);
      expect(sent.finished).to.equal(false);
      expect(sent.bytes).to.be.above(5 * 1024 * 1024).and.below(12 * 1024 * 1024);
    });

    it('honours a smaller maxBytes, and rejects a declared Content-Length over it before reading', async () => {
      const small = await failure(loadFeed(`/feeds/rss2.xml?key=${uniqueKey('cap')}`, {maxBytes: 1000}));
      expect(small.code).to.equal('too-large');
      const key = uniqueKey('declared');
      const declared = await failure(loadFeed(`/feeds/fault/declared-huge?key=${key}`));
      expect(declared.code).to.equal('too-large');
      expect(declared.message).to.contain('48828 KB');
      await until(async () => (await streamStats(key)).closed, 'the server sees the connection closed');
      const sent = await streamStats(key);
      expect(sent.finished).to.equal(false);
      expect(sent.bytes).to.be.at.most(2 * 1024 * 1024);
    });

    it('names empty bodies empty', async () => {
      expect((await failure(loadFeed('/feeds/fault/empty'))).code).to.equal('empty');
      expect((await failure(loadFeed('/feeds/fault/blank'))).code).to.equal('empty');
    });

    it('names broken feeds parse, and other documents not-a-feed', async () => {
      const codes = async (path: string) => (await failure(loadFeed(path))).code;
      expect(await codes('/feeds/fault/bad-json')).to.equal('parse');
      expect(await codes('/feeds/fault/not-json')).to.equal('parse');
      expect(await codes('/feeds/fault/bad-xml')).to.equal('parse');
      expect(await codes('/feeds/fault/html')).to.equal('not-a-feed');
      expect(await codes('/feeds/fault/xml-not-feed')).to.equal('not-a-feed');
      const html = await failure(loadFeed('/feeds/page.html'));
      expect(html.message).to.contain(served('/feeds/rss2.xml'));
      expect(html.url).to.equal(served('/feeds/page.html'));
    });

    it('names a dropped connection and a CORS refusal network', async () => {
      expect((await failure(loadFeed('/feeds/fault/reset'))).code).to.equal('network');
      expect((await failure(loadFeed(crossOrigin('/feeds/fault/no-cors')))).code).to.equal('network');
      // The same cross-origin server with CORS headers loads: the refusal above was CORS.
      expect(articles(await loadFeed(crossOrigin(`/feeds/rss2.xml?key=${uniqueKey('cors')}`))).length).to.be.greaterThan(0);
    });

    it('refuses URLs that are not http(s) as invalid', async () => {
      const error = await failure(loadFeed('javascript:alert(1)'));
      expect([error.code, error.field]).to.deep.equal(['invalid', 'src']);
      // Not the page itself, as `new URL('', document.baseURI)` would make of it.
      expect((await failure(loadFeed(' '))).code).to.equal('invalid');
    });
  });

  describe('charsets', () => {
    const big5Title = '北韓宣布八月召開最高人民會議';
    const big5Summary = '朝中社報導，金正恩出席會議並稱試射成功，許多官員到場。';

    it('decodes Big5 named by Content-Type or by the XML declaration', async () => {
      for (const query of ['', '?type=application/xml', '?type=none']) {
        const [story] = articles(await loadFeed(`/feeds/big5.xml${query}`));
        expect(story!.title, query).to.equal(big5Title);
        expect(story!.summary, query).to.equal(big5Summary);
        expect(story!.sources).to.deep.equal(['中央社北韓新聞']);
        expect(story!.published).to.equal('2025-07-29T00:30:00.000Z');
      }
    });

    it('decodes GB18030, four-byte sequences included, and GBK', async () => {
      for (const query of ['', '?type=text/xml']) {
        const [story] = articles(await loadFeed(`/feeds/gb18030.xml${query}`));
        expect(story!.title, query).to.equal('朝鲜宣布侦察卫星发射成功');
        expect(story!.summary, query).to.equal('朝中社报道，金正恩视察了发射场，𠮷野家记者在场。');
        expect(story!.lang).to.equal('zh-CN');
      }
      const [gbk] = articles(await loadFeed('/feeds/gbk.xml'));
      expect(gbk!.title).to.equal('韩朝边境恢复广播');
      expect(gbk!.summary).to.equal('韩国军方称，对朝扩音广播已恢复。');
    });

    it('decodes windows-1252 labelled ISO-8859-1', async () => {
      const [story] = articles(await loadFeed('/feeds/windows-1252.xml'));
      expect(story!.title).to.equal('Pyongyang’s “new” line — analyse');
      expect(story!.summary).to.equal('Un café à Séoul, où l’on débat.');
    });
  });

  describe('cache', () => {
    it('shares one fetch among concurrent loads of a URL, and serves later loads from memory', async () => {
      const key = uniqueKey('shared');
      const url = `/feeds/rss2.xml?delay=200&key=${key}`;
      const [a, b, c] = await Promise.all([loadFeed(url), loadFeed(served(url)), loadFeeds([url, url])]);
      expect(await requestCount(key)).to.equal(1);
      expect(articles(a)).to.deep.equal(articles(b));
      expect(new Set(c.articles.map((x) => x.id))).to.deep.equal(new Set(articles(a).map((x) => x.id)));
      await loadFeed(url);
      expect(await requestCount(key)).to.equal(1);
      // Each caller gets its own array: sorting one does not reorder another's.
      articles(a).reverse();
      expect(articles(await loadFeed(url))).to.deep.equal(articles(b));
    });

    it('fetches again with fresh, and a failed refresh keeps the last good copy', async () => {
      const key = uniqueKey('flaky');
      const url = `/feeds/fault/flaky?key=${key}`;
      expect(articles(await loadFeed(url))[0]!.title).to.equal('Flaky good 1');
      const refresh = await loadFeeds([url], {fresh: true});
      expect(await requestCount(key)).to.equal(2);
      expect(refresh.errors.map((e) => [e.code, e.status])).to.deep.equal([['http', 500]]);
      expect(refresh.stale).to.deep.equal([url]);
      expect(refresh.articles.map((a) => a.title)).to.deep.equal(['Flaky good 1']);
      expect(articles(await loadFeed(url))[0]!.title).to.equal('Flaky good 1');
      expect(await requestCount(key)).to.equal(2);
      expect(articles(await loadFeed(url, {fresh: true}))[0]!.title).to.equal('Flaky good 3');
      expect(articles(await loadFeed(url))[0]!.title).to.equal('Flaky good 3');
    });

    it('keeps nothing from a failure: the next load tries again', async () => {
      const key = uniqueKey('flaky-first');
      const url = `/feeds/fault/flaky?key=${key}`;
      await fetch(served(url)); // uses up the first (good) answer
      expect((await failure(loadFeed(url))).status).to.equal(500);
      expect(articles(await loadFeed(url))[0]!.title).to.equal('Flaky good 3');
    });

    it('forgets a fetch in flight on clearFeedCache: its callers get it, later loads fetch again', async () => {
      const key = uniqueKey('clear');
      const url = `/feeds/rss2.xml?delay=200&key=${key}`;
      const pending = loadFeed(url);
      clearFeedCache();
      expect(articles(await pending)).to.not.be.empty;
      await loadFeed(url);
      expect(await requestCount(key)).to.equal(2);
    });
  });

  describe('abort', () => {
    it('rejects with the AbortError of the signal, before or during the fetch', async () => {
      const before = new AbortController();
      before.abort();
      let error = await loadFeeds(['/feeds/rss2.xml'], {signal: before.signal}).catch((e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
      // The slow feed never answers while the client is there: the abort comes during its fetch.
      const during = new AbortController();
      const key = uniqueKey('abort');
      const pending = loadFeeds([`/feeds/fault/slow?ms=60000&key=${key}`, '/feeds/atom.xml'], {signal: during.signal})
        .catch((e: unknown) => e);
      await until(async () => (await requestCount(key)) === 1, 'the request reached the server');
      during.abort();
      error = await pending;
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('detaches only the caller that aborted from a shared fetch', async () => {
      const key = uniqueKey('detach');
      const url = `/feeds/fault/slow?ms=300&key=${key}`;
      const leaving = new AbortController();
      const first = loadFeed(url, {signal: leaving.signal});
      const second = loadFeed(url);
      // Both wait on one fetch, already on its way: the first leaves before any answer can come.
      leaving.abort();
      const error = await first.catch((e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(articles(await second)[0]!.title).to.equal('Slow but fine');
      expect(await requestCount(key)).to.equal(1);
    });
  });
});

describe('loadFeeds', () => {
  it('merges the sources that load and reports each one that fails', async () => {
    const urls = ['/feeds/rss2.xml', '/feeds/fault/404', '/feeds/atom.xml', '/feeds/fault/bad-xml', '/feeds/nk-news.json'];
    const result = await loadFeeds(urls);
    expect(result.sources).to.deep.equal(['/feeds/rss2.xml', '/feeds/atom.xml', '/feeds/nk-news.json']);
    expect(result.errors.map((e) => [e.code, e.url])).to.deep.equal([
      ['http', served('/feeds/fault/404')],
      ['parse', served('/feeds/fault/bad-xml')],
    ]);
    const expected = (await Promise.all(['rss2.xml', 'atom.xml', 'nk-news.json'].map(async (name) => {
      const {text, url} = await fixture(name);
      return articles(parseFeed(text, {url}));
    }))).flat();
    expect(result.articles).to.have.length(expected.length);
    expect(new Set(result.articles.map((a) => a.id))).to.deep.equal(new Set(expected.map((a) => a.id)));
    const times = result.articles.map((a) => Date.parse(a.published));
    expect(times).to.deep.equal([...times].sort((x, y) => y - x));
    expect(result.warnings.some((w) => w.startsWith('/feeds/rss2.xml: ') && w.includes('Undated item'))).to.equal(true);
    expect(result.stale).to.deep.equal([]);
  });

  it('de-duplicates a story that two sources carry', async () => {
    const result = await loadFeeds(['/feeds/rss2.xml', '/feeds/rss2.xml?type=text/plain']);
    expect(result.sources).to.have.length(2);
    expect(result.articles).to.have.length(articles(await loadFeed('/feeds/rss2.xml')).length);
  });

  it('never rejects for a feed fault, even when every source fails', async () => {
    const result = await loadFeeds(['/feeds/fault/500', '/feeds/fault/empty', 'ftp://example.org/feed']);
    expect(result.articles).to.deep.equal([]);
    expect(result.errors.map((e) => e.code)).to.deep.equal(['http', 'empty', 'invalid']);
    expect(result.sources).to.deep.equal([]);
    expect(await loadFeeds([])).to.deep.equal({articles: [], errors: [], warnings: [], sources: [], stale: []});
  });

  it('resolves links against the URL a redirect ended at', async () => {
    const result = await loadFeeds(['/feeds/redirect?to=/feeds/sub/relative.xml']);
    const [story] = result.articles;
    expect(story!.url).to.equal(served('/feeds/sub/story.html'));
    expect(story!.image?.url).to.equal(served('/feeds/sub/img/photo.jpg'));
  });
});
