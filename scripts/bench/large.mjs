// Rendering 20, 1,000 and 10,000 articles handed over as the `articles` property, and search over
// 10,000, against hand-written DOM in the same page (bench/render.html).
import {RUNS, collectGarbage, median, open, pair, round} from './measure.mjs';

/** 10,000 hand-written articles take seconds each to lay out: fewer runs of the largest search. */
const runsFor = (n) => (n >= 10_000 ? Math.min(RUNS, 3) : RUNS);

async function renderPage(browser, base) {
  const page = await open(browser, 'render');
  await page.goto(`${base}/bench/render.html`, {timeout: 30_000});
  await page.waitForFunction(() => window.bench !== undefined, {timeout: 30_000});
  return page;
}

export async function renderRows(browser, base) {
  const rows = [];
  const first = {};
  for (const [n, budget] of [[20], [1000, 1.5], [10_000]]) {
    // A page per size, so one size's garbage is not collected on another's clock.
    const page = await renderPage(browser, base);
    const times = {feed: [], floor: [], all: []};
    let size = n;
    // Every size gets the same runs (the 10,000/1,000 ratio compares like with like), after one
    // that warms the page's code up and is not counted; and each timed run starts from a collected
    // heap, so neither side pays on its clock for the garbage the other left (10,000 cards).
    for (let run = 0; run <= RUNS; run++) {
      for (const who of ['floor', 'feed']) {
        await collectGarbage(page);
        const result = await page.evaluate((n, who) => window.bench.render(n, who), n, who);
        if (!run) continue;
        times[who].push(result.ms);
        if (who === 'feed') {
          times.all.push(result.all);
          size = result.size;
        }
      }
    }
    await page.close();
    first[n] = median(times.feed);
    const topic = `render ${n} articles (articles property)`;
    rows.push(...pair(`${topic}, first on screen`, first[n], median(times.floor), budget, {floorName: 'floor (all written)'}));
    if (n > 20) rows.push(...pair(`${topic}, all ${n} in the document`, median(times.all), median(times.floor), undefined, {floorName: 'floor (all written)'}));
    // The page's own array is never cut: the feed says it holds all of them (aria-setsize).
    rows.push({name: `${topic}: articles the feed does not hold`, value: n - size, unit: 'articles', budget: 0});
  }
  rows.push({
    name: 'render 10000 vs 1000 articles, first on screen: ratio', value: round(first[10_000] / first[1000], 2), unit: '×', budget: 2,
    peer: 'render 1000 articles (articles property), first on screen: nk-news',
  });
  return rows;
}

/** Two queries typed in turn over 10,000 articles; each a figure, medians over the runs. */
export async function searchRows(browser, base) {
  const n = 10_000;
  const queries = ['飛彈', '川普'];
  const times = {feed: [], floor: []};
  for (const who of ['floor', 'feed']) {
    const page = await renderPage(browser, base);
    const list = Array.from({length: runsFor(n)}, () => queries).flat();
    times[who] = await page.evaluate((n, list, who) => window.bench.search(n, list, who), n, list, who);
    await page.close();
  }
  return pair(`search ${n} articles (input → first results on screen)`, median(times.feed), median(times.floor), undefined, {floorName: 'floor (filter with includes, write matches)'});
}
