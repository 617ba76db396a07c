// Shared by the data tests: fixture access, encoders for building feeds, and the invariants every
// parser result must keep whatever the input.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {Article} from '../../src/core/vocabulary.js';
import {FeedError, type Result} from '../../src/data/errors.js';
import {served} from '../helpers.js';

export const CODES = ['http', 'timeout', 'network', 'parse', 'not-a-feed', 'empty', 'too-large', 'invalid'];

export async function fixture(name: string): Promise<{text: string; url: string}> {
  const url = served(`/feeds/${name}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return {text: await response.text(), url};
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What a careful producer does to put literal text into an HTML-carrying field. */
export function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Characters whose line breaks CSS Text's segment break rule removes: Han, CJK punctuation, kana, full-width forms. */
const WIDE = /^[\p{Script=Han}\u3000-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF]$/u;

/**
 * One line, single spaces: how titles and summaries come out of the parsers. A run of whitespace
 * that holds a line break between two wide characters (Chinese) disappears; any other run is one
 * space. An ideographic space is a wide character, not a run: it stays, but for the ends.
 */
export function collapsed(text: string): string {
  // Words and the whitespace between them, alternately: a word at every even index.
  const pieces = text.trim().split(/([^\S\u3000]+)/);
  let out = pieces[0] ?? '';
  for (let i = 1; i < pieces.length; i += 2) {
    const before = Array.from(pieces[i - 1]!).pop() ?? '';
    const after = Array.from(pieces[i + 1]!)[0] ?? '';
    out += (/[\n\r]/.test(pieces[i]!) && WIDE.test(before) && WIDE.test(after) ? '' : ' ') + pieces[i + 1];
  }
  return out;
}

/** Text XML 1.0 can carry: no control characters (besides tab/newline) and no lone surrogates. */
export const xmlText = (options: {minLength?: number; maxLength?: number} = {}) =>
  fc.string({unit: 'grapheme', ...options})
    .map((text) => text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\r]/g, ''));

/** Visible text: a title or summary that survives whitespace collapsing as non-empty. */
export const visibleText = (maxLength = 80) =>
  xmlText({minLength: 1, maxLength}).filter((text) => collapsed(text).length > 0);

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** An instant as an RFC 822 date with the wall time of `offsetMinutes` and that zone written as `zone`. */
export function rfc822(ms: number, offsetMinutes: number, zone?: string): string {
  const wall = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const written = zone ?? `${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
  return `${DAY_NAMES[wall.getUTCDay()]}, ${two(wall.getUTCDate())} ${MONTH_NAMES[wall.getUTCMonth()]} ` +
    `${wall.getUTCFullYear()} ${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())} ${written}`;
}

/** An instant as RFC 3339 with the wall time of `offsetMinutes`. */
export function rfc3339(ms: number, offsetMinutes: number): string {
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, -1);
  if (offsetMinutes === 0) return `${wall}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${wall}${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Whole-second instants between 1970 and 2100, the range feeds date things in. */
export const instants = fc.integer({min: 0, max: 4_102_444_800 - 1}).map((s) => s * 1000);
export const offsets = fc.integer({min: -14 * 60 + 1, max: 14 * 60 - 1});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The contract of `Article` (article.ts) that every parser output keeps, whatever the input. */
export function expectArticle(article: Article): void {
  expect(article.id, 'id').to.be.a('string').and.not.equal('');
  expect(article.title, 'title').to.be.a('string');
  expect(Array.from(article.title).length, 'title length').to.be.at.most(500);
  expect(article.summary, 'summary').to.be.a('string');
  expect(Array.from(article.summary).length, 'summary length').to.be.at.most(2000);
  expect(article.title || article.summary, 'title or summary').to.not.equal('');
  expect(ISO_INSTANT.test(article.published) || BARE_DATE.test(article.published), `published ${article.published}`).to.equal(true);
  if (article.url !== undefined) expect(article.url).to.match(/^https?:\/\//);
  if (article.image !== undefined) {
    expect(article.image.url).to.match(/^https?:\/\//);
    expect(article.image.alt).to.be.a('string');
  }
  for (const list of [article.topics, article.sources, article.entities]) {
    expect(list).to.be.an('array');
    for (const entry of list) expect(entry).to.be.a('string').and.not.equal('');
  }
  expect(article.lang, 'lang').to.be.a('string').and.not.equal('');
}

/** A parser's answer to any input: articles keeping the contract, or a typed error. Never a throw. */
export function expectResult(result: Result<Article[]>): void {
  if (result.ok) {
    expect(result.value).to.be.an('array');
    expect(result.value.length).to.be.at.most(500);
    const ids = new Set(result.value.map((a) => a.id));
    expect(ids.size, 'unique ids').to.equal(result.value.length);
    result.value.forEach(expectArticle);
    expect(result.warnings).to.be.an('array');
  } else {
    expect(result.error).to.be.instanceOf(FeedError);
    expect(CODES).to.include(result.error.code);
    expect(result.error.message).to.be.a('string').and.not.equal('');
  }
}

/** The article of `result` with this title; fails the test when there is none. */
export function byTitle(result: Result<Article[]>, title: string): Article {
  if (!result.ok) throw new Error(`expected articles, got ${result.error.code}: ${result.error.message}`);
  const found = result.value.find((article) => article.title === title);
  if (!found) throw new Error(`no article titled ${JSON.stringify(title)} in ${JSON.stringify(result.value.map((a) => a.title))}`);
  return found;
}

export function articles(result: Result<Article[]>): Article[] {
  if (!result.ok) throw new Error(`expected articles, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Markup-like noise: fragments feeds are made of, shuffled into documents that are mostly broken. */
export const xmlSoup = fc.array(fc.oneof(
  fc.constantFrom('<?xml version="1.0"?>', '<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>',
    '</item>', '<title>', '</title>', '<link>', '</link>', '<description>', '</description>', '<guid>', '</guid>',
    '<pubDate>', '</pubDate>', 'Tue, 29 Jul 2025 08:30:00 GMT', '2025-07-29T08:30:00+09:00', '<![CDATA[', ']]>',
    '&amp;', '&lt;p&gt;', '&nbsp;', '&', '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>', '<entry>',
    '</entry>', '<updated>', '</updated>', '<content type="html">', '<content type="xhtml">', '</content>',
    '<summary>', '</summary>', '<link href="/a"/>', '<link href="javascript:alert(1)"/>', 'https://x.example/',
    '<div xmlns="http://www.w3.org/1999/xhtml">', '</div>', '<category>', '</category>', '<media:content url="a.jpg"/>',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">', '</rdf:RDF>'),
  xmlText({maxLength: 12})), {maxLength: 40}).map((parts) => parts.join(''));

/** JSON-like noise for the JSON readers. */
export const jsonSoup = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.record({
    version: fc.oneof(fc.constant(1), fc.constant('https://jsonfeed.org/version/1.1'), fc.jsonValue()),
    articles: fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'summary', 'url', 'published', 'image', 'topics',
      'sources', 'entities', 'lang', 'category', 'body'), fc.jsonValue())),
    items: fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'summary', 'url', 'external_url', 'date_published',
      'date_modified', 'content_html', 'content_text', 'tags', 'image', 'authors', 'author', 'language'), fc.jsonValue())),
  }, {requiredKeys: []}).map((value) => JSON.stringify(value)),
);
