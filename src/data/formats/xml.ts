/** XML feed plumbing shared by the RSS and Atom readers: parsing, names, xml:base and xml:lang. */
import {FeedError, fail, ok, type Result} from '../errors.js';
import {httpUrl} from '../url.js';
import {htmlToText, type MarkupElement, type MarkupNode} from './html-text.js';
import {readTree} from './xml-check.js';
import {MEDIA, NS, prepare} from './xml-prepare.js';
import type {FeedDocument, FeedElement} from './xml-tree.js';

export {MEDIA, NS} from './xml-prepare.js';
export type {FeedDocument, FeedElement} from './xml-tree.js';

/**
 * A parsed XML document, or a `parse` error saying what is wrong with the text. The text is read by
 * @rgrove/parse-xml (xml-check.ts), in browsers as on servers: no browser's DOMParser sees it.
 */
export function parseXml(input: string): Result<FeedDocument> {
  const prepared = prepare(input);
  const read = readTree(prepared.text);
  if ('problem' in read) return fail(new FeedError('parse', `The feed is not well-formed XML: ${read.problem}`));
  const mended = [...prepared.mended];
  return ok(read.document, mended.length
    ? [`The feed is not well-formed XML (${mended.join(', ')}); it was read after mending that`]
    : []);
}

type Namespaces = readonly (string | null)[];

/** Child elements by local name, in any of the given namespaces. */
export function children(parent: FeedElement | null | undefined, local: string, ns: Namespaces): FeedElement[] {
  if (!parent) return [];
  return parent.children.filter((el) => el.localName === local && ns.includes(el.namespaceURI));
}

export function child(parent: FeedElement | null | undefined, local: string, ns: Namespaces): FeedElement | undefined {
  if (!parent) return undefined;
  for (const el of parent.children) {
    if (el.localName === local && ns.includes(el.namespaceURI)) return el;
  }
  return undefined;
}

export function text(el: FeedElement | null | undefined): string {
  return el?.textContent.trim() ?? '';
}

/** The nearest xml:lang, which applies to everything inside the element that carries it. */
export function xmlLang(el: FeedElement): string | undefined {
  for (let node: FeedElement | null = el; node; node = node.parentElement) {
    const lang = node.getAttributeNS(NS.xml, 'lang');
    if (lang !== null) return lang.trim() || undefined;
  }
  return undefined;
}

/** The base URL of an element: the feed URL, refined by every xml:base from the root down. */
export function xmlBase(el: FeedElement, feedUrl: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: FeedElement | null = el; node; node = node.parentElement) {
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

function isImage(el: FeedElement): boolean {
  const medium = el.getAttribute('medium');
  const type = el.getAttribute('type');
  if (medium) return medium === 'image';
  if (type) return type.toLowerCase().startsWith('image/');
  return IMAGE_FILE.test(el.getAttribute('url') ?? '');
}

function mediaText(el: FeedElement | undefined): string {
  if (!el) return '';
  return el.getAttribute('type') === 'html' ? htmlToText(el.textContent) : text(el).replace(/\s+/g, ' ');
}

/**
 * The item's picture from Media RSS: the widest image `media:content` (directly or in a
 * `media:group`). Its alt text is the image's own description or title, never the story's: a
 * headline repeated as alt text is noise for screen readers.
 */
export function mediaImage(item: FeedElement, base: string | undefined): {url: string; alt: string} | undefined {
  const groups = [item, ...children(item, 'group', MEDIA)];
  const all = groups.flatMap((group) => children(group, 'content', MEDIA));
  const contents = all.filter((el) => isImage(el) && httpUrl(el.getAttribute('url'), base));
  let best: FeedElement | undefined;
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
export function mediaThumbnail(item: FeedElement, base: string | undefined): {url: string; alt: string} | undefined {
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
export function mediaDescription(item: FeedElement): string {
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
export function parseAndRead<T>(text: string, read: (doc: FeedDocument) => Result<T>): Result<T> {
  const parsed = parseXml(text);
  return parsed.ok ? withParseWarnings(parsed, read(parsed.value)) : parsed;
}

/** Where each element read from XHTML content came from: its links resolve against that element's xml:base. */
const sources = new WeakMap<MarkupElement, FeedElement>();

/**
 * An XML subtree (the XHTML `<div>` of an Atom text construct, which arrives as elements of the
 * feed's own document) as html-text.ts's tree of markup, so one walk reads both. The recursion is
 * as deep as the tree, which xml-check.ts caps.
 */
export function xmlMarkup(element: FeedElement): MarkupElement {
  const children: MarkupNode[] = element.childNodes.map((node) => (typeof node === 'string' ? node : xmlMarkup(node)));
  const markup = {name: element.localName.toLowerCase(), attributes: element.attributes, children};
  sources.set(markup, element);
  return markup;
}

/** The XML element a piece of markup was read from, if it was read from XML (xmlMarkup). */
export function markupSource(markup: MarkupElement): FeedElement | undefined {
  return sources.get(markup);
}
