// Serves the feeds and faults the loading tests need, under /feeds/, from the test runner's own
// server (same origin as the tests, so the browser's CORS rules only apply where a test wants them).
// Requests are answered at the HTTP layer, before the dev server's Koa app: its middleware would
// buffer streamed bodies, add caching headers and count deliberate 404s as broken imports.
//
//   /feeds/<fixture>               a file of test/fixtures/feeds with its real Content-Type
//                                  ?type=<content type> overrides it (?type=none sends none)
//   /feeds/count?key=K             {"count": n}: requests so far that carried ?key=K
//   /feeds/stats?key=K             {"count", "bytes", "paused", "finished", "closed"} of streamed faults
//   /feeds/redirect?to=/feeds/…    302 to another feed (for links relative to the final URL)
//   /feeds/fault/404 | 500         that status
//   /feeds/fault/503[?after=S]     503 with Retry-After: S seconds (default 120)
//   /feeds/fault/429[?at=MS]       429 with Retry-After as an HTTP-date: MS (epoch ms), default 90 s ahead
//   /feeds/fault/slow?ms=N         a good RSS feed after N ms, unless the client hangs up first
//   /feeds/fault/slow-body?ms=N    headers and half the feed at once, the rest after N ms (ditto)
//   /feeds/fault/huge[?bytes=N][&pause=P]
//                                  chunked RSS, no Content-Length, N bytes (default 12 MB) trickling
//                                  out; after P bytes (default 6 MB, past the 5 MB cap) it holds
//                                  until the client hangs up (or HOLD_MS pass), so it cannot finish
//                                  before a client that stops reading has closed the connection
//   /feeds/fault/declared-huge[?pause=P]
//                                  Content-Length: 50 MB, body trickling out; holds after P bytes (1 MB)
//   /feeds/fault/empty | blank     200 with no body / only whitespace
//   /feeds/fault/bad-json | bad-xml | html | not-json | xml-not-feed
//   /feeds/fault/flaky?key=K       odd requests per key: a good feed; even ones: 500
//   /feeds/fault/reset             the connection is dropped (a network error)
//   /feeds/fault/no-cors           a good feed without Access-Control-Allow-Origin
import {readFile} from 'node:fs/promises';

const FIXTURES = new URL('../fixtures/feeds/', import.meta.url);

const TYPES = {
  'rss2.xml': 'application/rss+xml; charset=utf-8',
  'rss1.rdf': 'application/rdf+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'jsonfeed.json': 'application/feed+json; charset=utf-8',
  'jsonfeed-1.0.json': 'application/json',
  'nk-news.json': 'application/json; charset=utf-8',
  'ssr-hostile.json': 'application/json; charset=utf-8',
  'big5.xml': 'application/rss+xml; charset=big5',
  'gb18030.xml': 'text/xml; charset=gb18030',
  'gbk.xml': 'application/xml',
  'windows-1252.xml': 'application/rss+xml; charset=iso-8859-1',
  'page.html': 'text/html; charset=utf-8',
  'sub/relative.xml': 'application/rss+xml',
};

const counts = new Map();
const streams = new Map();

function rss(titles, date = 'Tue, 29 Jul 2025 08:30:00 GMT') {
  const items = titles.map((title, i) =>
    `<item><title>${title}</title><guid>${encodeURIComponent(title)}-${i}</guid><pubDate>${date}</pubDate>` +
    `<description>${title}</description></item>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title>${items}</channel></rss>`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Longest a fault holds a connection: far past any test's timeout, so only a hang-up ends a hold in a test. */
const HOLD_MS = 60_000;

/** Waits `ms`, or until the client hangs up. True when it hung up. */
function waitOrClose(res, ms) {
  if (res.destroyed || res.closed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (closed) => {
      clearTimeout(timer);
      res.off('close', onClose);
      resolve(closed);
    };
    const onClose = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    res.on('close', onClose);
  });
}

function send(res, status, body = '', headers = {}, {cors = true} = {}) {
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    ...(cors ? {'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After'} : {}),
    ...headers,
  });
  res.end(body);
}

function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams `total` bytes of an endless RSS feed in 64 KB chunks, stopping when the client goes.
 * After `pause` bytes it sends nothing more until the client hangs up (or HOLD_MS pass): however
 * slow or loaded the machine, `finished` cannot come before a client that gave up has closed.
 */
async function trickle(res, stats, {total, pause, headers}) {
  res.writeHead(200, {'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', ...headers});
  res.on('close', () => { stats.closed = true; });
  const item = '<item><title>Filler</title><pubDate>Tue, 29 Jul 2025 08:30:00 GMT</pubDate><description>' +
    'x'.repeat(400) + '</description></item>\n';
  const chunk = Buffer.from(item.repeat(Math.ceil(65536 / item.length)));
  const head = Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Huge</title>\n');
  res.write(head);
  stats.bytes += head.length;
  while (stats.bytes < total && !stats.closed) {
    if (stats.bytes >= pause && !stats.paused) {
      stats.paused = true;
      if (await waitOrClose(res, HOLD_MS)) break;
    }
    await sleep(2);
    if (stats.closed) break;
    const ok = res.write(chunk);
    stats.bytes += chunk.length;
    if (!ok) await drained(res);
  }
  if (!stats.closed) {
    res.end('</channel></rss>');
    stats.finished = true;
  }
}

async function fault(name, url, req, res) {
  const key = url.searchParams.get('key') ?? '';
  switch (name) {
    case '404': return send(res, 404, 'Not Found', {'Content-Type': 'text/plain'});
    case '500': return send(res, 500, 'Internal Server Error', {'Content-Type': 'text/plain'});
    case '503':
      return send(res, 503, 'Service Unavailable', {'Content-Type': 'text/plain', 'Retry-After': url.searchParams.get('after') ?? '120'});
    case '429': {
      const at = url.searchParams.has('at') ? Number(url.searchParams.get('at')) : Date.now() + 90_000;
      return send(res, 429, 'Too Many Requests', {'Content-Type': 'text/plain', 'Retry-After': new Date(at).toUTCString()});
    }
    case 'slow':
      if (await waitOrClose(res, Number(url.searchParams.get('ms') ?? 1000))) return;
      return send(res, 200, rss(['Slow but fine']), {'Content-Type': 'application/rss+xml'});
    case 'slow-body': {
      const body = rss(['Slow body']);
      res.writeHead(200, {'Content-Type': 'application/rss+xml', 'Cache-Control': 'no-store'});
      res.write(body.slice(0, body.length / 2));
      if (!(await waitOrClose(res, Number(url.searchParams.get('ms') ?? 1000)))) res.end(body.slice(body.length / 2));
      return;
    }
    case 'huge':
    case 'declared-huge': {
      const stats = {count: 0, bytes: 0, paused: false, finished: false, closed: false};
      if (key) streams.set(key, stats);
      const declared = name === 'declared-huge' ? 50_000_000 : undefined;
      const total = declared ?? Number(url.searchParams.get('bytes') ?? 12 * 1024 * 1024);
      const pause = Number(url.searchParams.get('pause') ?? (declared ? 1024 * 1024 : 6 * 1024 * 1024));
      return trickle(res, stats, {
        total,
        pause,
        headers: {'Content-Type': 'application/rss+xml', ...(declared ? {'Content-Length': String(declared)} : {})},
      });
    }
    case 'empty': return send(res, 200, '', {'Content-Type': 'application/rss+xml'});
    case 'blank': return send(res, 200, '  \n\t\n ', {'Content-Type': 'application/rss+xml'});
    case 'bad-json': return send(res, 200, '{"version": 1, "articles": [{"id": "a", "title": ', {'Content-Type': 'application/json'});
    case 'not-json': return send(res, 200, 'Service temporarily unavailable', {'Content-Type': 'application/json'});
    case 'bad-xml':
      return send(res, 200, '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>Half',
        {'Content-Type': 'application/rss+xml'});
    case 'xml-not-feed':
      return send(res, 200, '<?xml version="1.0"?><sitemap><url>https://example.org/</url></sitemap>', {'Content-Type': 'application/xml'});
    case 'html':
      return send(res, 200, await readFile(new URL('page.html', FIXTURES)), {'Content-Type': 'text/html; charset=utf-8'});
    case 'flaky': {
      const n = counts.get(key) ?? 0; // already counted for this request
      return n % 2 === 1
        ? send(res, 200, rss([`Flaky good ${n}`]), {'Content-Type': 'application/rss+xml'})
        : send(res, 500, 'Flaky failure', {'Content-Type': 'text/plain'});
    }
    case 'reset':
      req.socket.destroy();
      return;
    case 'no-cors':
      return send(res, 200, rss(['No CORS']), {'Content-Type': 'application/rss+xml'}, {cors: false});
    default:
      return send(res, 404, `No fault named ${name}`, {'Content-Type': 'text/plain'});
  }
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname.slice('/feeds/'.length);
  const key = url.searchParams.get('key');

  if (path === 'count') return send(res, 200, JSON.stringify({count: counts.get(key) ?? 0}), {'Content-Type': 'application/json'});
  if (path === 'stats') {
    const stats = streams.get(key) ?? {bytes: 0, paused: false, finished: false, closed: false};
    return send(res, 200, JSON.stringify({...stats, count: counts.get(key) ?? 0}), {'Content-Type': 'application/json'});
  }
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1);

  if (path === 'redirect') {
    const to = url.searchParams.get('to') ?? '/feeds/rss2.xml';
    return send(res, 302, '', {Location: to.startsWith('/feeds/') ? to : '/feeds/rss2.xml'});
  }
  if (path.startsWith('fault/')) return fault(path.slice('fault/'.length), url, req, res);

  const type = TYPES[path];
  if (!type) return send(res, 404, `No feed fixture named ${path}`, {'Content-Type': 'text/plain'});
  const override = url.searchParams.get('type');
  const contentType = override === null ? type : override === 'none' ? undefined : override;
  const body = await readFile(new URL(path, FIXTURES));
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await sleep(delay);
  return send(res, 200, body, contentType ? {'Content-Type': contentType} : {});
}

/**
 * A @web/dev-server plugin. Koa composes its middleware once, before `serverStart`, so a late
 * `app.use` would never run: the plugin puts itself in front of the server's request listeners.
 */
export function feedServer() {
  return {
    name: 'nk-feed-server',
    serverStart({server}) {
      if (!server) return;
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (!req.url?.startsWith('/feeds/')) {
          for (const listener of others) listener.call(server, req, res);
          return;
        }
        handle(req, res).catch((error) => {
          if (!res.headersSent) send(res, 500, String(error), {'Content-Type': 'text/plain'});
          else res.destroy();
        });
      });
    },
  };
}
