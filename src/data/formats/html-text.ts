/**
 * HTML from a feed → plain text. htmlparser2's tokenizer reads feed HTML into a tree of plain
 * objects: no DOM element is ever made of it, so nothing in it runs or loads, and none of it meets
 * the page's Content Security Policy (a DOMParser document takes the page's CSP, and Chromium
 * reports every inline style and event handler it parses there to the site's report endpoint,
 * although none of them runs). Only text is kept, so nothing a feed writes reaches the page as markup.
 */
import {decodeHTMLStrict} from 'entities/decode';
import {Tokenizer, type TokenizerCallbacks} from 'htmlparser2';
import {collapse} from './whitespace.js';

/** Markup as the text walk reads it: text (entities decoded), or an element. */
export type MarkupNode = string | MarkupElement;

export interface MarkupElement {
  /** The lower-case local name; empty for the root that holds a parsed fragment. */
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: MarkupNode[];
}

/** Elements whose text is not prose a reader should see. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object',
  'embed', 'svg', 'math', 'select', 'button', 'noembed', 'noframes']);

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
  omit?: (img: MarkupElement) => boolean;
}

/**
 * How deep a tree goes. Deeper elements are read as empty siblings of their deepest ancestor, which
 * gets their text, as browsers' HTML parsers do at 512 too: a feed's hundred thousand nested `<b>`
 * neither overflows the stack of the walks below nor costs more than linear time to read.
 */
const MAX_DEPTH = 512;

/** Elements that never have content. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img',
  'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Start tags that close the current element first when it is one of these (`<td>a<td>b`: two cells). */
const CLOSES = new Map([
  ['td', new Set(['td', 'th'])], ['th', new Set(['td', 'th'])], ['tr', new Set(['tr', 'td', 'th'])],
  ['li', new Set(['li'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['option', new Set(['option'])],
]);

/** Parts of a table, which HTML ignores outside one. */
const TABLE_PARTS = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);

/** SVG and MathML, inside HTML. */
const FOREIGN = new Set(['svg', 'math']);
/** Elements of SVG and MathML whose content is HTML. */
const HTML_INSIDE = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml']);
/** HTML start tags that end an open `<svg>` or `<math>` (markup broken that way): what follows is HTML again. */
const LEAVES_FOREIGN = new Set(['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt',
  'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta',
  'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u',
  'ul', 'var']);

/**
 * Builds the tree from htmlparser2's tokenizer, which reads HTML as browsers do: raw text in
 * `<script>` and `<style>`, RCDATA in `<title>` and `<textarea>`, entities by HTML's table. Its
 * `Parser` keeps open elements in an array it shifts and unshifts, which takes quadratic time in
 * the depth of nesting; here the stack is an array used from its end, and no deeper than MAX_DEPTH.
 * Of HTML's repairs of broken markup, those that move text are made (cells that close cells, HTML
 * that ends an SVG, table parts outside a table ignored); the others only move block edges.
 */
class TreeBuilder implements TokenizerCallbacks {
  readonly root: MarkupElement = {name: '', attributes: {}, children: []};
  /** The open elements, innermost last. */
  #open = [this.root];
  /** For each open element, where in #open the `<svg>` or `<math>` it is inside is; -1 where HTML is. */
  #foreign = [-1];
  /** How many elements of each name are open: an end tag that closes none costs nothing. */
  #names = new Map<string, number>();
  /** The start tag being read, and its attribute being read. */
  #tag?: MarkupElement;
  #attribute = '';
  #value = '';

  constructor(readonly html: string) {}

  #append(node: MarkupNode): void {
    this.#open.at(-1)!.children.push(node);
  }

  #push(element: MarkupElement): void {
    const inside = FOREIGN.has(element.name) ? this.#open.length : HTML_INSIDE.has(element.name) ? -1 : this.#foreign.at(-1)!;
    this.#open.push(element);
    this.#foreign.push(inside);
    this.#names.set(element.name, (this.#names.get(element.name) ?? 0) + 1);
  }

  /** Closes open elements until `length` are left. */
  #closeTo(length: number): void {
    while (this.#open.length > Math.max(length, 1)) {
      const element = this.#open.pop()!;
      this.#foreign.pop();
      this.#names.set(element.name, this.#names.get(element.name)! - 1);
    }
  }

  onopentagname(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    // HTML reads <image> as <img>.
    this.#tag = {name: name === 'image' ? 'img' : name, attributes: {}, children: []};
  }

  onattribname(start: number, end: number): void {
    this.#attribute = this.html.slice(start, end).toLowerCase();
  }

  onattribdata(start: number, end: number): void {
    this.#value += this.html.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    this.#value += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    // The first of an attribute given twice counts, as in HTML.
    const attributes = this.#tag!.attributes as Record<string, string>;
    if (!Object.hasOwn(attributes, this.#attribute)) attributes[this.#attribute] = this.#value;
    this.#value = '';
  }

  onopentagend(): void {
    const tag = this.#tag!;
    if (TABLE_PARTS.has(tag.name) && !this.#names.get('table')) return;
    const closes = CLOSES.get(tag.name);
    while (this.#open.length > 1 && closes?.has(this.#open.at(-1)!.name)) this.#closeTo(this.#open.length - 1);
    const foreign = this.#foreign.at(-1)!;
    if (foreign > 0 && LEAVES_FOREIGN.has(tag.name)) this.#closeTo(foreign);
    this.#append(tag);
    if (!VOID.has(tag.name) && this.#open.length < MAX_DEPTH) this.#push(tag);
  }

  /** HTML ignores "/>" on elements that may have content. */
  onselfclosingtag(): void {
    this.onopentagend();
  }

  onclosetag(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    if (this.#names.get(name)) {
      // The search costs as many steps as it closes elements.
      this.#closeTo(this.#open.findLastIndex((el) => el.name === name));
    } else if (name === 'br' || name === 'p') {
      // HTML makes a line break of </br>, and an empty paragraph of an unopened </p>.
      this.#append({name, attributes: {}, children: []});
    }
  }

  ontext(start: number, end: number): void {
    this.#append(this.html.slice(start, end));
  }

  ontextentity(codepoint: number): void {
    this.#append(String.fromCodePoint(codepoint));
  }

  // Comments, CDATA sections (comments in HTML), doctypes and instructions hold no text.
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

/** An HTML fragment as a tree of plain objects, entities decoded as a browser decodes them. */
export function parseHtml(html: string): MarkupElement {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({decodeEntities: true}, builder);
  tokenizer.write(html);
  tokenizer.end();
  return builder.root;
}

/** Plain text of an HTML fragment, whitespace collapsed, entities decoded. */
export function htmlToText(html: string, options: TextOptions = {}): string {
  // Nothing to parse: skip the parser for the common case of an already plain title.
  if (!/[<&]/.test(html) && !options.paragraphs) return collapse(html);
  return nodeToText(parseHtml(html), options);
}

/** Plain text of a tree: the prose in it, without its root's own name mattering. */
export function nodeToText(root: MarkupElement | undefined, options: TextOptions = {}): string {
  if (!root) return '';
  const parts: Part[] = [];
  walk(root, parts, options);
  return assemble(parts, options.paragraphs ?? false);
}

/** Text, or a break: 1 ends a line (`<br>`), 2 ends a paragraph (block edges), 3 ends a list item. */
type Part = string | 1 | 2 | 3;

/** Elements whose edges part items of a list. */
const ITEMS = new Set(['li', 'dt', 'dd']);
/** Where list items meet on one line: a mark `collapse` keeps, for a line break between Chinese vanishes. */
const ITEM_BREAK = '\uE000';

function walk(element: MarkupElement, parts: Part[], options: TextOptions): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      parts.push(child);
      continue;
    }
    const name = child.name;
    if (SKIPPED.has(name)) continue;
    if (name === 'figure' && !options.paragraphs) continue;
    if (name === 'br') {
      parts.push(1);
    } else if (name === 'img') {
      // An image inside prose stands for its alt text, as a text browser would show it.
      const alt = options.omit?.(child) ? undefined : child.attributes['alt']?.trim();
      if (alt) parts.push(` ${alt} `);
    } else if (BLOCKS.has(name)) {
      const edge = ITEMS.has(name) ? 3 : 2;
      parts.push(edge);
      walk(child, parts, options);
      parts.push(edge);
    } else {
      walk(child, parts, options);
      if (CELLS.has(name)) parts.push(' ');
    }
  }
}

/**
 * Every element under `root`, in document order. A `<template>`'s content is left out: it is not
 * part of the page (a DOM keeps it in a fragment of its own).
 */
export function* descendants(root: MarkupElement): Generator<MarkupElement> {
  for (const child of root.children) {
    if (typeof child === 'string') continue;
    yield child;
    if (child.name !== 'template') yield* descendants(child);
  }
}

/** Analytics beacons: declared 0 or 1 px, or named like one (pixel.gif, /track/, beacon, 1x1). */
function isPixel(img: MarkupElement): boolean {
  if (['width', 'height'].some((name) => /^\s*[01](?:\.0*)?(?:px)?\s*$/i.test(img.attributes[name] ?? ''))) return true;
  return /pixel|track|beacon|spacer|1x1|blank\.gif|\/stat(s)?\b/i.test(img.attributes['src'] ?? '');
}

export interface InlineImage {
  url: string;
  alt: string;
}

/**
 * The first picture in markup, for an item that has none of its own: the first `<img>` whose
 * `src`, made absolute by `resolve`, is an http(s) URL and that is not a tracking pixel. Images in
 * `<noscript>` count: lazy-loading pages put the real `src` there.
 */
export function firstImage(root: MarkupElement | undefined, resolve: (img: MarkupElement) => string | undefined): InlineImage | undefined {
  if (!root) return undefined;
  for (const el of descendants(root)) {
    if (el.name !== 'img' || isPixel(el)) continue;
    const url = resolve(el);
    if (url) return {url, alt: el.attributes['alt']?.trim() ?? ''};
  }
  return undefined;
}

/**
 * Character references in text that should have none: JSON Feed titles are plain text, but
 * WordPress and others write them with `&#8217;` and `&amp;`. Only references ending in ";" are
 * decoded (with HTML's table, the same in every browser); a `<` stays a `<`.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/**
 * Joins the walk's parts: on one line, or as lines and paragraphs separated by newlines. On one
 * line a break (`<br>`, a block's edge) is a line break for `collapse`: between Chinese text it
 * disappears, like a source line break.
 */
function assemble(parts: Part[], paragraphs: boolean): string {
  if (!paragraphs) {
    const line = parts.map((part) => (typeof part === 'string' ? part.replaceAll(ITEM_BREAK, '') : part === 3 ? ITEM_BREAK : '\n')).join('');
    // Item breaks and the whitespace around them are one space; split, not a `\s*`-led regex (quadratic on U+3000 runs).
    const pieces = collapse(line).split(ITEM_BREAK);
    return collapse(pieces.map((piece, i) => (i ? i < pieces.length - 1 ? piece.trim() : piece.trimStart() : piece.trimEnd())).join(' '));
  }
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
      // A paragraph is a blank line, two <br> in a row too (more add nothing); list items are lines.
      if (out) newlines = part === 2 ? 2 : part === 3 ? Math.max(newlines, 1) : Math.min(2, newlines + 1);
    }
  }
  flush();
  return out;
}
