// Speed rows, in headless Chromium driven by puppeteer-core: each figure beside its floor or peer,
// measured in the same run, medians of RUNS.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gz} from './bytes.mjs';
import {RUNS, launch, median, navigationTime, open, pair} from './measure.mjs';
import {renderRows, searchRows} from './large.mjs';
import {layoutShiftRows, timelineRows} from './peers.mjs';
import {phoneRows} from './phone.mjs';

/** Navigation → 10 bundled articles on screen, against fetching a same-size JSON and createElement. */
async function firstArticles(browser, base) {
  const times = {nk: [], floor: []};
  // Run 0 warms up (a new browser's first pages are slow, and the first page would pay for it) and is not counted.
  for (let run = 0; run <= RUNS; run++) {
    for (const who of ['nk', 'floor']) {
      const {ms} = await navigationTime(browser, `${base}/bench/first-${who}.html`, who);
      if (run) times[who].push(ms);
    }
  }
  return pair('first 10 bundled articles (navigation → on screen)', median(times.nk), median(times.floor), 1.5);
}

/**
 * zh-TW → zh-CN of 1,000 articles, against opencc-js called directly on the same text. Each side
 * runs in a fresh page of its own (see convert() in bench/render.html), the order alternating from
 * run to run so that neither always goes first; the floor converts as many articles as the feed shows.
 */
async function conversion(browser, base, root) {
  const runs = {feed: [], floor: []};
  let chunks = [];
  let kept = 1000;
  for (let run = 0; run < RUNS; run++) {
    for (const who of run % 2 ? ['floor', 'feed'] : ['feed', 'floor']) {
      const page = await open(browser, `convert ${who}`);
      await page.goto(`${base}/bench/render.html`, {timeout: 30_000});
      await page.waitForFunction(() => window.bench !== undefined, {timeout: 30_000});
      const requested = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      const result = await page.evaluate((who, kept) => window.bench.convert(1000, who, kept), who, kept);
      runs[who].push(result);
      if (who === 'feed') kept = result.shown;
      if (who === 'feed' && run === 0) chunks = requested.filter((path) => path.startsWith('/dist/cdn/chunks/'));
      await page.close();
    }
  }
  const pick = (who, key) => median(runs[who].map((r) => r[key]));
  const extra = kept < 1000 ? ` (${kept} shown of 1000)` : '';
  return [
    ...pair('zh-TW → zh-CN, 1000 articles, first switch', pick('feed', 'cold'), pick('floor', 'cold'), 1.2, {extra}),
    ...pair('zh-TW → zh-CN, 1000 articles, later switch', pick('feed', 'warm'), pick('floor', 'warm'), undefined, {extra}),
    {name: `bytes: fetched on the first switch to zh-CN (${chunks.length} chunks)`, note: chunks.map((p) => p.split('/').pop()).join(' + '), value: chunks.reduce((s, p) => s + gz(readFileSync(join(root, p))), 0), unit: 'B', budget: 40 * 1024},
  ];
}

/** BENCH_ONLY="render,search" runs those parts alone (while working on them; the file then holds only theirs). */
const only = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());

export async function speedRows(base, root) {
  const browser = await launch();
  try {
    const rows = [];
    // Each part on its own, so one that fails still leaves the others' figures (and fails the run).
    for (const [part, run] of [
      ['first articles', () => firstArticles(browser, base)],
      ['render', () => renderRows(browser, base)],
      ['search', () => searchRows(browser, base)],
      ['conversion', () => conversion(browser, base, root)],
      ['timeline', () => timelineRows(browser, base)],
      ['layout shift', () => layoutShiftRows(browser, base)],
      ['phone', () => phoneRows(browser, base)],
    ]) {
      if (only && !only.includes(part)) continue;
      const started = Date.now();
      try {
        rows.push(...(await run()));
      } catch (error) {
        console.error(`bench: ${part} failed: ${error.message}`);
        rows.push({name: `${part}: did not finish`, value: 1, unit: 'failure', budget: 0, note: error.message.split('\n')[0]});
      }
      console.error(`bench: ${part} done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    return rows;
  } finally {
    await browser.close();
  }
}
