/** A node of the phrase trie, keyed by UTF-16 code unit (every phrase here is BMP text). */
interface TrieNode {
  next?: Map<string, TrieNode>;
  replacement?: string;
}

/** A longest-match phrase table: phrase → replacement. */
export class PhraseTable {
  readonly #root: TrieNode = {};
  #size = 0;

  /** How many phrases the table holds. */
  get size(): number {
    return this.#size;
  }

  /** Adds a phrase unless the table has it already: the first replacement given for a phrase wins. */
  add(phrase: string, replacement: string): void {
    if (!phrase) return;
    let node = this.#root;
    for (const unit of phrase.split('')) {
      node.next ??= new Map();
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = {}));
      node = child;
    }
    if (node.replacement === undefined) {
      node.replacement = replacement;
      this.#size++;
    }
  }

  /** The longest phrase starting at `at`: where it ends and what replaces it. */
  longest(text: string, at: number): {end: number; replacement: string} | undefined {
    let node: TrieNode | undefined = this.#root;
    let found: {end: number; replacement: string} | undefined;
    for (let i = at; i < text.length; i++) {
      node = node.next?.get(text[i]!);
      if (!node) break;
      if (node.replacement !== undefined) found = {end: i + 1, replacement: node.replacement};
    }
    return found;
  }
}

/**
 * Walks the text left to right and, wherever any table knows a phrase, replaces the longest one
 * (on equal length, the earlier table wins) with `emit(replacement)`; other text is kept.
 */
export function replaceLongest(
  text: string,
  tables: readonly PhraseTable[],
  emit: (replacement: string) => string,
): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    let best: {end: number; replacement: string} | undefined;
    for (const table of tables) {
      const match = table.longest(text, i);
      if (match && (!best || match.end > best.end)) best = match;
    }
    if (best) {
      out += text.slice(kept, i) + emit(best.replacement);
      i = kept = best.end;
    } else {
      i++;
    }
  }
  return out + text.slice(kept);
}
