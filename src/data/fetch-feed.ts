/**
 * One HTTP fetch of a feed, every fault a FeedError value: timeouts, HTTP statuses, network and
 * CORS failures, and bodies too big to hold. Only the caller's own abort rejects.
 */
import {decodeFeed} from './charset.js';
import {FeedError, fail, ok, type Result} from './errors.js';
import {parseRfc822Date} from './formats/date.js';
import {proxyError} from './proxied.js';
import {MAX_TIMER_MS} from './timers.js';

export const DEFAULT_TIMEOUT = 15;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface FetchOptions {
  /** Seconds before the whole fetch, body included, is given up; Infinity for never. */
  timeout?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Revalidate with the server instead of trusting the HTTP cache. */
  fresh?: boolean;
  /**
   * Fetches instead of the global `fetch` (the server's guarded fetch, `src/server/upstream.ts`). It
   * may reject with a FeedError, which is returned as it is.
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Request headers beside Accept: a cache's If-None-Match / If-Modified-Since. */
  headers?: Record<string, string>;
  /** `url` is this feed through the site's proxy (proxied.ts): its refusals carry the proxy's code. */
  proxied?: string;
}

export interface FetchedFeed {
  text: string;
  contentType: string;
  /** The URL after redirects: relative links in the feed resolve against it. */
  url: string;
  encoding: string;
  /** 200, or 304 when conditional `headers` were sent and the server kept its copy (`text` is then empty). */
  status: number;
  /** The response's headers, for a cache's validators and lifetime. */
  headers: Headers;
}

// Kept under 128 bytes and free of CORS-unsafe characters so it stays a "simple" header: a
// preflight would fail on the many feed servers that do not answer OPTIONS.
const ACCEPT = 'application/feed+json, application/rss+xml, application/atom+xml, application/json, application/xml;q=0.9, */*;q=0.8';

/**
 * Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date. Undefined when absent
 * or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const date = parseRfc822Date(text);
  return date ? Math.max(0, Math.ceil((Date.parse(date) - now) / 1000)) : undefined;
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && value > 0 ? value : fallback;
}

export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<Result<FetchedFeed>> {
  const {signal, fresh = false} = options;
  signal?.throwIfAborted();
  const timeout = positive(options.timeout, DEFAULT_TIMEOUT);
  const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
  const controller = new AbortController();
  let timedOut = false;
  // Past 2^31 - 1 ms a browser timer fires at once: a wait that long is no limit at all.
  const timer = timeout * 1000 <= MAX_TIMER_MS
    ? setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`No answer within ${timeout} s`, 'TimeoutError'));
    }, timeout * 1000)
    : undefined;
  const forward = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', forward, {once: true});

  /** What a rejection of fetch() or of a body read means for the caller. */
  const fault = (error: unknown): Result<FetchedFeed> => {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) {
      return fail(new FeedError('timeout', `The feed did not load within ${timeout} seconds: ${url}`, {url, cause: error}));
    }
    if (error instanceof FeedError) return fail(error);
    // fetch() rejects with a TypeError for DNS, connection and CORS failures alike, by design: the
    // page may not learn which. A stream error mid-body is the same kind of fault.
    return fail(new FeedError('network',
      `The feed could not be reached (network error, or the server does not allow cross-origin requests): ${url}`,
      {url, cause: error}));
  };

  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        signal: controller.signal,
        headers: {...options.headers, Accept: ACCEPT},
        cache: fresh ? 'no-cache' : 'default',
        credentials: 'same-origin',
        redirect: 'follow',
      });
    } catch (error) {
      return fault(error);
    }

    if (response.status >= 400) {
      const refused = options.proxied === undefined ? undefined : await proxyError(response, options.proxied);
      if (refused) return fail(refused);
      void response.body?.cancel().catch(() => {});
      const retryAfter = response.status === 503 || response.status === 429
        ? parseRetryAfter(response.headers.get('Retry-After'))
        : undefined;
      const reason = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return fail(new FeedError('http', `The server answered HTTP ${reason} for ${url}` +
        (retryAfter !== undefined ? `; retry after ${retryAfter} seconds` : ''), {url, status: response.status, retryAfter}));
    }

    if (response.status === 304 && options.headers) {
      void response.body?.cancel().catch(() => {});
      return ok({text: '', contentType: '', url: response.url || url, encoding: '', status: 304, headers: response.headers});
    }

    const declared = Number(response.headers.get('Content-Length') ?? NaN);
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      return tooLarge(url, maxBytes, declared);
    }

    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    try {
      while (reader) {
        const {done, value} = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) {
          // Stop the download itself, not only our reading of it.
          void reader.cancel().catch(() => {});
          return tooLarge(url, maxBytes);
        }
        chunks.push(value);
      }
    } catch (error) {
      return fault(error);
    }

    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    const contentType = response.headers.get('Content-Type') ?? '';
    const {text, encoding} = decodeFeed(bytes, contentType);
    return ok({text, contentType, url: response.url || url, encoding, status: response.status, headers: response.headers});
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

function tooLarge(url: string, maxBytes: number, declared?: number): Result<FetchedFeed> {
  const limit = `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB`;
  return fail(new FeedError('too-large', declared
    ? `The feed is ${Math.round(declared / 1024)} KB, over the ${limit} limit: ${url}`
    : `The feed is over the ${limit} limit; reading stopped: ${url}`, {url}));
}
