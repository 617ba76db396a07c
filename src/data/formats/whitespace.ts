/**
 * Whitespace in feed text, as a browser would lay it out: shared by every format, HTML or not. Kept
 * apart from html-text.ts so that readers of plain JSON do not load an HTML parser.
 */

/**
 * Characters whose line breaks CSS Text's segment break rule removes (East Asian Width F, W or H,
 * not Hangul): Han, CJK punctuation and the ideographic space (U+3000–U+303F), kana, bopomofo, CJK
 * compatibility and small forms, and the full- and half-width forms (U+FF00–U+FFEF, without
 * half-width Hangul). Tested on one code point at a time.
 */
const WIDE = /^[\p{Script=Han}\u3000-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF]$/u;

/**
 * What `collapse` would change: whitespace other than a plain or ideographic space (which includes
 * every line break), two spaces in a row, whitespace at either end.
 */
const UNTIDY = /[^\S \u3000]| {2}|^\s|\s$/;

/** JavaScript's `\s` (WhiteSpace and LineTerminator), by code unit. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a code point is wide (see WIDE): the common blocks by number, the rest by the regex. */
function isWide(code: number): boolean {
  // Nothing below the CJK radicals (U+2E80) is Han or in WIDE's ranges.
  if (code < 0x2e80) return false;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x312f)) return true;
  return WIDE.test(String.fromCodePoint(code));
}

/** Whether the code point ending just before `end` is wide. */
function wideBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWide((high - 0xd800) * 0x400 + low - 0xdc00 + 0x10000);
  }
  return isWide(low);
}

/** Whether the code point starting at `at` is wide. */
function wideAt(text: string, at: number): boolean {
  return at < text.length && isWide(text.codePointAt(at)!);
}

/**
 * One line: one space for any run of whitespace, none at the ends, and none for a run that holds a
 * line break between two Chinese characters or CJK punctuation marks. That is CSS Text's segment
 * break rule for East Asian text (a browser shows "會面。\n白宮" as "會面。白宮"; Chinese puts no
 * space between words). A space without a line break stays one space, between Chinese characters
 * too: a writer typed it ("李在明今 (4) 日", "北韓　南韓"), and so does any break next to Latin text.
 *
 * One pass over maximal runs of whitespace, each looked at once: the regex this replaces (a
 * lookbehind, then `[^\S\u3000]*[\n\r][^\S\u3000]*`) was quadratic on a run of line breaks
 * after a Chinese character (SECURITY.md, "Linear time").
 */
export function collapse(text: string): string {
  // Most text is one line already: testing is far cheaper than the pass, and gives back the very string.
  if (!UNTIDY.test(text)) return text;
  // An ideographic space (U+3000) is a full-width character a Chinese writer typed on purpose
  // ("北韓　南韓"): it is no part of a run, and stays (but for the trim at the ends).
  const parts: string[] = [];
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3000 || !isSpace(code)) continue;
    let end = i;
    let breaks = false;
    for (let c = code; end < text.length && c !== 0x3000 && isSpace(c); c = text.charCodeAt(++end)) {
      if (c === 0x0a || c === 0x0d) breaks = true;
    }
    parts.push(text.slice(kept, i));
    if (!(breaks && wideBefore(text, i) && wideAt(text, end))) parts.push(' ');
    kept = end;
    i = end - 1;
  }
  parts.push(text.slice(kept));
  return parts.join('').trim();
}

/**
 * Plain text from a feed, tidied like `htmlToText` output: on one line, or with `paragraphs`, its
 * blank lines kept as paragraph breaks and its line breaks as lines. Linear: each split's pattern
 * starts at a line break and scans only the blanks after it.
 */
export function tidyText(text: string, options: {paragraphs?: boolean} = {}): string {
  if (!options.paragraphs) return collapse(text);
  return text.replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.split('\n').map(collapse).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
