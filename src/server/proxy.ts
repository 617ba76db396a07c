/**
 * The feed proxy: `GET …?url=<feed URL>` answers with the feed as nk-news JSON, read on the server
 * by the browser's own parsers, through the guards of `upstream.ts` and the cache of
 * `feed-cache.ts`. One object serves every runtime: `fetch(Request)` for Workers, Deno and Bun,
 * `node(req, res)` for `http.createServer` and Express.
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {FeedReader} from '../data/load.js';
import {createReader, type Reader, type ReaderOptions} from './read.js';
import {RefusedError} from './upstream.js';
import type {FeedError} from '../data/errors.js';

export interface ProxyOptions extends Omit<ReaderOptions, 'allow' | 'cache'> {
  /** Feed hosts the proxy fetches (`example.com`, `*.example.com`, `example.com:8080`). Required, never empty. */
  allow: readonly string[];
  /** Origins that may read the answers: `'*'` (default), a list (echoed back when one matches), or false for none. */
  cors?: '*' | readonly string[] | false;
}

export interface FeedProxy {
  /** A WHATWG fetch handler: `export default proxy` (Workers), `Bun.serve(proxy)`, `Deno.serve(proxy.fetch)`. */
  fetch(request: Request): Promise<Response>;
  /** A Node listener: `http.createServer(proxy.node)`, Express `app.use('/nk-proxy', proxy.node)`. */
  node(req: IncomingMessage, res: ServerResponse): void;
  /** Reads feeds through this proxy's guards and cache: a `FeedReader` (`renderFeed(attrs, {proxy})`). */
  read: FeedReader;
  /** Forgets the cached feeds. */
  clear(): void;
  readonly reader: Reader;
}

/** What a request is made of, whichever runtime delivered it. */
interface Incoming {
  method: string;
  url: string;
  header(name: string): string | undefined;
}

interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string | null;
}

const STATUS: Record<string, number> = {
  'invalid': 400, 'not-allowed': 403, 'blocked-address': 403, 'timeout': 504,
};
const MAX_URL = 4096;

function fromNode(req: IncomingMessage): Incoming {
  const header = (name: string) => {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  // Express mounts strip their prefix from req.url and keep the whole path in originalUrl.
  const url = (req as IncomingMessage & {originalUrl?: string}).originalUrl ?? req.url ?? '/';
  return {method: req.method ?? 'GET', url, header};
}

/** Whether an If-None-Match list names `etag` (weak comparison, as RFC 9110 asks for GET). */
function matches(list: string | undefined, etag: string): boolean {
  if (!list) return false;
  return list.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || (t.startsWith('W/') ? t.slice(2) : t) === etag;
  });
}

export function createFeedProxy(options: ProxyOptions): FeedProxy {
  if (!options || !Array.isArray(options.allow) || options.allow.length === 0) {
    throw new TypeError('nk-news/server: createFeedProxy needs `allow`, a non-empty list of feed hosts: an open proxy is never made');
  }
  const reader = createReader(options);
  const cors = options.cors ?? '*';
  const encoder = new TextEncoder();

  const exposed = 'ETag, Retry-After, X-NK-Cache, X-NK-Stale';

  /** The headers of every answer. Built by assignment, not spread: this runs on every request. */
  function base(request: Incoming): Record<string, string> {
    const headers: Record<string, string> = {
      'X-Content-Type-Options': 'nosniff',
      // JSON only: nothing in an answer may run or frame, even if a browser opens it as a page.
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    };
    if (cors === '*') {
      headers['Access-Control-Allow-Origin'] = '*';
      headers['Access-Control-Expose-Headers'] = exposed;
    } else if (cors !== false) {
      headers['Vary'] = 'Origin';
      const origin = request.header('Origin');
      if (origin !== undefined && cors.includes(origin)) {
        headers['Access-Control-Allow-Origin'] = origin;
        headers['Access-Control-Expose-Headers'] = exposed;
      }
    }
    return headers;
  }

  function failure(request: Incoming, code: string, error: Pick<FeedError, 'message' | 'retryAfter'>, status?: number): Outgoing {
    const headers = base(request);
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Cache-Control'] = 'no-store';
    if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
    const body = JSON.stringify({error: {code, message: error.message}});
    return {status: status ?? STATUS[code] ?? 502, headers, body: request.method === 'HEAD' ? null : body};
  }

  async function handle(request: Incoming): Promise<Outgoing> {
    if (request.method === 'OPTIONS') {
      const headers = base(request);
      if (cors !== false) {
        headers['Access-Control-Allow-Methods'] = 'GET, HEAD, OPTIONS';
        headers['Access-Control-Allow-Headers'] = 'If-None-Match, Accept';
        headers['Access-Control-Max-Age'] = '86400';
      }
      return {status: 204, headers, body: null};
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const answer = failure(request, 'invalid', {message: `${request.method} is not answered: use GET`}, 405);
      answer.headers['Allow'] = 'GET, HEAD, OPTIONS';
      return answer;
    }
    // The query alone: whatever the path (a mount point, a Worker's route), only ?url= matters.
    const query = request.url.indexOf('?');
    const hash = request.url.indexOf('#', query);
    const target = query < 0 ? null : new URLSearchParams(request.url.slice(query + 1, hash < 0 ? undefined : hash)).get('url');
    if (!target) return failure(request, 'invalid', {message: 'Give the feed as ?url=<feed URL>'});
    if (target.length > MAX_URL) return failure(request, 'invalid', {message: `The feed URL is over ${MAX_URL} characters`});

    const {answer} = await reader.fetch(target);
    if (!answer.ok) {
      const code = answer.error.code;
      // A feed that breaks nk-news JSON's contract is the source's fault, not the request's.
      return failure(request, code, answer.error, code === 'invalid' && !(answer.error instanceof RefusedError) ? 502 : undefined);
    }
    const {meta, bytes} = answer.feed;
    const fresh = Math.max(0, Math.floor(((meta?.fresh ?? 0) - (options.now ?? Date.now)()) / 1000));
    const headers = base(request);
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['ETag'] = meta!.etag;
    headers['Cache-Control'] = answer.state === 'stale' ? 'public, max-age=0, must-revalidate' : `public, max-age=${fresh}`;
    headers['X-NK-Cache'] = answer.state;
    if (answer.state === 'stale') headers['X-NK-Stale'] = answer.error?.code ?? 'unknown';
    if (matches(request.header('If-None-Match'), meta!.etag)) {
      delete headers['Content-Type'];
      return {status: 304, headers, body: null};
    }
    return {status: 200, headers, body: request.method === 'HEAD' ? null : (bytes ?? encoder.encode(''))};
  }

  /** The net under a bug: a request never goes unanswered, and the error names no internals. */
  async function safely(request: Incoming): Promise<Outgoing> {
    try {
      return await handle(request);
    } catch (error) {
      console.error('nk-news/server: unexpected fault', error);
      return failure(request, 'network', {message: 'The proxy failed to answer'}, 500);
    }
  }

  const fetch = async (request: Request): Promise<Response> => {
    const out = await safely({method: request.method, url: request.url, header: (name) => request.headers.get(name) ?? undefined});
    return new Response(out.body as BodyInit | null, {status: out.status, headers: out.headers});
  };

  const node = (req: IncomingMessage, res: ServerResponse): void => {
    void safely(fromNode(req)).then((out) => {
      if (res.headersSent) return;
      if (out.body !== null) out.headers['Content-Length'] = String(typeof out.body === 'string' ? Buffer.byteLength(out.body) : out.body.byteLength);
      res.writeHead(out.status, out.headers);
      res.end(out.body ?? undefined);
    });
  };

  return {fetch, node, read: reader.read, clear: () => reader.cache.clear(), reader};
}
