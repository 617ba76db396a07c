import type {DictGroup} from 'opencc-js/core';
import type {Variant} from '../core/vocabulary.js';
import {fromCn} from './from-cn.js';
import {PhraseTable, type Kept} from './phrases.js';

/**
 * OpenCC's dictionaries, loaded per direction. This module is only the loader (no dictionaries, no
 * tables), so the view can start the downloads at the same moment as the conversion code instead of
 * after it: a first switch then waits for one round of requests, not two.
 */

/**
 * A built OpenCC converter: script and glyph conversion only. It leaves the `kept` stretches alone
 * (see `Kept`) and rewrites them to where they lie in its result.
 */
export type ScriptConverter = (text: string, kept?: Kept) => string;

/**
 * One OpenCC dictionary group as a phrase table. The group's first dictionary wins over later ones,
 * and within a dictionary a later line over an earlier one, as in OpenCC's own trie.
 */
function groupTable(group: DictGroup): PhraseTable {
  const table = new PhraseTable();
  for (const dictionary of group) {
    const pairs = typeof dictionary === 'string' ? dictionary.split('|').map((line) => line.split(' ')) : dictionary;
    for (let i = pairs.length - 1; i >= 0; i--) table.add(pairs[i]![0]!, pairs[i]![1]!);
  }
  return table;
}

/**
 * OpenCC's conversion chain (each group's longest matches, one group after another) over OpenCC's
 * dictionaries, run by our phrase tables rather than opencc-js's own converter: they give the same
 * text, and a cold conversion of a thousand articles runs in about 60% of the time, the tables keyed by
 * UTF-16 unit with a one-load test of whether a phrase starts at all (see docs/variants.md).
 */
export function scriptConverter(...collections: readonly (readonly DictGroup[])[]): ScriptConverter {
  const tables = collections.flat().map(groupTable);
  return (text, kept) => {
    let out = text;
    for (const table of tables) out = table.convert(out, kept);
    return out;
  };
}

/**
 * Characters OpenCC picks where Taiwan's news writes another, fixed in its output as one more
 * dictionary group (outside the kept stretches, so a glossary's own choice is never touched): 台
 * (台灣, 下台), which OpenCC's Taiwan standard turns into 臺, and 布 (宣布, 公布, 布局), which OpenCC's
 * Simplified → Traditional gives as 佈.
 */
const TAIWAN_GLYPHS: readonly DictGroup[] = [['臺 台|佈 布']];

type Direction = `${Variant}>${Variant}`;

type Dictionaries = typeof import('opencc-js/from/tw');
/** The mends of OpenCC's readings across words and of Hong Kong's 蔘 (src/text/cross-word.ts). */
type Mends = typeof import('./cross-word.js');

/**
 * Each direction's OpenCC dictionaries. Every specifier is a literal so bundlers split each
 * dictionary into a lazy chunk. The Taiwan-phrase dictionaries (`from/twp`, `to/twp`) are
 * deliberately not used: they are IT vocabulary that mistranslates news (核心設計 → 内核设计,
 * 訪問行程 → 访问进程, 發表聲明 → 發表宣告); the regional wording table does that job instead.
 */
const dictionaries: Partial<Record<Direction, () => Promise<[Dictionaries, Dictionaries, Mends?]>>> = {
  'zh-TW>zh-CN': () => Promise.all([import('opencc-js/from/tw'), import('opencc-js/to/cn')]),
  'zh-HK>zh-CN': () => Promise.all([import('opencc-js/from/hk'), import('opencc-js/to/cn')]),
  'zh-TW>zh-HK': () => Promise.all([import('opencc-js/from/tw'), import('opencc-js/to/hk'), import('./cross-word.js')]),
  'zh-HK>zh-TW': () => Promise.all([import('opencc-js/from/hk'), import('opencc-js/to/tw')]),
  // Simplified → Traditional needs OpenCC's 1 MB phrase table (from/cn, in parts): only these two load it.
  'zh-CN>zh-TW': () => Promise.all([fromCn(), import('opencc-js/to/tw'), import('./cross-word.js')]),
  'zh-CN>zh-HK': () => Promise.all([fromCn(), import('opencc-js/to/hk'), import('./cross-word.js')]),
};

/** Imports one direction's OpenCC dictionaries and builds its converter. */
async function loadConverter(direction: Direction): Promise<ScriptConverter> {
  const load = dictionaries[direction];
  if (!load) return (text) => text;
  const [from, to, mends] = await load();
  return scriptConverter(from.default, to.default, mends?.mendsFor(direction) ?? [], direction.endsWith('>zh-TW') ? TAIWAN_GLYPHS : []);
}

const converters = new Map<Direction, Promise<ScriptConverter>>();

/**
 * The OpenCC converter for one direction, imported on first need and built once; concurrent and
 * later callers share it. A failed import is forgotten so that the next call tries again.
 */
export function converterFor(from: Variant, to: Variant): Promise<ScriptConverter> {
  const direction: Direction = `${from}>${to}`;
  let converter = converters.get(direction);
  if (!converter) {
    converter = loadConverter(direction);
    converters.set(direction, converter);
    converter.catch(() => converters.delete(direction));
  }
  return converter;
}
