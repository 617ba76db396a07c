/** RSS 2.0 (and 0.9x) and RSS 1.0 / RDF → articles. */
import type {Article} from '../article.js';
import {FeedError, fail, ok, type Result} from '../errors.js';
import {httpUrl} from '../url.js';
import {parseFeedDate} from './date.js';
import {collapse, htmlToText} from './html-text.js';
import {collect, type Draft} from './item.js';
import {NS, child, children, mediaImage, parseXml, text, xmlBase, xmlLang} from './xml.js';

/**
 * RSS 2.0 elements have no namespace (a few early 2.0 feeds used UserLand's); RSS 1.0 and 0.90 put
 * the same names in their own.
 */
const CORE = [null, NS.rss1, NS.rss09, 'http://backend.userland.com/rss2', 'http://backend.userland.com/rss'];
const DC = [NS.dc];
const CONTENT = [NS.content];

export function parseRss(text: string, baseUrl?: string): Result<Article[]> {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const result = readRss(parsed.value, baseUrl);
  return result.ok ? ok(result.value, [...parsed.warnings, ...result.warnings]) : result;
}

/** An already parsed document; `parseFeed` sniffs with the same parse. */
export function readRss(doc: Document, baseUrl?: string): Result<Article[]> {
  const root = doc.documentElement;
  const rss2 = root.localName === 'rss';
  const rdf = root.localName === 'RDF' && root.namespaceURI === NS.rdf;
  if (!rss2 && !rdf) {
    return fail(new FeedError('not-a-feed', `The document is XML but not RSS: its root element is <${root.nodeName}>`));
  }
  const channel = child(root, 'channel', CORE);
  if (!channel) {
    return fail(new FeedError('invalid', 'The RSS document has no <channel> element', {field: 'channel'}));
  }
  // RSS 1.0 lists items beside the channel, RSS 2.0 inside it.
  const items = children(rdf ? root : channel, 'item', CORE);
  const feed: FeedContext = {
    baseUrl,
    lang: text(child(channel, 'language', CORE)) || text(child(channel, 'language', DC)) || xmlLang(channel),
    title: htmlToText(text(child(channel, 'title', CORE))),
  };
  return collect(items, (item) => readItem(item, feed), (i) => label(items[i]!, i));
}

interface FeedContext {
  baseUrl?: string;
  lang?: string;
  title: string;
}

function label(item: Element, index: number): string {
  const title = htmlToText(text(child(item, 'title', CORE)));
  return title ? `RSS item ${index + 1} ("${title.slice(0, 60)}")` : `RSS item ${index + 1}`;
}

function readItem(item: Element, feed: FeedContext): Draft | string {
  const base = xmlBase(item, feed.baseUrl);
  const guid = child(item, 'guid', CORE);
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : undefined;
  // RSS 1.0 names the item by its rdf:about, which is its link when <link> is missing.
  const link = text(child(item, 'link', CORE)) || permalink || item.getAttributeNS(NS.rdf, 'about') || undefined;

  const pubDate = text(child(item, 'pubDate', CORE));
  const dcDate = text(child(item, 'date', DC));
  const published = parseFeedDate(pubDate) ?? parseFeedDate(dcDate);
  if (!published) {
    const raw = pubDate || dcDate;
    return raw ? `its date "${raw.slice(0, 60)}" is not RFC 822 or ISO 8601` : 'it has no date (pubDate or dc:date)';
  }

  const description = child(item, 'description', CORE);
  const encoded = child(item, 'encoded', CONTENT);
  const body = encoded ? htmlToText(encoded.textContent ?? '', {paragraphs: true}) : undefined;
  const summary = description ? htmlToText(description.textContent ?? '') : collapse(body ?? '');

  const categories = children(item, 'category', CORE).map(text).filter(Boolean);
  const subjects = children(item, 'subject', DC).map(text).filter(Boolean);

  const credited = [
    ...children(item, 'creator', DC).map(text),
    ...children(item, 'author', CORE).map((el) => personName(text(el))),
    // <source> names the channel the item was taken from: the medium it credits.
    ...children(item, 'source', CORE).map(text),
  ].filter(Boolean);

  return {
    id: text(guid) || undefined,
    title: htmlToText(text(child(item, 'title', CORE))),
    summary,
    body,
    url: link,
    image: mediaImage(item, base) ?? enclosureImage(item, base),
    published,
    category: categories[0] ?? subjects[0],
    topics: [...categories, ...subjects],
    sources: credited.length ? credited : feed.title ? [feed.title] : [],
    lang: xmlLang(item) ?? feed.lang,
    base,
  };
}

/** RSS `<author>` is "email (Name)" by the spec; feeds also write "Name <email>" or just a name. */
function personName(author: string): string {
  const parenthesized = /\(([^()]+)\)\s*$/.exec(author);
  if (parenthesized) return parenthesized[1]!.trim();
  const angled = /^([^<]+)<[^>]*>\s*$/.exec(author);
  return angled ? angled[1]!.trim() : author;
}

function enclosureImage(item: Element, base: string | undefined): {url: string; alt: string} | undefined {
  const enclosure = children(item, 'enclosure', CORE).find((el) =>
    (el.getAttribute('type') ?? '').toLowerCase().startsWith('image/') && httpUrl(el.getAttribute('url'), base));
  return enclosure ? {url: enclosure.getAttribute('url')!, alt: ''} : undefined;
}
