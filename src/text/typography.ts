import type {Variant} from '../core/vocabulary.js';

/*
 * Regional typography, run on converted text (never on a source shown in its own variant).
 * Written as rules rather than taken from a library: pangu.js (the well-kept one) does the opposite
 * of what the mainland and Hong Kong need (it inserts spaces between Chinese and digits) and turns
 * half-width marks full-width only between two CJK characters, not after a word before a digit or
 * a bracket; zhlint is a Markdown linter (parser and all) too heavy to ship in an embed. See
 * docs/variants.md § 6. This module imports nothing at run time: scripts/punctuate-corpus.mjs
 * loads it with esbuild to make the corpus's punctuation edit.
 */

// What counts as "Chinese" beside a mark: Han characters and the full-width marks set around them.
const CJK = String.raw`\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF1F\uFF3B-\uFF3D\u201C\u201D`;
const isCjk = new RegExp(`[${CJK}]`, 'u');
const hasHan = /\p{Script=Han}/u;

const FULL_WIDTH: Readonly<Record<string, string>> = {',': '，', ':': '：', ';': '；', '?': '？', '!': '！'};

/** The first non-blank character before `at`, or ''. */
function before(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) if (!/[ \t]/.test(text[i]!)) return text[i]!;
  return '';
}

/** The first non-blank character from `at` on, or ''. */
function after(text: string, at: number): string {
  for (let i = at; i < text.length; i++) if (!/[ \t]/.test(text[i]!)) return text[i]!;
  return '';
}

/**
 * Half-width `, : ; ? ! ( )` and a sentence-ending `.` beside Chinese, as full-width marks, with
 * the blanks around them dropped: `週日(27 日),` → `週日（27 日），`, `此外, 南韓` → `此外，南韓`.
 * Marks between Latin letters or digits stay (1,200; 7:30; Washington, D.C.; an English sentence);
 * brackets become full-width when they hold Chinese or stand beside it, with what they hold kept
 * (`謝列梅捷沃機場（Sheremetyevo Airport）`). The blanks between Chinese and digits stay: that is
 * a regional choice (`tightSpacing`). This is Taiwan's punctuation, and the corpus's edit of the seed.
 */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:;?!().]/.test(text)) return text;
  // A mark made full-width makes its neighbour "beside Chinese" too (`!;北韓`): repeat until stable.
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = punctuateOnce(out);
  }
  return out;
}

function punctuateOnce(text: string): string {
  const out = text
    .replace(/[ \t]*\(([^()\n]*)\)[ \t]*/g, (match, inner: string, at: number, whole: string) => {
      const outside = before(whole, at) + after(whole, at + match.length);
      return hasHan.test(inner) || isCjk.test(outside) ? `（${inner.trim()}）` : match;
    })
    .replace(/[ \t]*([,:;?!])[ \t]*/g, (match, mark: string, at: number, whole: string) => {
      const beside = before(whole, at) + after(whole, at + match.length);
      return isCjk.test(beside) ? FULL_WIDTH[mark]! : match;
    });
  // A full stop after a Chinese character that ends the text or is followed by Chinese; not a
  // decimal point (2.8) and not an abbreviation's (D.C.).
  return out.replace(new RegExp(`(\\p{Script=Han})\\.(?=\\s*$|[ \\t]*[${CJK}])[ \\t]*`, 'gu'), '$1。');
}

// The Chinese (or Latin) character before the blanks is matched and put back, not looked behind
// for: a pattern that starts with a lookbehind is tried at every position of the text, one that
// starts with a character class is found by scanning.
const CJK_BLANK_LATIN = new RegExp(`([${CJK}])[ \\t]+(?=[A-Za-z0-9])`, 'gu');
const LATIN_BLANK_CJK = new RegExp(`([A-Za-z0-9%])[ \\t]+(?=[${CJK}])`, 'gu');

/** No blank between Chinese and digits or Latin letters, as the mainland and Hong Kong set text. */
function tightSpacing(text: string): string {
  if (!/[ \t]/.test(text)) return text;
  return text.replace(CJK_BLANK_LATIN, '$1').replace(LATIN_BLANK_CJK, '$1');
}

/** Taiwan's wire style 今（4）日, 昨（3）日: the day in brackets inside the word for "today". */
const WIRE_DAY = /([今昨明前])（(\d{1,2})）日/g;

/** The mainland's number style: no thousands separator below 10,000; decades by century. */
function mainlandNumbers(text: string): string {
  let out = text;
  if (out.includes(',')) out = out.replace(/(?<![\d.,])(\d),(\d{3})(?![\d,])/g, '$1$2');
  if (out.includes('年代')) {
    out = out.replace(/(?<![\d.])(1\d|20)([1-9])0年代/g, (_, century: string, decade: string) => `${Number(century) + 1}世纪${decade}0年代`);
  }
  return out;
}

const mainlandMarks: Readonly<Record<string, string>> = {'「': '“', '」': '”', '『': '‘', '』': '’', '‧': '·', '・': '·'};

/**
 * Quotation marks in `to`'s style, on converted text: to the mainland, curly quotes for corner
 * brackets and the middle dot between parts of a foreign name; from the mainland, corner brackets
 * for curly quotes, single ones only in pairs around Chinese text, so an English apostrophe
 * (Workers’ Party) stays. Between Taiwan and Hong Kong nothing changes.
 */
export function quotationMarks(text: string, from: Variant, to: Variant): string {
  if (to === 'zh-CN') return text.replace(/[「」『』‧・]/g, (mark) => mainlandMarks[mark]!);
  if (from !== 'zh-CN') return text;
  return text
    .replace(/“/g, '「')
    .replace(/”/g, '」')
    .replace(/‘([^‘’]*\p{Script=Han}[^‘’]*)’/gu, '『$1』');
}

/**
 * The converted text as `to`'s outlets set it. To the mainland (GB/T 15834 punctuation): full-width
 * marks, no blank between Chinese and digits, no thousands separator below 10,000, 20世纪90年代,
 * 今天（4日）. To Hong Kong: full-width marks, no blanks, 周 for the week, 今日（4日）. To Taiwan (from
 * another region): full-width marks only.
 */
export function regionalTypography(text: string, to: Variant): string {
  let out = fullWidthPunctuation(text);
  if (to === 'zh-TW') return out;
  out = tightSpacing(out);
  if (to === 'zh-HK') {
    return out
      .replace(WIRE_DAY, '$1日（$2日）')
      .replace(/週(?=[一二三四五六日末])|(?<=[上本下這每])週/g, '周');
  }
  return mainlandNumbers(out).replace(WIRE_DAY, '$1天（$2日）');
}
