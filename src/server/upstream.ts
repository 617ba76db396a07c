/**
 * One guarded fetch of a feed on a server: http(s) only, no credentials in the URL, the host and
 * port on the allowlist when there is one, and every redirect hop checked again. Unless private
 * networks are allowed, the host's DNS answers are checked (all of them) and, on Node, the
 * connection goes to the address that was checked, so a second lookup cannot be steered elsewhere.
 */
import {FeedError} from '../data/errors.js';
import {blockedAddress, blockedHost, bareHost, isIpLiteral, isLocalName, parseRanges, type Ranges} from './address.js';
import {nodeRequest, runtime} from './transport.js';

/** Why a URL was refused before any byte was sent. The proxy answers with these codes. */
export type RefusalCode = 'invalid' | 'not-allowed' | 'blocked-address';

/** A refusal: a FeedError whose code (src/data/errors.ts) the elements word and the proxy answers with. */
export class RefusedError extends FeedError {
  declare readonly code: RefusalCode;
  constructor(code: RefusalCode, message: string, url: string) {
    super(code, message, {url, field: 'src'});
  }
}

/** Resolves a host name to every address it has (A and AAAA). */
export type Resolver = (host: string) => Promise<string[]>;

export interface UpstreamPolicy {
  /** Hosts (`example.com`, `*.example.com`, `[2001:db8::1]`), each optionally with `:port`. Absent: any host. */
  allow?: readonly string[];
  /**
   * Reach loopback and private addresses too: `true` for all of them, or a list of addresses and
   * CIDR ranges (`['10.20.0.0/16']`) for only those (a site's own intranet hosts). Default false.
   */
  allowPrivateNetwork?: boolean | readonly string[];
  /** Redirects followed, each one checked (default 5). */
  maxRedirects?: number;
  /** DNS for the address check; default `node:dns` where the runtime has it. */
  resolve?: Resolver;
}

export const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Rule {
  host: string;
  wildcard: boolean;
  port?: string;
}

/** The allowlist's entries as rules; a malformed entry is a TypeError at setup, never a silent gap. */
export function allowRules(allow: readonly string[]): Rule[] {
  return allow.map((entry) => {
    const m = /^(\*\.)?(\[[0-9A-Fa-f:.]+\]|[^\s:/?#@[\]]+)(?::(\d{1,5}))?$/.exec(entry.trim());
    if (!m) throw new TypeError(`nk-news/server: "${entry}" in allow is not a host or host:port`);
    let host: string;
    try {
      host = bareHost(new URL(`http://${m[2]}`).hostname);
    } catch {
      throw new TypeError(`nk-news/server: "${entry}" in allow is not a host name`);
    }
    return {host, wildcard: Boolean(m[1]), port: m[3] === undefined ? undefined : String(Number(m[3]))};
  });
}

function allowed(url: URL, rules: readonly Rule[]): boolean {
  const host = bareHost(url.hostname);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return rules.some((rule) => (rule.wildcard ? host.endsWith(`.${rule.host}`) : host === rule.host) &&
    (rule.port === undefined ? url.port === '' : rule.port === port));
}

/**
 * The URL when it may be fetched, checked without DNS: scheme, credentials, allowlist, and the
 * literal-address and local-name rules. Throws a RefusedError otherwise.
 */
export function checkUrl(text: string, rules: readonly Rule[] | undefined, open: Ranges | true = []): URL {
  let url: URL;
  try {
    // The WHATWG parser turns every IPv4 spelling (0x7f000001, 2130706433, 127.1, 0177.0.0.1) into
    // dotted decimal for http(s), so the checks below see one form only.
    url = new URL(text);
  } catch {
    const quoted = JSON.stringify(text.slice(0, 200));
    throw new RefusedError('invalid', /^[a-z][a-z0-9+.-]*:/i.test(text)
      ? `The feed URL ${quoted} cannot be parsed`
      : `The feed URL ${quoted} is relative, and a server has no page to resolve it against: give an absolute http(s) URL`, text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RefusedError('invalid', `Only http and https feeds are fetched, not ${url.protocol}`, url.href);
  }
  if (url.username || url.password) {
    throw new RefusedError('invalid', 'A feed URL may not carry a user name or password', `${url.protocol}//${url.host}${url.pathname}`);
  }
  // The fragment never reaches the server: one feed, one cache entry.
  url.hash = '';
  if (rules && !allowed(url, rules)) {
    throw new RefusedError('not-allowed', `${url.host} is not on this server's list of feed hosts`, url.href);
  }
  const blocked = open === true ? undefined : blockedHost(url.hostname, open);
  if (blocked) throw new RefusedError('blocked-address', `${url.hostname} is a ${blocked} address, which is not fetched`, url.href);
  return url;
}

let nodeDns: Promise<Resolver | undefined> | undefined;

/** `node:dns` where the runtime has a working one (Node, Deno, Bun); undefined on Workers. */
function systemResolver(): Promise<Resolver | undefined> {
  if (runtime() === 'workers') return Promise.resolve(undefined);
  nodeDns ??= import('node:dns').then(
    (dns) => async (host: string) => (await dns.promises.lookup(host, {all: true, verbatim: true})).map((a) => a.address),
    () => undefined);
  return nodeDns;
}

/** Rejects when `signal` aborts, so a hanging lookup still ends with the fetch's timeout. */
function raced<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, {once: true});
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** The addresses to connect to once every DNS answer has passed; undefined when no check applies. */
async function checkedAddresses(url: URL, policy: UpstreamPolicy, open: Ranges | true, signal: AbortSignal | null | undefined): Promise<string[] | undefined> {
  const host = bareHost(url.hostname);
  if (open === true || isIpLiteral(host)) return undefined;
  const resolve = policy.resolve ?? (await systemResolver());
  if (!resolve) return undefined;
  let answers: string[];
  try {
    answers = await raced(resolve(host), signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (isLocalName(host)) throw new RefusedError('blocked-address', `${host} is a local name, which is not fetched`, url.href);
    throw new FeedError('network', `The feed's host ${host} could not be found`, {url: url.href, cause: error});
  }
  if (!answers.length) throw new FeedError('network', `The feed's host ${host} has no address`, {url: url.href});
  for (const answer of answers) {
    const blocked = blockedAddress(answer, open);
    if (blocked) throw new RefusedError('blocked-address', `${host} resolves to ${answer}, a ${blocked} address, which is not fetched`, url.href);
  }
  return answers;
}

/** `Response.url` is read-only and empty on a constructed Response; the loader resolves links against it. */
function withUrl(response: Response, url: string): Response {
  try {
    Object.defineProperty(response, 'url', {value: url});
  } catch {
    // A runtime whose Response refuses the property: links then resolve against the first URL.
  }
  return response;
}

/**
 * A `fetch` for `fetchFeed` that follows redirects itself, checking every hop with `policy`. It
 * rejects with a FeedError (a RefusedError for a refusal) before any request to a refused address.
 */
/** The private ranges a policy opens: all (`true`) or some. */
export function openRanges(policy: UpstreamPolicy): Ranges | true {
  const given = policy.allowPrivateNetwork;
  return given === true ? true : Array.isArray(given) ? parseRanges(given) : [];
}

export function guardedFetch(policy: UpstreamPolicy): (url: string, init: RequestInit) => Promise<Response> {
  const rules = policy.allow && allowRules(policy.allow);
  const open = openRanges(policy);
  const maxRedirects = policy.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  return async (first, init) => {
    const headers = new Headers(init.headers);
    let url = checkUrl(first, rules, open);
    for (let hop = 0; ; hop++) {
      const addresses = await checkedAddresses(url, policy, open, init.signal);
      const response = runtime() === 'node'
        ? await nodeRequest(url, addresses, headers, init.signal ?? undefined)
        : await fetch(url.href, {headers, redirect: 'manual', signal: init.signal});
      const location = REDIRECTS.has(response.status) ? response.headers.get('Location') : null;
      if (location === null) return withUrl(response, url.href);
      void response.body?.cancel().catch(() => {});
      if (hop >= maxRedirects) {
        throw new FeedError('http', `The feed redirected more than ${maxRedirects} times: ${first}`, {url: first, status: response.status});
      }
      let next: string;
      try {
        next = new URL(location, url).href;
      } catch {
        throw new FeedError('http', `The feed redirected to an unreadable address: ${JSON.stringify(location.slice(0, 200))}`, {url: url.href});
      }
      url = checkUrl(next, rules, open);
    }
  };
}
