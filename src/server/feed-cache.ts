/**
 * Feeds kept on a server, as a feed reader keeps them: bounded by bytes (least recently used go
 * first), fresh for the source's `Cache-Control` max-age within bounds or a default TTL, then
 * revalidated; concurrent misses share one fetch; a source that fails after the TTL gets its last
 * good copy served (stale) with a back-off before the next try. An adapter can back it with a
 * shared store (Redis, Workers KV, the Workers Cache API: `cache-api.ts`).
 */
import type {FeedError} from '../data/errors.js';

/** A cached feed, in a form any store can hold (JSON-serialisable). */
export interface StoredFeed {
  /** nk-news JSON: `{"version":1,"articles":[...]}`. */
  body: string;
  /** The ETag this server sends for `body` (quoted). */
  etag: string;
  /** The feed's URL after redirects. */
  url: string;
  /** The source's validators, for a conditional request. */
  validators: {etag?: string; lastModified?: string};
  /** Epoch ms until which the copy is fresh. */
  fresh: number;
  warnings: string[];
}

/** What a site plugs in to share the cache between processes. Values are JSON-serialisable. */
export interface CacheAdapter {
  get(key: string): Promise<StoredFeed | undefined> | StoredFeed | undefined;
  /** `ttl`: seconds the store should keep it (past freshness: stale copies serve outages). */
  set(key: string, value: StoredFeed, ttl: number): Promise<void> | void;
}

/** What a fetch of the source came to. */
export type Outcome =
  | {kind: 'fetched'; feed: Omit<StoredFeed, 'fresh' | 'etag'>; lifetime: number | 'no-store'}
  | {kind: 'not-modified'; lifetime: number | 'no-store'}
  | {kind: 'failed'; error: FeedError; /** A fault of this server (busy), not of the source: not remembered. */ transient?: boolean};

export type CacheState = 'hit' | 'miss' | 'revalidated' | 'stale';

export type Answer =
  | {ok: true; feed: Entry; state: CacheState; error?: FeedError}
  | {ok: false; error: FeedError};

/** An entry in memory: the body as UTF-8 bytes (what the proxy sends, and what the cap counts). */
export interface Entry {
  bytes?: Uint8Array;
  meta?: Omit<StoredFeed, 'body'>;
  /** The last fault, when the last fetch failed. */
  error?: FeedError;
  /** No fetch before this (epoch ms): back-off after a fault. */
  retryAt?: number;
  failures: number;
  size: number;
}

export interface FeedCacheOptions {
  /** Bytes held in memory at most (default 32 MB). */
  maxBytes?: number;
  /** Seconds a copy stays fresh when the source says nothing (default 300). */
  ttl?: number;
  adapter?: CacheAdapter;
  /** The clock, in epoch ms (tests). */
  now?: () => number;
}

export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;
export const DEFAULT_TTL = 300;
/** How long a store keeps a copy past its freshness, so an outage still has something to serve. */
const STALE_KEEP = 24 * 3600;
/** Longest back-off after faults, and the longest Retry-After honoured. */
const MAX_BACKOFF = 3600;
/** Per entry, besides the body: the key, the metadata, the map's own slot. */
const OVERHEAD = 512;
const MAX_WARNINGS = 20;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Seconds fresh that a response's Cache-Control gives, within [1 s, max(ttl, 1 h)]; `ttl` when it says nothing. */
export function lifetimeOf(headers: Headers, ttl: number): number | 'no-store' {
  const directives = new Map<string, string>();
  for (const part of (headers.get('Cache-Control') ?? '').split(',')) {
    const [name = '', value = ''] = part.split('=', 2);
    directives.set(name.trim().toLowerCase(), value.trim().replace(/^"|"$/g, ''));
  }
  if (directives.has('no-store')) return 'no-store';
  // This cache is shared between readers: s-maxage speaks to it before max-age.
  const given = directives.get('s-maxage') ?? directives.get('max-age') ?? (directives.has('no-cache') ? '0' : undefined);
  const seconds = given !== undefined && /^\d+$/.test(given) ? Number(given) : undefined;
  return seconds === undefined ? ttl : Math.min(Math.max(seconds, 1), Math.max(ttl, 3600));
}

/** A strong ETag of the body: a cheap 53-bit hash (cyrb53), linear in the body. */
function etagOf(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef ^ bytes.length, h2 = 0x41c6ce57 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `"nk-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}-${bytes.length.toString(36)}"`;
}

function sizeOf(key: string, entry: Omit<Entry, 'size'>): number {
  const warnings = entry.meta?.warnings.reduce((sum, w) => sum + w.length * 2, 0) ?? 0;
  return OVERHEAD + key.length * 2 + (entry.bytes?.byteLength ?? 0) + warnings + (entry.error ? entry.error.message.length * 2 : 0);
}

export class FeedCache {
  readonly maxBytes: number;
  readonly ttl: number;
  #entries = new Map<string, Entry>();
  #flights = new Map<string, Promise<Answer>>();
  #bytes = 0;
  #adapter?: CacheAdapter;
  #now: () => number;

  constructor(options: FeedCacheOptions = {}) {
    this.maxBytes = options.maxBytes !== undefined && options.maxBytes > 0 ? options.maxBytes : DEFAULT_CACHE_BYTES;
    this.ttl = options.ttl !== undefined && options.ttl > 0 ? options.ttl : DEFAULT_TTL;
    this.#adapter = options.adapter;
    this.#now = options.now ?? Date.now;
  }

  /** Bytes held now, by this cache's count (bodies, keys, metadata). */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Forgets every copy in memory (not the adapter's). Fetches under way answer their callers only. */
  clear(): void {
    this.#entries.clear();
    this.#flights.clear();
    this.#bytes = 0;
  }

  /** The text of a cached body. */
  static text(entry: Entry): string {
    return entry.bytes ? decoder.decode(entry.bytes) : '';
  }

  /**
   * The feed under `key`: from memory or the adapter while fresh, else from `load` (given the copy
   * held, for a conditional request). Concurrent calls for one key share one `load`.
   */
  async get(key: string, load: (held: StoredFeed | undefined) => Promise<Outcome>): Promise<Answer> {
    let entry = this.#touch(key);
    if (!entry && this.#adapter) {
      const stored = await this.#adapter.get(key);
      if (stored && typeof stored.body === 'string') entry = this.#put(key, fromStored(stored));
    }
    const now = this.#now();
    if (entry?.meta && now < entry.meta.fresh) return {ok: true, feed: entry, state: 'hit'};
    if (entry?.retryAt !== undefined && now < entry.retryAt) {
      return entry.meta ? {ok: true, feed: entry, state: 'stale', error: entry.error} : {ok: false, error: entry.error!};
    }
    let flight = this.#flights.get(key);
    if (!flight) {
      flight = this.#fetch(key, entry, load).finally(() => {
        if (this.#flights.get(key) === flight) this.#flights.delete(key);
      });
      this.#flights.set(key, flight);
    }
    return flight;
  }

  async #fetch(key: string, held: Entry | undefined, load: (held: StoredFeed | undefined) => Promise<Outcome>): Promise<Answer> {
    const outcome = await load(held?.meta && held.bytes ? {...held.meta, body: FeedCache.text(held)} : undefined);
    const now = this.#now();
    if (outcome.kind === 'fetched') {
      const bytes = encoder.encode(outcome.feed.body);
      const {body: _, ...rest} = outcome.feed;
      const fresh = outcome.lifetime === 'no-store' ? now : now + outcome.lifetime * 1000;
      const meta = {...rest, warnings: rest.warnings.slice(0, MAX_WARNINGS), etag: etagOf(bytes), fresh};
      const entry: Entry = {bytes, meta, failures: 0, size: 0};
      if (outcome.lifetime === 'no-store') {
        this.#drop(key);
        return {ok: true, feed: {...entry, size: sizeOf(key, entry)}, state: 'miss'};
      }
      await this.#store(key, this.#put(key, entry));
      return {ok: true, feed: entry, state: 'miss'};
    }
    if (outcome.kind === 'not-modified' && held?.meta) {
      const fresh = outcome.lifetime === 'no-store' ? now : now + outcome.lifetime * 1000;
      const entry = this.#put(key, {bytes: held.bytes, meta: {...held.meta, fresh}, failures: 0, size: 0});
      await this.#store(key, entry);
      return {ok: true, feed: entry, state: 'revalidated'};
    }
    if (outcome.kind === 'failed' && outcome.transient) {
      return held?.meta ? {ok: true, feed: held, state: 'stale', error: outcome.error} : {ok: false, error: outcome.error};
    }
    const error = outcome.kind === 'failed' ? outcome.error : undefined;
    const failures = (held?.failures ?? 0) + 1;
    const backoff = Math.min(MAX_BACKOFF, error?.retryAfter ?? Math.min(this.ttl, 10 * 2 ** Math.min(failures - 1, 12)));
    const entry = this.#put(key, {bytes: held?.bytes, meta: held?.meta, error, retryAt: now + Math.max(1, backoff) * 1000, failures, size: 0});
    if (entry.meta) return {ok: true, feed: entry, state: 'stale', error};
    return {ok: false, error: error!};
  }

  /** Keeps `entry` as the most recent, then evicts the least recently used past the cap. */
  #put(key: string, entry: Entry): Entry {
    this.#drop(key);
    entry.size = sizeOf(key, entry);
    // An entry bigger than the whole cap is served once and never held.
    if (entry.size > this.maxBytes) return entry;
    this.#entries.set(key, entry);
    this.#bytes += entry.size;
    for (const [oldest, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= old.size;
    }
    return entry;
  }

  #drop(key: string): void {
    const old = this.#entries.get(key);
    if (!old) return;
    this.#entries.delete(key);
    this.#bytes -= old.size;
  }

  #touch(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /**
   * Awaited before the answer (once per fetch, not per reader): a Worker's request ends with its
   * answer, and a write left running after it may never finish.
   */
  async #store(key: string, entry: Entry): Promise<void> {
    if (!this.#adapter || !entry.meta || !entry.bytes) return;
    const keep = Math.max(1, Math.ceil((entry.meta.fresh - this.#now()) / 1000)) + STALE_KEEP;
    try {
      await this.#adapter.set(key, {...entry.meta, body: FeedCache.text(entry)}, keep);
    } catch {
      // A store that is down costs its sharing, never the answer.
    }
  }
}

function fromStored(stored: StoredFeed): Entry {
  const {body, ...meta} = stored;
  return {bytes: encoder.encode(body), meta: {...meta, warnings: Array.isArray(meta.warnings) ? meta.warnings : []}, failures: 0, size: 0};
}
