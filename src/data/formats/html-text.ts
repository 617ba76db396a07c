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
  if (!/[<&]/.test(html)) return collapse(html, options.paragraphs);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return nodeToText(doc.body, options);
}

/**
 * Plain text of a DOM subtree: an HTML body, or the XHTML `<div>` of an Atom text construct, which
 * arrives as XML elements in the feed's own document.
 */
export function nodeToText(root: Node | null, options: TextOptions = {}): string {
  if (!root) return '';
  const parts: string[] = [];
  walk(root, parts);
  return collapse(parts.join(''), options.paragraphs);
}

// Private-use characters mark breaks while text is gathered, so they survive whitespace collapsing
// and cannot be confused with whitespace the feed wrote itself.
const PARAGRAPH = '\uE000';
const LINE = '\uE001';

function walk(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
      parts.push(stripMarks(child.nodeValue ?? ''));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const name = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        parts.push(LINE);
      } else if (name === 'img') {
        // An image inside prose stands for its alt text, as a text browser would show it.
        const alt = (child as Element).getAttribute('alt')?.trim();
        if (alt) parts.push(` ${stripMarks(alt)} `);
      } else if (BLOCKS.has(name)) {
        parts.push(PARAGRAPH);
        walk(child, parts);
        parts.push(PARAGRAPH);
      } else {
        walk(child, parts);
        if (CELLS.has(name)) parts.push(' ');
      }
    }
  }
}

function stripMarks(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

/** One space for any run of whitespace; with `paragraphs`, the breaks marked during the walk. */
export function collapse(text: string, paragraphs = false): string {
  // \s covers no-break and ideographic spaces too: a summary is one flowing line of text.
  const spaced = text.replace(/\s+/g, ' ');
  if (!paragraphs) return spaced.replace(/[\uE000\uE001]/g, ' ').replace(/ {2,}/g, ' ').trim();
  return spaced
    .replace(/ *([\uE000\uE001]) */g, '$1')
    .replace(/[\uE000\uE001]*\uE000[\uE000\uE001]*/g, '\n\n')
    .replace(/\uE001/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}
