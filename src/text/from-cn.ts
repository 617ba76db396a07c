import type {DictGroup} from 'opencc-js/core';

/**
 * opencc-js's `from/cn` (Simplified → Traditional), its 1 MB phrase table (STPhrases) read from
 * parts of about 340 KB, each a lazy module: a site's bundler makes each part a chunk of its own,
 * under Vite's 500 kB warning, where opencc-js's one module made a 1 MB chunk. Joined with "|"
 * the parts are the table opencc-js ships (scripts/split-dictionary.mjs writes them;
 * test/node/opencc-dict.test.ts checks them against opencc-js).
 */
export async function fromCn(): Promise<{default: readonly DictGroup[]}> {
  const [characters, ...parts] = await Promise.all([
    import('opencc-js/dict/STCharacters'),
    import('./opencc-dict/STPhrases-1.js'),
    import('./opencc-dict/STPhrases-2.js'),
    import('./opencc-dict/STPhrases-3.js'),
  ]);
  return {default: [[parts.map((part) => part.default).join('|'), characters.default]]};
}
