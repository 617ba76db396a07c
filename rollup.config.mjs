// The CDN bundle: one ES module with Lit inside that registers every element. Its entry, src/cdn.ts,
// holds the feed; the card, the timeline and the switch are chunks fetched when their tag appears,
// and so are the corpus and the opencc dictionaries, fetched only when a page needs them.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollupCommonjs} from './scripts/cjs-as-esm.mjs';
import {preloadImports} from './scripts/rollup-preload.mjs';

/**
 * Drops the comments and the indentation of the CSS in `css` template literals (terser leaves
 * template text alone): about 1 KB of the entry, gzipped. Newlines stay, so every line of code
 * keeps its number and the source maps stay right.
 */
function cssLiterals() {
  const walk = (node, found) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') found.push(...node.quasi.quasis);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) walk(child, found);
      else if (value && typeof value === 'object') walk(value, found);
    }
  };
  return {
    name: 'nk-css-literals',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      const quasis = [];
      walk(this.parse(code), quasis);
      let out = '';
      let at = 0;
      // In source order: a `css` template nested in another's `${}` is found after the outer one's text.
      for (const {start, end} of quasis.sort((a, b) => a.start - b.start)) {
        const text = code.slice(start, end)
          .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
          .replace(/[ \t]+/g, ' ')
          .replace(/\n /g, '\n');
        out += code.slice(at, start) + text;
        at = end;
      }
      return {code: out + code.slice(at), map: null};
    },
  };
}

export default {
  input: 'dist/cdn.js',
  // Lets the entry export the internals its lazy chunks share, instead of a facade plus a chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'nk-news.js',
    // An element's chunk is named after its folder (event-card-…), not after its define.js.
    chunkFileNames: ({name, facadeModuleId}) =>
      `chunks/${name === 'define' && facadeModuleId ? facadeModuleId.split(/[\\/]/).at(-2) : name}-[hash].js`,
    sourcemap: true,
    // The date reader that the parsers and the filters share rides in the views' chunk, which every
    // page showing articles fetches, and so does the article template with its dates
    // (view/article-renderer.ts): no article is drawn before its view is derived. The entry is named too, or the view's chunk would take along
    // everything it imports that the entry imports as well (a manual chunk takes its unassigned
    // dependencies). The list's and the card's views share one chunk (their gazetteer, filters and
    // conversion door are the same), with the page's outline every element reads as it connects (one
    // request fewer in every element's wave). The reader of nk-news JSON, which also checks the articles a
    // page hands over, is a small chunk of its own (`json`); the markup readers that JSON Feed, RSS
    // and Atom need (html-text.js, with the HTML entity table, about 20 KB) ride in `markup` with the
    // JSON Feed reader and parse-json.js, which the loader reads every JSON body with: a page handing
    // over its own articles never downloads them (issue #23: the bytes of a wave are on the path).
    manualChunks: (id) => (/[\\/]dist[\\/]cdn\.js$/.test(id) ? 'nk-news'
      : /[\\/]dist[\\/](view[\\/]((list|card|article)-view|page-outline)|i18n[\\/]format-date|data[\\/]iso-date)\.js$/.test(id) ? 'view'
      : /[\\/]dist[\\/]data[\\/](check-articles|quote|formats[\\/](json|item|whitespace|lang-guess))\.js$/.test(id) ? 'json'
      : /[\\/]dist[\\/]data[\\/](parse-json|formats[\\/](jsonfeed|html-text|date))\.js$/.test(id) ? 'markup' : undefined),
  },
  plugins: [
    rollupCommonjs(),
    nodeResolve({browser: true, exportConditions: ['production']}),
    cssLiterals(),
    preloadImports(),
    terser({ecma: 2022, module: true, compress: {passes: 3}, format: {comments: false}}),
  ],
};
