/**
 * Feeds on other origins, read through the site's feed proxy (`nk-news/server`, docs/proxy.md):
 * their servers send no CORS headers, so a page cannot fetch them itself. A feed on the page's own
 * origin is fetched directly, as before; the proxy's refusals arrive with the proxy's own code.
 */
import {FeedError, type FeedErrorCode} from './errors.js';
import {httpUrl} from './url.js';

/** The site's proxy for every element on the page: `<meta name="nk-news-proxy" content="/nk-proxy">`. */
export function pageProxy(): string | undefined {
  const meta = globalThis.document?.querySelector?.('meta[name="nk-news-proxy"]');
  return meta?.getAttribute('content')?.trim() || undefined;
}

/**
 * The URL to fetch for `feed` (absolute): `<proxy>?url=<feed>` when a proxy is given and the feed is
 * on another origin than the page, else the feed itself. A proxy that is not an http(s) URL is no
 * proxy: the feed is fetched directly and fails as a cross-origin fetch would.
 */
export function viaProxy(feed: string, proxy: string | undefined, page = globalThis.document?.baseURI ?? globalThis.location?.href): string {
  const through = proxy && httpUrl(proxy, page);
  if (!through || (page && new URL(feed).origin === new URL(page).origin)) return feed;
  const url = new URL(through);
  url.searchParams.set('url', feed);
  return url.href;
}

/** The codes a proxy answers with (src/server/proxy.ts), each one an element knows. */
const PROXY_CODES = new Set<FeedErrorCode>([
  'invalid', 'not-allowed', 'blocked-address', 'http', 'network', 'parse', 'not-a-feed', 'too-large', 'empty', 'timeout',
]);

/** The most of a proxy's error answer read: its JSON is a code and a sentence. */
const MAX_ERROR_BYTES = 16 * 1024;

/**
 * The proxy's `{"error": {"code", "message"}}` as a FeedError about `feed`, or undefined when the
 * answer is not one (a proxy that is down, or a path that is no proxy): then the caller reports the
 * HTTP status as for any server.
 */
export async function proxyError(response: Response, feed: string): Promise<FeedError | undefined> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return undefined;
  try {
    const reader = response.body?.getReader();
    let text = '';
    const decoder = new TextDecoder();
    for (let read = 0; reader && read <= MAX_ERROR_BYTES; ) {
      const {done, value} = await reader.read();
      if (done) break;
      read += value.byteLength;
      text += decoder.decode(value, {stream: true});
    }
    void reader?.cancel().catch(() => {});
    const error = (JSON.parse(text) as {error?: {code?: unknown; message?: unknown}}).error;
    const code = error?.code as FeedErrorCode;
    if (!PROXY_CODES.has(code)) return undefined;
    const said = typeof error?.message === 'string' ? error.message.slice(0, 300) : '';
    return new FeedError(code, `The feed proxy refused or could not read the feed${said ? `: ${said}` : ''}`, {
      url: feed,
      status: response.status,
    });
  } catch {
    return undefined;
  }
}
