// The proxy's cache (issue 21 item 4, issue 22 item 1, issue 19 item 5): shared fetches,
// revalidation, the source's max-age, the byte cap, a shared store, and what readers get back.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import {createFeedProxy, createReader, type StoredFeed} from '../../src/server/index.js';
import {parseFeed} from '../../src/data/parse.js';
import {article, jsonFeed, listen, nkJson, send, sleep, upstream, via, type Upstream} from './helpers.js';

let up: Upstream;
let version = 1;
const conditional: string[] = [];
const bigFeed = JSON.stringify({version: 1, articles: Array.from({length: 100}, (_, i) => ({...article(`n${i}`), summary: '北韓'.repeat(150)}))});

before(async () => {
  up = await upstream({
    '/slow.json': async (_req, res) => {
      await sleep(200);
      res.writeHead(200, {'Content-Type': 'application/json'}).end(nkJson('one'));
    },
    '/etag.json': (req, res) => {
      const inm = req.headers['if-none-match'];
      if (inm) conditional.push(String(inm));
      if (inm === '"v1"') return void res.writeHead(304, {ETag: '"v1"', 'Cache-Control': 'max-age=1'}).end();
      res.writeHead(200, {'Content-Type': 'application/json', ETag: '"v1"', 'Cache-Control': 'max-age=1'}).end(nkJson('tagged'));
    },
    '/jsonfeed.json': send(jsonFeed('j1', 'j2'), 'application/feed+json'),
    '/big': send(bigFeed),
    '/no-store.json': send(nkJson('ns'), 'application/json', {'Cache-Control': 'no-store'}),
  });
});
after(() => up.close());

const allow = () => [`127.0.0.1:${up.port}`];

describe('the cache', () => {
  test('50 concurrent readers of one feed cost one upstream request', async () => {
    const proxy = createFeedProxy({allow: allow(), allowPrivateNetwork: true});
    const server = await listen(proxy.node);
    try {
      const responses = await Promise.all(Array.from({length: 50}, () => fetch(via(server.base, `${up.base}/slow.json`))));
      assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([200]));
      const bodies = await Promise.all(responses.map((r) => r.text()));
      assert.equal(new Set(bodies).size, 1);
      assert.equal(up.hits.get('/slow.json'), 1);
    } finally {
      await server.close();
    }
  });

  test('after the TTL: a conditional request, whose 304 keeps the feed', async () => {
    const proxy = createFeedProxy({allow: allow(), allowPrivateNetwork: true});
    const first = await proxy.fetch(new Request(via('http://p', `${up.base}/etag.json`)));
    assert.equal(first.headers.get('X-NK-Cache'), 'miss');
    const body = await first.text();
    await sleep(1100);
    const second = await proxy.fetch(new Request(via('http://p', `${up.base}/etag.json`)));
    assert.equal(second.headers.get('X-NK-Cache'), 'revalidated');
    assert.equal(await second.text(), body);
    assert.deepEqual(conditional, ['"v1"']);
    assert.equal(up.hits.get('/etag.json'), 2);
  });

  test('a source saying max-age=1 is read again after a second, and a new story shows', async () => {
    let now = 1_000_000;
    const feeds = await upstream({'/news.json': (_req, res) => void res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'max-age=1'})
      .end(nkJson(...Array.from({length: version}, (_, i) => `s${i}`)))});
    try {
      const reader = createReader({allowPrivateNetwork: true, now: () => now});
      const ids = async () => {
        const result = await reader.read(`${feeds.base}/news.json`, {});
        assert.ok(result.ok);
        return result.value.map((a) => a.id);
      };
      assert.deepEqual(await ids(), ['s0']);
      version = 2;
      now += 500;
      assert.deepEqual(await ids(), ['s0'], 'still fresh');
      now += 600;
      assert.deepEqual((await ids()).sort(), ['s0', 's1']);
      assert.equal(feeds.requests, 2);
    } finally {
      await feeds.close();
    }
  });

  test('no-store is not kept; the default TTL is 300 s', async () => {
    let now = 0;
    const reader = createReader({allowPrivateNetwork: true, now: () => now});
    await reader.read(`${up.base}/no-store.json`, {});
    await reader.read(`${up.base}/no-store.json`, {});
    assert.equal(up.hits.get('/no-store.json'), 2);
    await reader.read(`${up.base}/jsonfeed.json`, {});
    now += 299_000;
    await reader.read(`${up.base}/jsonfeed.json`, {});
    assert.equal(up.hits.get('/jsonfeed.json'), 1);
    now += 2_000;
    await reader.read(`${up.base}/jsonfeed.json`, {});
    assert.equal(up.hits.get('/jsonfeed.json'), 2);
  });

  test('the proxy sends an ETag and answers a reader\'s If-None-Match with 304', async () => {
    const proxy = createFeedProxy({allow: allow(), allowPrivateNetwork: true});
    const first = await proxy.fetch(new Request(via('http://p', `${up.base}/jsonfeed.json`)));
    const etag = first.headers.get('ETag')!;
    assert.match(etag, /^"nk-/);
    assert.match(first.headers.get('Cache-Control')!, /^public, max-age=\d+$/);
    assert.equal(first.headers.get('X-Content-Type-Options'), 'nosniff');
    const again = await proxy.fetch(new Request(via('http://p', `${up.base}/jsonfeed.json`), {headers: {'If-None-Match': etag}}));
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await proxy.fetch(new Request(via('http://p', `${up.base}/jsonfeed.json`), {headers: {'If-None-Match': '"other"'}}));
    assert.equal(other.status, 200);
  });

  test('the answer is nk-news JSON that parseFeed reads back to the same articles', async () => {
    const proxy = createFeedProxy({allow: allow(), allowPrivateNetwork: true});
    const response = await proxy.fetch(new Request(via('http://p', `${up.base}/jsonfeed.json`)));
    const text = await response.text();
    assert.equal(JSON.parse(text).version, 1);
    const direct = parseFeed(jsonFeed('j1', 'j2'), {url: `${up.base}/jsonfeed.json`});
    const round = parseFeed(text, {contentType: response.headers.get('Content-Type')!});
    assert.ok(direct.ok && round.ok);
    assert.deepEqual(round.value, direct.value);
  });

  test('CORS: * by default, a list echoes a listed origin only, OPTIONS preflight answers', async () => {
    const open = createFeedProxy({allow: allow(), allowPrivateNetwork: true});
    const any = await open.fetch(new Request(via('http://p', `${up.base}/jsonfeed.json`), {headers: {Origin: 'https://a.example'}}));
    assert.equal(any.headers.get('Access-Control-Allow-Origin'), '*');
    const listed = createFeedProxy({allow: allow(), allowPrivateNetwork: true, cors: ['https://news.example']});
    const yes = await listed.fetch(new Request(via('http://p', `${up.base}/jsonfeed.json`), {headers: {Origin: 'https://news.example'}}));
    assert.equal(yes.headers.get('Access-Control-Allow-Origin'), 'https://news.example');
    assert.equal(yes.headers.get('Vary'), 'Origin');
    const no = await listed.fetch(new Request(via('http://p', `${up.base}/jsonfeed.json`), {headers: {Origin: 'https://evil.example'}}));
    assert.equal(no.headers.get('Access-Control-Allow-Origin'), null);
    const preflight = await listed.fetch(new Request('http://p/?url=x', {method: 'OPTIONS', headers: {Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET'}}));
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('Access-Control-Allow-Methods')!, /GET/);
    const post = await listed.fetch(new Request('http://p/?url=x', {method: 'POST', body: 'x'}));
    assert.equal(post.status, 405);
  });

  test('an empty or missing allowlist throws: never an open proxy', () => {
    assert.throws(() => createFeedProxy({allow: []}), TypeError);
    assert.throws(() => createFeedProxy({} as never), TypeError);
    assert.throws(() => createFeedProxy({allow: ['http://x/']}), TypeError);
  });

  test('a shared store (adapter) answers a second instance without an upstream request', async () => {
    const store = new Map<string, StoredFeed>();
    const ttls: number[] = [];
    const adapter = {get: (key: string) => store.get(key), set: (key: string, value: StoredFeed, ttl: number) => {
      ttls.push(ttl);
      store.set(key, value);
    }};
    const a = createFeedProxy({allow: allow(), allowPrivateNetwork: true, adapter});
    const b = createFeedProxy({allow: allow(), allowPrivateNetwork: true, adapter});
    const before = up.hits.get('/big') ?? 0;
    const first = await (await a.fetch(new Request(via('http://p', `${up.base}/big`)))).text();
    await sleep(10);
    const second = await b.fetch(new Request(via('http://p', `${up.base}/big`)));
    assert.equal(await second.text(), first);
    assert.equal(second.headers.get('X-NK-Cache'), 'hit');
    assert.equal((up.hits.get('/big') ?? 0) - before, 1);
    assert.ok(ttls[0]! > 300, 'kept past freshness, for stale-if-error');
  });

  test('1,000 distinct URLs cost no more than the cap (32 MB by default)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const reader = createReader({allowPrivateNetwork: true});
    assert.equal(reader.cache.maxBytes, 32 * 1024 * 1024);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let start = 0; start < 1000; start += 25) {
      await Promise.all(Array.from({length: 25}, (_, i) => reader.read(`${up.base}/big?page=${start + i}`, {})));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - heapBefore;
    assert.ok(reader.cache.bytes <= reader.cache.maxBytes, `${reader.cache.bytes} bytes held`);
    assert.ok(reader.cache.size < 1000 && reader.cache.size > 100, `${reader.cache.size} entries`);
    // 1,000 feeds of this size are about 80 MB of JSON: the heap grows by the cap and a margin, not by that.
    assert.ok(grown < reader.cache.maxBytes + 24 * 1024 * 1024, `the heap grew by ${Math.round(grown / 1048576)} MB`);
    // The most recent URLs are the ones kept.
    const last = await reader.fetch(`${up.base}/big?page=999`);
    assert.ok(last.answer.ok && last.answer.state === 'hit');
  });

  test('upstream fetches at once are bounded; past the queue a read fails at once and is not remembered', async () => {
    let inFlight = 0, most = 0;
    const slow = await upstream({'/feed': async (_req, res) => {
      most = Math.max(most, ++inFlight);
      await sleep(15);
      inFlight--;
      res.writeHead(200, {'Content-Type': 'application/json'}).end(nkJson('q'));
    }});
    try {
      const reader = createReader({allowPrivateNetwork: true, maxConcurrent: 1});
      const results = await Promise.all(Array.from({length: 70}, (_, i) => reader.read(`${slow.base}/feed?n=${i}`, {})));
      assert.equal(most, 1);
      const busy = results.filter((r) => !r.ok);
      assert.ok(busy.length >= 4 && busy.length <= 6, `${busy.length} busy`);
      assert.ok(busy.every((r) => !r.ok && r.error.code === 'network' && /busy/.test(r.error.message)));
      // A busy refusal is this server's state, not the feed's: the next read fetches it.
      const last = results.findLastIndex((r) => !r.ok);
      assert.ok((await reader.read(`${slow.base}/feed?n=${last}`, {})).ok);
    } finally {
      await slow.close();
    }
  });
});

