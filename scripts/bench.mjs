// The one-run benchmark (issue #12): bytes and speed, each figure beside its floor or peer,
// measured in the same run. Writes bench/results.json as rows {name, value, unit, budget?, peer?},
// with a `note` where a row needs one, prints a table, and exits 1 when a budget is missed (value > budget). Budgets fail the bench,
// never the tests. Usage: npm run build && npm run bench   (BENCH_RUNS=n for more runs, default 5; BENCH_ONLY=render,search
// for some speed parts only: first articles, render, search, conversion, timeline, layout shift, phone, proxy, ssr)
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
import {byteRows} from './bench/bytes.mjs';
import {proxyRows} from './bench/proxy.mjs';
import {serve} from './bench/server.mjs';
import {SLOW_FEED_MS} from './bench/peers.mjs';
import {speedRows} from './bench/speed.mjs';
import {chainFiles, ssrPages} from './bench/phone.mjs';

const root = process.cwd();
if (!existsSync('dist/cdn/nk-news.js') || !existsSync('dist/news-feed/define.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
// The whole run is bounded: a hung browser must not hang CI. (10,000 hand-written articles take
// seconds each to lay out on a shared 2-core machine: the bound is generous.)
const deadline = setTimeout(() => {
  console.error('bench: timed out after 20 minutes');
  process.exit(2);
}, 20 * 60_000);
deadline.unref();

// Generated files, served from memory: the corpus as JSON (the floor's "same-size" feed), and
// opencc-js core + from/tw + to/cn in one module (the conversion floor).
const {articles} = await import(new URL('../dist/corpus/articles.js', import.meta.url));
const corpusJson = JSON.stringify(articles);
const opencc = await build({
  stdin: {
    contents: "export {ConverterFactory} from 'opencc-js/core';\nexport {default as from} from 'opencc-js/from/tw';\nexport {default as to} from 'opencc-js/to/cn';",
    resolveDir: root, loader: 'js',
  },
  bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent',
});
const generated = new Map([
  ['/bench/corpus.json', {type: 'application/json', body: corpusJson}],
  ['/bench/opencc-floor.js', {type: 'text/javascript', body: opencc.outputFiles[0].contents}],
  ...chainFiles,
  ...(await ssrPages(root)),
]);

const rows = await byteRows(root);
rows.push({name: 'bytes: corpus as JSON, the first-articles floor fetches (raw)', value: Buffer.byteLength(corpusJson), unit: 'B'});
// The demo's own feeds answer slowly: the layout-shift rows measure the page while they load.
const server = await serve(root, generated, (path) => (path.startsWith('/demo/feeds/') ? SLOW_FEED_MS : 0));
try {
  rows.push(...(await speedRows(server.base, root)));
} finally {
  await server.close();
}

// The feed proxy under load (nk-news/server): its own servers, autocannon in a child process.
const only = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
if (!only || only.includes('proxy')) {
  try {
    rows.push(...(await proxyRows(root)));
  } catch (error) {
    console.error(`bench: proxy failed: ${error.message}`);
    rows.push({name: 'proxy: did not finish', value: 1, unit: 'failure', budget: 0, note: error.message.split('\n')[0]});
  }
}

// The server renderer's page weight (scripts/bench-ssr.mjs): bytes, so one run is the figure.
if (!only || only.includes('ssr')) {
  const {measure, sourceModules} = await import('./bench-ssr.mjs');
  const {ssr, articles} = await sourceModules();
  rows.push(...(await measure(ssr, articles)));
}

mkdirSync('bench', {recursive: true});
writeFileSync('bench/results.json', `${JSON.stringify(rows, null, 2)}\n`);

// The table: value, budget, and the verdict of every budgeted row.
const show = ({value, unit}) => (unit === 'B' ? `${(value / 1024).toFixed(1)} KB` : `${value} ${unit}`);
const width = Math.min(78, Math.max(...rows.map((r) => r.name.length)));
const fit = (name) => (name.length > width ? `${name.slice(0, width - 1)}…` : name.padEnd(width));
let missed = 0;
for (const row of rows) {
  let verdict = '';
  if (row.budget !== undefined) {
    const ok = row.value <= row.budget;
    if (!ok) missed++;
    verdict = `${ok ? 'ok  ' : 'FAIL'} budget ${show({value: row.budget, unit: row.unit})}`;
  }
  console.log(`${fit(row.name)}  ${show(row).padStart(12)}  ${verdict}`);
  if (row.note) console.log(`    ${row.note}`);
}
console.log(`\n${rows.length} rows in bench/results.json; ${missed ? `${missed} budget(s) missed` : 'every budget met'} (times: medians of ${process.env.BENCH_RUNS ?? 5} runs).`);
process.exitCode = missed ? 1 : 0;
