// Feeds on other origins through the site's feed proxy (src/data/proxied.ts): the test runner serves
// nk-news/server's handler at /nk-proxy (scripts/ssr-pages.mjs), allowed to read this test
// server only (its own port on loopback), and read here at 127.0.0.1: another origin to the page.
import {expect} from '@open-wc/testing';
import {clearFeedCache, loadFeed} from '../../src/data/load.js';
import {viaProxy} from '../../src/data/proxied.js';
import {crossOrigin, requestCount, served, uniqueKey} from '../helpers.js';

function withMeta(content: string): () => void {
  const meta = Object.assign(document.createElement('meta'), {name: 'nk-news-proxy', content});
  document.head.append(meta);
  return () => meta.remove();
}

/** Whether the page itself requested `url` (not the proxy on its behalf). */
function pageFetched(url: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name === url);
}

describe('feeds through the site proxy', () => {
  // The default buffer (250) fills with the test runner's own modules before these fetches.
  before(() => performance.setResourceTimingBufferSize(100_000));
  afterEach(() => clearFeedCache());

  it('a feed without CORS headers on another origin fails without a proxy', async () => {
    const result = await loadFeed(crossOrigin(`/feeds/fault/no-cors?key=${uniqueKey('direct')}`));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.code).to.equal('network');
  });

  it('reads it through the proxy named by the page (meta) or the caller (option)', async () => {
    const remove = withMeta('/nk-proxy');
    try {
      const key = uniqueKey('meta');
      const feed = crossOrigin(`/feeds/fault/no-cors?key=${key}`);
      const result = await loadFeed(feed);
      expect(result.ok, result.ok ? '' : result.error.message).to.equal(true);
      if (result.ok) expect(result.value.map((article) => article.title)).to.deep.equal(['No CORS']);
      expect(pageFetched(feed)).to.equal(false);
      expect(await requestCount(key)).to.equal(1);
    } finally {
      remove();
    }
    const feed = crossOrigin(`/feeds/rss2.xml?key=${uniqueKey('option')}`);
    const result = await loadFeed(feed, {proxy: served('/nk-proxy')});
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.length).to.be.greaterThan(0);
      // Links in the feed resolve against the feed's URL, not the proxy's.
      for (const article of result.value) if (article.url) expect(new URL(article.url).pathname.startsWith('/nk-proxy')).to.equal(false);
    }
  });

  it('fetches a feed on the page\'s own origin directly, proxy or not', async () => {
    const feed = served(`/feeds/rss2.xml?key=${uniqueKey('same')}`);
    expect(viaProxy(feed, '/nk-proxy')).to.equal(feed);
    const result = await loadFeed(feed, {proxy: '/nk-proxy'});
    expect(result.ok).to.equal(true);
    expect(pageFetched(feed)).to.equal(true);
  });

  it("gives the proxy's refusal its own code", async () => {
    // The proxy reads this server at its own port only: another port is not on its list.
    const other = new URL(crossOrigin('/feeds/rss2.xml'));
    other.port = String(Number(other.port) + 1);
    const refused = await loadFeed(other.href, {proxy: '/nk-proxy'});
    expect(refused.ok).to.equal(false);
    if (!refused.ok) {
      expect(refused.error.code).to.equal('not-allowed');
      expect(refused.error.url).to.equal(other.href);
    }
    const broken = await loadFeed(crossOrigin(`/feeds/fault/html?key=${uniqueKey('html')}`), {proxy: '/nk-proxy'});
    expect(broken.ok).to.equal(false);
    if (!broken.ok) expect(broken.error.code).to.equal('not-a-feed');
  });

  it('a proxy that is not a proxy leaves the HTTP status as for any server', async () => {
    const result = await loadFeed(crossOrigin(`/feeds/rss2.xml?key=${uniqueKey('none')}`), {proxy: '/feeds/fault/404'});
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.code).to.equal('http');
  });
});
