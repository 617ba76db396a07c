// Server rendering, served as a news site's server would do it: on each request, nk-news/ssr
// renders the elements of a page. The demo server uses dist/ (`npm start` builds it); the test
// runner bundles src/ssr with esbuild, so the tests never depend on a build another run may be
// replacing.
//
//   /demo/ssr.html       demo/ssr.html with every `<!--nk-ssr TAG {attributes as JSON}-->` marker
//                        replaced by that element, server-rendered
//   /nk-proxy?url=…      the site's feed proxy (nk-news/server), reading this server's own feeds
//                        only (its port on loopback: 127.0.0.1 is another origin than localhost
//                        to the browser), as a news site's would read other outlets'
//   /__ssr?tag=T&attributes=JSON[&hydrate][&timeZone=Z]
//                        the test runner's only (`ssrPages({source: true})`): a bare page holding one
//                        server-rendered element; with `hydrate`, it loads hydrate.js, which takes the
//                        element over. Its attributes come from the query string, so it reads feeds
//                        only from the test server itself (its own host and port), never from any
//                        other address, private or public. The demo server has no such route: a
//                        query string must not pick what a server fetches.
import {readFile} from 'node:fs/promises';

const root = new URL('../', import.meta.url);
let fromSource = false;
let bundled;

/** The nk-news/ssr or nk-news/server module: from dist/, or src/ bundled once (dependencies stay node_modules' own). */
async function entry(name) {
  return fromSource ? (await sourceModules())[name] : import(new URL(`dist/${name}/index.js`, root).href);
}

/** src/ssr and src/server, bundled once for the test runner. */
function sourceModules() {
  bundled ??= import('esbuild').then(async ({build}) => {
    const outdir = new URL('node_modules/.cache/nk-news-ssr/', root).pathname;
    await build({entryPoints: {ssr: new URL('src/ssr/index.ts', root).pathname, server: new URL('src/server/index.ts', root).pathname},
      outdir, outExtension: {'.js': '.mjs'}, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent',
      // package.json's sideEffects names dist's define modules; src's must be kept too.
      ignoreAnnotations: true});
    const stamp = Date.now();
    const [ssr, server] = await Promise.all([import(`${outdir}ssr.mjs?${stamp}`), import(`${outdir}server.mjs?${stamp}`)]);
    return {ssr, server};
  });
  return bundled;
}

const ownReaders = new Map();

/**
 * Reads feeds from this server only: the test server on loopback, at the port the request came in
 * on (the socket's, not the client's Host header).
 */
async function ownServerOnly(port) {
  if (!ownReaders.has(port)) {
    const {createFeedProxy} = await entry('server');
    ownReaders.set(port, createFeedProxy({allow: [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`], allowPrivateNetwork: ['127.0.0.1', '::1'], ttl: 1}));
  }
  return ownReaders.get(port);
}
const renderers = {'nk-news-feed': 'renderFeed', 'nk-timeline': 'renderTimeline', 'nk-event-card': 'renderCard'};
const MARKER = /<!--\s*nk-ssr\s+([a-z-]+)\s*(\{.*?\})?\s*-->/gs;

async function renderTag(tag, attributes, options = {}) {
  if (!Object.hasOwn(renderers, tag)) throw new TypeError(`no server renderer for <${tag}>`);
  return (await entry('ssr'))[renderers[tag]](attributes, options);
}

async function renderMarkers(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    parts.push(text.slice(last, match.index), await renderTag(match[1], JSON.parse(match[2] ?? '{}')));
    last = match.index + match[0].length;
  }
  return parts.join('') + text.slice(last);
}

async function testPage({tag, attributes = '{}', hydrate, timeZone}, port) {
  // timeZone: the renderer checks it (a TypeError, a 500, for anything Intl does not know).
  const element = await renderTag(tag, JSON.parse(attributes), {proxy: await ownServerOnly(port), ...(timeZone !== undefined && {timeZone}), onError: () => {}});
  const src = fromSource ? '/src/hydrate.ts' : '/dist/hydrate.js';
  const script = hydrate === undefined ? '' : `<script type="module" src="${src}"></script>`;
  return `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>nk-news SSR</title>${script}</head><body>${element}</body></html>`;
}

/**
 * Koa middleware for @web/dev-server and @web/test-runner. `source` (the test runner) renders from
 * src/ instead of dist/ and adds the tests' /__ssr route.
 */
export function ssrPages({source = false} = {}) {
  fromSource = source;
  return (context, next) => serve(context, next, source);
}

async function serve(context, next, tests) {
  if (context.path === '/nk-proxy') {
    const proxy = await ownServerOnly(context.req.socket.localPort);
    context.respond = false;
    // Koa's own record of the answer, which the test runner's 404 report reads; the proxy writes its own.
    context.status = 200;
    return proxy.node(context.req, context.res);
  }
  const page = context.path === '/demo/ssr.html'
    ? async () => renderMarkers(await readFile(new URL('demo/ssr.html', root), 'utf8'))
    : tests && context.path === '/__ssr' ? () => testPage(context.query, context.req.socket.localPort) : undefined;
  if (!page) return next();
  try {
    context.body = await page();
    context.type = 'html';
  } catch (error) {
    // What a site's server would log: the renderer's own message.
    context.status = 500;
    context.body = String(error?.message ?? error);
    context.type = 'text';
  }
}
