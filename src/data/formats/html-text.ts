/**
 * HTML from a feed → plain text. The markup is parsed as an inert `text/html` document (DOMParser
 * runs no scripts and loads no images) and only its text is kept, so nothing a feed writes can
 * reach the page as markup.
 */

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
   * everything collapses onto one line (for titles and summaries).
   */
  paragraphs?: boolean;
}

/** Plain text of an HTML fragment, whitespace collapsed, entities decoded. */
export function htmlToText(html: string, options: TextOptions = {}): string {
  // Nothing to parse: skip the DOM for the common case of an already plain title.
  if (!/[<&]/.test(html) && !options.paragraphs) return collapse(html);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return nodeToText(doc.body, options);
}

/**
 * Plain text of a DOM subtree: an HTML body, or the XHTML `<div>` of an Atom text construct, which
 * arrives as XML elements in the feed's own document.
 */
export function nodeToText(root: Node | null, options: TextOptions = {}): string {
  if (!root) return '';
  const parts: Part[] = [];
  walk(root, parts);
  return assemble(parts, options.paragraphs ?? false);
}

/** Text, or a break: 1 ends a line (`<br>`), 2 ends a paragraph (block edges). */
type Part = string | 1 | 2;

function walk(node: Node, parts: Part[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const name = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        parts.push(1);
      } else if (name === 'img') {
        // An image inside prose stands for its alt text, as a text browser would show it.
        const alt = (child as Element).getAttribute('alt')?.trim();
        if (alt) parts.push(` ${alt} `);
      } else if (BLOCKS.has(name)) {
        parts.push(2);
        walk(child, parts);
        parts.push(2);
      } else {
        walk(child, parts);
        if (CELLS.has(name)) parts.push(' ');
      }
    }
  }
}

/** Joins the walk's parts: on one line, or as lines and paragraphs separated by newlines. */
function assemble(parts: Part[], paragraphs: boolean): string {
  if (!paragraphs) return collapse(parts.map((part) => (typeof part === 'string' ? part : ' ')).join(''));
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

/** One space for any run of whitespace, none at the ends. */
export function collapse(text: string): string {
  // \s covers no-break and ideographic spaces too: a title or summary is one flowing line.
  return text.replace(/\s+/g, ' ').trim();
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
