// The same handler under every runtime it claims (issue 21 items 1 and 8): Node's http server and
// the CLI, Deno (`Deno.serve(proxy.fetch)`), Bun (`Bun.serve`) and workerd (through miniflare), each
// serving a real local upstream and answering a real request. src/server is bundled once with
// esbuild, as a site's bundler would; each runtime is a child process with a bounded life.
// Then the server renderer (issue 22, Edge): renderFeed gives the same HTML in all four.
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
import {ssrBundle, ssrPages, WRANGLER_CONDITIONS} from './ssr-runtimes.js';

const root = new URL('../../', import.meta.url).pathname;
let up: Upstream;
let dir: string;
let bundle: string;

before(async () => {
  up = await upstream({'/feed.json': send(jsonFeed('r1', 'r2'), 'application/feed+json'), '/gone.json': (_req, res) => void res.writeHead(404).end('gone')});
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

describe('renderFeed in every runtime', () => {
  /** What Node renders from the same bundle: every other runtime must give exactly this. */
  let expected: string;
  before(async () => {
    await writeFile(path.join(dir, 'ssr.mjs'), await ssrBundle(root));
    await writeFile(path.join(dir, 'pages.mjs'), ssrPages(up.base));
    await writeFile(path.join(dir, 'print.mjs'), "import {pages} from './pages.mjs';\nconsole.log(await pages());\n");
    const {pages} = await import(path.join(dir, 'pages.mjs')) as {pages: () => Promise<string>};
    expected = await pages();
    const rendered = JSON.parse(expected) as Record<string, string>;
    // What the comparison rests on: articles from the bundled corpus and from the feed, and the error state.
    assert.match(rendered['corpus']!, /part="headline"/);
    assert.ok(rendered['feed']!.includes('JSON Feed r1') && rendered['feed']!.includes('JSON Feed r2'));
    assert.match(rendered['failed']!, /<div part="error" class="blocking" role="alert">/);
    assert.equal(rendered['heard'], 'http');
  });

  /** Runs a script to its end (bounded) and gives its stdout. */
  async function output(command: string, args: string[]): Promise<string> {
    const child = spawn(command, args, {cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1'}});
    let out = '';
    let err = '';
    child.stdout!.on('data', (data: Buffer) => (out += data));
    child.stderr!.on('data', (data: Buffer) => (err += data));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(timer);
    assert.equal(code, 0, `${command}: ${err}`);
    return out.trim();
  }

  test('Deno', {timeout: 120_000}, async () => {
    assert.equal(await output(path.join(root, 'node_modules/.bin/deno'), ['run', '--allow-net', '--allow-read', '--allow-env', '--allow-sys', '--no-prompt', 'print.mjs']), expected);
  });

  test('Bun', {timeout: 120_000}, async () => {
    assert.equal(await output(path.join(root, 'node_modules/.bin/bun'), ['print.mjs']), expected);
  });

  /** A Worker answering with pages(), in miniflare: its text, or the runtime's failure and what workerd printed. */
  async function inWorkerd(bundle: string): Promise<{text?: string; failure?: unknown; stderr: string}> {
    await writeFile(path.join(dir, 'ssr.mjs'), bundle);
    await writeFile(path.join(dir, 'ssr-worker.mjs'), "import {pages} from './pages.mjs';\nexport default {fetch: async () => new Response(await pages())};\n");
    let stderr = '';
    const mf = new Miniflare({modules: true, scriptPath: path.join(dir, 'ssr-worker.mjs'), modulesRoot: dir, compatibilityDate: '2024-09-23',
      compatibilityFlags: ['nodejs_compat'], handleRuntimeStdio: (_out, err) => err.on('data', (data: Buffer) => (stderr += data))});
    try {
      const response = await mf.dispatchFetch('http://ssr.test/');
      return {text: await response.text(), stderr};
    } catch (failure) {
      return {failure, stderr};
    } finally {
      // A runtime that never started fails its disposal the same way.
      await mf.dispose().catch(() => {});
    }
  }

  test('workerd (miniflare), bundled with the `node` export condition', {timeout: 120_000}, async () => {
    const {text, failure, stderr} = await inWorkerd(await ssrBundle(root));
    assert.equal(failure, undefined, stderr);
    assert.equal(text, expected);
  });

  test('workerd bundled with Wrangler\'s conditions fails as lit/lit#3907 says (this test fails once Lit fixes it: update docs/server.md)', {timeout: 120_000}, async () => {
    // lit-html and @lit/reactive-element export no `worker`/`workerd` build, so these conditions
    // pick their `browser` one, whose module body reads `document` (lit-html.js: `l = document`):
    // the Worker fails to start. Once either package exports a build for them, this passes through
    // and the assertions below fail, on purpose.
    const {text, failure, stderr} = await inWorkerd(await ssrBundle(root, WRANGLER_CONDITIONS));
    assert.equal(text, undefined, 'it rendered: lit/lit#3907 looks fixed; say so in docs/server.md and make this test expect the HTML');
    assert.equal((failure as {code?: string}).code, 'ERR_RUNTIME_FAILURE');
    assert.match(stderr, /Uncaught ReferenceError: document is not defined/);
  });
});
