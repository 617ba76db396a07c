/**
 * A feed read on a server: the guarded fetch (`upstream.ts`), the browser's own parsers
 * (`src/data/parse.ts`), and the bounded cache (`feed-cache.ts`). The proxy answers from it, and
 * `nk-news/ssr` reads its `src` URLs with it (a `FeedReader`, `src/data/load.ts`).
 */
import type {Article} from '../core/vocabulary.js';
import {FeedError, fail, ok, type Result} from '../data/errors.js';
import {DEFAULT_MAX_BYTES, fetchFeed} from '../data/fetch-feed.js';
import type {FeedReader, LoadOptions} from '../data/load.js';
import {parseFeed, type FeedFormat} from '../data/parse.js';
import {FeedCache, lifetimeOf, type Answer, type CacheAdapter, type Outcome, type StoredFeed} from './feed-cache.js';
import {allowRules, checkUrl, guardedFetch, openRanges, type Resolver, type UpstreamPolicy} from './upstream.js';

export interface ReaderOptions extends UpstreamPolicy {
  /** Seconds a feed stays fresh when its source says nothing (default 300). */
  ttl?: number;
  /** Seconds before a fetch is given up, body included (default 10). */
  timeout?: number;
  /** Largest feed read, in bytes, counted while it downloads (default 5 MB). */
  maxBytes?: number;
  /** Bytes of feeds held in memory (default 32 MB); or a cache of your own to share. */
  cacheBytes?: number;
  cache?: FeedCache;
  /** Backs the memory cache with a shared store (Redis, KV, `cacheApiAdapter()`). */
  adapter?: CacheAdapter;
  /**
   * Upstream fetches at once (default 16): downloads in flight hold up to `maxBytes` each, so this
   * bounds their memory. Up to 64 times as many wait their turn; past that a read fails at once
   * (`network`, "busy") and nothing is remembered of it.
   */
  maxConcurrent?: number;
  /** The clock, in epoch ms (tests). */
  now?: () => number;
}

export const DEFAULT_READ_TIMEOUT = 10;
export const DEFAULT_MAX_CONCURRENT = 16;

/** A counting semaphore with a bounded queue: `acquire` resolves to a release, or to undefined when full. */
function limiter(slots: number, queueCap: number) {
  let busy = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else busy--;
  };
  return (): Promise<(() => void) | undefined> => {
    if (busy < slots) {
      busy++;
      return Promise.resolve(release);
    }
    if (queue.length >= queueCap) return Promise.resolve(undefined);
    return new Promise((resolve) => queue.push(() => resolve(release)));
  };
}

export interface FeedRead {
  /** The URL checked and normalised, the cache's key. */
  url: string;
  answer: Answer;
}

/** A reader of feeds with one policy and one cache. */
export interface Reader {
  /** The feed at `url`, as the cache holds it, or the fault. Never rejects for a feed fault. */
  fetch(url: string, format?: FeedFormat): Promise<FeedRead>;
  /** The same, as articles: a `FeedReader` for `loadFeeds` and `nk-news/ssr`. */
  read: FeedReader;
  readonly cache: FeedCache;
  readonly options: Readonly<ReaderOptions>;
}

function conditional(held: StoredFeed | undefined): Record<string, string> | undefined {
  if (!held) return undefined;
  const headers: Record<string, string> = {};
  if (held.validators.etag) headers['If-None-Match'] = held.validators.etag;
  if (held.validators.lastModified) headers['If-Modified-Since'] = held.validators.lastModified;
  return Object.keys(headers).length ? headers : undefined;
}

/** The articles of a cached body (this module wrote it, from parsed articles). */
export function articlesOf(body: string): Article[] {
  return (JSON.parse(body) as {articles: Article[]}).articles;
}

export function createReader(options: ReaderOptions = {}): Reader {
  const rules = options.allow && allowRules(options.allow);
  const open = openRanges(options);
  const policy = options.allowPrivateNetwork === true ? 'private' : Array.isArray(options.allowPrivateNetwork) ? `open:${options.allowPrivateNetwork.join(',')}` : 'public';
  const upstream = guardedFetch(options);
  const timeout = options.timeout !== undefined && options.timeout > 0 ? options.timeout : DEFAULT_READ_TIMEOUT;
  const maxBytes = options.maxBytes !== undefined && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
  const cache = options.cache ?? new FeedCache({maxBytes: options.cacheBytes, ttl: options.ttl, adapter: options.adapter, now: options.now});
  const ttl = options.ttl !== undefined && options.ttl > 0 ? options.ttl : cache.ttl;

  const slots = options.maxConcurrent !== undefined && options.maxConcurrent >= 1 ? Math.floor(options.maxConcurrent) : DEFAULT_MAX_CONCURRENT;
  const acquire = limiter(slots, slots * 64);

  async function load(url: string, format: FeedFormat, held: StoredFeed | undefined): Promise<Outcome> {
    const release = await acquire();
    if (!release) {
      return {kind: 'failed', transient: true, error: new FeedError('network', `This server is busy reading other feeds; try again: ${url}`, {url})};
    }
    try {
      return await loadNow(url, format, held);
    } finally {
      release();
    }
  }

  async function loadNow(url: string, format: FeedFormat, held: StoredFeed | undefined): Promise<Outcome> {
    const headers = conditional(held);
    const fetched = await fetchFeed(url, {fetch: upstream, headers, timeout, maxBytes});
    if (!fetched.ok) return {kind: 'failed', error: fetched.error};
    const {text, contentType, url: final, status, headers: answer} = fetched.value;
    const lifetime = lifetimeOf(answer, ttl);
    if (status === 304) {
      return held ? {kind: 'not-modified', lifetime} : {kind: 'failed', error: new FeedError('http', `The server answered 304 to a plain request: ${url}`, {url, status})};
    }
    let parsed: Result<Article[]>;
    try {
      parsed = parseFeed(text, {format, contentType, url: final});
    } catch (error) {
      // Parsers return faults as values; this is the net under a bug, as in src/data/load.ts.
      parsed = fail(new FeedError('parse', `The feed could not be read: ${String(error)}`, {url, cause: error}));
    }
    if (!parsed.ok) {
      const {code, message, status: s, field} = parsed.error;
      return {kind: 'failed', error: new FeedError(code, message.includes(url) ? message : `${message} (${url})`, {url, status: s, field})};
    }
    const validators = {etag: answer.get('ETag') ?? undefined, lastModified: answer.get('Last-Modified') ?? undefined};
    const body = JSON.stringify({version: 1, articles: parsed.value});
    return {kind: 'fetched', feed: {body, url: final, validators, warnings: parsed.warnings}, lifetime};
  }

  // The checks before DNS depend on the text alone: a busy feed is checked once, not per request.
  const checked = new Map<string, string | FeedError>();
  function check(text: string): string | FeedError {
    let verdict = checked.get(text);
    if (verdict === undefined) {
      try {
        verdict = checkUrl(text, rules, open).href;
      } catch (error) {
        if (!(error instanceof FeedError)) throw error;
        verdict = error;
      }
      // Only ordinary URLs are remembered: the memo stays a few hundred kilobytes at most.
      if (text.length <= 512) {
        if (checked.size >= 1024) checked.clear();
        checked.set(text, verdict);
      }
    }
    return verdict;
  }

  async function fetchOne(text: string, format: FeedFormat = 'auto'): Promise<FeedRead> {
    const url = check(text);
    if (typeof url !== 'string') return {url: text, answer: {ok: false, error: url}};
    // The key carries the policy: a copy read under a looser one (private networks allowed) must
    // not answer a reader that would have refused its address.
    // And its TTL, when it shares a cache whose own differs: freshness decided under another TTL is not its.
    const key = `${policy}${ttl === cache.ttl ? '' : ` ttl=${ttl}`} ${format} ${url}`;
    return {url, answer: await cache.get(key, (held) => load(url, format, held))};
  }

  const read: FeedReader = async (url: string, loadOptions: LoadOptions): Promise<Result<Article[]>> => {
    loadOptions.signal?.throwIfAborted();
    const {answer} = await fetchOne(url, loadOptions.format);
    if (!answer.ok) return fail(answer.error);
    const warnings = answer.feed.meta?.warnings.slice() ?? [];
    if (answer.state === 'stale') warnings.push(`the source failed (${answer.error?.message ?? 'unknown fault'}); showing the copy read before`);
    return ok(articlesOf(FeedCache.text(answer.feed)), warnings);
  };

  return {fetch: fetchOne, read, cache, options};
}

export type {Resolver};
