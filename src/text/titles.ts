import {replacePhrases, type Kept, type PhraseTable} from './phrases.js';

/**
 * `replacePhrases` with other tables inside book-title marks: what 《…》 holds on one line (no 《
 * nested) is a title, replaced with `titleTables`, the rest with `tables`. Each 《 and 》 is found
 * once, left to right, so the pass stays linear however the marks are unbalanced.
 */
export function replaceWithTitles(text: string, tables: readonly PhraseTable[], titleTables: readonly PhraseTable[], kept: Kept): string {
  if (!text.includes('《')) return replacePhrases(text, tables, kept);
  const pieces: Kept = [];
  const local: Kept = [];
  let out = '';
  const put = (piece: string, with_: readonly PhraseTable[]) => {
    const replaced = replacePhrases(piece, with_, local);
    for (const at of local) pieces.push(at + out.length);
    out += replaced;
  };
  let at = 0;
  let close = -1;
  let newline = -1;
  for (let open = text.indexOf('《'); open >= 0; ) {
    if (close <= open) close = text.indexOf('》', open + 1);
    if (close < 0) break;
    const next = text.indexOf('《', open + 1);
    if (next >= 0 && next < close) {
      open = next;
      continue;
    }
    if (newline <= open) {
      // No line break left is one past the end, so the search is never repeated.
      newline = text.indexOf('\n', open + 1);
      if (newline < 0) newline = text.length;
    }
    if (newline > close) {
      put(text.slice(at, open + 1), tables);
      put(text.slice(open + 1, close), titleTables);
      at = close;
    }
    open = next;
  }
  put(text.slice(at), tables);
  kept.length = 0;
  kept.push(...pieces);
  return out;
}
