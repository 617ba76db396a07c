// The site's feed proxy as the tests' pages use it: `/nk-proxy?url=…` is nk-news/server's handler
// (src/server, bundled by scripts/ssr-pages.mjs), which reads feeds from this test server only, at
// its own port on 127.0.0.1 (a loopback host the browser counts as another origin than `localhost`).
import {sourceModules} from '../../scripts/ssr-pages.mjs';

const proxies = new Map();

async function proxyFor(port) {
  if (!proxies.has(port)) {
    const {createFeedProxy} = (await sourceModules()).server;
    proxies.set(port, createFeedProxy({allow: [`127.0.0.1:${port}`], allowPrivateNetwork: ['127.0.0.1'], ttl: 1}));
  }
  return proxies.get(port);
}

/** Koa middleware for @web/test-runner: the proxy answers `/nk-proxy` itself, past Koa's body handling. */
export function feedProxy() {
  return async (context, next) => {
    if (context.path !== '/nk-proxy') return next();
    const proxy = await proxyFor(context.req.socket.localPort);
    context.respond = false;
    // Koa's own record of the answer, which the runner's 404 report reads; the proxy writes its own.
    context.status = 200;
    proxy.node(context.req, context.res);
  };
}
