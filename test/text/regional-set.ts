// The regional regression set (test/fixtures/regional/*.json): wire copy written in the style of
// each region's outlets, with the forms the other two regions' editors would write. Shared by the
// browser test (regional-set.test.ts) and the counting script (regional-counts.ts), which reports
// the errors of any converter over the set. docs/variants.md § 7 describes the set and its counts.
import type {Variant} from '../../src/core/vocabulary.js';

/** One sentence as Taiwan, Hong Kong and the mainland write it. */
export type Row = readonly [string, string, string];

export interface RegionalSet {
  source: Variant;
  about: string;
  cases: Row[];
}

export const FILES = ['mainland', 'taiwan', 'hongkong'] as const;
export const COLUMN: Readonly<Record<Variant, 0 | 1 | 2>> = {'zh-TW': 0, 'zh-HK': 1, 'zh-CN': 2};
export const VARIANTS: readonly Variant[] = ['zh-TW', 'zh-HK', 'zh-CN'];

/**
 * Glyphs either of which a region's readers accept, where the house style picks one (台/臺, 週/周,
 * Hong Kong's 説, 衞, 峯…), and the digits with the Han numerals: a difference in these alone is a
 * likely error, not a certain one.
 */
const GLYPH_PAIRS = ['着著', '説說', '裏裡', '衞衛', '峯峰', '周週', '台臺', '布佈', '綫線', '爲為', '僞偽', '啓啟', '閲閱', '麪麵',
  '羣群', '衆眾', '炮砲', '占佔', '份分', '於于', '裡裏'];
const glyphs = new Map<string, Set<string>>();
for (const [a, b] of GLYPH_PAIRS.map((pair) => [...pair] as [string, string])) {
  glyphs.set(a, (glyphs.get(a) ?? new Set()).add(b));
  glyphs.set(b, (glyphs.get(b) ?? new Set()).add(a));
}
const NUMERALS = '〇零一二三四五六七八九十';
const isHan = (char: string) => /\p{Script=Han}/u.test(char) && !NUMERALS.includes(char);

/** A stretch where the output differs from what the region writes. */
export interface Hunk {
  expected: string;
  actual: string;
  certain: boolean;
}

/**
 * The stretches where `actual` differs from `expected` (a character alignment by longest common
 * subsequence: sentences are short). A stretch is a certain error when a word differs (a name, a
 * term, a character in the wrong script), a likely one when only marks, digits, numerals, spacing
 * or accepted glyph variants differ.
 */
export function hunks(expected: string, actual: string): Hunk[] {
  const e = [...expected];
  const a = [...actual];
  const lcs = Array.from({length: e.length + 1}, () => new Uint16Array(a.length + 1));
  for (let i = e.length - 1; i >= 0; i--) {
    for (let j = a.length - 1; j >= 0; j--) lcs[i]![j] = e[i] === a[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const found: Hunk[] = [];
  let removed = '';
  let added = '';
  const close = () => {
    if (!removed && !added) return;
    const same = removed.length === added.length && [...removed].every((char, k) => glyphs.get(char)?.has([...added][k]!));
    const certain = !same && [...removed, ...added].some(isHan);
    found.push({expected: removed, actual: added, certain});
    removed = added = '';
  };
  let i = 0;
  let j = 0;
  while (i < e.length || j < a.length) {
    if (i < e.length && j < a.length && e[i] === a[j]) {
      close();
      i++;
      j++;
    } else if (j >= a.length || (i < e.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      removed += e[i++];
    } else {
      added += a[j++];
    }
  }
  close();
  return found;
}

/** One conversion of the set: a row, a direction, what came out. */
export interface Outcome {
  file: string;
  row: number;
  from: Variant;
  to: Variant;
  expected: string;
  actual: string;
  hunks: Hunk[];
}

export type Convert = (text: string, from: Variant, to: Variant) => string | Promise<string>;

/** Every row of every set converted into the two other variants. */
export async function run(sets: ReadonlyMap<string, RegionalSet>, convert: Convert): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const [file, set] of sets) {
    for (const [row, forms] of set.cases.entries()) {
      for (const to of VARIANTS) {
        if (to === set.source) continue;
        const expected = forms[COLUMN[to]];
        const actual = await convert(forms[COLUMN[set.source]], set.source, to);
        outcomes.push({file, row, from: set.source, to, expected, actual, hunks: hunks(expected, actual)});
      }
    }
  }
  return outcomes;
}

/** Certain and likely errors over the outcomes. */
export function count(outcomes: readonly Outcome[]): {certain: number; likely: number; wrong: number} {
  let certain = 0;
  let likely = 0;
  for (const {hunks: found} of outcomes) {
    for (const hunk of found) hunk.certain ? certain++ : likely++;
  }
  return {certain, likely, wrong: outcomes.filter((outcome) => outcome.hunks.length).length};
}

/** An outcome as one line: where, and each differing stretch (expected → actual). */
export function explain(outcome: Outcome): string {
  const diffs = outcome.hunks.map((h) => `${h.certain ? '!' : '?'}「${h.expected}」→「${h.actual}」`).join(' ');
  return `${outcome.file}#${outcome.row + 1} ${outcome.from}→${outcome.to}: ${diffs}\n    ${outcome.actual}`;
}

/** OpenCC's own presets for each direction, as opencc-js names them: what "raw opencc-js" means here. */
export const RAW_PRESETS: Readonly<Record<Variant, 'tw' | 'hk' | 'cn'>> = {'zh-TW': 'tw', 'zh-HK': 'hk', 'zh-CN': 'cn'};
