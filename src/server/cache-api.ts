/**
 * A `CacheAdapter` over the Cache API of Cloudflare Workers (`caches.default`, or a named cache), so
 * the instances of a Worker in one data centre share their feeds. Entries live under a made-up
 * https URL per key; the Cache API keeps them for `ttl` seconds at most.
 */
import type {CacheAdapter, StoredFeed} from './feed-cache.js';

/** The part of the Cache API this adapter uses (Workers' `caches.default`, or `await caches.open(name)`). */
export interface CacheLike {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

export function cacheApiAdapter(cache?: CacheLike, prefix = 'https://nk-news-proxy.cache/'): CacheAdapter {
  const target = () => cache ?? (globalThis as unknown as {caches: {default: CacheLike}}).caches.default;
  const request = (key: string) => new Request(prefix + encodeURIComponent(key));
  return {
    async get(key) {
      const response = await target().match(request(key));
      if (!response) return undefined;
      try {
        return (await response.json()) as StoredFeed;
      } catch {
        return undefined;
      }
    },
    async set(key, value, ttl) {
      await target().put(request(key), new Response(JSON.stringify(value), {
        headers: {'Content-Type': 'application/json', 'Cache-Control': `public, max-age=${Math.max(1, Math.floor(ttl))}`},
      }));
    },
  };
}
