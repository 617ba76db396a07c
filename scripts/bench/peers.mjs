// Against the peers: <nk-timeline> and TimelineJS 3 on the same 20 articles; and the layout shift
// of the demo page while its slow feed loads.
import {RUNS, median, navigationTime, open, round} from './measure.mjs';

/** Navigation → 20 articles on a timeline: ours against TimelineJS (bench/timeline-*.html). */
export async function timelineRows(browser, base) {
  const times = {nk: [], tl: []};
  const offsite = new Set();
  // Run 0 warms up (the browser's first pages, the server's first reads) and is not counted.
  for (let run = 0; run <= RUNS; run++) {
    for (const who of ['nk', 'tl']) {
      const result = await navigationTime(browser, `${base}/bench/timeline-${who}.html`, `timeline-${who}`);
      if (run) times[who].push(result.ms);
      result.offsite.forEach((url) => offsite.add(`${who}: ${url}`));
    }
  }
  const topic = 'timeline, 20 articles (navigation → on screen)';
  const peer = `${topic}: TimelineJS 3`;
  return [
    {name: `${topic}: nk-news`, value: round(median(times.nk)), unit: 'ms', peer},
    {name: peer, value: round(median(times.tl)), unit: 'ms'},
    // Faster than the peer: at most 0.6× on loopback (issue #23).
    {name: `${topic}: ratio`, value: round(median(times.nk) / median(times.tl), 2), unit: '×', budget: 0.6, peer},
    // Either page reaching off this machine would time a download, not a timeline.
    {name: `${topic}: requests off this machine`, value: offsite.size, unit: 'requests', budget: 0, ...(offsite.size ? {note: [...offsite].join(' ')} : {})},
  ];
}

/** The demo's slow feed answers after this long (scripts/bench.mjs serves it so). */
export const SLOW_FEED_MS = 1500;

/** CLS of demo/index.html while its `src` feed answers slowly, at a desktop and a phone width. */
export async function layoutShiftRows(browser, base) {
  const rows = [];
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    const values = [];
    for (let run = 0; run < Math.min(RUNS, 3); run++) {
      const page = await open(browser, `demo ${width}`);
      await page.setViewport({width, height});
      // From the first byte: every shift the reader did not cause (Layout Instability API).
      await page.evaluateOnNewDocument(() => {
        window.benchShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchShift += entry.value;
        }).observe({type: 'layout-shift', buffered: true});
      });
      await page.goto(`${base}/demo/index.html`, {timeout: 30_000});
      await page.waitForFunction(() => {
        const lists = [...document.querySelectorAll('nk-news-feed, nk-timeline')];
        const card = document.querySelector('nk-event-card');
        return lists.length && lists.every((el) => el.status === 'ready') && (!card || card.shadowRoot?.querySelector('[part~="headline"]'));
      }, {timeout: 30_000, polling: 50});
      // Settle: shifts are reported after the frame that makes them.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      values.push(await page.evaluate(() => window.benchShift));
      await page.close();
    }
    rows.push({
      name: `layout shift: demo page, slow feed (${SLOW_FEED_MS} ms), ${width} px (CLS)`, value: round(median(values), 4), unit: 'CLS',
      note: 'Layout Instability API, navigation until every element shows its articles; 0.1 is "good" for a whole page',
    });
  }
  return rows;
}
