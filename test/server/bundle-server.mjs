// Serves a site's bundle as its bundler would make it, for test/hydrate-bundle.test.ts: esbuild
// with code splitting (ES modules) over two pages, one that hydrates (`import 'nk-news/hydrate.js'`)
// and one that does not (`import 'nk-news/news-feed.js'`), so Lit lands in chunks the two share,
// which esbuild imports first in each page. `nk-news/*` resolves to src/ (no build of dist/ needed).
// Built once, on the first request, in memory.
//
//   /__bundle/hydrate/entry.js   the hydrating page's entry; other.js and the chunks beside it
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/__bundle/hydrate/';
const pages = {entry: "import 'nk-news/hydrate.js';\n", other: "import 'nk-news/news-feed.js';\n"};
/** The two package paths the pages import, as package.json's exports map them, from src/. */
const sources = {'nk-news/hydrate.js': 'src/hydrate.ts', 'nk-news/news-feed.js': 'src/news-feed/define.ts'};
let files;

function bundle() {
  const outdir = path.join(root, 'bundle');
  return build({
    entryPoints: Object.keys(pages).map((name) => ({in: `page:${name}`, out: name})),
    bundle: true, splitting: true, format: 'esm', platform: 'browser', write: false, outdir, logLevel: 'silent',
    // package.json's sideEffects names dist's modules (dist/hydrate.js among them); src's must be kept too.
    ignoreAnnotations: true,
    plugins: [{
      name: 'pages-and-nk-news-from-src',
      setup(context) {
        context.onResolve({filter: /^page:/}, ({path: id}) => ({path: id.slice('page:'.length), namespace: 'page'}));
        context.onLoad({filter: /.*/, namespace: 'page'}, ({path: name}) => ({contents: pages[name], resolveDir: root, loader: 'js'}));
        context.onResolve({filter: /^nk-news\//}, ({path: id}) => ({path: path.join(root, sources[id])}));
      },
    }],
  }).then(({outputFiles}) => new Map(outputFiles.map((file) => [PREFIX + path.relative(outdir, file.path), file.text])));
}

export function hydrateBundle() {
  return {
    name: 'nk-hydrate-bundle',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : {type: 'js', body};
    },
  };
}
