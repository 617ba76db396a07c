// Byte rows, gzip -9: the CDN entry and each chunk, what an npm user's bundler ships for the feed
// and the card (esbuild, minified, Lit inside), and TimelineJS 3 as the peer.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

export const gz = (data) => gzipSync(data, {level: 9}).length;
const gzFile = (file) => gz(readFileSync(file));

export async function byteRows(root) {
  const rows = [];
  const entry = join(root, 'dist/cdn/nk-news.js');
  rows.push({name: 'bytes: CDN entry dist/cdn/nk-news.js', value: gzFile(entry), unit: 'B', budget: 18 * 1024});

  const chunkDir = join(root, 'dist/cdn/chunks');
  const chunks = readdirSync(chunkDir).filter((f) => f.endsWith('.js')).sort();
  for (const chunk of chunks) rows.push({name: `bytes: chunk ${chunk}`, value: gzFile(join(chunkDir, chunk)), unit: 'B'});
  rows.push({name: 'bytes: all CDN chunks', value: chunks.reduce((sum, f) => sum + gzFile(join(chunkDir, f)), 0), unit: 'B'});

  // The npm modules as a site's bundler would ship them: lazy imports stay lazy (splitting).
  const npm = await build({
    stdin: {contents: "import './dist/news-feed/define.js';\nimport './dist/event-card/define.js';", resolveDir: root, loader: 'js'},
    bundle: true, splitting: true, format: 'esm', minify: true, write: false, outdir: '/npm-bundle', logLevel: 'silent',
  });
  const js = npm.outputFiles.filter((f) => f.path.endsWith('.js'));
  const entryOut = js.find((f) => f.path.endsWith('/stdin.js'));
  rows.push({name: 'bytes: npm feed + card + Lit (esbuild, entry)', value: gz(entryOut.contents), unit: 'B'});
  rows.push({name: `bytes: npm feed + card + Lit (esbuild, ${js.length - 1} lazy chunks)`, value: js.filter((f) => f !== entryOut).reduce((s, f) => s + gz(f.contents), 0), unit: 'B'});

  // TimelineJS 3, the peer: its whole script and stylesheet (fonts and locale files not counted).
  const require = createRequire(join(root, 'package.json'));
  let tl;
  try {
    tl = dirname(require.resolve('@knight-lab/timelinejs/package.json'));
  } catch {
    tl = undefined;
  }
  if (tl && existsSync(join(tl, 'dist/js/timeline.js'))) {
    const version = JSON.parse(readFileSync(join(tl, 'package.json'), 'utf8')).version;
    rows.push({name: `bytes: TimelineJS ${version} timeline.js + timeline.css (peer)`, value: gzFile(join(tl, 'dist/js/timeline.js')) + gzFile(join(tl, 'dist/css/timeline.css')), unit: 'B'});
  } else {
    console.warn('@knight-lab/timelinejs is not installed: no TimelineJS row.');
  }
  return rows;
}
