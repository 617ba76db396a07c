// Server rendering, served as a news site's server would do it: on each request, nk-news/ssr
// renders the elements of a page. The demo server uses dist/ (`npm start` builds it); the test
// runner bundles src/ssr with esbuild, so the tests never depend on a build another run may be
// replacing.
//
//   /demo/ssr.html       demo/ssr.html with every `<!--nk-ssr TAG {attributes as JSON}-->` marker
//                        replaced by that element, server-rendered
//   /__ssr?tag=T&attributes=JSON[&hydrate]
//                        a bare page holding one server-rendered element (the tests' page); with
//                        `hydrate`, it loads hydrate.js, which takes the element over
import {readFile} from 'node:fs/promises';

const root = new URL('../', import.meta.url);
let fromSource = false;
let bundled;

/** The nk-news/ssr module: dist/ssr, or src/ssr bundled once (dependencies stay node_modules' own). */
async function ssrModule() {
  if (!fromSource) return import(new URL('dist/ssr/index.js', root).href);
  bundled ??= import('esbuild').then(async ({build}) => {
    const outfile = new URL('node_modules/.cache/nk-news-ssr/index.mjs', root).pathname;
    await build({entryPoints: [new URL('src/ssr/index.ts', root).pathname], outfile, bundle: true, platform: 'node',
      format: 'esm', packages: 'external', logLevel: 'silent',
      // package.json's sideEffects names dist's define modules; src's must be kept too.
      ignoreAnnotations: true});
    return import(`${outfile}?${Date.now()}`);
  });
  return bundled;
}
const renderers = {'nk-news-feed': 'renderFeed', 'nk-timeline': 'renderTimeline', 'nk-event-card': 'renderCard'};
const MARKER = /<!--\s*nk-ssr\s+([a-z-]+)\s*(\{.*?\})?\s*-->/gs;

async function renderTag(tag, attributes) {
  if (!Object.hasOwn(renderers, tag)) throw new TypeError(`no server renderer for <${tag}>`);
  return (await ssrModule())[renderers[tag]](attributes);
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

async function testPage({tag, attributes = '{}', hydrate}) {
  const element = await renderTag(tag, JSON.parse(attributes));
  const src = fromSource ? '/src/hydrate.ts' : '/dist/hydrate.js';
  const script = hydrate === undefined ? '' : `<script type="module" src="${src}"></script>`;
  return `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>nk-news SSR</title>${script}</head><body>${element}</body></html>`;
}

/** Koa middleware for @web/dev-server and @web/test-runner; `source` renders from src/ instead of dist/. */
export function ssrPages({source = false} = {}) {
  fromSource = source;
  return serve;
}

async function serve(context, next) {
  const page = context.path === '/demo/ssr.html'
    ? async () => renderMarkers(await readFile(new URL('demo/ssr.html', root), 'utf8'))
    : context.path === '/__ssr' ? () => testPage(context.query) : undefined;
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
