import type {Variant} from '../core/vocabulary.js';
import {isSpace} from '../data/formats/whitespace.js';
import {numberStyle} from './number-style.js';

/*
 * Regional typography, run on converted text (never on a source shown in its own variant).
 * Written as rules rather than taken from a library: pangu.js (the well-kept one) does the opposite
 * of what the mainland and Hong Kong need (it inserts spaces between Chinese and digits) and turns
 * half-width marks full-width only between two CJK characters, not after a word before a digit or
 * a bracket; zhlint is a Markdown linter (parser and all) too heavy to ship in an embed. See
 * docs/variants.md § 6. scripts/punctuate-corpus.mjs bundles this module with esbuild
 * to make the corpus's punctuation edit.
 */

// What counts as "Chinese" beside a mark: Han characters and the full-width marks set around them.
const CJK = String.raw`\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF1F\uFF3B-\uFF3D\u201C\u201D`;
const isCjk = new RegExp(`[${CJK}]`, 'u');
const hasHan = /\p{Script=Han}/u;

/** Full-width forms of the marks, by half-width code unit. */
const FULL_WIDTH = new Map<number, number>(
  [['(', '（'], [')', '）'], [',', '，'], [':', '：'], [';', '；'], ['?', '？'], ['!', '！'], ['.', '。']]
    .map(([half, full]) => [half!.charCodeAt(0), full!.charCodeAt(0)]),
);
const [OPEN, CLOSE, STOP] = [0x28, 0x29, 0x2e];
const FULL_OPEN = 0xff08;
const FULL_CLOSE = 0xff09;

const isBlank = (code: number) => code === 0x20 || code === 0x09;
const isMark = (code: number) => code === 0x2c || code === 0x3a || code === 0x3b || code === 0x3f || code === 0x21 || code === STOP;

/** `isCjk` on one code point: the common blocks by number, the rest by the regex. */
function cjkCode(code: number): boolean {
  if (code < 0x2e80) return code === 0x201c || code === 0x201d;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f)) return true;
  if (code >= 0xff01 && code <= 0xff3d) return code <= 0xff0f || (code >= 0xff1a && code <= 0xff1f) || code >= 0xff3b;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return isCjk.test(String.fromCodePoint(code));
}

function hanCode(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return code >= 0x2e80 && !(code >= 0xd800 && code <= 0xdfff) && hasHan.test(String.fromCodePoint(code));
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether either neighbour is Chinese, read as the rules always have: the two code units side by
 * side, so a lone high surrogate before a mark and a lone low one after it make a Han character.
 * -1 is no character.
 */
function cjkBeside(before: number, after: number): boolean {
  if (isHigh(before) && isLow(after)) return cjkCode((before - 0xd800) * 0x400 + after - 0xdc00 + 0x10000);
  return (before >= 0 && cjkCode(before)) || (after >= 0 && cjkCode(after));
}

/**
 * Half-width `, : ; ? ! ( )` and a sentence-ending `.` beside Chinese, as full-width marks, with
 * the blanks around them dropped: `週日(27 日),` → `週日（27 日），`, `此外, 南韓` → `此外，南韓`.
 * Marks between Latin letters or digits stay (1,200; 7:30; Washington, D.C.; an English sentence);
 * brackets become full-width when they hold Chinese or stand beside it, with what they hold kept
 * (`謝列梅捷沃機場（Sheremetyevo Airport）`). The blanks between Chinese and digits stay: that is
 * a regional choice (`tightSpacing`). This is Taiwan's punctuation, and the corpus's edit of the seed.
 *
 * A mark made full-width makes its neighbour "beside Chinese" too (`!;北韓`), and a bracket pair
 * turns once those it holds have: what turns is the least set closed under those rules. It is found
 * with a work list, a mark decided again only when a neighbour turns, so the pass is linear;
 * repeating a regex pass until nothing changed took a pass per mark of a run (北 + 20,000 `!` in
 * zh-CN: 21 s, SECURITY.md, "Linear time").
 */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:;?!().]/.test(text)) return text;
  return new Punctuation(text).run();
}

/** One text's full-width pass; positions are UTF-16 indices. */
class Punctuation {
  readonly #text: string;
  /** 1 where a mark, bracket or full stop turned full-width. */
  readonly #full: Uint8Array;
  /** A paired bracket's partner (brackets nested in a pair are paired too); -1 for anything else. */
  readonly #partner: Int32Array;
  /** By a pair's `(`: the enclosing pair's `(`, or -1. */
  readonly #parent: Int32Array;
  /** By a pair's `(`: the pairs it holds that have not turned yet. */
  readonly #waiting: Int32Array;
  /** By a pair's `(`: 1 when it holds Han. */
  readonly #han: Uint8Array;
  /** The last character that is not whitespace: a `.` there ends the text. */
  #lastInk = -1;
  readonly #work: number[] = [];

  constructor(text: string) {
    const n = text.length;
    this.#text = text;
    this.#full = new Uint8Array(n);
    this.#partner = new Int32Array(n).fill(-1);
    this.#parent = new Int32Array(n).fill(-1);
    this.#waiting = new Int32Array(n);
    this.#han = new Uint8Array(n);
    // Open brackets not closed yet; a line break closes none of them ever (the rule reads one line).
    const open = new Int32Array(n);
    let depth = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (!isSpace(code)) this.#lastInk = i;
      if (code === 0x0a) {
        depth = 0;
      } else if (code === OPEN) {
        open[depth++] = i;
      } else if (code === CLOSE && depth > 0) {
        const start = open[--depth]!;
        this.#partner[start] = i;
        this.#partner[i] = start;
        if (depth > 0) {
          const parent = open[depth - 1]!;
          this.#parent[start] = parent;
          this.#waiting[parent]!++;
          this.#han[parent] ||= this.#han[start]!;
        }
        this.#work.push(start);
      } else if (isMark(code)) {
        this.#work.push(i);
      } else if (depth > 0 && code >= 0x2e80 && !isLow(code)) {
        if (hanCode(text.codePointAt(i)!)) this.#han[open[depth - 1]!] = 1;
      }
    }
  }

  run(): string {
    for (let at = this.#work.pop(); at !== undefined; at = this.#work.pop()) {
      if (!this.#full[at] && this.#turns(at)) this.#turn(at);
    }
    return this.#output();
  }

  /** The code unit at `at` as the text stands now. */
  #now(at: number): number {
    const code = this.#text.charCodeAt(at);
    return this.#full[at] ? FULL_WIDTH.get(code)! : code;
  }

  /**
   * The first code unit before `at` that is not a blank, as the text stands now (-1 for none):
   * whitespace just inside a full-width bracket was trimmed, so the bracket is.
   */
  #before(at: number): number {
    const text = this.#text;
    let i = at - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    if (i < 0) return -1;
    if (isSpace(text.charCodeAt(i))) {
      let start = i;
      while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
      if (start > 0 && this.#full[start - 1] && text.charCodeAt(start - 1) === OPEN) return FULL_OPEN;
    }
    return this.#now(i);
  }

  /** The first code unit from `at` on that is not a blank (see #before); a whole code point with `codePoint`. */
  #after(at: number, codePoint = false): number {
    const text = this.#text;
    let i = at;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (i >= text.length) return -1;
    if (isSpace(text.charCodeAt(i))) {
      let end = i;
      while (end + 1 < text.length && isSpace(text.charCodeAt(end + 1))) end++;
      if (end + 1 < text.length && this.#full[end + 1] && text.charCodeAt(end + 1) === CLOSE) return FULL_CLOSE;
    }
    return codePoint && !this.#full[i] ? text.codePointAt(i)! : this.#now(i);
  }

  /** Whether the mark, bracket pair (by its `(`) or full stop at `at` turns full-width now. */
  #turns(at: number): boolean {
    const text = this.#text;
    const code = text.charCodeAt(at);
    if (code === STOP) {
      // After a Han character, at the end of the text or before Chinese: not a decimal point (2.8)
      // nor an abbreviation's (D.C.).
      if (at === 0) return false;
      const pairEnds = at >= 2 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2));
      if (!hanCode(text.codePointAt(pairEnds ? at - 2 : at - 1)!)) return false;
      if (at >= this.#lastInk) return true;
      const after = this.#after(at + 1, true);
      return after >= 0 && cjkCode(after);
    }
    if (code === OPEN) {
      return this.#partner[at]! >= 0 && this.#waiting[at] === 0 && (this.#han[at] === 1 || cjkBeside(this.#before(at), this.#after(this.#partner[at]! + 1)));
    }
    return cjkBeside(this.#before(at), this.#after(at + 1));
  }

  /** Turns what is at `at` full-width and queues what may turn because of it. */
  #turn(at: number) {
    const text = this.#text;
    const end = text.charCodeAt(at) === OPEN ? this.#partner[at]! : at;
    this.#full[at] = this.#full[end] = 1;
    let before = at - 1;
    while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
    let after = end + 1;
    while (after < text.length && isBlank(text.charCodeAt(after))) after++;
    this.#queue(before);
    this.#queue(after);
    if (end === at) return;
    // What the brackets hold, at either end, now stands beside a full-width bracket.
    let first = at + 1;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    let last = end - 1;
    while (last > first && isSpace(text.charCodeAt(last))) last--;
    this.#queue(first);
    this.#queue(last);
    const parent = this.#parent[at]!;
    // A `(` left open holds pairs too, but never turns.
    if (parent >= 0 && --this.#waiting[parent]! === 0 && this.#partner[parent]! >= 0) this.#work.push(parent);
  }

  /** Decides again what is at `at`, if it is a mark, a full stop or a paired bracket. */
  #queue(at: number) {
    if (at < 0 || at >= this.#text.length) return;
    const partner = this.#partner[at]!;
    if (partner >= 0) this.#work.push(Math.min(at, partner));
    else if (isMark(this.#text.charCodeAt(at))) this.#work.push(at);
  }

  /**
   * The text with the full-width marks, without the blanks beside what turned (beside a full stop,
   * after it only) and without the whitespace just inside a full-width bracket.
   */
  #output(): string {
    const text = this.#text;
    const full = this.#full;
    const n = text.length;
    // Blanks before `i` go when what turned at `i` is a mark or a `(`; after it, unless it is a `(`.
    const dropsBlanksBefore = (i: number) => i < n && full[i] === 1 && text.charCodeAt(i) !== CLOSE && text.charCodeAt(i) !== STOP;
    const dropsBlanksAfter = (i: number) => i >= 0 && full[i] === 1 && text.charCodeAt(i) !== OPEN;
    const out = new Uint16Array(n);
    let length = 0;
    const copy = (from: number, to: number) => {
      for (let k = from; k < to; k++) out[length++] = text.charCodeAt(k);
    };
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (full[i]) {
        out[length++] = FULL_WIDTH.get(code)!;
        continue;
      }
      if (!isSpace(code)) {
        out[length++] = code;
        continue;
      }
      let end = i + 1;
      while (end < n && isSpace(text.charCodeAt(end))) end++;
      const inside = (i > 0 && full[i - 1] === 1 && text.charCodeAt(i - 1) === OPEN) ||
        (end < n && full[end] === 1 && text.charCodeAt(end) === CLOSE);
      if (!inside) {
        // The blanks at either end of the run go with what they touch; whitespace between stays.
        let from = i;
        while (from < end && isBlank(text.charCodeAt(from))) from++;
        let to = end;
        while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
        if (from === end) {
          if (!dropsBlanksAfter(i - 1) && !dropsBlanksBefore(end)) copy(i, end);
        } else {
          if (!dropsBlanksAfter(i - 1)) copy(i, from);
          copy(from, to);
          if (!dropsBlanksBefore(end)) copy(to, end);
        }
      }
      i = end - 1;
    }
    // Code units back to a string a slice at a time (lone surrogates kept, as the text had them).
    let result = '';
    for (let at = 0; at < length; at += 8192) {
      result += String.fromCharCode(...out.subarray(at, Math.min(at + 8192, length)));
    }
    return result;
  }
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
    // Each pair is found by one scan to the next quote mark, then tested for Han: the regex with
    // Han between two `[^‘’]*` backtracked quadratically on a long unclosed quote.
    .replace(/‘([^‘’]*)’/g, (pair, inner: string) => (hasHan.test(inner) ? `『${inner}』` : pair));
}

/**
 * The converted text as `to`'s outlets set it. To the mainland (GB/T 15834 punctuation): full-width
 * marks, no blank between Chinese and digits, the number style of number-style.ts (1.5万, 三成,
 * 4700人, 20世纪90年代, ……), 今天（4日）. To Hong Kong: full-width marks, no blanks, its number style
 * (4,700人, 1950年代), 周 for the week, 今日（4日）. To Taiwan (from another region): full-width marks,
 * 1950年代 and 週.
 */
export function regionalTypography(text: string, to: Variant): string {
  let out = fullWidthPunctuation(text);
  // Taiwan writes 週 for the week (週二, 本週), whatever the source wrote.
  if (to === 'zh-TW') return numberStyle(out, to).replace(/周(?=[一二三四五六日末])|(?<=[上本下這每])周/g, '週');
  out = numberStyle(tightSpacing(out), to);
  if (to === 'zh-HK') {
    return out
      .replace(WIRE_DAY, '$1日（$2日）')
      .replace(/週(?=[一二三四五六日末])|(?<=[上本下這每])週/g, '周');
  }
  return out.replace(WIRE_DAY, '$1天（$2日）');
}
