// The JSON-LD nk-news/ssr writes (issue 22, JSON-LD), checked against schema.org's NewsArticle and
// Google's Article structured data. The output is typed with schema-dts (src/ssr/json-ld.ts), so
// tsc checks every property name and value type against schema.org's definitions; no structured-
// data validator we found runs offline (@adobe/structured-data-validator needs schema.org's
// vocabulary fetched at run time, and has no Article rules), so `problems` below checks what
// Google documents for Article (datePublished, dateModified, headline, image, author with
// name and url; publisher with name and logo) and what the issue asks of each property.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Graph, NewsArticle} from 'schema-dts';
import type {Article} from '../../src/core/vocabulary.js';
import {parseFeed} from '../../src/data/parse.js';
import {renderFeed, renderCard} from '../../src/ssr/index.js';
import {jsonLd, MAX_HEADLINE, MAX_URL} from '../../src/ssr/json-ld.js';

type Item = Exclude<NewsArticle, string> & Record<string, unknown>;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const httpLink = (value: unknown) => typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value);

/** What is wrong with one item, by Google's Article documentation and the list. */
function problems(item: Item): string[] {
  const found: string[] = [];
  const need = (ok: unknown, what: string) => void (ok || found.push(what));
  need(item['@type'] === 'NewsArticle', '@type NewsArticle');
  need(typeof item.headline === 'string' && item.headline.length > 0 && [...item.headline].length <= MAX_HEADLINE, 'headline, 1–110 characters');
  need(typeof item.datePublished === 'string' && ISO_8601.test(item.datePublished), 'datePublished in ISO 8601');
  if ('dateModified' in item) need(typeof item.dateModified === 'string' && ISO_8601.test(item.dateModified), 'dateModified in ISO 8601');
  need(typeof item.inLanguage === 'string' && Intl.getCanonicalLocales(item.inLanguage).length === 1, 'inLanguage, a BCP 47 tag');
  for (const author of [item.author ?? []].flat() as Record<string, unknown>[]) {
    need(author['@type'] === 'Person' || author['@type'] === 'Organization', 'author is a Person or an Organization');
    need(typeof author['name'] === 'string' && author['name'], 'author.name');
    if ('url' in author) need(httpLink(author['url']), 'author.url, an http(s) link');
  }
  if ('publisher' in item) {
    const publisher = item.publisher as Record<string, unknown>;
    need(publisher['@type'] === 'Organization' && typeof publisher['name'] === 'string', 'publisher, an Organization with a name');
    if ('logo' in publisher) need((publisher['logo'] as Record<string, unknown>)['@type'] === 'ImageObject' && httpLink((publisher['logo'] as Record<string, unknown>)['url']), 'publisher.logo, an ImageObject');
  }
  if ('image' in item) need(httpLink(item.image), 'image, an http(s) link');
  if ('url' in item || 'mainEntityOfPage' in item) need(httpLink(item.url) && item.mainEntityOfPage === item.url, 'url and mainEntityOfPage, the same http(s) link');
  if ('description' in item) need(typeof item.description === 'string' && item.description.length > 0, 'description');
  return found;
}

const article = (fields: Partial<Article> = {}): Article => ({
  id: 'a', title: '北韓試射飛彈', summary: '摘要', published: '2026-11-30T08:00:00Z', topics: [], sources: [], entities: [], lang: 'zh-Hant-TW', ...fields,
});

/** The JSON-LD graph of a rendered element. */
function graphOf(html: string): Item[] {
  const text = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)?.[1];
  assert.ok(text, 'a JSON-LD script');
  const ld = JSON.parse(text) as Graph;
  assert.equal(ld['@context'], 'https://schema.org');
  return ld['@graph'] as Item[];
}

/** A reader that answers every URL with the articles `text` parses to, as `format`. */
const readerOf = (text: string, format: 'jsonfeed' | 'atom' | 'rss') => async (url: string) => parseFeed(text, {format, url});

const publisher = {name: '新聞網', url: 'https://news.example/', logo: 'https://news.example/logo.png'};

describe('JSON-LD of server-rendered elements', () => {
  test('carries author, dateModified, publisher, image and url when the feed has them', async () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: '朝鮮新聞',
      items: [{id: 'x', url: 'https://news.example/x', title: '北韓試射飛彈', summary: '摘要一則', image: 'https://news.example/x.jpg',
        date_published: '2026-11-30T08:00:00Z', date_modified: '2026-11-30T10:00:00Z', language: 'zh-Hant-TW',
        authors: [{name: '王小明', url: 'https://news.example/wang'}, {name: '新聞網'}]}],
    });
    const html = await renderFeed({src: 'https://feeds.example/x.json'}, {read: readerOf(feed, 'jsonfeed'), publisher});
    const [item] = graphOf(html);
    assert.deepEqual(problems(item!), []);
    assert.deepEqual(item!.author, [{'@type': 'Person', name: '王小明', url: 'https://news.example/wang'},
      {'@type': 'Organization', name: '新聞網', url: 'https://news.example/', logo: {'@type': 'ImageObject', url: 'https://news.example/logo.png'}}]);
    assert.equal(item!.dateModified, '2026-11-30T10:00:00.000Z');
    assert.equal(item!.datePublished, '2026-11-30T08:00:00.000Z');
    assert.deepEqual(item!.publisher, {'@type': 'Organization', name: '新聞網', url: 'https://news.example/', logo: {'@type': 'ImageObject', url: 'https://news.example/logo.png'}});
    assert.equal(item!.image, 'https://news.example/x.jpg');
    assert.equal(item!.url, 'https://news.example/x');
    assert.equal(item!.mainEntityOfPage, 'https://news.example/x');
    assert.equal(item!.inLanguage, 'zh-Hant-TW');
    assert.equal(item!.description, '摘要一則');
  });

  test('Atom and RSS authors reach the JSON-LD', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>a</id><title>A</title>
      <link href="https://news.example/a"/><updated>2026-11-30T08:00:00Z</updated><author><name>Ann</name><uri>https://news.example/ann</uri></author></entry></feed>`;
    const [fromAtom] = graphOf(await renderFeed({src: 'https://feeds.example/a.xml'}, {read: readerOf(atom, 'atom')}));
    assert.deepEqual(fromAtom!.author, {'@type': 'Person', name: 'Ann', url: 'https://news.example/ann'});
    assert.equal(fromAtom!.dateModified, '2026-11-30T08:00:00.000Z');
    const rss = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><title>R</title>
      <link>https://news.example/r</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><dc:creator>陳記者</dc:creator></item></channel></rss>`;
    const [fromRss] = graphOf(await renderFeed({src: 'https://feeds.example/r.xml'}, {read: readerOf(rss, 'rss')}));
    assert.deepEqual(fromRss!.author, {'@type': 'Person', name: '陳記者'});
    assert.deepEqual([...problems(fromAtom!), ...problems(fromRss!)], []);
  });

  test('the bundled corpus: every item valid, and no url or mainEntityOfPage (its stories have no page)', async () => {
    const graph = graphOf(await renderFeed({limit: '20'}));
    assert.equal(graph.length, 20);
    for (const item of graph) {
      assert.deepEqual(problems(item), [], String(item.headline));
      assert.ok(!('url' in item) && !('mainEntityOfPage' in item));
    }
    const [card] = graphOf(await renderCard({'article-id': 'nk-20241120-storm-shadow'}, {publisher: {name: '新聞網'}}));
    assert.deepEqual(card!.publisher, {'@type': 'Organization', name: '新聞網'});
  });

  test('a headline over 110 characters is cut at a character boundary, with "…"', () => {
    const title = `${'北'.repeat(100)}${'😀'.repeat(20)}`;
    const [item] = jsonLd([article({title})], (id) => id)['@graph'] as Item[];
    const chars = [...(item!.headline as string)];
    assert.equal(chars.length, MAX_HEADLINE);
    assert.equal(chars.at(-1), '…');
    assert.equal(chars.at(-2), '😀', 'no half of a surrogate pair');
    const [short] = jsonLd([article({title: '短'})], (id) => id)['@graph'] as Item[];
    assert.equal(short!.headline, '短');
  });

  test('nothing untrusted gets through: links only http(s) and at most MAX_URL, names capped, a bad publisher dropped', () => {
    const long = `https://news.example/${'a'.repeat(MAX_URL)}`;
    const [item] = jsonLd([article({
      url: 'javascript:alert(1)', image: {url: long, alt: ''},
      authors: [{name: `  ${'名'.repeat(300)}\n`, url: 'data:text/html,x'}, {name: ' '}],
    })], (id) => id, {name: '站', url: 'javascript:x', logo: 'ftp://x.example/logo.png'})['@graph'] as Item[];
    assert.ok(!('url' in item!) && !('mainEntityOfPage' in item!) && !('image' in item!));
    const author = item!.author as Record<string, unknown>;
    assert.deepEqual(Object.keys(author), ['@type', 'name']);
    assert.equal([...(author['name'] as string)].length, 200);
    assert.deepEqual(item!.publisher, {'@type': 'Organization', name: '站'});
    const [none] = jsonLd([article()], (id) => id, {name: '   '})['@graph'] as Item[];
    assert.ok(!('publisher' in none!));
    assert.deepEqual(problems(item!), []);
  });

  test('the checks themselves catch what Google would flag', () => {
    assert.deepEqual(problems({'@type': 'NewsArticle', headline: 'x'.repeat(111), datePublished: 'yesterday', inLanguage: 'zh-TW',
      author: {'@type': 'Thing', name: 'X'}, url: 'https://a.example/', mainEntityOfPage: 'https://b.example/'} as unknown as Item),
    ['headline, 1–110 characters', 'datePublished in ISO 8601', 'author is a Person or an Organization', 'url and mainEntityOfPage, the same http(s) link']);
  });
});
