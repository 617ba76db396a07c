/**
 * Whitespace in feed text, as a browser would lay it out: shared by every format, HTML or not. Kept
 * apart from html-text.ts so that readers of plain JSON do not load an HTML parser.
 */

/**
 * A run of whitespace holding a line break, with a character on both sides whose line breaks CSS
 * Text's segment break rule removes (East Asian Width F, W or H, not Hangul): Han, CJK punctuation
 * and the ideographic space (U+3000–U+303F), kana, bopomofo, CJK compatibility and small forms, and
 * the full- and half-width forms (U+FF00–U+FFEF, without half-width Hangul).
 */
const WIDE_BREAK =
  /(?<=[\p{Script=Han}\u3000-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF])[^\S\u3000]*[\n\r][^\S\u3000]*(?=[\p{Script=Han}\u3000-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF])/gu;

/**
 * What `collapse` would change: whitespace other than a plain or ideographic space (which includes
 * every line break), two spaces in a row, whitespace at either end.
 */
const UNTIDY = /[^\S \u3000]| {2}|^\s|\s$/;

/**
 * One line: one space for any run of whitespace, none at the ends, and none for a run that holds a
 * line break between two Chinese characters or CJK punctuation marks. That is CSS Text's segment
 * break rule for East Asian text (a browser shows "會面。\n白宮" as "會面。白宮"; Chinese puts no
 * space between words). A space without a line break stays one space, between Chinese characters
 * too: a writer typed it ("李在明今 (4) 日", "北韓　南韓"), and so does any break next to Latin text.
 */
export function collapse(text: string): string {
  // Most text is one line already: testing is far cheaper than the two replaces (the first is a
  // Unicode lookbehind), and gives back the very string.
  if (!UNTIDY.test(text)) return text;
  // One flowing line: every run of whitespace is one space, no-break spaces too. An ideographic
  // space (U+3000) is a full-width character a Chinese writer typed on purpose ("北韓　南韓"): it stays.
  return text.replace(WIDE_BREAK, '').replace(/[^\S\u3000]+/g, ' ').trim();
}

/**
 * Plain text from a feed, tidied like `htmlToText` output: on one line, or with `paragraphs`, its
 * blank lines kept as paragraph breaks and its line breaks as lines.
 */
export function tidyText(text: string, options: {paragraphs?: boolean} = {}): string {
  if (!options.paragraphs) return collapse(text);
  return text.replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.split('\n').map(collapse).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
