// What test/node/runtimes.test.ts runs of the server renderer in Deno, Bun and workerd: nk-news/ssr
// bundled as a site would for each (docs/server.md, "Other runtimes"), and the pages each renders.
import path from 'node:path';
import {build} from 'esbuild';

/** The export conditions Wrangler bundles a Worker with: lit-html resolves to its `browser` build. */
export const WRANGLER_CONDITIONS = ['workerd', 'worker', 'browser'];

/**
 * src/ssr as one ES module for any runtime: dependencies inside, `node:` modules left to the
 * runtime (only nk-news/server's Node transport names them, in imports Workers never take).
 * Lit's `node` build by default: its other builds are for browsers.
 */
export async function ssrBundle(root: string, conditions = ['node']): Promise<string> {
  const result = await build({entryPoints: [path.join(root, 'src/ssr/index.ts')], bundle: true, format: 'esm', platform: 'neutral',
    mainFields: ['module', 'main'], conditions, external: ['node:*'], write: false, logLevel: 'silent',
    // package.json's sideEffects names dist's define modules; src's must be kept too.
    ignoreAnnotations: true});
  return result.outputFiles[0]!.text;
}

/**
 * A module exporting `pages()`: three renders as JSON (the corpus in mainland script, a local feed,
 * a 404 with the code onError heard), each element's `timeZone` fixed so no runtime's own zone shows.
 */
export const ssrPages = (base: string) => `import {renderFeed} from './ssr.mjs';
export async function pages() {
  const options = {allowPrivateNetwork: true, timeZone: 'UTC'};
  const corpus = await renderFeed({limit: '2', variant: 'zh-CN'}, options);
  const feed = await renderFeed({src: '${base}/feed.json', limit: '2'}, options);
  let heard = '';
  const failed = await renderFeed({src: '${base}/gone.json', variant: 'zh-HK'}, {...options, onError: (error) => (heard += error.code)});
  return JSON.stringify({corpus, feed, failed, heard});
}
`;
