// The SSRF matrix (issue 21 item 3, issue 19 item 4): every blocked form, directly and as a redirect
// hop, is refused without a byte reaching the target. Targets that can listen here (127/8) count
// their connections; for the rest, every socket this process opens is counted.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import {createFeedProxy} from '../../src/server/index.js';
import {blockedAddress, blockedHost, readFeed} from '../../src/server/index.js';
import {nkJson, send, upstream, via, type Upstream} from './helpers.js';

/** Counts sockets this process connects, while `run` runs. */
async function connectsDuring(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // http's sockets connect with Node's normalised arguments: [[options, callback]].
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    const options = first as {host?: string; port?: number} | number;
    seen.push(typeof options === 'object' ? `${options.host}:${options.port}` : String(options));
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    net.Socket.prototype.connect = original;
  }
  return seen;
}

let target: Upstream;
let origin: Upstream;
before(async () => {
  target = await upstream({'/feed.json': send(nkJson('secret'))});
  // The host a site allows, standing in for a public feed server: reached on 127.0.0.3 only because
  // the tests open that one address (allowPrivateNetwork: ['127.0.0.3']).
  origin = await upstream({
    '/to': (_req, res, url) => void res.writeHead(302, {Location: url.searchParams.get('to')!}).end(),
    '/feed.json': send(nkJson('public')),
  }, '127.0.0.3');
});
after(async () => {
  await target.close();
  await origin.close();
});

/** Every spelling of an address this machine must not be asked for, with the port where it matters. */
function blockedForms(port: number): string[] {
  return [
    `http://127.0.0.1:${port}/feed.json`, `http://localhost:${port}/feed.json`, `http://[::1]:${port}/feed.json`,
    `http://0x7f000001:${port}/feed.json`, `http://2130706433:${port}/feed.json`, `http://127.1:${port}/feed.json`,
    `http://0177.0.0.1:${port}/feed.json`, `http://0x7f.0.0.1:${port}/feed.json`, `http://[::ffff:127.0.0.1]:${port}/feed.json`,
    `http://[::ffff:7f00:1]:${port}/feed.json`, `http://[::127.0.0.1]:${port}/feed.json`, `http://0.0.0.0:${port}/feed.json`,
    `http://0:${port}/feed.json`, `http://[::]:${port}/feed.json`, `http://LOCALHOST.:${port}/feed.json`, `http://a.localhost:${port}/feed.json`,
    'http://10.0.0.1/feed.json', 'http://172.16.0.1/feed.json', 'http://172.31.255.255/feed.json', 'http://192.168.1.1/feed.json',
    'http://169.254.169.254/latest/meta-data/', 'http://metadata.google.internal/computeMetadata/v1/', 'http://[fd00:ec2::254]/latest/meta-data/',
    'http://100.64.0.1/feed.json', 'http://[fc00::1]/feed.json', 'http://[fe80::1]/feed.json', 'http://[ff02::1]/feed.json',
    'http://224.0.0.1/feed.json', 'http://255.255.255.255/feed.json', 'http://192.0.2.1/feed.json', 'http://240.0.0.1/feed.json',
    'http://[2002:7f00:1::]/feed.json', 'http://[64:ff9b::7f00:1]/feed.json', 'http://[64:ff9b::a00:1]/feed.json',
  ];
}

/** An allowlist naming every host of `urls`, so that only the address rules can refuse them. */
const allowing = (urls: string[]) => urls.map((u) => new URL(u).host);

describe('the SSRF matrix', () => {
  test('public addresses pass, including NAT64 and 6to4 forms of a public IPv4 address', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '64:ff9b::5db8:d822', '2002:5db8:d822::1', '::ffff:93.184.216.34']) {
      assert.equal(blockedAddress(ip), undefined, ip);
    }
    assert.equal(blockedHost('news.example'), undefined);
  });

  test('every blocked form is refused with 403 blocked-address, and nothing connects', async () => {
    const forms = blockedForms(target.port);
    const proxy = createFeedProxy({allow: allowing(forms)});
    const before = target.connections;
    const sockets = await connectsDuring(async () => {
      for (const form of forms) {
        const response = await proxy.fetch(new Request(via('http://proxy', form)));
        const body = await response.json() as {error: {code: string}};
        assert.equal(response.status, 403, form);
        assert.equal(body.error.code, 'blocked-address', `${form}: ${JSON.stringify(body)}`);
      }
    });
    assert.deepEqual(sockets, []);
    assert.equal(target.connections, before);
  });

  test('the server renderer\'s reader refuses them too, by default', async () => {
    const sockets = await connectsDuring(async () => {
      for (const form of blockedForms(target.port)) {
        const result = await readFeed(form, {});
        assert.equal(result.ok, false, form);
      }
    });
    assert.deepEqual(sockets, []);
  });

  test('a redirect from an allowed host to each blocked form is refused at that hop', async () => {
    const forms = blockedForms(target.port);
    const proxy = createFeedProxy({allow: [`127.0.0.3:${origin.port}`, ...allowing(forms)], allowPrivateNetwork: ['127.0.0.3']});
    // The origin itself is reachable: the test would prove nothing if it were not.
    const good = await proxy.fetch(new Request(via('http://proxy', `${origin.base}/feed.json`)));
    assert.equal(good.status, 200);
    const before = target.connections;
    const sockets = await connectsDuring(async () => {
      for (const form of forms) {
        const response = await proxy.fetch(new Request(via('http://proxy', `${origin.base}/to?to=${encodeURIComponent(form)}`)));
        const body = await response.json() as {error: {code: string}};
        assert.equal(body.error.code, 'blocked-address', `${form}: ${JSON.stringify(body)}`);
      }
    });
    assert.equal(target.connections, before);
    // Only the origin was connected to.
    assert.equal(sockets.length, forms.length, 'one connection to the origin per redirect');
    assert.ok(sockets.every((s) => s.startsWith('127.0.0.3:')), sockets.join(' '));
  });

  test('a redirect out of the allowlist is refused with not-allowed', async () => {
    const proxy = createFeedProxy({allow: [`127.0.0.3:${origin.port}`], allowPrivateNetwork: true});
    const before = target.connections;
    const response = await proxy.fetch(new Request(via('http://proxy', `${origin.base}/to?to=${encodeURIComponent(`${target.base}/feed.json`)}`)));
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as {error: {code: string}}).error.code, 'not-allowed');
    assert.equal(target.connections, before);
  });

  test('a port not on the list, another host, and credentials are refused before any connection', async () => {
    const proxy = createFeedProxy({allow: ['127.0.0.1'], allowPrivateNetwork: true});
    const strict = createFeedProxy({allow: [`127.0.0.1:${target.port}`], allowPrivateNetwork: true});
    const before = target.connections;
    const cases: [typeof proxy, string, number, string][] = [
      [proxy, `${target.base}/feed.json`, 403, 'not-allowed'],
      [strict, `http://127.0.0.2:${target.port}/feed.json`, 403, 'not-allowed'],
      [strict, `http://user:pass@127.0.0.1:${target.port}/feed.json`, 400, 'invalid'],
      [strict, `http://user@127.0.0.1:${target.port}/feed.json`, 400, 'invalid'],
      [strict, `file:///etc/passwd`, 400, 'invalid'],
      [strict, `gopher://127.0.0.1:${target.port}/`, 400, 'invalid'],
      [strict, 'not a url', 400, 'invalid'],
    ];
    for (const [which, url, status, code] of cases) {
      const response = await which.fetch(new Request(via('http://proxy', url)));
      assert.equal(response.status, status, url);
      assert.equal(((await response.json()) as {error: {code: string}}).error.code, code, url);
    }
    const missing = await strict.fetch(new Request('http://proxy/'));
    assert.equal(missing.status, 400);
    assert.equal(target.connections, before);
    // The same allowlist lets the right port through: the refusals above were the list's doing.
    assert.equal((await strict.fetch(new Request(via('http://proxy', `${target.base}/feed.json`)))).status, 200);
  });

  test('a name whose DNS answers include a private address is refused (any answer), the connection never made', async () => {
    for (const answers of [['127.0.0.1'], ['10.0.0.7'], ['93.184.216.34', '192.168.0.9'], ['::1'], ['::ffff:169.254.169.254']]) {
      const proxy = createFeedProxy({allow: [`feeds.test:${target.port}`], resolve: async () => answers});
      const before = target.connections;
      const sockets = await connectsDuring(async () => {
        const response = await proxy.fetch(new Request(via('http://proxy', `http://feeds.test:${target.port}/feed.json`)));
        assert.equal(response.status, 403, answers.join());
        assert.equal(((await response.json()) as {error: {code: string}}).error.code, 'blocked-address');
      });
      assert.deepEqual(sockets, []);
      assert.equal(target.connections, before);
    }
  });

  test('localhost by name, without allowPrivateNetwork, is refused even by the system resolver', async () => {
    const proxy = createFeedProxy({allow: [`localhost:${target.port}`]});
    const response = await proxy.fetch(new Request(via('http://proxy', `http://localhost:${target.port}/feed.json`)));
    assert.equal(response.status, 403);
  });

  test('the connection goes to the address that was checked, not to a second lookup', async () => {
    // feeds.test exists in no DNS: the feed can only arrive if the request used the checked answer.
    let lookups = 0;
    const proxy = createFeedProxy({
      allow: [`feeds.test:${origin.port}`], allowPrivateNetwork: ['127.0.0.3'],
      resolve: async () => {
        lookups++;
        return ['127.0.0.3'];
      },
    });
    const response = await proxy.fetch(new Request(via('http://proxy', `http://feeds.test:${origin.port}/feed.json`)));
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(((await response.json()) as {articles: {id: string}[]}).articles[0]!.id, 'public');
    assert.equal(lookups, 1);
  });
});
