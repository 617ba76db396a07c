/** XML feed plumbing shared by the RSS and Atom readers: parsing, names, xml:base and xml:lang. */
import {FeedError, fail, ok, type Result} from '../errors.js';
import {httpUrl} from '../url.js';
import {htmlToText} from './html-text.js';
import {parseDocument} from './inert-document.js';
import {notWellFormed} from './xml-check.js';
import {MEDIA, NS, prepare} from './xml-prepare.js';

export {MEDIA, NS} from './xml-prepare.js';

const PARSER_ERROR_NS = ['http://www.w3.org/1999/xhtml', 'http://www.mozilla.org/newlayout/xml/parsererror.xml'];

function parserError(doc: Document): Element | undefined {
  for (const ns of PARSER_ERROR_NS) {
    const found = doc.getElementsByTagNameNS(ns, 'parsererror')[0];
    if (found) return found;
  }
  return undefined;
}

/** The browser's own words for the first error, without the page rendering it appends. */
function describe(error: Element): string {
  // Chromium nests the message in a <div>; Firefox appends the offending line in <sourcetext>.
  const clone = error.cloneNode(true) as Element;
  for (const extra of Array.from(clone.getElementsByTagName('sourcetext'))) extra.remove();
  const text = (clone.querySelector('div')?.textContent ?? clone.textContent ?? '')
    .replace(/Location:.*$/m, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * A parsed XML document, or a `parse` error saying what is wrong with the text. Only text the
 * well-formedness check (xml-check.ts) passes goes to the browser's parser, whose own error would
 * raise CSP reports in Chromium; what the browser still refuses (Firefox is stricter about some
 * names) is said in the browser's words.
 */
export function parseXml(input: string): Result<Document> {
  const prepared = prepare(input);
  const problem = notWellFormed(prepared.text);
  if (problem) return fail(new FeedError('parse', `The feed is not well-formed XML: ${problem}`));
  const doc = parseDocument(prepared.text);
  const error = parserError(doc);
  if (error) return fail(new FeedError('parse', `The feed is not well-formed XML: ${describe(error)}`));
  const mended = [...prepared.mended];
  return ok(doc, mended.length
    ? [`The feed is not well-formed XML (${mended.join(', ')}); it was read after mending that`]
    : []);
}

type Namespaces = readonly (string | null)[];

/** Child elements by local name, in any of the given namespaces. */
export function children(parent: Element | null | undefined, local: string, ns: Namespaces): Element[] {
  if (!parent) return [];
  return Array.from(parent.children).filter((el) => el.localName === local && ns.includes(el.namespaceURI));
}

export function child(parent: Element | null | undefined, local: string, ns: Namespaces): Element | undefined {
  if (!parent) return undefined;
  for (const el of Array.from(parent.children)) {
    if (el.localName === local && ns.includes(el.namespaceURI)) return el;
  }
  return undefined;
}

export function text(el: Element | null | undefined): string {
  return el?.textContent?.trim() ?? '';
}

/** The nearest xml:lang, which applies to everything inside the element that carries it. */
export function xmlLang(el: Element): string | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang !== null) return lang.trim() || undefined;
  }
  return undefined;
}

/** The base URL of an element: the feed URL, refined by every xml:base from the root down. */
export function xmlBase(el: Element, feedUrl: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(NS.xml, 'base');
    if (base) bases.unshift(base);
  }
  let current = feedUrl;
  for (const base of bases) {
    try {
      current = current ? new URL(base, current).href : new URL(base).href;
    } catch {
      // An unusable xml:base is ignored rather than failing the links beneath it.
    }
  }
  return current;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

function isImage(el: Element): boolean {
  const medium = el.getAttribute('medium');
  const type = el.getAttribute('type');
  if (medium) return medium === 'image';
  if (type) return type.toLowerCase().startsWith('image/');
  return IMAGE_FILE.test(el.getAttribute('url') ?? '');
}

function mediaText(el: Element | undefined): string {
  if (!el) return '';
  return el.getAttribute('type') === 'html' ? htmlToText(el.textContent ?? '') : text(el).replace(/\s+/g, ' ');
}

/**
 * The item's picture from Media RSS: the widest image `media:content` (directly or in a
 * `media:group`). Its alt text is the image's own description or title, never the story's: a
 * headline repeated as alt text is noise for screen readers.
 */
export function mediaImage(item: Element, base: string | undefined): {url: string; alt: string} | undefined {
  const groups = [item, ...children(item, 'group', MEDIA)];
  const all = groups.flatMap((group) => children(group, 'content', MEDIA));
  const contents = all.filter((el) => isImage(el) && httpUrl(el.getAttribute('url'), base));
  let best: Element | undefined;
  for (const el of contents) {
    if (!best || Number(el.getAttribute('width') ?? 0) > Number(best.getAttribute('width') ?? 0)) best = el;
  }
  if (!best) return undefined;
  const group = best.parentElement!;
  const alt = mediaText(child(best, 'description', MEDIA) ?? child(best, 'title', MEDIA)) ||
    (group !== item ? mediaText(child(group, 'description', MEDIA) ?? child(group, 'title', MEDIA)) : '');
  return {url: best.getAttribute('url')!, alt};
}

/**
 * A Media RSS thumbnail (of the item, a group, or a video's content): a smaller picture than an
 * image enclosure, so it comes after one.
 */
export function mediaThumbnail(item: Element, base: string | undefined): {url: string; alt: string} | undefined {
  const groups = [item, ...children(item, 'group', MEDIA)];
  const all = groups.flatMap((group) => children(group, 'content', MEDIA));
  const thumbnail = [...groups, ...all]
    .flatMap((el) => children(el, 'thumbnail', MEDIA))
    .find((el) => httpUrl(el.getAttribute('url'), base));
  return thumbnail ? {url: thumbnail.getAttribute('url')!, alt: ''} : undefined;
}

/**
 * The item's Media RSS description (its own or its `media:group`'s, not an image's caption): the
 * only text a YouTube entry has beside its title.
 */
export function mediaDescription(item: Element): string {
  for (const el of [item, ...children(item, 'group', MEDIA)]) {
    const description = mediaText(child(el, 'description', MEDIA));
    if (description) return description;
  }
  return '';
}

/** Whether an enclosure (RSS) or a link's type, else its file name, says it is a picture. */
export function isImageFile(type: string | null, url: string | null): boolean {
  return type?.trim() ? type.trim().toLowerCase().startsWith('image/') : IMAGE_FILE.test(url ?? '');
}

/** A read of a parsed document, keeping the parse's own warnings (a mended document) ahead of its. */
export function withParseWarnings<T>(parsed: {warnings: string[]}, result: Result<T>): Result<T> {
  return result.ok ? ok(result.value, [...parsed.warnings, ...result.warnings]) : result;
}

/** Parses XML text and reads it. */
export function parseAndRead<T>(text: string, read: (doc: Document) => Result<T>): Result<T> {
  const parsed = parseXml(text);
  return parsed.ok ? withParseWarnings(parsed, read(parsed.value)) : parsed;
}
