// Sizes and speed of the built CDN bundle, measured in Debian's Chromium. Budgets from the issues:
// nk-news.js ≤ 20 KB gzipped (corpus not counted); the zh-TW→zh-CN code ≤ 40 KB gzipped.
// Usage: npm run build && npm run bench
import {createServer} from 'node:http';
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer';

const root = process.cwd();
if (!existsSync('dist/cdn/nk-news.js')) {
  console.error('dist/cdn/nk-news.js is missing: run `npm run build` first.');
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(file), {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Static files only, on loopback.
const types = {'.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.xml': 'application/xml', '.rss': 'application/rss+xml'};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const RUNS = 5;
const results = {bundle: {}, firstRender: [], switchToCN: [], switchBackTW: [], lazy: {}};
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${base}/scripts/bench.html`);
    await page.waitForFunction(() => window.benchFirstRender !== undefined, {timeout: 30_000});
    const firstRender = await page.evaluate(() => window.benchFirstRender);
    const beforeSwitch = requested.length;
    const toCN = await page.evaluate(() => window.benchSwitch('zh-CN'));
    const cnFiles = requested.slice(beforeSwitch);
    const back = await page.evaluate(() => window.benchSwitch('zh-TW'));
    results.firstRender.push(firstRender);
    results.switchToCN.push(toCN);
    results.switchBackTW.push(back);
    if (run === 0) {
      results.lazy.beforeSwitch = requested.slice(0, beforeSwitch).map((u) => u.replace(base, ''));
      results.lazy.zhCN = cnFiles.map((u) => u.replace(base, ''));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const chunkDir = 'dist/cdn/chunks';
const chunks = readdirSync(chunkDir).filter((f) => f.endsWith('.js'));
const corpusChunk = chunks.find((f) => f.startsWith('articles-'));
const cnFiles = results.lazy.zhCN.filter((u) => u.endsWith('.js'));
const cnBytes = cnFiles.reduce((sum, u) => sum + gz(join(root, u)), 0);
const viewChunk = chunks.find((f) => f.startsWith('view-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log('Sizes (gzip -9)');
console.log(`  dist/cdn/nk-news.js           ${kb(gz('dist/cdn/nk-news.js'))}   budget 20 KB`);
console.log(`  corpus chunk (${corpusChunk})   ${kb(gz(join(chunkDir, corpusChunk)))}`);
console.log(`  view chunk (filters, gazetteer, checks; loaded with the first stories)   ${kb(gz(join(chunkDir, viewChunk)))}`);
console.log(`  zh-TW→zh-CN code fetched on the switch (${cnFiles.map((u) => u.split('/').pop()).join(' + ')})   ${kb(cnBytes)}   budget 40 KB`);
console.log(`  all chunks                     ${kb(chunks.reduce((s, f) => s + gz(join(chunkDir, f)), 0))}`);
console.log(`Requests before any switch: ${results.lazy.beforeSwitch.filter((u) => u.endsWith('.js')).join(', ')}`);
console.log(`Requests on the switch to zh-CN: ${results.lazy.zhCN.join(', ') || '(none)'}`);
console.log(`Speed in Chromium, median of ${RUNS} page loads`);
console.log(`  script start → 20 stories on screen      ${median(results.firstRender).toFixed(1)} ms`);
console.log(`  switch 20 stories zh-TW → zh-CN (cold)   ${median(results.switchToCN).toFixed(1)} ms`);
console.log(`  switch back to zh-TW                     ${median(results.switchBackTW).toFixed(1)} ms`);
