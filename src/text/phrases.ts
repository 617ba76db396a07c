/**
 * A node of the phrase trie, keyed by UTF-16 code unit (every phrase here is BMP text). Numbers,
 * not one-character strings: a lookup then allocates nothing and hashes nothing, and the scan asks
 * the root at every position of every text it converts.
 */
interface TrieNode {
  next?: Map<number, TrieNode>;
  replacement?: string;
}

/** A longest-match phrase table: phrase → replacement. */
export class PhraseTable {
  readonly #root: TrieNode = {next: new Map()};
  /** Which code units begin a phrase: most positions of a text begin none, and one load says so. */
  readonly #first = new Uint8Array(0x10000);
  #size = 0;

  /** How many phrases the table holds. */
  get size(): number {
    return this.#size;
  }

  /** Adds a phrase unless the table has it already: the first replacement given for a phrase wins. */
  add(phrase: string, replacement: string): void {
    if (!phrase) return;
    this.#first[phrase.charCodeAt(0)] = 1;
    let node = this.#root;
    for (let i = 0; i < phrase.length; i++) {
      const unit = phrase.charCodeAt(i);
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

  /** Where the longest phrase starting at `at` ends (0 when none does); its replacement is `found`. */
  longest(text: string, at: number): number {
    if (!this.#first[text.charCodeAt(at)]) return 0;
    let node: TrieNode | undefined = this.#root;
    let end = 0;
    for (let i = at; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.replacement !== undefined) {
        end = i + 1;
        this.found = node.replacement;
      }
    }
    return end;
  }

  /** The replacement of the phrase `longest` last found. */
  found = '';
}

const same = (text: string) => text;

/**
 * Walks the text left to right and, wherever any table knows a phrase, replaces the longest one
 * (on equal length, the earlier table wins) with `emit(replacement)`; the text between phrases
 * becomes `between(text)` (kept as is by default).
 */
export function replaceLongest(
  text: string,
  tables: readonly PhraseTable[],
  emit: (replacement: string) => string,
  between: (text: string) => string = same,
): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    let end = 0;
    let replacement = '';
    for (const table of tables) {
      const found = table.longest(text, i);
      if (found > end) {
        end = found;
        replacement = table.found;
      }
    }
    if (end) {
      if (i > kept) out += between(text.slice(kept, i));
      out += emit(replacement);
      i = kept = end;
    } else {
      i++;
    }
  }
  return kept < text.length ? out + between(text.slice(kept)) : out;
}
