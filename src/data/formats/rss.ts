/** RSS 2.0 (and 0.9x) and RSS 1.0 / RDF → articles. */
import type {Article} from '../../core/vocabulary.js';
import {FeedError, fail, type Result} from '../errors.js';
import {httpUrl} from '../url.js';
import {parseFeedDate} from './date.js';
import {firstImage, htmlToText, nodeToText, parseHtml, type MarkupElement} from './html-text.js';
import {collect, languageTag, type Draft} from './item.js';
import {guessLang} from './lang-guess.js';
import {collapse} from './whitespace.js';
import {
  NS, child, children, isImageFile, mediaDescription, mediaImage, mediaThumbnail, parseAndRead, text, xmlBase, xmlLang,
  type FeedDocument, type FeedElement,
} from './xml.js';

/**
 * RSS 2.0 elements have no namespace (a few early 2.0 feeds used UserLand's); RSS 1.0 and 0.90 put
 * the same names in their own.
 */
const CORE = [null, NS.rss1, NS.rss09, 'http://backend.userland.com/rss2', 'http://backend.userland.com/rss'];
const DC = [NS.dc];
const CONTENT = [NS.content];

export function parseRss(text: string, baseUrl?: string): Result<Article[]> {
  return parseAndRead(text, (doc) => readRss(doc, baseUrl));
}

/** An already parsed document; `parseFeed` sniffs with the same parse. */
export function readRss(doc: FeedDocument, baseUrl?: string): Result<Article[]> {
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
  const lang = text(child(channel, 'language', CORE)) || text(child(channel, 'language', DC)) || xmlLang(channel);
  const feed: FeedContext = {
    baseUrl,
    lang,
    // What CST means in the feed's dates: its declared language tells, else the text of its items.
    dateLang: languageTag(lang) ?? guessLang(items.slice(0, 50).map(itemText).join('\n')),
    title: htmlToText(text(child(channel, 'title', CORE))),
  };
  const warnings: string[] = [];
  // RSS 0.91 items have no date element at all, and feeds that still follow it date only the
  // channel. Skipping every item would turn such a feed into an error; its own date is the best
  // there is. A feed that dates some items still skips the ones it does not.
  if (items.length && !items.some((item) => child(item, 'pubDate', CORE) || child(item, 'date', DC))) {
    const raw = [child(channel, 'pubDate', CORE), child(channel, 'lastBuildDate', CORE), child(channel, 'date', DC)]
      .map(text).find((value) => parseFeedDate(value, {lang: feed.dateLang}));
    if (raw) {
      feed.date = parseFeedDate(raw, {lang: feed.dateLang});
      warnings.push(`No item has a date; the channel's date (${raw}) is used for all of them`);
    }
  }
  return collect(items, (item) => readItem(item, feed), (i) => label(items[i]!, i), warnings);
}

interface FeedContext {
  baseUrl?: string;
  /** As declared: items without a declaration of their own get it, or else a guess from their text. */
  lang?: string;
  /** The language the feed's dates are read in: declared, else guessed from all its items. */
  dateLang: string;
  title: string;
  /** The channel's date, for feeds that date no item (RSS 0.91). */
  date?: string;
}

/**
 * An item's headline and the start of its description as written, markup and all: enough to tell
 * the language by (tags and attributes are ASCII), without parsing any HTML.
 */
function itemText(item: FeedElement): string {
  return `${text(child(item, 'title', CORE))}\n${(child(item, 'description', CORE)?.textContent ?? '').slice(0, 300)}`;
}

function label(item: FeedElement, index: number): string {
  const title = htmlToText(text(child(item, 'title', CORE)));
  return title ? `RSS item ${index + 1} ("${title.slice(0, 60)}")` : `RSS item ${index + 1}`;
}

function readItem(item: FeedElement, feed: FeedContext): Draft | string {
  const base = xmlBase(item, feed.baseUrl);
  const guid = child(item, 'guid', CORE);
  // A guid is a permalink unless it says otherwise, but many are bare ids ("4821") that do not say
  // so: only one that is an absolute http(s) URL is taken for a link.
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' && /^\s*https?:\/\//i.test(text(guid))
    ? httpUrl(text(guid))
    : undefined;
  // RSS 1.0 names the item by its rdf:about, which is its link when <link> is missing.
  const link = httpUrl(text(child(item, 'link', CORE)), base) ?? permalink ??
    httpUrl(item.getAttributeNS(NS.rdf, 'about'), base);

  const pubDate = text(child(item, 'pubDate', CORE));
  const dcDate = text(child(item, 'date', DC));
  const dates = {lang: languageTag(xmlLang(item)) ?? feed.dateLang};
  const published = parseFeedDate(pubDate, dates) ?? parseFeedDate(dcDate, dates) ??
    (pubDate || dcDate ? undefined : feed.date);
  if (!published) {
    const raw = pubDate || dcDate;
    return raw ? `its date "${raw.slice(0, 60)}" is not RFC 822 or ISO 8601` : 'it has no date (pubDate or dc:date)';
  }

  const description = child(item, 'description', CORE)?.textContent ?? '';
  const encoded = child(item, 'encoded', CONTENT)?.textContent ?? '';
  // Plain text needs no parsing: most descriptions of most feeds.
  const descriptionHtml = /[<&]/.test(description) ? parseHtml(description) : undefined;
  const encodedHtml = encoded.trim() ? parseHtml(encoded) : undefined;

  // The item's own picture, else the first one in its HTML, whose alt text the text then leaves out.
  const resolve = (img: MarkupElement) => httpUrl(img.attributes['src'], base);
  const own = mediaImage(item, base) ?? enclosureImage(item, base) ?? mediaThumbnail(item, base);
  const inline = own ? undefined : firstImage(descriptionHtml, resolve) ?? firstImage(encodedHtml, resolve);
  const picture = own ? httpUrl(own.url, base) : inline?.url;
  const omit = (img: MarkupElement) => picture !== undefined && resolve(img) === picture;

  const body = encodedHtml ? nodeToText(encodedHtml, {paragraphs: true, omit}) : undefined;
  let summary = (descriptionHtml ? nodeToText(descriptionHtml, {omit}) : collapse(description)) ||
    (encodedHtml ? nodeToText(encodedHtml, {omit}) : '') || mediaDescription(item);

  const categories = children(item, 'category', CORE).map(text).filter(Boolean);
  const subjects = children(item, 'subject', DC).map(text).filter(Boolean);

  // <source> names the channel the item was taken from: the medium it credits.
  const sourceNames = children(item, 'source', CORE).map(text).filter(Boolean);
  const writers = [...children(item, 'creator', DC).map(text), ...children(item, 'author', CORE).map((el) => personName(text(el)))]
    .filter(Boolean);
  const credited = [...writers, ...sourceNames];

  let title = htmlToText(text(child(item, 'title', CORE)));
  // Aggregators (Google News) write "Headline - Source" and credit the source in <source>; their
  // description is only that headline linked, and the source again, or a list of related headlines.
  const fromSource = sourceNames.find((name) => title.endsWith(` - ${name}`) && title.length > name.length + 3);
  const headline = fromSource && title.slice(0, -(fromSource.length + 3)).trim();
  if (headline) {
    if (summary.startsWith(headline)) summary = '';
    title = headline;
  }

  return {
    id: text(guid) || undefined,
    title,
    summary,
    body,
    url: link,
    image: own ?? inline,
    published,
    authors: writers.map((name) => ({name})),
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
  if (angled) return angled[1]!.trim();
  // A bare e-mail address names nobody a reader knows: the channel is credited instead.
  return /^[^\s@]+@[^\s@]+$/.test(author) ? '' : author;
}

/** An enclosure that is a picture by its type, or by its file name when it has no type. */
function enclosureImage(item: FeedElement, base: string | undefined): {url: string; alt: string} | undefined {
  const enclosure = children(item, 'enclosure', CORE).find((el) =>
    isImageFile(el.getAttribute('type'), el.getAttribute('url')) && httpUrl(el.getAttribute('url'), base));
  return enclosure ? {url: enclosure.getAttribute('url')!, alt: ''} : undefined;
}
