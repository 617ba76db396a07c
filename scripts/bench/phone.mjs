// The phone-network rows (issue #23): Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbps
// down, 750 kbps up) emulated in the bench's Chromium, cold cache, files gzipped by the bench
// server. What a phone pays is round trips and bytes on the critical path, which loopback hides.
import {join} from 'node:path';
import {RUNS, median, round} from './measure.mjs';
import {PHONE, chainDepth, chainPages, coldPage} from './chains.mjs';

/** Navigation → the page's own `window.benchDone`, in a cold page on the phone network. */
async function phoneTime(browser, url) {
  const page = await coldPage(browser);
  try {
    await page.goto(url, {timeout: 60_000});
    await page.waitForFunction(() => window.benchDone !== undefined, {timeout: 60_000});
    return await page.evaluate(() => window.benchDone);
  } finally {
    await page.close();
  }
}

/** Ours against the floor or peer, pages taking turns, run 0 a warm-up; three rows as pair() gives. */
async function throttledPair(browser, base, topic, ours, theirs, budget, floorName) {
  const times = {ours: [], theirs: []};
  for (let run = 0; run <= RUNS; run++) {
    for (const who of ['ours', 'theirs']) {
      const ms = await phoneTime(browser, `${base}${who === 'ours' ? ours : theirs}`);
      if (run) times[who].push(ms);
    }
  }
  const peer = `${topic}: ${floorName}`;
  return [
    {name: `${topic}: nk-news`, value: round(median(times.ours)), unit: 'ms', peer},
    {name: peer, value: round(median(times.theirs)), unit: 'ms'},
    {name: `${topic}: ratio`, value: round(median(times.ours) / median(times.theirs), 2), unit: '×', budget, peer},
  ];
}

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const DONE = `<script>document.body.getBoundingClientRect(); window.benchDone = performance.now();</script>`;
const STYLE = `<style>body { font: 16px/1.5 system-ui, -apple-system, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif; }</style>`;

/**
 * A server-rendered feed of the first 10 bundled stories (nk-news/ssr's renderFeed, from dist/)
 * and a hand-written static page of the same stories: the fields the feed shows, the same
 * JSON-LD. Neither loads a script: the figure is the first paint a server gives.
 */
export async function ssrPages(root) {
  const {renderFeed} = await import(new URL(`file://${join(root, 'dist/ssr/index.js')}`).href);
  const {articles} = await import(new URL(`file://${join(root, 'dist/corpus/articles.js')}`).href);
  const {gazetteer} = await import(new URL(`file://${join(root, 'dist/corpus/gazetteer.js')}`).href);
  const names = new Map(gazetteer.map((entry) => [entry.id, entry.names['zh-TW']]));
  const element = await renderFeed({limit: '10'});
  const jsonLd = element.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/)?.[0] ?? '';
  const day = new Intl.DateTimeFormat('zh-Hant-TW', {dateStyle: 'long', timeZone: 'UTC'});
  const cards = articles.slice(0, 10).map((a) => `<article tabindex="0" lang="${escape(a.lang)}"><h3>${a.url ? `<a href="${escape(a.url)}">${escape(a.title)}</a>` : escape(a.title)}</h3>
<div class="meta"><time datetime="${escape(a.published)}">${escape(day.format(new Date(a.published)))}</time>${a.category ? ` <span>${escape(a.category)}</span>` : ''}<ul>${a.sources.map((s) => `<li>${escape(s)}</li>`).join('')}</ul></div>
${a.summary ? `<p>${escape(a.summary)}</p>` : ''}<ul>${a.entities.map((id) => `<li>${escape(names.get(id) ?? id)}</li>`).join('')}</ul></article>`).join('\n');
  const page = (title, body) => `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8" /><title>${title}</title>${STYLE}</head><body>${body}${DONE}</body></html>`;
  return new Map([
    ['/bench/ssr-nk.html', {type: 'text/html', body: page('nk-news bench: server-rendered feed', element)}],
    ['/bench/ssr-static.html', {type: 'text/html', body: page('nk-news bench: static page', `<main>${cards}</main>${jsonLd}`)}],
  ]);
}

/** The chain pages (scripts/bench/chains.mjs), served by the bench server. */
export const chainFiles = new Map([...chainPages].map(([path, {body}]) => [path, {type: 'text/html', body}]));

export async function phoneRows(browser, base) {
  const rows = [];
  const note = 'phone network: 150 ms round trip, 1.6 Mbps down, 750 kbps up (DevTools emulation), cold cache, gzip';
  rows.push(...(await throttledPair(browser, base, 'phone: first 10 bundled articles (navigation → on screen)', '/bench/first-nk.html', '/bench/first-floor.html', 1.9, 'floor')));
  rows.push(...(await throttledPair(browser, base, 'phone: timeline, 20 articles (navigation → on screen)', '/bench/timeline-nk.html', '/bench/timeline-tl.html', 0.75, 'TimelineJS 3')));
  rows.push(...(await throttledPair(browser, base, 'phone: server-rendered feed, 10 articles (navigation → on screen)', '/bench/ssr-nk.html', '/bench/ssr-static.html', 1.3, 'hand-written static page')));
  rows.at(-1).note = note;
  // One load each: the depth is a count, the same from run to run.
  for (const [path, {name}] of chainPages) {
    const {depth, links} = await chainDepth(browser, base + path);
    rows.push({name: `phone: request chain before the first paint, ${name}`, value: depth, unit: 'requests', budget: 3,
      note: links.filter((l) => l.link > 1).map((l) => `${l.link}:${l.path.split('/').pop()}`).join(' ')});
  }
  return rows;
}
