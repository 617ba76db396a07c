// A long-lived server renders fresh feeds (issue 22, Freshness): a source's max-age is honoured and
// then revalidated with its ETag or Last-Modified (a 304 keeps the copy), a source that says nothing
// is fresh for the ttl render option (default 300 s), and clearFeedCache() is nk-news/ssr's own.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {clearFeedCache, renderFeed} from '../../src/ssr/index.js';
import {clearFeedCache as serverClear} from '../../src/server/index.js';
import {DEFAULT_TTL} from '../../src/server/feed-cache.js';
import {nkJson, sleep, upstream, type Upstream} from './helpers.js';

let up: Upstream;
let stories = ['a1'];
/** The version the feed is at: its ETag, and its Last-Modified (seconds). */
let version = 1;
const notModified = {etag: 0, lastModified: 0};
const changed = {etag: 0, lastModified: 0};

function conditional(kind: 'etag' | 'lastModified') {
  return (req: IncomingMessage, res: ServerResponse) => {
    const etag = `"v${version}"`;
    const lastModified = new Date(Date.UTC(2026, 10, 30, 0, 0, version)).toUTCString();
    const asked = kind === 'etag' ? req.headers['if-none-match'] === etag : req.headers['if-modified-since'] === lastModified;
    const headers = {'Cache-Control': 'max-age=1', ...(kind === 'etag' ? {ETag: etag} : {'Last-Modified': lastModified})};
    if (asked) {
      notModified[kind]++;
      return void res.writeHead(304, headers).end();
    }
    if (req.headers['if-none-match'] || req.headers['if-modified-since']) changed[kind]++;
    res.writeHead(200, {...headers, 'Content-Type': 'application/json'}).end(nkJson(...stories));
  };
}

before(async () => {
  up = await upstream({
    '/etag.json': conditional('etag'),
    '/last-modified.json': conditional('lastModified'),
    '/silent.json': (_req, res) => void res.writeHead(200, {'Content-Type': 'application/json'}).end(nkJson(...stories)),
  });
});
after(() => up.close());

const shows = (html: string, id: string) => html.includes(`北韓新聞 ${id}`);
const render = (path: string, options: {ttl?: number} = {}) => renderFeed({src: `${up.base}${path}`}, {allowPrivateNetwork: true, ...options});

describe('a long-lived renderFeed keeps its sources fresh', () => {
  for (const [path, kind] of [['/etag.json', 'etag'], ['/last-modified.json', 'lastModified']] as const) {
    test(`max-age=1: read again after a second, revalidated with ${kind === 'etag' ? 'ETag' : 'Last-Modified'}`, async () => {
      clearFeedCache();
      stories = ['a1'];
      version = 1;
      const hits = () => up.hits.get(path) ?? 0;
      assert.ok(shows(await render(path), 'a1'));
      assert.equal(hits(), 1);
      // Unchanged: the copy is fresh for a second, then the source answers 304 and the copy stays.
      assert.ok(shows(await render(path), 'a1'));
      assert.equal(hits(), 1, 'fresh: not asked again');
      await sleep(1100);
      const before304 = notModified[kind];
      assert.ok(shows(await render(path), 'a1'));
      assert.equal(hits(), 2);
      assert.equal(notModified[kind] - before304, 1, 'revalidated: 304');
      // A new story: after the next second it shows, without a restart or a clear.
      stories = ['a2', 'a1'];
      version = 2;
      assert.ok(!shows(await render(path), 'a2'), 'still fresh');
      await sleep(1100);
      const beforeChange = changed[kind];
      const html = await render(path);
      assert.ok(shows(html, 'a2') && shows(html, 'a1'));
      assert.equal(changed[kind] - beforeChange, 1, 'a conditional request the source answered with the new feed');
      assert.equal(hits(), 3);
    });
  }

  test('a source with no Cache-Control is fresh for the ttl option; the default is 300 s', async () => {
    assert.equal(DEFAULT_TTL, 300);
    clearFeedCache();
    stories = ['s1'];
    assert.ok(shows(await render('/silent.json'), 's1'));
    assert.ok(shows(await render('/silent.json', {ttl: 1}), 's1'));
    stories = ['s2'];
    await sleep(1100);
    assert.ok(shows(await render('/silent.json', {ttl: 1}), 's2'), 'ttl: 1 read it again');
    assert.ok(!shows(await render('/silent.json'), 's2'), 'the default TTL still holds the first copy');
    assert.ok(shows(await render('/silent.json', {ttl: 1}), 's2'));
  });

  test('a ttl that is not a positive number is a TypeError', async () => {
    for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '60' as unknown as number]) {
      await assert.rejects(render('/silent.json', {ttl}), TypeError, String(ttl));
    }
  });

  test('clearFeedCache() from nk-news/ssr is the server\'s, and the next render reads again', async () => {
    assert.equal(clearFeedCache, serverClear);
    stories = ['c1'];
    await render('/silent.json');
    const before = up.hits.get('/silent.json') ?? 0;
    clearFeedCache();
    assert.ok(shows(await render('/silent.json'), 'c1'));
    assert.equal((up.hits.get('/silent.json') ?? 0) - before, 1);
  });
});
