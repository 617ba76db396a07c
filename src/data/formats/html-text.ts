/**
 * HTML from a feed → plain text. The markup is parsed as an inert `text/html` document (DOMParser
 * runs no scripts and loads no images) and only its text is kept, so nothing a feed writes can
 * reach the page as markup.
 */
import {parseDocument} from './inert-document.js';

/** Elements whose text is not prose a reader should see. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object',
  'embed', 'svg', 'math', 'select', 'button']);

/** Elements that end a line or paragraph of text: their edges become whitespace. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center']);

const CELLS = new Set(['td', 'th']);

export interface TextOptions {
  /**
   * Keep paragraph breaks as blank lines and `<br>` as a newline (for `Article.body`); otherwise
   * everything collapses onto one line (for titles and summaries), and figures (a picture and its
   * caption) are left out: a caption is not the story's first words.
   */
  paragraphs?: boolean;
  /**
   * Images whose alt text is not shown: the one that became the article's picture, which the card
   * shows (with that alt) already.
   */
  omit?: (img: Element) => boolean;
}

/** An HTML fragment as the body of an inert document: no script runs, no image loads. */
export function parseHtml(html: string): HTMLElement {
  return parseDocument(html, 'text/html').body;
}

/** Plain text of an HTML fragment, whitespace collapsed, entities decoded. */
export function htmlToText(html: string, options: TextOptions = {}): string {
  // Nothing to parse: skip the DOM for the common case of an already plain title.
  if (!/[<&]/.test(html) && !options.paragraphs) return collapse(html);
  return nodeToText(parseHtml(html), options);
}

/**
 * Plain text of a DOM subtree: an HTML body, or the XHTML `<div>` of an Atom text construct, which
 * arrives as XML elements in the feed's own document.
 */
export function nodeToText(root: Node | null, options: TextOptions = {}): string {
  if (!root) return '';
  const parts: Part[] = [];
  walk(root, parts, options);
  return assemble(parts, options.paragraphs ?? false);
}

/** Text, or a break: 1 ends a line (`<br>`), 2 ends a paragraph (block edges). */
type Part = string | 1 | 2;

function walk(node: Node, parts: Part[], options: TextOptions): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const name = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'figure' && !options.paragraphs) continue;
      if (name === 'br') {
        parts.push(1);
      } else if (name === 'img') {
        // An image inside prose stands for its alt text, as a text browser would show it.
        const alt = options.omit?.(child as Element) ? undefined : (child as Element).getAttribute('alt')?.trim();
        if (alt) parts.push(` ${alt} `);
      } else if (BLOCKS.has(name)) {
        parts.push(2);
        walk(child, parts, options);
        parts.push(2);
      } else {
        walk(child, parts, options);
        if (CELLS.has(name)) parts.push(' ');
      }
    }
  }
}

/** Analytics beacons: declared 0 or 1 px, or named like one (pixel.gif, /track/, beacon, 1x1). */
function isPixel(img: Element): boolean {
  if (['width', 'height'].some((name) => /^\s*[01](?:\.0*)?(?:px)?\s*$/i.test(img.getAttribute(name) ?? ''))) return true;
  return /pixel|track|beacon|spacer|1x1|blank\.gif|\/stat(s)?\b/i.test(img.getAttribute('src') ?? '');
}

export interface InlineImage {
  url: string;
  alt: string;
}

/**
 * The first picture in markup, for an item that has none of its own: the first `<img>` whose
 * `src`, made absolute by `resolve`, is an http(s) URL and that is not a tracking pixel. Images in
 * `<noscript>` count: lazy-loading pages put the real `src` there, and inert documents parse it.
 */
export function firstImage(root: ParentNode | null | undefined, resolve: (img: Element) => string | undefined): InlineImage | undefined {
  if (!root) return undefined;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.localName.toLowerCase() !== 'img' || isPixel(el)) continue;
    const url = resolve(el);
    if (url) return {url, alt: el.getAttribute('alt')?.trim() ?? ''};
  }
  return undefined;
}

const entityCache = new Map<string, string>();

/**
 * Character references in text that should have none: JSON Feed titles are plain text, but
 * WordPress and others write them with `&#8217;` and `&amp;`. Only references are decoded; a `<`
 * stays a `<`.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (ref) => {
    let decoded = entityCache.get(ref);
    if (decoded === undefined) {
      decoded = parseHtml(ref).textContent ?? ref;
      if (entityCache.size < 500) entityCache.set(ref, decoded);
    }
    return decoded;
  });
}

/**
 * Joins the walk's parts: on one line, or as lines and paragraphs separated by newlines. On one
 * line a break (`<br>`, a block's edge) is a line break for `collapse`: between Chinese text it
 * disappears, like a source line break.
 */
function assemble(parts: Part[], paragraphs: boolean): string {
  if (!paragraphs) return collapse(parts.map((part) => (typeof part === 'string' ? part : '\n')).join(''));
  let out = '';
  let text = '';
  let newlines = 0;
  const flush = () => {
    const line = collapse(text);
    text = '';
    if (!line) return;
    out += out ? '\n'.repeat(Math.max(newlines, 1)) + line : line;
    newlines = 0;
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
    } else {
      flush();
      // A paragraph is a blank line; two <br> in a row make one too, and more add nothing.
      if (out) newlines = Math.min(2, part === 2 ? 2 : newlines + 1);
    }
  }
  flush();
  return out;
}

/**
 * A run of whitespace holding a line break, with a character on both sides whose line breaks CSS
 * Text's segment break rule removes (East Asian Width F, W or H, not Hangul): Han, CJK punctuation
 * (U+3001–U+303F; U+3000 is a space), kana, bopomofo, CJK compatibility and small forms, and the
 * full- and half-width forms (U+FF00–U+FFEF, without half-width Hangul).
 */
const WIDE_BREAK =
  /(?<=[\p{Script=Han}\u3001-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF])\s*[\n\r]\s*(?=[\p{Script=Han}\u3001-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF])/gu;

/**
 * One line: one space for any run of whitespace, none at the ends, and none for a run that holds a
 * line break between two Chinese characters or CJK punctuation marks. That is CSS Text's segment
 * break rule for East Asian text (a browser shows "會面。\n白宮" as "會面。白宮"; Chinese puts no
 * space between words). A space without a line break stays one space, between Chinese characters
 * too: a writer typed it ("李在明今 (4) 日", "北韓　南韓"), and so does any break next to Latin text.
 */
export function collapse(text: string): string {
  // \s covers no-break and ideographic spaces too: a title or summary is one flowing line.
  return text.replace(WIDE_BREAK, '').replace(/\s+/g, ' ').trim();
}

/** Plain text from a feed, tidied like `htmlToText` output: blank lines kept as paragraph breaks. */
export function tidyText(text: string, options: TextOptions = {}): string {
  if (!options.paragraphs) return collapse(text);
  return text.replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.split('\n').map(collapse).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
