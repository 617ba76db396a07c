// RSS and Atom through the proxy in plain Node, with no DOM library: the XML readers read
// @rgrove/parse-xml's tree (src/data/formats/xml-tree.ts).
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {createFeedProxy} from '../../src/server/index.js';
import {parseFeed} from '../../src/data/parse.js';
import {send, upstream, via, type Upstream} from './helpers.js';

const fixture = (name: string) => readFile(new URL(`../fixtures/feeds/${name}`, import.meta.url));
let up: Upstream;

before(async () => {
  const [rss, atom, big5] = await Promise.all([fixture('rss2.xml'), fixture('atom.xml'), fixture('big5.xml')]);
  up = await upstream({
    '/rss': send(rss.toString('utf8'), 'application/rss+xml; charset=utf-8'),
    '/atom': send(atom.toString('utf8'), 'application/atom+xml; charset=utf-8'),
    '/big5': (_req, res) => void res.writeHead(200, {'Content-Type': 'application/rss+xml; charset=big5'}).end(big5),
  });
});
after(() => up.close());

for (const path of ['/rss', '/atom', '/big5']) {
  test(`${path.slice(1)} through the proxy: nk-news JSON with the feed's stories`, async () => {
    const proxy = createFeedProxy({allow: [`127.0.0.1:${up.port}`], allowPrivateNetwork: true});
    const response = await proxy.fetch(new Request(via('http://proxy', `${up.base}${path}`)));
    const text = await response.text();
    assert.equal(response.status, 200, text);
    const parsed = parseFeed(text, {contentType: 'application/json'});
    assert.ok(parsed.ok);
    assert.ok(parsed.value.length > 0);
    assert.ok(parsed.value.every((a) => a.title.length > 0));
  });
}
