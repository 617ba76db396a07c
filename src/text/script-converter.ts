import type {Variant} from '../core/vocabulary.js';

/**
 * OpenCC, loaded per direction. This module is only the loader (no dictionaries, no tables), so the
 * view can start the downloads at the same moment as the conversion code instead of after it: a
 * first switch then waits for one round of requests, not two.
 */

/** A built OpenCC converter: script and glyph conversion only. */
export type ScriptConverter = (text: string) => string;

type Direction = `${Variant}>${Variant}`;

type Dictionaries = typeof import('opencc-js/from/tw');

/**
 * Each direction's OpenCC dictionaries. Every specifier is a literal so bundlers split each
 * dictionary into a lazy chunk. The Taiwan-phrase dictionaries (`from/twp`, `to/twp`) are
 * deliberately not used: they are IT vocabulary that mistranslates news (核心設計 → 内核设计,
 * 訪問行程 → 访问进程, 發表聲明 → 發表宣告); the regional wording table does that job instead.
 */
const dictionaries: Partial<Record<Direction, () => Promise<[Dictionaries, Dictionaries]>>> = {
  'zh-TW>zh-CN': () => Promise.all([import('opencc-js/from/tw'), import('opencc-js/to/cn')]),
  'zh-HK>zh-CN': () => Promise.all([import('opencc-js/from/hk'), import('opencc-js/to/cn')]),
  'zh-TW>zh-HK': () => Promise.all([import('opencc-js/from/tw'), import('opencc-js/to/hk')]),
  'zh-HK>zh-TW': () => Promise.all([import('opencc-js/from/hk'), import('opencc-js/to/tw')]),
  // Simplified → Traditional needs OpenCC's 1 MB phrase table (from/cn): only these two load it.
  'zh-CN>zh-TW': () => Promise.all([import('opencc-js/from/cn'), import('opencc-js/to/tw')]),
  'zh-CN>zh-HK': () => Promise.all([import('opencc-js/from/cn'), import('opencc-js/to/hk')]),
};

/** Imports one direction's OpenCC code and dictionaries and builds its converter. */
async function loadConverter(direction: Direction): Promise<ScriptConverter> {
  const load = dictionaries[direction];
  if (!load) return (text) => text;
  const [{ConverterFactory}, [from, to]] = await Promise.all([import('opencc-js/core'), load()]);
  return ConverterFactory(from.default, to.default);
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
