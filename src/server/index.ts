/**
 * `nk-news/server`: a feed proxy for other outlets' feeds, for Node (`http`, Express), Cloudflare
 * Workers, Deno and Bun, and the guarded, cached feed reader that `nk-news/ssr` uses. See
 * docs/proxy.md and SECURITY.md ("Server side").
 */
export {createFeedProxy, type FeedProxy, type ProxyOptions} from './proxy.js';
export {createReader, type FeedRead, type Reader, type ReaderOptions, type Resolver} from './read.js';
export {clearFeedCache, readFeed} from './shared.js';
export {FeedCache, type CacheAdapter, type CacheState, type FeedCacheOptions, type StoredFeed} from './feed-cache.js';
export {cacheApiAdapter, type CacheLike} from './cache-api.js';
export {blockedAddress, blockedHost} from './address.js';
export {RefusedError, type RefusalCode, type UpstreamPolicy} from './upstream.js';
