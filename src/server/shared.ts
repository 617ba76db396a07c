/**
 * The readers `nk-news/ssr` uses when the site gives none: one bounded cache (32 MB) for the whole
 * process, shared by the two policies (private networks refused, the default; or allowed) and by
 * every TTL a render asks for, whose entries are keyed apart (`read.ts`). A copy is fresh for the
 * source's `Cache-Control` max-age, else for the TTL (DEFAULT_TTL, 300 s), then revalidated with
 * its ETag / Last-Modified.
 */
import type {Article} from '../core/vocabulary.js';
import type {Result} from '../data/errors.js';
import type {LoadOptions} from '../data/load.js';
import {DEFAULT_TTL, FeedCache} from './feed-cache.js';
import {createReader, type Reader} from './read.js';

let cache: FeedCache | undefined;
const readers = new Map<string, Reader>();
/** Readers kept at most: one per policy and TTL a site renders with, a handful in practice. */
const MAX_READERS = 16;

/** Seconds, checked: a positive finite number; a TypeError names anything else. */
export function checkTtl(ttl: unknown): number {
  if (ttl === undefined) return DEFAULT_TTL;
  if (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl <= 0) throw new TypeError(`nk-news: ttl must be a positive number of seconds, not ${String(ttl)}`);
  return ttl;
}

/** The shared reader for a policy and a TTL (seconds a feed whose source says nothing stays fresh). */
export function sharedReader(allowPrivateNetwork = false, ttl: number = DEFAULT_TTL): Reader {
  cache ??= new FeedCache({ttl: DEFAULT_TTL});
  const key = `${allowPrivateNetwork} ${ttl}`;
  let reader = readers.get(key);
  if (!reader) {
    // Readers hold no feeds (the cache does): forgetting them costs only their URL checks.
    if (readers.size >= MAX_READERS) readers.clear();
    readers.set(key, (reader = createReader({cache, allowPrivateNetwork, ttl})));
  }
  return reader;
}

/**
 * One feed read on the server, guarded and cached: private and loopback addresses refused unless
 * `allowPrivateNetwork`. A `FeedReader` (`src/data/load.ts`).
 */
export function readFeed(url: string, options: LoadOptions & {allowPrivateNetwork?: boolean} = {}): Promise<Result<Article[]>> {
  return sharedReader(options.allowPrivateNetwork).read(url, options);
}

/**
 * Forgets every feed the shared readers hold: the next render reads its sources again (a newsroom's
 * "publish" hook, or `refresh()` for a whole server).
 */
export function clearFeedCache(): void {
  cache?.clear();
}
