/**
 * Feed text → articles, in a named format or sniffed. Sniffing trusts the body over the
 * Content-Type: feeds are served as text/html, text/plain and octet-stream often enough that the
 * header is only a tie-breaker for bodies that are neither JSON nor markup.
 */
import type {Article} from '../core/vocabulary.js';
import {FeedError, fail, type Result} from './errors.js';
import {quote, safeError} from './quote.js';
import {parseAtom, readAtom} from './formats/atom.js';
import {parseJsonText} from './formats/json.js';
import {parseRss, readRss} from './formats/rss.js';
import {descendants, parseHtml} from './formats/html-text.js';
import {NS, parseXml, withParseWarnings} from './formats/xml.js';
import {parseJsonBody} from './parse-json.js';
import {httpUrl} from './url.js';

export type FeedFormat = 'auto' | 'json' | 'jsonfeed' | 'rss' | 'atom';

export const feedFormats: readonly FeedFormat[] = ['auto', 'json', 'jsonfeed', 'rss', 'atom'];

export interface ParseOptions {
  format?: FeedFormat;
  /** The response's Content-Type, consulted when the body alone does not tell. */
  contentType?: string;
  /** The feed's URL: relative links resolve against it. */
  url?: string;
}

/** Articles from a feed's text, or a FeedError whose message is bounded and bidi-safe (quote.ts). */
export function parseFeed(text: string, options: ParseOptions = {}): Result<Article[]> {
  const result = read(text, options);
  return result.ok ? result : fail(safeError(result.error));
}

function read(text: string, options: ParseOptions): Result<Article[]> {
  const {format = 'auto', contentType, url} = options;
  // Whitespace before an XML declaration is an XML error, and feeds written by templates have it.
  // (trimStart's whitespace includes the byte order mark U+FEFF.)
  const body = text.trimStart();
  if (!body) return fail(new FeedError('empty', 'The feed is empty'));
  switch (format) {
    case 'json':
    case 'jsonfeed': return parseJsonBody(body, format, url);
    case 'rss': return parseRss(body, url);
    case 'atom': return parseAtom(body, url);
    case 'auto': return sniff(body, mediaType(contentType), url);
    default:
      // `format` comes from an HTML attribute: types do not guard it at run time.
      return fail(new FeedError('invalid',
        `Unknown feed format ${quote(format)}: expected one of ${feedFormats.join(', ')} (field "format")`,
        {field: 'format'}));
  }
}

/** The lower-case essence of a Content-Type: "application/rss+xml; charset=utf-8" → "application/rss+xml". */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function sniff(body: string, mime: string, url: string | undefined): Result<Article[]> {
  if (body[0] === '{' || body[0] === '[') return parseJsonBody(body, 'auto', url);
  if (body[0] === '<') return sniffMarkup(body, mime, url);
  // Declared as a feed but neither JSON nor markup: a broken feed, not a wrong URL.
  if (/json/.test(mime)) {
    const parsed = parseJsonText(body);
    if (!parsed.ok) return parsed;
  }
  if (/xml|rss|atom/.test(mime)) {
    return fail(new FeedError('parse', `The feed is declared as ${quote(mime)} but is not XML: it starts with ${start(body)}`));
  }
  return notAFeed(body, mime);
}

interface Prolog {
  /** The first element's name, lower case; '' when the prolog does not end in one. */
  root: string;
  /** Whether an HTML doctype (`<!DOCTYPE html>`) comes first but for comments. */
  htmlDoctype: boolean;
}

const SPACE = /\s*/y;
const HTML_DOCTYPE = /<!doctype\s+html[\s>]/iy;
const NAME = /<([A-Za-z_][\w.:-]*)/y;

function skipSpace(body: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.test(body);
  return SPACE.lastIndex;
}

/**
 * The start of a markup body, past any XML declaration, comments, processing instructions and
 * doctype (with an internal subset). A scan that only moves forward, each construct ended by the
 * first terminator (as XML and HTML end them): a regex with a repeated group of lazy bodies here
 * backtracked exponentially on `<!--a-->` × 40 then `!` (SECURITY.md, "Linear time").
 */
function readProlog(body: string): Prolog {
  let onlyComments = true;
  let htmlDoctype = false;
  const none = (): Prolog => ({root: '', htmlDoctype});
  let at = 0;
  for (;;) {
    at = skipSpace(body, at);
    if (body.startsWith('<!--', at)) {
      const end = body.indexOf('-->', at + 4);
      if (end < 0) return none();
      at = end + 3;
    } else if (body.startsWith('<?', at)) {
      onlyComments = false;
      const end = body.indexOf('?>', at + 2);
      if (end < 0) return none();
      at = end + 2;
    } else if (body.slice(at, at + 9).toLowerCase() === '<!doctype') {
      HTML_DOCTYPE.lastIndex = at;
      htmlDoctype ||= onlyComments && HTML_DOCTYPE.test(body);
      onlyComments = false;
      const end = doctypeEnd(body, at + 9);
      if (end < 0) return none();
      at = end;
    } else {
      NAME.lastIndex = at;
      return {root: NAME.exec(body)?.[1]?.toLowerCase() ?? '', htmlDoctype};
    }
  }
}

/** Just past the `>` that ends a doctype whose name starts at `from`, or -1. */
function doctypeEnd(body: string, from: number): number {
  let at = from;
  for (; at < body.length && body[at] !== '>' && body[at] !== '['; at++);
  if (at >= body.length) return -1;
  if (body[at] === '>') return at + 1;
  // An internal subset ends at the first `]` followed by blanks and `>`; the blanks checked
  // between one `]` and the next are never checked again.
  for (let close = body.indexOf(']', at); close >= 0; close = body.indexOf(']', close + 1)) {
    const gt = skipSpace(body, close + 1);
    if (body[gt] === '>') return gt + 1;
  }
  return -1;
}

/** The name of the first element, past any XML declaration, comments, processing instructions and doctype. */
function firstElement(body: string): string {
  return readProlog(body).root;
}

/** Whether the body says it is an HTML page (`<!DOCTYPE html>`, `<html>`), whatever it is served as. */
function isHtmlPage(body: string): boolean {
  const prolog = readProlog(body);
  return prolog.htmlDoctype || ['html', 'head', 'body'].includes(prolog.root);
}

function sniffMarkup(body: string, mime: string, url: string | undefined): Result<Article[]> {
  // A page says so at its start: it is read without the XML parser, whose rejection of it would put
  // an error element with an inline style before the page's CSP (Chromium reports it).
  if (isHtmlPage(body)) return htmlPage(body, url);
  const parsed = parseXml(body);
  if (!parsed.ok) {
    const root = firstElement(body);
    const feedLike = ['rss', 'rdf:rdf', 'feed'].includes(root) || /xml|rss|atom/.test(mime);
    if (!feedLike && mime === 'text/html') return htmlPage(body, url);
    return feedLike ? parsed : notAFeed(body, mime);
  }
  const root = parsed.value.documentElement;
  let result: Result<Article[]>;
  if (root.localName === 'rss' || (root.localName === 'RDF' && root.namespaceURI === NS.rdf)) {
    result = readRss(parsed.value, url);
  } else if (root.localName === 'feed' && (root.namespaceURI === NS.atom || root.namespaceURI === NS.atom03)) {
    result = readAtom(parsed.value, url);
  } else if (root.localName.toLowerCase() === 'html') {
    return htmlPage(body, url);
  } else {
    return fail(new FeedError('not-a-feed', `The XML is not a feed: its root element is ${quote(`<${root.nodeName}>`)}, not <rss>, <rdf:RDF> or <feed>`));
  }
  return withParseWarnings(parsed, result);
}

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|feed\+json|json|rdf\+xml)$/i;

/**
 * An HTML page is the commonest wrong `src`: the site's home page instead of its feed. When the page
 * advertises its feed (`<link rel="alternate">`), the message names it so the fix is one copy away.
 */
function htmlPage(body: string, url: string | undefined): Result<Article[]> {
  const elements = [...descendants(parseHtml(body))];
  const base = httpUrl(elements.find((el) => el.name === 'base' && 'href' in el.attributes)?.attributes['href'], url) ?? url;
  const link = elements.find((el) => el.name === 'link' && /(?:^|\s)alternate(?:\s|$)/i.test(el.attributes['rel'] ?? '') &&
    'href' in el.attributes && FEED_TYPES.test(el.attributes['type']?.trim() ?? ''));
  const feed = link ? httpUrl(link.attributes['href'], base) : undefined;
  return fail(new FeedError('not-a-feed', feed
    ? `This is an HTML page, not a feed; the page links to its feed at ${feed}`
    : 'This is an HTML page, not a feed'));
}

/** The body's first characters, quoted so they cannot reorder the message (see quote()). */
function start(body: string): string {
  return quote(body);
}

function notAFeed(body: string, mime: string): Result<Article[]> {
  return fail(new FeedError('not-a-feed', `The response is not a feed${mime ? ` (${quote(mime)})` : ''}: it starts with ${start(body)}`));
}
