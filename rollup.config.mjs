// The CDN bundle: one ES module that registers every element with Lit inside. The corpus and the
// opencc dictionaries stay in lazy chunks beside it, fetched only when a page needs them.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  // Lets the entry export the internals its lazy chunks share, instead of a facade plus a chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'nk-news.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({browser: true, exportConditions: ['production']}),
    terser({ecma: 2022, module: true, format: {comments: false}}),
  ],
};
