import type {Variant} from '../core/vocabulary.js';

/**
 * The regional wording one direction of conversion applies, loaded per direction. The table is
 * written once, every term with its three regional forms (wording.ts, which search reads whole),
 * and so are the rewrites in context (rewrites.ts); scripts/split-wording.mjs cuts both into one
 * module per direction (wording-pairs/), so a reader switching from Taiwan's text to the
 * mainland's fetches the Taiwan → mainland wording alone, not Hong Kong's forms nor what a
 * mainland source needs (issue #23). This module is only the loader, so the view can start the
 * download at the same moment as the conversion code.
 */

/** One pair: the source region's form, the target's, and whether it is a spelling (see `Wording.spelling`). */
export interface WordingPair {
  readonly source: string;
  readonly target: string;
  readonly spelling: boolean;
}

/** One direction's wording: the pairs its phrase tables replace, and the rewrites run before them. */
export interface DirectionWording {
  readonly pairs: readonly WordingPair[];
  /** `[pattern, replacement]`, global patterns on the source text, in order (see rewrites.ts). */
  readonly rewrites: ReadonlyArray<readonly [RegExp, string]>;
}

type Direction = `${Variant}>${Variant}`;

interface Packed {
  default: string;
  rewrites: ReadonlyArray<readonly [RegExp, string]>;
}

/** Every specifier a literal, so bundlers make each direction's pairs a lazy chunk of its own. */
const modules: Partial<Record<Direction, () => Promise<Packed>>> = {
  'zh-TW>zh-CN': () => import('./wording-pairs/wording-tw-cn.js'),
  'zh-HK>zh-CN': () => import('./wording-pairs/wording-hk-cn.js'),
  'zh-TW>zh-HK': () => import('./wording-pairs/wording-tw-hk.js'),
  'zh-HK>zh-TW': () => import('./wording-pairs/wording-hk-tw.js'),
  'zh-CN>zh-TW': () => import('./wording-pairs/wording-cn-tw.js'),
  'zh-CN>zh-HK': () => import('./wording-pairs/wording-cn-hk.js'),
};

/**
 * The pairs of a packed module (see `pack` in scripts/split-wording.mjs), in order: entries split at
 * "|", each `source target` or, where the target writes it alike, `source`; a leading `*` marks a
 * spelling. One pass over the text.
 */
export function parseWordingPairs(packed: string): WordingPair[] {
  if (!packed) return [];
  return packed.split('|').map((entry) => {
    const spelling = entry.startsWith('*');
    const text = spelling ? entry.slice(1) : entry;
    const space = text.indexOf(' ');
    return space < 0 ? {source: text, target: text, spelling} : {source: text.slice(0, space), target: text.slice(space + 1), spelling};
  });
}

const loaded = new Map<Direction, Promise<DirectionWording>>();

/**
 * One direction's wording, imported on first need and parsed once; concurrent and later callers
 * share it. A failed import is forgotten so that the next call tries again.
 */
export function wordingFor(from: Variant, to: Variant): Promise<DirectionWording> {
  const direction: Direction = `${from}>${to}`;
  let wording = loaded.get(direction);
  if (!wording) {
    const load = modules[direction];
    wording = load ? load().then((module) => ({pairs: parseWordingPairs(module.default), rewrites: module.rewrites})) : Promise.resolve({pairs: [], rewrites: []});
    loaded.set(direction, wording);
    wording.catch(() => loaded.delete(direction));
  }
  return wording;
}
