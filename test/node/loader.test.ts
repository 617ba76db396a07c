// The data layer's loader under plain Node, against a real local server: what nk-news/ssr reads
// feeds with. Runs with Node's test runner (scripts/test.sh), not in a browser.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {fetchFeed} from '../../src/data/fetch-feed.js';

test('fetchFeed reads a JSON feed from a local server in Node', async () => {
  const server = createServer((_, res) => {
    res.writeHead(200, {'Content-Type': 'application/json; charset=utf-8'});
    res.end(JSON.stringify({version: 1, articles: []}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const {port} = server.address() as AddressInfo;
    const fetched = await fetchFeed(`http://127.0.0.1:${port}/feed.json`);
    assert.ok(fetched.ok);
    assert.equal(JSON.parse(fetched.value.text).version, 1);
    assert.equal(fetched.value.encoding, 'utf-8');
  } finally {
    server.close();
  }
});
