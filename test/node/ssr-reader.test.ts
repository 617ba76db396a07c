// nk-news/ssr reads through nk-news/server (issue 19 items 4 and 5, issue 22 item 1): private
// addresses refused by default, opted into with allowPrivateNetwork or through a proxy, feeds
// fresh for their max-age, and clearFeedCache() exported from nk-news/ssr.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {clearFeedCache, renderFeed} from '../../src/ssr/index.js';
import {createFeedProxy, readFeed} from '../../src/server/index.js';
import {nkJson, sleep, upstream, type Upstream} from './helpers.js';
// @ts-expect-error: a plain .mjs script with no types
import {ssrPages} from '../../scripts/ssr-pages.mjs';

let up: Upstream;
let stories = ['first'];
before(async () => {
  up = await upstream({
    '/feed.json': (_req, res) => void res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'max-age=1'}).end(nkJson(...stories)),
    '/to-loopback': (_req, res) => void res.writeHead(302, {Location: `http://127.0.0.1:${up.port}/feed.json`}).end(),
  });
});
after(() => up.close());

const shows = (html: string, id: string) => html.includes(`北韓新聞 ${id}`);

describe('nk-news/ssr reads feeds through the guarded reader', () => {
  test('a loopback src is refused by default: a failure, not a hang, and nothing connects', async () => {
    const before = up.connections;
    for (const src of [`${up.base}/feed.json`, `http://localhost:${up.port}/feed.json`, `http://2130706433:${up.port}/feed.json`,
      `http://[::ffff:127.0.0.1]:${up.port}/feed.json`, `https://example.invalid/a.json ${up.base}/feed.json`]) {
      const started = Date.now();
      const html = await renderFeed({src});
      assert.ok(!shows(html, 'first'), src);
      assert.ok(Date.now() - started < 5000);
    }
    assert.equal(up.connections, before);
  });

  test('allowPrivateNetwork: true renders it; the source\'s max-age=1 brings a new story after a second', async () => {
    clearFeedCache();
    stories = ['first'];
    assert.ok(shows(await renderFeed({src: `${up.base}/feed.json`}, {allowPrivateNetwork: true}), 'first'));
    stories = ['first', 'second'];
    assert.ok(!shows(await renderFeed({src: `${up.base}/feed.json`}, {allowPrivateNetwork: true}), 'second'), 'still fresh');
    await sleep(1100);
    assert.ok(shows(await renderFeed({src: `${up.base}/feed.json`}, {allowPrivateNetwork: true}), 'second'));
  });

  test('clearFeedCache() makes the next render read again', async () => {
    stories = ['third'];
    const before = up.hits.get('/feed.json') ?? 0;
    await renderFeed({src: `${up.base}/feed.json`}, {allowPrivateNetwork: true});
    clearFeedCache();
    const html = await renderFeed({src: `${up.base}/feed.json`}, {allowPrivateNetwork: true});
    assert.ok(shows(html, 'third'));
    assert.ok((up.hits.get('/feed.json') ?? 0) - before >= 1);
  });

  test('a redirect to loopback is refused at that hop, though the first host was allowed', async () => {
    const origin = await upstream({
      '/feed.json': (_req, res) => void res.writeHead(200, {'Content-Type': 'application/json'}).end(nkJson('origin')),
      '/away': (_req, res) => void res.writeHead(302, {Location: `http://127.0.0.1:${up.port}/feed.json`}).end(),
    }, '127.0.0.2');
    try {
      // The site opens one intranet address; the loopback the redirect names stays closed.
      const opened = (read: string) => renderFeed({src: `${origin.base}${read}`}, {read: createFeedProxy({allow: [`127.0.0.2:${origin.port}`, `127.0.0.1:${up.port}`], allowPrivateNetwork: ['127.0.0.2']}).read});
      assert.ok(shows(await opened('/feed.json'), 'origin'));
      const before = up.connections;
      const html = await opened('/away');
      assert.ok(!shows(html, 'third') && !shows(html, 'origin'));
      assert.equal(origin.hits.get('/away'), 1);
      assert.equal(up.connections, before);
    } finally {
      await origin.close();
    }
  });

  test('{proxy}: reads through the proxy\'s allowlist, guards and cache', async () => {
    const proxy = createFeedProxy({allow: [`127.0.0.1:${up.port}`], allowPrivateNetwork: true, ttl: 60});
    stories = ['proxied'];
    const before = up.hits.get('/feed.json') ?? 0;
    assert.ok(shows(await renderFeed({src: `${up.base}/feed.json`}, {proxy}), 'proxied'));
    // The proxy's cache answers the same feed to its HTTP readers.
    const response = await proxy.fetch(new Request(`http://p/?url=${encodeURIComponent(`${up.base}/feed.json`)}`));
    assert.equal(response.headers.get('X-NK-Cache'), 'hit');
    assert.equal((up.hits.get('/feed.json') ?? 0) - before, 1);
    // A host the proxy does not allow is not read.
    const other = createFeedProxy({allow: ['feeds.example'], allowPrivateNetwork: true});
    assert.ok(!shows(await renderFeed({src: `${up.base}/feed.json`}, {proxy: other}), 'proxied'));
  });

  test('a relative src fails with an error that names the fix', async () => {
    const result = await readFeed('/feeds/news.json');
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'invalid');
    assert.match(result.error.message, /relative.*absolute http\(s\) URL/);
  });

  test('the demo server has no /__ssr route: a query string never picks what it fetches', async () => {
    const attributes = JSON.stringify({src: `${up.base}/feed.json`});
    const context = {path: '/__ssr', query: {tag: 'nk-news-feed', attributes}, body: undefined as unknown};
    let passedOn = false;
    await ssrPages()(context, async () => {
      passedOn = true;
    });
    assert.equal(passedOn, true);
    assert.equal(context.body, undefined);
  });
});
