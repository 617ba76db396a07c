// The feed proxy under load (issue 21 item 9): one cached feed, 100 concurrent connections for a
// few seconds, measured by autocannon in a child process, beside a bare Node server sending the
// same bytes with the same headers. Rows: requests/s of each, their ratio (budget: the proxy at
// least half the bare server's rate), p99 latency, errors, and the upstream requests the run cost
// (budget: one per TTL). Runs alone too: `node scripts/bench/proxy.mjs` (after `npm run build`).
import {execFile} from 'node:child_process';
import {createServer} from 'node:http';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const run = promisify(execFile);
const CONNECTIONS = 100;
const SECONDS = Number(process.env.BENCH_PROXY_SECONDS ?? 5);
const TTL = 300;

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(done);
    }),
  })));
}

/** autocannon's JSON summary of `url` under load, from a child process (its own event loop). */
async function load(root, url) {
  const bin = fileURLToPath(new URL('node_modules/autocannon/autocannon.js', root));
  const {stdout} = await run(process.execPath, [bin, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', url],
    {timeout: (SECONDS + 30) * 1000, maxBuffer: 16 * 1024 * 1024});
  return JSON.parse(stdout);
}

export async function proxyRows(rootDir = process.cwd()) {
  const root = new URL(`file://${rootDir.endsWith('/') ? rootDir : `${rootDir}/`}`);
  const {createFeedProxy} = await import(new URL('dist/server/index.js', root).href);
  const {articles} = await import(new URL('dist/corpus/articles.js', root).href);
  const feed = JSON.stringify({version: 1, articles: articles.slice(0, 30)});
  let hits = 0;
  const upstream = await listen((_req, res) => {
    hits++;
    res.writeHead(200, {'Content-Type': 'application/json; charset=utf-8'}).end(feed);
  });
  const proxy = createFeedProxy({allow: [new URL(upstream.base).host], allowPrivateNetwork: ['127.0.0.1'], ttl: TTL});
  const proxied = await listen(proxy.node);
  const target = `${proxied.base}/?url=${encodeURIComponent(`${upstream.base}/feed.json`)}`;
  try {
    // The first request fills the cache; the bare server sends exactly the bytes and headers it got.
    const first = await fetch(target);
    const body = Buffer.from(await first.arrayBuffer());
    const headers = Object.fromEntries([...first.headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)));
    const bare = await listen((_req, res) => res.writeHead(200, headers).end(body));
    // Two runs each, in the order bare, proxy, proxy, bare, so that neither always runs first on a
    // shared machine; the better run of each counts.
    const runs = {ours: [], floor: []};
    try {
      for (const who of ['floor', 'ours', 'ours', 'floor']) runs[who].push(await load(root, who === 'ours' ? target : `${bare.base}/`));
    } finally {
      await bare.close();
    }
    const best = (list) => list.reduce((a, b) => (b.requests.average > a.requests.average ? b : a));
    const ours = best(runs.ours), floor = best(runs.floor);
    ours.errors = runs.ours.reduce((sum, r) => sum + r.errors, 0);
    ours.timeouts = runs.ours.reduce((sum, r) => sum + r.timeouts, 0);
    ours.non2xx = runs.ours.reduce((sum, r) => sum + r.non2xx, 0);
    const errors = ours.errors + ours.timeouts + ours.non2xx;
    const name = `proxy: cached feed (${(body.length / 1024).toFixed(0)} KB), ${CONNECTIONS} connections, ${SECONDS} s`;
    return [
      {name: `${name}: nk-news/server`, value: Math.round(ours.requests.average), unit: 'req/s', peer: `${name}: bare Node server`},
      {name: `${name}: bare Node server`, value: Math.round(floor.requests.average), unit: 'req/s'},
      {name: `${name}: bare ÷ proxy requests/s`, value: Math.round((floor.requests.average / ours.requests.average) * 100) / 100, unit: '×', budget: 2,
        note: 'the proxy answers at least half as many requests per second as a bare server sending the same bytes'},
      {name: `${name}: p99 latency`, value: ours.latency.p99, unit: 'ms', note: `bare server: ${floor.latency.p99} ms`},
      {name: `${name}: errors`, value: errors, unit: 'errors', budget: 0},
      {name: `${name}: upstream requests (TTL ${TTL} s)`, value: hits, unit: 'requests', budget: Math.ceil((2 * SECONDS) / TTL)},
    ];
  } finally {
    await proxied.close();
    await upstream.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await proxyRows()) console.log(`${row.name}  ${row.value} ${row.unit}${row.budget !== undefined ? `  (budget ${row.budget})` : ''}${row.note ? `\n    ${row.note}` : ''}`);
}
