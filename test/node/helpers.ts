// Local upstream feed servers for the server tests: real sockets on 127.0.0.1, every connection and
// request counted, so a test can prove that nothing reached a target.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface Upstream {
  /** `http://127.0.0.1:<port>` */
  base: string;
  port: number;
  /** TCP connections accepted so far. */
  connections: number;
  /** Requests per path so far. */
  hits: Map<string, number>;
  /** Requests in all. */
  requests: number;
  close(): Promise<void>;
}

export const article = (id: string, title = `北韓新聞 ${id}`) => ({
  id, title, summary: `${title}的摘要`, url: `https://news.example/${id}`, published: '2026-11-30T08:00:00Z',
  category: '外交', topics: [], sources: ['路透'], entities: [], lang: 'zh-Hant-TW',
});

export const nkJson = (...ids: string[]) => JSON.stringify({version: 1, articles: ids.map((id) => article(id))});

export const jsonFeed = (...ids: string[]) => JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1', title: '朝鮮新聞',
  items: ids.map((id) => ({id, title: `JSON Feed ${id}`, content_text: `內文 ${id}`, url: `https://news.example/${id}`, date_published: '2026-11-29T10:00:00Z'})),
});

export async function upstream(routes: Record<string, Route> = {}, host = '127.0.0.1'): Promise<Upstream> {
  const state = {connections: 0, requests: 0, hits: new Map<string, number>()};
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream');
    state.requests++;
    state.hits.set(url.pathname, (state.hits.get(url.pathname) ?? 0) + 1);
    const route = routes[url.pathname];
    if (!route) return void res.writeHead(404).end('not here');
    await route(req, res, url);
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const {port} = server.address() as AddressInfo;
  return {
    base: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    get connections() { return state.connections; },
    get requests() { return state.requests; },
    hits: state.hits,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A route answering `body` with `type` and extra headers. */
export const send = (body: string, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}): Route =>
  (_req, res) => void res.writeHead(200, {'Content-Type': type, ...headers}).end(body);

/** Serves `handler` (a Node listener) on 127.0.0.1; resolves to its base URL and a close. */
export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{base: string; close(): Promise<void>}> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The proxy URL for a feed. */
export const via = (proxy: string, feed: string) => `${proxy}/?url=${encodeURIComponent(feed)}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
