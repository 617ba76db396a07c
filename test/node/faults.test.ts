// The proxy against upstreams that misbehave (issue 21 item 8): each fault is a JSON error with the
// elements' code and the right status, and a download past the cap is cancelled, not read to the end.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {gzipSync} from 'node:zlib';
import {createFeedProxy, type FeedProxy} from '../../src/server/index.js';
import {nkJson, send, sleep, upstream, via, type Upstream} from './helpers.js';

let up: Upstream;
let proxy: FeedProxy;
const streamed = {bytes: 0, closedEarly: false};
let flaky = 0;

before(async () => {
  up = await upstream({
    '/hang': () => {},
    '/slow-body': (_req, res) => {
      res.writeHead(200, {'Content-Type': 'application/json'});
      res.write('{"version": 1, "articles": [');
    },
    '/bomb': (_req, res) => void res.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip'})
      .end(gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20))),
    '/gzip': (_req, res) => void res.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip'}).end(gzipSync(nkJson('zipped'))),
    '/huge': (req, res) => {
      // 20 MB in 64 KB chunks, paced by the socket: a reader that stops reading stops it.
      res.writeHead(200, {'Content-Type': 'application/json'});
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          streamed.bytes = sent;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      req.socket.on('close', () => {
        if (sent < 20 * 1024 * 1024) streamed.closedEarly = true;
      });
      pump();
    },
    '/loop': (_req, res) => void res.writeHead(302, {Location: '/loop'}).end(),
    '/html': send('<!doctype html><html><head><title>Home</title></head><body>news</body></html>', 'text/html'),
    '/flaky': (_req, res) => {
      flaky++;
      if (flaky === 1) return void res.writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'max-age=1'}).end(nkJson('kept'));
      res.writeHead(500).end('down');
    },
    '/unavailable': (_req, res) => void res.writeHead(503, {'Retry-After': '120'}).end(),
    '/feed.json': send(nkJson('a')),
  });
  proxy = createFeedProxy({allow: [`127.0.0.1:${up.port}`], allowPrivateNetwork: true, timeout: 1});
});
after(() => up.close());

async function ask(path: string, using = proxy) {
  const response = await using.fetch(new Request(via('http://proxy', `${up.base}${path}`)));
  const body = await response.json() as {error?: {code: string; message: string}; articles?: {id: string}[]};
  return {response, body};
}

describe('faults', () => {
  test('a hanging upstream: 504 timeout, within the timeout', async () => {
    const started = Date.now();
    const {response, body} = await ask('/hang');
    assert.equal(response.status, 504);
    assert.equal(body.error!.code, 'timeout');
    assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
  });

  test('headers, then a body that stops: 504 timeout', async () => {
    const {response, body} = await ask('/slow-body');
    assert.equal(response.status, 504);
    assert.equal(body.error!.code, 'timeout');
  });

  test('a gzip body is read; a gzip bomb stops at the cap after decompression', async () => {
    const zipped = await ask('/gzip');
    assert.deepEqual(zipped.body.articles!.map((a) => a.id), ['zipped']);
    const bomb = await ask('/bomb');
    assert.equal(bomb.response.status, 502);
    assert.equal(bomb.body.error!.code, 'too-large');
  });

  test('a 20 MB body: 502 too-large, and the download is cancelled', async () => {
    const {response, body} = await ask('/huge');
    assert.equal(response.status, 502);
    assert.equal(body.error!.code, 'too-large');
    for (let i = 0; i < 50 && !streamed.closedEarly; i++) await sleep(20);
    assert.ok(streamed.closedEarly, 'the upstream connection was closed before the body ended');
    assert.ok(streamed.bytes < 12 * 1024 * 1024, `${streamed.bytes} bytes were sent`);
  });

  test('a redirect loop: 502 http after maxRedirects hops', async () => {
    const before = up.hits.get('/loop') ?? 0;
    const {response, body} = await ask('/loop');
    assert.equal(response.status, 502);
    assert.equal(body.error!.code, 'http');
    assert.match(body.error!.message, /redirected more than 5 times/);
    assert.equal((up.hits.get('/loop') ?? 0) - before, 6);
  });

  test('an HTML page instead of a feed: 502 not-a-feed', async () => {
    const {response, body} = await ask('/html');
    assert.equal(response.status, 502);
    assert.equal(body.error!.code, 'not-a-feed');
  });

  test('a 404: 502 http; a 503 passes its Retry-After on', async () => {
    const missing = await ask('/missing');
    assert.equal(missing.response.status, 502);
    assert.equal(missing.body.error!.code, 'http');
    assert.match(missing.body.error!.message, /404/);
    const unavailable = await ask('/unavailable');
    assert.equal(unavailable.body.error!.code, 'http');
    assert.equal(unavailable.response.headers.get('Retry-After'), '120');
  });

  test('a 500 after a good fetch: the last good feed, marked stale, then a back-off', async () => {
    const first = await ask('/flaky');
    assert.equal(first.response.status, 200);
    assert.equal(first.response.headers.get('X-NK-Cache'), 'miss');
    await sleep(1100);
    const stale = await ask('/flaky');
    assert.equal(stale.response.status, 200);
    assert.deepEqual(stale.body.articles!.map((a) => a.id), ['kept']);
    assert.equal(stale.response.headers.get('X-NK-Cache'), 'stale');
    assert.equal(stale.response.headers.get('X-NK-Stale'), 'http');
    assert.equal(flaky, 2);
    // Within the back-off the source is left alone.
    await ask('/flaky');
    assert.equal(flaky, 2);
  });

  test('a feed that works still works beside all that', async () => {
    const {response, body} = await ask('/feed.json');
    assert.equal(response.status, 200);
    assert.deepEqual(body.articles!.map((a) => a.id), ['a']);
  });
});
