// The same handler under every runtime it claims (issue 21 items 1 and 8): Node's http server and
// the CLI, Deno (`Deno.serve(proxy.fetch)`), Bun (`Bun.serve`) and workerd (through miniflare), each
// serving a real local upstream and answering a real request. src/server is bundled once with
// esbuild, as a site's bundler would; each runtime is a child process with a bounded life.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {lookup} from 'node:dns/promises';
import {hostname, tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {Miniflare} from 'miniflare';
import {createFeedProxy} from '../../src/server/index.js';
import {jsonFeed, listen, send, upstream, type Upstream} from './helpers.js';

const root = new URL('../../', import.meta.url).pathname;
let up: Upstream;
let dir: string;
let bundle: string;

before(async () => {
  up = await upstream({'/feed.json': send(jsonFeed('r1', 'r2'), 'application/feed+json')});
  dir = await mkdtemp(path.join(tmpdir(), 'nk-runtimes-'));
  const result = await build({entryPoints: [path.join(root, 'src/server/index.ts')], bundle: true, format: 'esm', platform: 'neutral',
    mainFields: ['module', 'main'], external: ['node:*'], write: false, logLevel: 'silent'});
  bundle = result.outputFiles[0]!.text;
  await writeFile(path.join(dir, 'server.mjs'), bundle);
});
after(async () => {
  await up.close();
  await rm(dir, {recursive: true, force: true});
});

/** The module each runtime runs: two proxies, `/strict/` refusing private addresses. */
const setup = () => `import {createFeedProxy} from './server.mjs';
const open = createFeedProxy({allow: ['127.0.0.1:${up.port}'], allowPrivateNetwork: true});
const strict = createFeedProxy({allow: ['127.0.0.1:${up.port}', 'localhost:${up.port}', '${hostname()}:${up.port}']});
const handler = (request) => (new URL(request.url).pathname.startsWith('/strict') ? strict : open).fetch(request);
`;

/** Spawns a runtime, waits for "PORT n" on its stdout (bounded), and gives the base URL. */
async function start(command: string, args: string[], cwd = dir): Promise<{base: string; child: ChildProcess}> {
  const child = spawn(command, args, {cwd, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1'}});
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start within 60 s: ${output}`)), 60_000);
    const read = (data: Buffer) => {
      output += data;
      const m = /(?:PORT |http:\/\/127\.0\.0\.1:)(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}: ${output}`));
    });
  });
  return {base: `http://127.0.0.1:${port}`, child};
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * What every runtime must answer: the feed as nk-news JSON, and a 403 for a loopback address. With
 * `dns`, also for this machine's own host name, whose DNS answer (/etc/hosts) is a private address:
 * the runtime's node:dns check ran.
 */
async function checkAnswers(ask: (pathAndQuery: string) => Promise<Response>, dns = true) {
  const feed = `${up.base}/feed.json`;
  const before = up.requests;
  const ok = await ask(`/?url=${encodeURIComponent(feed)}`);
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('Content-Type'), 'application/json; charset=utf-8');
  assert.equal(ok.headers.get('X-Content-Type-Options'), 'nosniff');
  const body = await ok.json() as {version: number; articles: {id: string; title: string}[]};
  assert.equal(body.version, 1);
  assert.deepEqual(body.articles.map((a) => a.id).sort(), ['r1', 'r2']);
  const again = await ask(`/?url=${encodeURIComponent(feed)}`);
  assert.equal(again.headers.get('X-NK-Cache'), 'hit');
  await again.arrayBuffer();
  assert.equal(up.requests - before, 1, 'one upstream request');
  const names = dns ? [`http://${hostname()}:${up.port}/feed.json`] : [];
  for (const refused of [feed, `http://localhost:${up.port}/feed.json`, `http://2130706433:${up.port}/feed.json`, ...names]) {
    const blocked = await ask(`/strict/?url=${encodeURIComponent(refused)}`);
    assert.equal(blocked.status, 403, refused);
    assert.equal(((await blocked.json()) as {error: {code: string}}).error.code, 'blocked-address');
  }
  assert.equal(up.requests - before, 1, 'no request for the refused ones');
}

describe('the proxy in every runtime', () => {
  test('this machine\'s host name resolves to a private address (what the DNS checks below rely on)', async () => {
    const answers = await lookup(hostname(), {all: true});
    const {blockedAddress} = await import('../../src/server/index.js');
    assert.ok(answers.length && answers.every((a) => blockedAddress(a.address)), JSON.stringify(answers));
  });

  test('Node: http.createServer(proxy.node)', async () => {
    const proxy = createFeedProxy({allow: [`127.0.0.1:${up.port}`], allowPrivateNetwork: true});
    const strict = createFeedProxy({allow: [`127.0.0.1:${up.port}`, `localhost:${up.port}`, `${hostname()}:${up.port}`]});
    const server = await listen((req, res) => (req.url!.startsWith('/strict') ? strict : proxy).node(req, res));
    try {
      await checkAnswers((p) => fetch(`${server.base}${p}`));
    } finally {
      await server.close();
    }
  });

  test('Node: the nk-news-proxy CLI serves, then stops on SIGTERM', {timeout: 90_000}, async () => {
    const {base, child} = await start(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/cli.ts'),
      '--allow', `127.0.0.1:${up.port}`, '--allow-private-network', '--port', '0'], root);
    const printed = /http:\/\/127\.0\.0\.1:\d+/.test(base);
    const response = await fetch(`${base}/?url=${encodeURIComponent(`${up.base}/feed.json`)}`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as {articles: unknown[]}).articles.length, 2);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.ok(printed);
    assert.equal(code, 0);
  });

  test('Deno: Deno.serve(proxy.fetch)', {timeout: 120_000}, async () => {
    await writeFile(path.join(dir, 'deno.mjs'), `${setup()}
Deno.serve({port: 0, hostname: '127.0.0.1', onListen: ({port}) => console.log('PORT ' + port)}, handler);\n`);
    const {base, child} = await start(path.join(root, 'node_modules/.bin/deno'), ['run', '--allow-net', '--allow-read', '--allow-env', '--allow-sys', '--no-prompt', 'deno.mjs']);
    try {
      await checkAnswers((p) => fetch(`${base}${p}`));
    } finally {
      await stop(child);
    }
  });

  test('Bun: Bun.serve({fetch: proxy.fetch})', {timeout: 120_000}, async () => {
    await writeFile(path.join(dir, 'bun.mjs'), `${setup()}
const server = Bun.serve({port: 0, hostname: '127.0.0.1', fetch: handler});
console.log('PORT ' + server.port);\n`);
    const {base, child} = await start(path.join(root, 'node_modules/.bin/bun'), ['bun.mjs']);
    try {
      await checkAnswers((p) => fetch(`${base}${p}`));
    } finally {
      await stop(child);
    }
  });

  test('workerd (miniflare): export default {fetch}', {timeout: 120_000}, async () => {
    // The bundle's dynamic imports of node:http and node:dns are never taken on Workers
    // (src/server/transport.ts); nodejs_compat lets the module graph name them.
    // Two instances sharing caches.default through cacheApiAdapter(): the second answers from it.
    await writeFile(path.join(dir, 'worker.mjs'), `${setup().replace("import {createFeedProxy}", "import {cacheApiAdapter, createFeedProxy}")}
const shared = () => createFeedProxy({allow: ['127.0.0.1:${up.port}'], allowPrivateNetwork: true, adapter: cacheApiAdapter()});
const [one, two] = [shared(), shared()];
export default {fetch: (request) => {
  const path = new URL(request.url).pathname;
  return path === '/one' ? one.fetch(request) : path === '/two' ? two.fetch(request) : handler(request);
}};\n`);
    const mf = new Miniflare({modules: true, scriptPath: path.join(dir, 'worker.mjs'), modulesRoot: dir,
      compatibilityDate: '2024-09-23', compatibilityFlags: ['nodejs_compat']});
    try {
      await checkAnswers(async (p) => {
        const response = await mf.dispatchFetch(`http://proxy.test${p}`);
        // miniflare's Response is undici's: read it into the global one the checks expect.
        return new Response(await response.arrayBuffer(), {status: response.status, headers: Object.fromEntries(response.headers)});
      }, false);
      const feed = encodeURIComponent(`${up.base}/feed.json?shared`);
      const before = up.requests;
      const first = await mf.dispatchFetch(`http://proxy.test/one?url=${feed}`);
      assert.equal(first.headers.get('X-NK-Cache'), 'miss');
      const body = await first.text();
      const second = await mf.dispatchFetch(`http://proxy.test/two?url=${feed}`);
      assert.equal(second.headers.get('X-NK-Cache'), 'hit');
      assert.equal(await second.text(), body);
      assert.equal(up.requests - before, 1);
    } finally {
      await mf.dispose();
    }
  });
});
