/** Atom 1.0 (RFC 4287), and the Atom 0.3 drafts some publishers still serve → articles. */
import type {Article} from '../../core/vocabulary.js';
import {FeedError, fail, type Result} from '../errors.js';
import {httpUrl} from '../url.js';
import {parseFeedDate} from './date.js';
import {firstImage, nodeToText, parseHtml, type MarkupElement, type TextOptions} from './html-text.js';
import {collect, languageTag, type Draft} from './item.js';
import {guessLang} from './lang-guess.js';
import {tidyText} from './whitespace.js';
import {
  NS, child, children, isImageFile, markupSource, mediaDescription, mediaImage, mediaThumbnail, parseAndRead, text, xmlBase,
  xmlLang, xmlMarkup, type FeedDocument, type FeedElement,
} from './xml.js';

const ATOM = [NS.atom, NS.atom03];
const DC = [NS.dc];

export function parseAtom(text: string, baseUrl?: string): Result<Article[]> {
  return parseAndRead(text, (doc) => readAtom(doc, baseUrl));
}

/** An already parsed document; `parseFeed` sniffs with the same parse. */
export function readAtom(doc: FeedDocument, baseUrl?: string): Result<Article[]> {
  const root = doc.documentElement;
  if (root.localName !== 'feed' || !ATOM.includes(root.namespaceURI as never)) {
    return fail(new FeedError('not-a-feed', `The document is XML but not Atom: its root element is <${root.nodeName}>`));
  }
  const entries = children(root, 'entry', ATOM);
  const feed: FeedContext = {
    baseUrl,
    authors: authorNames(root),
    writers: writers(root, baseUrl),
    title: textConstruct(child(root, 'title', ATOM)),
    // What a date without a zone means: the feed's declared language tells, else the text of its
    // entries (as RSS reads CST, date.ts).
    dateLang: languageTag(xmlLang(root)) ?? guessLang(entries.slice(0, 50).map(entryText).join('\n')),
  };
  return collect(entries, (entry) => readEntry(entry, feed), (i) => label(entries[i]!, i), [], 'entry');
}

interface FeedContext {
  baseUrl?: string;
  authors: string[];
  /** The feed's authors with their `uri`: an entry's when neither it nor its source names any. */
  writers: Writer[];
  title: string;
  /** The language the feed's dates are read in: declared, else guessed from all its entries. */
  dateLang: string;
}

/** An entry's title and the start of its summary or content as written, markup and all. */
function entryText(entry: FeedElement): string {
  const more = child(entry, 'summary', ATOM) ?? child(entry, 'content', ATOM);
  return `${text(child(entry, 'title', ATOM))}\n${(more?.textContent ?? '').slice(0, 300)}`;
}

function label(entry: FeedElement, index: number): string {
  const title = textConstruct(child(entry, 'title', ATOM));
  return title ? `Atom entry ${index + 1} ("${title.slice(0, 60)}")` : `Atom entry ${index + 1}`;
}

/**
 * What an Atom text construct or content element holds, whichever of its types it uses: markup (the
 * XHTML `<div>` in the feed's own document, its namespace renamed to NS.xhtml by xml.ts, or escaped
 * HTML), or plain text. Content that is elsewhere (`src`) or not text at all (base64 media) holds
 * nothing.
 */
function construct(el: FeedElement | undefined): {markup: MarkupElement} | {plain: string} | undefined {
  if (!el || el.hasAttribute('src')) return undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const mode = el.getAttribute('mode'); // Atom 0.3
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml') {
    // The wrapping <div> is part of the syntax, not of the text. Feeds that forget its namespace
    // (NS.xhtml once parsed) are read all the same.
    const div = el.children.find((c) => c.localName === 'div');
    return {markup: xmlMarkup(div ?? el)};
  }
  if (mode === 'base64') return undefined;
  if (type === 'html' || type === 'text/html') {
    const html = el.textContent;
    // Without markup, entities or line breaks, HTML reads as the plain text it is: nothing to parse.
    return /[<&\n\r]/.test(html) ? {markup: parseHtml(html)} : {plain: html};
  }
  if (type === 'text' || type.startsWith('text/')) return {plain: el.textContent};
  return undefined;
}

function constructText(held: ReturnType<typeof construct>, options: TextOptions = {}): string {
  if (!held) return '';
  return 'markup' in held ? nodeToText(held.markup, options) : tidyText(held.plain, options);
}

/** The plain text of a text construct (a title). */
function textConstruct(el: FeedElement | undefined): string {
  return constructText(construct(el));
}

function authorNames(el: FeedElement): string[] {
  return children(el, 'author', ATOM).map((author) => text(child(author, 'name', ATOM))).filter(Boolean);
}

type Writer = {name?: string; url?: string};

/** RFC 4287 §3.2 person constructs: a name, and a `uri` (Atom 0.3: `url`) resolved against the author's xml:base. */
function writers(el: FeedElement, baseUrl?: string): Writer[] {
  return children(el, 'author', ATOM).map((author) => ({
    name: text(child(author, 'name', ATOM)),
    url: httpUrl(text(child(author, 'uri', ATOM) ?? child(author, 'url', ATOM)), xmlBase(author, baseUrl)),
  }));
}

/** The page the entry is about: rel="alternate" (the default rel), HTML preferred over other types. */
function alternate(entry: FeedElement, baseUrl: string | undefined): string | undefined {
  const links = children(entry, 'link', ATOM).filter((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  const html = links.find((link) => /html/i.test(link.getAttribute('type') ?? 'text/html'));
  const chosen = html ?? links[0];
  return chosen ? httpUrl(chosen.getAttribute('href'), xmlBase(chosen, baseUrl)) : undefined;
}

function enclosureImage(entry: FeedElement, baseUrl: string | undefined): {url: string; alt: string} | undefined {
  for (const link of children(entry, 'link', ATOM)) {
    if (link.getAttribute('rel') !== 'enclosure') continue;
    if (!isImageFile(link.getAttribute('type'), link.getAttribute('href'))) continue;
    const url = httpUrl(link.getAttribute('href'), xmlBase(link, baseUrl));
    if (url) return {url, alt: link.getAttribute('title') ?? ''};
  }
  return undefined;
}

function readEntry(entry: FeedElement, feed: FeedContext): Draft | string {
  const dates = ['published', 'updated', 'issued', 'modified', 'created']
    .map((name) => text(child(entry, name, ATOM)))
    .filter(Boolean);
  const context = {lang: languageTag(xmlLang(entry)) ?? feed.dateLang};
  const published = dates.map((date) => parseFeedDate(date, context)).find(Boolean);
  const modified = parseFeedDate(text(child(entry, 'updated', ATOM)) || text(child(entry, 'modified', ATOM)), context);
  if (!published) {
    return dates.length
      ? `its date "${dates[0]!.slice(0, 60)}" is not ISO 8601`
      : 'it has no date (published or updated)';
  }

  const base = xmlBase(entry, feed.baseUrl);
  const summaryEl = child(entry, 'summary', ATOM);
  const contentEl = child(entry, 'content', ATOM);
  const summaryHeld = construct(summaryEl);
  const contentHeld = construct(contentEl);

  // The entry's own picture, else the first one in its HTML, whose alt text the text then leaves out.
  // An XHTML image sits in the feed's own document, under its xml:base; parsed HTML, under its element's.
  const resolver = (el: FeedElement | undefined) => (img: MarkupElement) => httpUrl(img.attributes['src'],
    xmlBase(markupSource(img) ?? el!, feed.baseUrl));
  const own = mediaImage(entry, base) ?? enclosureImage(entry, feed.baseUrl) ?? mediaThumbnail(entry, base);
  const markup = (held: ReturnType<typeof construct>) => (held && 'markup' in held ? held.markup : undefined);
  const inline = own ? undefined
    : firstImage(markup(summaryHeld), resolver(summaryEl)) ?? firstImage(markup(contentHeld), resolver(contentEl));
  const picture = own ? httpUrl(own.url, base) : inline?.url;
  const omitIn = (el: FeedElement | undefined) => (img: MarkupElement) => picture !== undefined && resolver(el)(img) === picture;

  const body = constructText(contentHeld, {paragraphs: true, omit: omitIn(contentEl)});
  const summary = constructText(summaryHeld, {omit: omitIn(summaryEl)}) ||
    constructText(contentHeld, {omit: omitIn(contentEl)}) || mediaDescription(entry);

  const categories = children(entry, 'category', ATOM)
    .map((el) => (el.getAttribute('label') ?? el.getAttribute('term') ?? '').trim())
    .filter(Boolean);
  const subjects = children(entry, 'subject', DC).map(text).filter(Boolean);

  // RFC 4287 §4.2.1: an entry without authors has those of its source, else of the feed.
  const credited = [...authorNames(entry), ...children(entry, 'creator', DC).map(text)].filter(Boolean);
  const source = child(entry, 'source', ATOM);
  const sourceAuthors = source ? authorNames(source) : [];
  const byEntry = [...writers(entry, feed.baseUrl), ...children(entry, 'creator', DC).map((el) => ({name: text(el)}))];
  const byline = [byEntry, source ? writers(source, feed.baseUrl) : [], feed.writers].find((list) => list.length) ?? [];

  return {
    id: text(child(entry, 'id', ATOM)) || undefined,
    title: textConstruct(child(entry, 'title', ATOM)),
    summary,
    body: body || undefined,
    url: alternate(entry, feed.baseUrl),
    image: own ?? inline,
    published,
    modified,
    authors: byline,
    category: categories[0] ?? subjects[0],
    topics: [...categories, ...subjects],
    sources: credited.length ? credited
      : sourceAuthors.length ? sourceAuthors
      : feed.authors.length ? feed.authors
      : feed.title ? [feed.title] : [],
    lang: xmlLang(entry),
    base,
  };
}
