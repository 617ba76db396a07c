/**
 * Feeds by URL → one list of articles. Elements call only this: it fetches, parses, shares work
 * between elements on the page, and turns every fault into a FeedError value.
 */
import type {Article} from '../core/vocabulary.js';
import {FeedError, fail, ok, type Result} from './errors.js';
import {quote, safeMessage} from './quote.js';
import {fetchFeed} from './fetch-feed.js';
import {mergeArticles} from './merge.js';
import type {FeedFormat} from './parse.js';
import {jsonBody, parseJsonBody} from './parse-json.js';
import {pageProxy, viaProxy} from './proxied.js';
import {httpUrl} from './url.js';

/**
 * Reads one feed URL into articles. The default is this module's `loadFeed` (fetch, parse, the
 * page's cache); the server renderer passes its own, which guards addresses and bounds memory
 * (`nk-news/ssr`).
 */
export type FeedReader = (url: string, options: LoadOptions) => Promise<Result<Article[]>>;

export interface LoadOptions {
  format?: FeedFormat;
  /** Seconds before a fetch is given up (default 15). */
  timeout?: number;
  /** Largest body read, in bytes (default 5 MB). */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Bypass the cache (refresh). A failed refresh keeps the last good copy for later loads. */
  fresh?: boolean;
  /** Reads each URL instead of `loadFeed`; its own cache then answers for stale copies. */
  read?: FeedReader;
  /**
   * The site's feed proxy: a feed on another origin is fetched as `<proxy>?url=<feed>`
   * (proxied.ts). Absent: the page's `<meta name="nk-news-proxy">`, if any.
   */
  proxy?: string;
}

export interface LoadResult {
  /** Merged, de-duplicated, newest first. */
  articles: Article[];
  /** One per failed source. */
  errors: FeedError[];
  warnings: string[];
  /** The URLs that loaded. */
  sources: string[];
  /**
   * URLs whose refresh (`fresh: true`) failed and whose last good articles are in `articles`
   * instead, so a passing outage does not empty a feed the reader was looking at.
   */
  stale: string[];
}

type Loaded = Extract<Result<Article[]>, {ok: true}>;

interface Flight {
  promise: Promise<Result<Article[]>>;
  controller: AbortController;
  /** Callers that have not aborted. Only an abort leaves early; once settled, nobody reads this. */
  waiters: number;
}

interface Store {
  cache: Map<string, Loaded>;
  flights: Map<string, Flight>;
}

// On globalThis, not in module scope: a page that loads both the npm build and the CDN bundle has
// two copies of this module, and their elements should still fetch a feed once.
const STORE_KEY = Symbol.for('nk-news.feed-store.v1');

function store(): Store {
  const global = globalThis as unknown as Record<symbol, Store | undefined>;
  return (global[STORE_KEY] ??= {cache: new Map(), flights: new Map()});
}

/**
 * Forgets every cached feed. In-flight fetches still answer the callers waiting on them, but their
 * results are not kept, and a later load starts a fetch of its own.
 */
export function clearFeedCache(): void {
  store().cache.clear();
  store().flights.clear();
}

/** A feed URL as the page would fetch it: relative to the document, like `<a href>`. */
function absolute(url: string): string | undefined {
  return httpUrl(url, globalThis.document?.baseURI ?? globalThis.location?.href);
}

function keyOf(url: string, format: FeedFormat | undefined): string {
  return `${format ?? 'auto'} ${url}`;
}

/** A copy per caller, so one element sorting or filtering in place cannot reorder another's list. */
function copy(result: Result<Article[]>): Result<Article[]> {
  return result.ok ? ok(result.value.slice(), result.warnings.slice()) : result;
}

/**
 * The same fault tagged with the feed it came from: parsers do not know their URL, the loader
 * does, and an element showing several feeds has to say which one failed. (A function here, not a
 * method of FeedError, so the elements' first download does not carry it.)
 */
function fromFeed(error: FeedError, url: string): FeedError {
  // Made safe before the URL is appended, so no isolate a cut left open can take the URL in.
  const safe = safeMessage(error.message);
  if (error.url === url && safe === error.message) return error;
  const message = safe.includes(url) ? safe : `${safe} (${url})`;
  const {code, status, retryAfter, field, cause} = error;
  return new FeedError(code, message, {url, status, retryAfter, field, cause});
}

function start(url: string, key: string, options: LoadOptions): Flight {
  const {cache, flights} = store();
  const controller = new AbortController();
  const promise = (async (): Promise<Result<Article[]>> => {
    try {
      const target = viaProxy(url, options.proxy ?? pageProxy());
      const proxied = target !== url;
      const fetched = await fetchFeed(target, {...options, signal: controller.signal, proxied: proxied ? url : undefined});
      if (!fetched.ok) return fail(fromFeed(fetched.error, url));
      // A proxy answers in nk-news JSON whatever the feed's own format, with its links made absolute.
      const format = proxied ? 'auto' : options.format;
      const base = proxied ? url : fetched.value.url;
      const json = jsonBody(fetched.value.text, format);
      // Only a body that is not JSON fetches the module with the XML readers.
      const parsed = json !== undefined
        ? parseJsonBody(json.body, json.format, base)
        : (await import('./parse.js')).parseFeed(fetched.value.text, {format, contentType: fetched.value.contentType, url: base});
      if (!parsed.ok) return fail(fromFeed(parsed.error, url));
      // Only while still the flight for `key`: after clearFeedCache() the result is not kept.
      if (flights.get(key)?.controller === controller) cache.set(key, parsed);
      return parsed;
    } catch (error) {
      // Every waiter left: the abort is theirs to report, and there is nobody to report a fault to.
      if (controller.signal.aborted) throw error;
      // Parsers return faults as values; this is the net under a bug, so a feed still cannot break the page.
      return fail(new FeedError('parse', `The feed could not be read: ${String(error)}`, {url, cause: error}));
    } finally {
      if (flights.get(key)?.controller === controller) flights.delete(key);
    }
  })();
  // Rejects only when every waiter has aborted, and then nobody is left to handle it.
  promise.catch(() => {});
  const flight: Flight = {promise, controller, waiters: 0};
  flights.set(key, flight);
  return flight;
}

/** Waits for a shared fetch; the caller's abort detaches only the caller, unless it was the last. */
function join(flight: Flight, key: string, signal: AbortSignal | undefined): Promise<Result<Article[]>> {
  flight.waiters++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal!.reason);
      if (--flight.waiters === 0) {
        const {flights} = store();
        if (flights.get(key) === flight) flights.delete(key);
        flight.controller.abort(signal!.reason);
      }
    };
    signal?.addEventListener('abort', leave, {once: true});
    flight.promise.then(
      (result) => {
        signal?.removeEventListener('abort', leave);
        resolve(copy(result));
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', leave);
        reject(error);
      });
  });
}

/**
 * One feed. The last good result per URL (and format) is kept for the page; concurrent loads of
 * one URL share a single fetch, made with the options of the load that started it: a caller that
 * joins it gets that first caller's `timeout`, `maxBytes` and `fresh`, not its own. Resolves with a
 * FeedError for every feed fault; rejects only with the AbortError of `options.signal`.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<Result<Article[]>> {
  options.signal?.throwIfAborted();
  const resolved = absolute(url);
  if (!resolved) {
    return fail(new FeedError('invalid', `The feed URL ${quote(url, {max: 200})} is not an http(s) URL (field "src")`, {
      field: 'src',
      url,
    }));
  }
  const key = keyOf(resolved, options.format);
  const {cache, flights} = store();
  const cached = cache.get(key);
  if (cached && !options.fresh) return copy(cached);
  return join(flights.get(key) ?? start(resolved, key, options), key, options.signal);
}

/**
 * Several feeds, loaded in parallel and merged. One failing source costs only its own articles.
 * Never rejects for a feed fault, only with the AbortError of `options.signal`.
 */
export async function loadFeeds(urls: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  options.signal?.throwIfAborted();
  const unique = [...new Set(urls.map((url) => url.trim()).filter(Boolean))];
  const read = options.read ?? loadFeed;
  const results = await Promise.all(unique.map((url) => read(url, options)));
  const lists: Article[][] = [];
  const out: LoadResult = {articles: [], errors: [], warnings: [], sources: [], stale: []};
  results.forEach((result, i) => {
    const url = unique[i]!;
    if (result.ok) {
      lists.push(result.value);
      out.sources.push(url);
      out.warnings.push(...result.warnings.map((warning) => `${url}: ${warning}`));
      return;
    }
    out.errors.push(result.error);
    const resolved = absolute(url);
    const previous = options.fresh && resolved && !options.read ? store().cache.get(keyOf(resolved, options.format)) : undefined;
    if (previous) {
      lists.push(previous.value);
      out.stale.push(url);
      out.warnings.push(`${url}: the refresh failed; showing the articles loaded before`);
    }
  });
  out.articles = mergeArticles(lists);
  return out;
}
