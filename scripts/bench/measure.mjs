// What every speed row shares: the browser, a page, medians, and a figure beside its floor or peer.
import puppeteer from 'puppeteer-core';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round = (x, digits = 1) => Number(x.toFixed(digits));

export async function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      // Nothing leaves the machine: a page that reaches for the network (a peer's fonts, analytics)
      // fails at once instead of timing a download; the rows count such requests.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    protocolTimeout: 180_000,
  });
}

/** A new page without cache; page errors go to the console. `offsite` counts requests that leave loopback. */
export async function open(browser, label) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  page.on('pageerror', (error) => console.error(`page error (${label}): ${error.message}`));
  page.offsite = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) page.offsite.push(url.href);
  });
  return page;
}

/** A full garbage collection in the page, through the DevTools protocol, before a timed run. */
export async function collectGarbage(page) {
  page.cdp ??= await page.createCDPSession();
  await page.cdp.send('HeapProfiler.collectGarbage');
}

/** Loads `url` and waits for the page's own `window.benchDone` (ms since navigation). */
export async function navigationTime(browser, url, label) {
  const page = await open(browser, label);
  await page.goto(url, {timeout: 30_000});
  await page.waitForFunction(() => window.benchDone !== undefined, {timeout: 30_000});
  const ms = await page.evaluate(() => window.benchDone);
  const offsite = page.offsite;
  await page.close();
  return {ms, offsite};
}

/** Three rows: ours, the floor or peer, and our ratio to it (with the budget, if any). */
export function pair(topic, ours, floor, budget, {extra = '', floorName = 'floor'} = {}) {
  const oursName = `${topic}: nk-news${extra}`;
  const peer = `${topic}: ${floorName}`;
  return [
    {name: oursName, value: round(ours), unit: 'ms', peer},
    {name: peer, value: round(floor), unit: 'ms'},
    {name: `${topic}: ratio`, value: round(ours / floor, 2), unit: '×', ...(budget ? {budget} : {}), peer},
  ];
}
