#!/usr/bin/env node
/**
 * `nk-news-proxy --allow host[,host…] [--port 8787] [--host 127.0.0.1] [--allow-private-network]`:
 * the feed proxy as a Node server. It listens on loopback unless told otherwise: put it behind the
 * site's own web server, or pass `--host 0.0.0.0`.
 */
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {parseArgs} from 'node:util';
import {createFeedProxy} from './proxy.js';

const usage = 'usage: nk-news-proxy --allow host[,host…] [--port 8787] [--host 127.0.0.1] [--allow-private-network] [--ttl 300] [--timeout 10]';

function main(): void {
  let values;
  try {
    ({values} = parseArgs({options: {
      'allow': {type: 'string', multiple: true},
      'port': {type: 'string', default: '8787'},
      'host': {type: 'string', default: '127.0.0.1'},
      'ttl': {type: 'string'},
      'timeout': {type: 'string'},
      'allow-private-network': {type: 'boolean', default: false},
      'help': {type: 'boolean', default: false},
    }}));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const allow = (values.allow ?? []).flatMap((list) => list.split(',')).map((host) => host.trim()).filter(Boolean);
  const port = Number(values.port);
  if (!allow.length || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(usage);
    process.exit(2);
  }
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  let proxy;
  try {
    proxy = createFeedProxy({allow, allowPrivateNetwork: values['allow-private-network'], ttl: number(values.ttl), timeout: number(values.timeout)});
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const server = createServer(proxy.node);
  server.listen(port, values.host, () => {
    const {address, port: bound} = server.address() as AddressInfo;
    const host = address.includes(':') ? `[${address}]` : address;
    console.log(`nk-news-proxy: http://${host}:${bound}/?url=<feed URL>  (hosts: ${allow.join(', ')})`);
  });
  server.on('error', (error) => {
    console.error(`nk-news-proxy: ${error.message}`);
    process.exit(1);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open: a stop is a stop.
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
