// Issue #23: no element's page chains more than the HTML, the CDN entry and one parallel wave before
// its first paint. Each page is the two lines a site editor pastes (scripts/bench/chains.mjs), in
// Debian's Chromium with the cache off and every request delayed by a round trip long enough that a
// wave's requests cannot be taken for a chain. Needs dist/ (`npm run build`; `npm test` builds first).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import type {Browser} from 'puppeteer-core';
// @ts-expect-error: plain JavaScript modules of the bench, without types
import {serve} from '../../scripts/bench/server.mjs';
// @ts-expect-error: plain JavaScript modules of the bench, without types
import {launch} from '../../scripts/bench/measure.mjs';
// @ts-expect-error: plain JavaScript modules of the bench, without types
import {chainDepth, chainPages} from '../../scripts/bench/chains.mjs';

type Page = {name: string; body: string};
type Link = {link: number; path: string; at: number};

/** 400 ms a round trip: a loaded CI machine may pause a page that long between two requests of one wave, rarely longer. */
const NETWORK = {offline: false, latency: 400, downloadThroughput: -1, uploadThroughput: -1};

describe('request chains of each element\'s CDN page', () => {
  let server: {base: string; close: () => Promise<void>};
  let browser: Browser;
  before(async () => {
    assert.ok(existsSync('dist/cdn/nk-news.js'), 'dist/cdn/nk-news.js is missing: run `npm run build` first');
    const pages = [...(chainPages as Map<string, Page>)].map(([path, {body}]) => [path, {type: 'text/html', body}] as const);
    server = await serve(process.cwd(), new Map(pages));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [path, {name}] of chainPages as Map<string, Page>) {
    it(`${name}: HTML → entry → one wave`, {timeout: 90_000}, async () => {
      const {depth, links} = (await chainDepth(browser, server.base + path, NETWORK)) as {depth: number; links: Link[]};
      const report = links.map(({link, path: file}) => `${link} ${file}`).join(', ');
      assert.ok(links.some(({path: file}) => file.endsWith('/nk-news.js')), `the entry was not requested: ${report}`);
      assert.ok(depth <= 3, `chain of ${depth}: ${report}`);
    });
  }
});
