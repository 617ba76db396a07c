import {useFakeTimers, type SinonFakeTimers} from 'sinon';
import {sendMouse} from '@web/test-runner-commands';
import type {Article} from '../src/core/vocabulary.js';

/** The absolute URL of a path on the test server. */
export function served(path: string): string {
  return new URL(path, location.origin).href;
}

/** The same server under another origin (localhost ↔ 127.0.0.1): the browser's CORS rules apply. */
export function crossOrigin(path: string): string {
  const url = new URL(path, location.origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
}

let serial = 0;
/** A request-counter key no other test (or earlier run against the same server) has used. */
export function uniqueKey(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${serial++}`;
}

/** How many requests the test server saw for `key`. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(served(`/feeds/count?key=${encodeURIComponent(key)}`));
  return ((await response.json()) as {count: number}).count;
}

/** What the test server sent on a streamed fault for `key`, and whether the client hung up. */
export interface StreamStats {count: number; bytes: number; paused: boolean; finished: boolean; closed: boolean}
export async function streamStats(key: string): Promise<StreamStats> {
  return (await fetch(served(`/feeds/stats?key=${encodeURIComponent(key)}`))).json() as Promise<StreamStats>;
}

/** The one Article factory: every required field filled, the title doubling as id. Give what the test is about. */
export function makeArticle(fields: Partial<Article> = {}): Article {
  const id = fields.id ?? fields.title ?? 'x';
  return {id, title: id, summary: '', published: '2025-01-01', topics: [], sources: [], entities: [], lang: 'zh-Hant-TW', ...fields};
}

// The browser's own timer, taken before any test fakes the clock: waits for the network run in real time.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/** Resolves after `ms` of real time, even while a fake clock stands still. */
export function realDelay(ms = 0): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

/** Polls `predicate` in real time, fake clock or not (open-wc's waitUntil stalls under one), until it holds; fails with `message` after `timeout` ms, a bound for "it hangs" under the 10 s test timeout. */
export async function until(predicate: () => unknown, message: string | (() => string), {timeout = 8000, interval = 10} = {}): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!(await predicate())) {
    if (performance.now() > deadline) throw new Error(`Timeout: ${typeof message === 'function' ? message() : message}`);
    await realDelay(interval);
  }
}

/** Fakes setTimeout, setInterval and Date from `now` until `clock.restore()`; microtasks, animation frames and the network run for real, and `clock.tickAsync(ms)` moves time on. */
export function fakeClock(now: string | number = '2025-08-01T00:00:00Z'): SinonFakeTimers {
  return useFakeTimers({
    now: typeof now === 'string' ? Date.parse(now) : now,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}

/** Stops `Date` at the instant `iso` until `clock.restore()`, for "3 小時前"; timers keep real time. */
export function freezeTime(iso: string): SinonFakeTimers {
  return useFakeTimers({now: Date.parse(iso), toFake: ['Date']});
}

/** The stories an element shows, as a reader finds them in its shadow DOM. */
export function shownArticles(el: Element): HTMLElement[] {
  // An element not upgraded yet (the CDN bundle fetches some on first sight) shows nothing yet.
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="article"]') ?? [])];
}

export function headlines(el: Element): string[] {
  return shownArticles(el).map((article) => article.querySelector('[part~="headline"]')!.textContent!.trim());
}

export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Waits until the element shows `count` stories (or any, when count is omitted). */
export async function showing(el: Element, count?: number) {
  await until(
    () => (count === undefined ? shownArticles(el).length > 0 : shownArticles(el).length === count),
    () => `expected ${count ?? 'some'} stories, saw ${shownArticles(el).length}`,
  );
}

/** Clicks the middle of an element with the real mouse, as a reader would. */
export async function clickOn(target: Element) {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
}

/** Collects what the library tells the site's engineers on the console, until `restore()`. */
export function captureWarnings() {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = warn)};
}
