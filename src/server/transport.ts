/**
 * The request itself. On Node it goes through `node:http(s)` with a `lookup` that answers with the
 * address `upstream.ts` checked, so the connection cannot land anywhere else (DNS rebinding), while
 * the URL keeps the name for the Host header and TLS (SNI, certificate). Elsewhere the runtime's
 * `fetch` connects (see SECURITY.md, "Server side").
 */
import type {LookupFunction} from 'node:net';

export type Runtime = 'node' | 'deno' | 'bun' | 'workers' | 'other';

let detected: Runtime | undefined;

export function runtime(): Runtime {
  if (detected) return detected;
  const global = globalThis as {Deno?: unknown; Bun?: unknown; process?: {release?: {name?: string}}; navigator?: {userAgent?: string}};
  detected = global.Deno ? 'deno'
    : global.Bun ? 'bun'
    : global.navigator?.userAgent === 'Cloudflare-Workers' ? 'workers'
    : global.process?.release?.name === 'node' ? 'node'
    : 'other';
  return detected;
}

const load = () => Promise.all([import('node:http'), import('node:https'), import('node:stream'), import('node:zlib')]);
let modules: ReturnType<typeof load> | undefined;

/** Statuses whose Response may not have a body. */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A GET to `url`, connecting only to `addresses` when given (all of them checked; Node tries them in
 * turn, as it would its own lookup's), as a WHATWG Response with a streamed body.
 */
export async function nodeRequest(url: URL, addresses: readonly string[] | undefined, headers: Headers, signal?: AbortSignal): Promise<Response> {
  modules ??= load();
  const [http, https, stream, zlib] = await modules;
  signal?.throwIfAborted();
  const answers = addresses?.map((address) => ({address, family: address.includes(':') ? 6 : 4}));
  const lookup: LookupFunction | undefined = answers?.length ? (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: {address: string; family: number}[]) => void)(null, answers);
    else callback(null, answers[0]!.address, answers[0]!.family);
  } : undefined;
  const outgoing = Object.fromEntries(headers);
  // Bodies are decompressed here and counted after it (fetchFeed's maxBytes), so a bomb stops early.
  outgoing['accept-encoding'] = 'gzip, deflate, br';
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {method: 'GET', headers: outgoing, lookup, signal, agent: false}, (res: import('node:http').IncomingMessage) => {
      const status = res.statusCode ?? 502;
      const out = new Headers();
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      if (NO_BODY.has(status) || status < 200) {
        res.destroy();
        return resolve(new Response(null, {status: status < 200 ? 502 : status, headers: out}));
      }
      const encoding = out.get('content-encoding')?.trim().toLowerCase();
      const decode = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip()
        : encoding === 'deflate' ? zlib.createInflate()
        : encoding === 'br' ? zlib.createBrotliDecompress()
        : undefined;
      let body: import('node:stream').Readable = res;
      if (decode) {
        body = stream.pipeline(res, decode, () => {});
        out.delete('content-encoding');
        out.delete('content-length');
      }
      // Cancelling the web stream destroys the Node one, and with it the socket: the download stops.
      const web = stream.Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>;
      resolve(new Response(web, {status, statusText: res.statusMessage, headers: out}));
    });
    request.on('error', reject);
    request.end();
  });
}
