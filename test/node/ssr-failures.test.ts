// A failing source, server-rendered (issue 22, Failures): the error state in the page's variant, the
// technical detail folded, no placeholders and no "loading"; the caller hears of it through
// onError; a relative src names the baseUrl option, which resolves it; RSS reads in plain Node.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:net';
import type {AddressInfo} from 'node:net';
import {renderCard, renderFeed, renderTimeline, type ErrorContext, type RenderOptions} from '../../src/ssr/index.js';
import type {FeedError} from '../../src/data/errors.js';
import {zhHant, zhHantHK} from '../../src/i18n/strings-zh-hant.js';
import {strings as zhHans} from '../../src/i18n/strings-zh-hans.js';
import {nkJson, send, upstream, type Upstream} from './helpers.js';

const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>朝鮮新聞</title>
<item><title>RSS 北韓新聞 r1</title><link>https://news.example/r1</link><guid>r1</guid><pubDate>Mon, 30 Nov 2026 19:45:00 +0800</pubDate><description>摘要</description></item>
</channel></rss>`;

let up: Upstream;
let closedPort: number;
before(async () => {
  up = await upstream({
    '/feeds/news.json': send(nkJson('rel1')),
    '/rss.xml': send(rss, 'application/rss+xml; charset=utf-8'),
    '/broken.json': send('{"version":1,"articles":[{"id":'),
    '/not-a-feed': send('<!doctype html><title>home</title><p>hello', 'text/html'),
  });
  // A port nothing listens on: bound, then closed.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
});
after(() => up.close());

const words = {'zh-TW': zhHant, 'zh-HK': zhHantHK, 'zh-CN': zhHans} as const;

/** Renders with onError recording; gives the HTML and what the caller heard. */
async function rendered(render: typeof renderFeed, attributes: Record<string, string>, options: RenderOptions = {}) {
  const heard: [FeedError, ErrorContext][] = [];
  const html = await render(attributes, {allowPrivateNetwork: true, onError: (error, context) => heard.push([error, context]), ...options});
  return {html, heard};
}

/** The error box as a reader sees it: the message, then the folded detail. */
function errorBox(html: string) {
  const box = /<div part="error" class="blocking" role="alert">([^]*?)<\/div>/.exec(html)?.[1];
  assert.ok(box, 'an error box');
  const text = (s: string) => s.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const [, message = '', summary = '', detail = ''] = /<p>([^]*?)<\/p>\s*(?:<!--[^>]*-->\s*)*<details>\s*<summary>([^]*?)<\/summary>\s*<p class="detail">([^]*?)<\/p>/.exec(box) ?? [];
  return {message: text(message), summary: text(summary), detail: text(detail)};
}

function assertNoLoading(html: string) {
  assert.doesNotMatch(html, /class="skeleton/, 'no placeholders');
  assert.doesNotMatch(html, /載入中|加载中|Loading/, 'no "loading"');
  assert.doesNotMatch(html, /part="more"/, 'no "more"');
}

describe('a failing source renders the error state and the caller hears of it', () => {
  const cases = () => [
    {name: 'an unreachable host', src: `http://127.0.0.1:${closedPort}/feed.json`, code: 'network'},
    {name: 'a 404', src: `${up.base}/missing.json`, code: 'http'},
    {name: 'a relative src', src: '/feeds/news.json', code: 'invalid'},
    {name: 'a malformed feed', src: `${up.base}/broken.json`, code: 'parse'},
    {name: 'a page that is not a feed', src: `${up.base}/not-a-feed`, code: 'not-a-feed'},
  ] as const;

  for (const variant of ['zh-TW', 'zh-HK', 'zh-CN'] as const) {
    test(`variant="${variant}": in its words, the detail folded, no loading`, async () => {
      for (const {name, src, code} of cases()) {
        const {html, heard} = await rendered(renderFeed, {src, variant, limit: '3'});
        assertNoLoading(html);
        const box = errorBox(html);
        assert.equal(box.message, words[variant].errors[code], `${name}: the reader's words`);
        assert.equal(box.summary, words[variant].details);
        assert.equal(heard.length, 1, name);
        const [error, context] = heard[0]!;
        assert.equal(error.code, code, name);
        assert.deepEqual(context, {tag: 'nk-news-feed', attributes: {src, variant, limit: '3'}});
        assert.ok(box.detail.length > 10 && box.detail.includes(src.replace(/&/g, '&amp;')), `${name}: the detail names the URL: ${box.detail}`);
        assert.match(html, /<script type="application\/x-nk-news-error\+json">/);
        assert.doesNotMatch(html, /application\/ld\+json/, 'no JSON-LD of nothing');
      }
    });
  }

  test('a relative src: a FeedError that names baseUrl; baseUrl resolves it', async () => {
    const {heard} = await rendered(renderFeed, {src: '/feeds/news.json'});
    const [error] = heard[0]!;
    assert.equal(error.name, 'FeedError');
    assert.equal(error.field, 'src');
    assert.match(error.message, /relative.*baseUrl/);
    for (const baseUrl of [`${up.base}/world/page.html`, new URL(`${up.base}/`)]) {
      const ok = await rendered(renderFeed, {src: '/feeds/news.json'}, {baseUrl});
      assert.ok(ok.html.includes('北韓新聞 rel1'));
      assert.equal(ok.heard.length, 0);
      // The element keeps the src the page gave: the browser resolves it against the page itself.
      assert.match(ok.html, /<nk-news-feed\s+src="\/feeds\/news.json"/);
    }
    await assert.rejects(renderFeed({src: '/feeds/news.json'}, {baseUrl: 'news.example/'}), TypeError);
    await assert.rejects(renderFeed({}, {baseUrl: 'file:///etc/'}), TypeError);
  });

  test('RSS reads in plain Node: its items render, no error', async () => {
    const {html, heard} = await rendered(renderFeed, {src: `${up.base}/rss.xml`});
    assert.ok(html.includes('RSS 北韓新聞 r1'));
    assert.equal(heard.length, 0);
    assert.doesNotMatch(html, /part="error"/);
  });

  test('one of two sources failing: the other\'s articles show, the caller hears of the failed one', async () => {
    const {html, heard} = await rendered(renderFeed, {src: `${up.base}/feeds/news.json ${up.base}/missing.json`});
    assert.ok(html.includes('北韓新聞 rel1'));
    assert.deepEqual(heard.map(([error]) => error.code), ['http']);
  });

  test('the timeline and the card render their errors too; a card\'s missing article is not-found', async () => {
    const timeline = await rendered(renderTimeline, {src: `${up.base}/missing.json`, variant: 'zh-CN'});
    assertNoLoading(timeline.html);
    assert.equal(errorBox(timeline.html).message, zhHans.errors.http);
    const card = await rendered(renderCard, {'article-id': 'no-such-story', variant: 'zh-HK'});
    assert.doesNotMatch(card.html, /class="skeleton|載入中/);
    assert.equal(errorBox(card.html).message, zhHantHK.errors['not-found']);
    assert.deepEqual(card.heard.map(([error, context]) => [error.code, context.tag]), [['not-found', 'nk-event-card']]);
  });

  test('without onError, each fault goes to console.warn', async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    await renderFeed({src: `${up.base}/missing.json`}, {allowPrivateNetwork: true});
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]!.arguments[0]), /^nk-news\/ssr: <nk-news-feed> http: .*missing\.json/);
  });
});
