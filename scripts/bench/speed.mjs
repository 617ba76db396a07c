// Speed rows, in headless Chromium driven by puppeteer-core: each figure beside its floor or peer,
// measured in the same run, medians of RUNS.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {gz} from './bytes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (x, digits = 1) => Number(x.toFixed(digits));

export async function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    protocolTimeout: 60_000,
  });
}

async function open(browser, url) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  page.on('pageerror', (error) => console.error(`page error (${url}): ${error.message}`));
  return page;
}

/** Three rows: ours, the floor or peer, and our ratio to it (with the budget, if any). */
function pair(topic, ours, floor, budget, extra = '') {
  const oursName = `${topic}: nk-news${extra}`;
  const floorName = `${topic}: floor`;
  return [
    {name: oursName, value: round(ours), unit: 'ms', peer: floorName},
    {name: floorName, value: round(floor), unit: 'ms'},
    {name: `${topic}: ratio`, value: round(ours / floor, 2), unit: '×', ...(budget ? {budget} : {}), peer: floorName},
  ];
}

/** Navigation → 10 bundled articles on screen, against fetching a same-size JSON and createElement. */
async function firstArticles(browser, base) {
  const times = {nk: [], floor: []};
  for (let run = 0; run < RUNS; run++) {
    for (const who of ['nk', 'floor']) {
      const page = await open(browser, who);
      await page.goto(`${base}/bench/first-${who}.html`, {timeout: 20_000});
      await page.waitForFunction(() => window.benchDone !== undefined, {timeout: 20_000});
      times[who].push(await page.evaluate(() => window.benchDone));
      await page.close();
    }
  }
  return pair('first 10 bundled articles (navigation → on screen)', median(times.nk), median(times.floor), 1.5);
}

/** `articles` property → on screen, feed and hand-written DOM alternating in one page. */
async function render(browser, base) {
  const page = await open(browser, 'render');
  await page.goto(`${base}/bench/render.html`, {timeout: 20_000});
  await page.waitForFunction(() => window.bench !== undefined, {timeout: 20_000});
  const rows = [];
  for (const [n, budget] of [[20], [1000, 1.5]]) {
    const times = {feed: [], floor: []};
    let kept = 0;
    for (let run = 0; run < RUNS; run++) {
      for (const who of ['floor', 'feed']) {
        const {ms, shown} = await page.evaluate((n, who) => window.bench.render(n, who), n, who);
        times[who].push(ms);
        if (who === 'feed') kept = shown;
      }
    }
    rows.push(...pair(`render ${n} articles (articles property)`, median(times.feed), median(times.floor), budget, kept < n ? ` (keeps ${kept} of ${n})` : ''));
    if (kept < n) {
      // Per article, the ratio the cap hides; and the cut itself, which the issue wants gone.
      rows.push({name: `render ${n} articles: ratio per article`, value: round((median(times.feed) / kept) / (median(times.floor) / n), 2), unit: '×', peer: `render ${n} articles (articles property): floor`});
      rows.push({name: `render ${n} articles: articles cut by the feed`, value: n - kept, unit: 'articles', budget: 0});
    }
  }
  await page.close();
  return rows;
}

/** zh-TW → zh-CN of 1,000 articles, against opencc-js called directly on the same text. */
async function conversion(browser, base, root) {
  const runs = [];
  let chunks = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await open(browser, 'convert');
    await page.goto(`${base}/bench/render.html`, {timeout: 20_000});
    await page.waitForFunction(() => window.bench !== undefined, {timeout: 20_000});
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    runs.push(await page.evaluate(() => window.bench.convert(1000)));
    if (run === 0) chunks = requested.filter((path) => path.startsWith('/dist/cdn/chunks/'));
    await page.close();
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  const kept = runs[0].shown;
  const extra = kept < 1000 ? ` (${kept} shown of 1000)` : '';
  return [
    ...pair('zh-TW → zh-CN, 1000 articles, first switch', pick('feedCold'), pick('floorCold'), 1.2, extra),
    ...pair('zh-TW → zh-CN, 1000 articles, later switch', pick('feedWarm'), pick('floorWarm'), undefined, extra),
    {name: `bytes: fetched on the first switch to zh-CN (${chunks.length} chunks)`, note: chunks.map((p) => p.split('/').pop()).join(' + '), value: chunks.reduce((s, p) => s + gz(readFileSync(join(root, p))), 0), unit: 'B', budget: 40 * 1024},
  ];
}

export async function speedRows(base, root) {
  const browser = await launch();
  try {
    return [...(await firstArticles(browser, base)), ...(await render(browser, base)), ...(await conversion(browser, base, root))];
  } finally {
    await browser.close();
  }
}
