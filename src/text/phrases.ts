/**
 * A node of the phrase trie, keyed by UTF-16 code unit (a character outside the BMP takes two
 * nodes). Numbers, not one-character strings: a lookup then allocates nothing and hashes nothing,
 * and a scan asks the root at every position of every text it converts.
 */
interface TrieNode {
  next?: Map<number, TrieNode>;
  replacement?: string;
}

/**
 * Stretches of a text that a conversion leaves alone: `[start, end, start, end, …]`, in order. A
 * phrase that `replacePhrases` put in is the target region's form already; OpenCC's passes neither
 * change it nor match across its edges, as if each text between two such phrases were converted on
 * its own.
 */
export type Kept = number[];

const NONE: Kept = [];

/** A longest-match phrase table: phrase → replacement. */
export class PhraseTable {
  readonly #root: TrieNode = {next: new Map()};
  /**
   * Which code units begin a phrase: most positions of a text begin none, and one load says so.
   * The scans below read it before calling `longest`: a first switch runs them over a thousand
   * articles while the code is still cold, and a call per position costs more than the load.
   */
  readonly starts = new Uint8Array(0x10000);
  #size = 0;

  /** How many phrases the table holds. */
  get size(): number {
    return this.#size;
  }

  /** Adds a phrase unless the table has it already: the first replacement given for a phrase wins. */
  add(phrase: string, replacement: string): void {
    if (!phrase) return;
    this.starts[phrase.charCodeAt(0)] = 1;
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

  /**
   * Where the longest phrase starting at `at` and ending by `limit` ends (0 when none does); its
   * replacement is `found`.
   */
  longest(text: string, at: number, limit = text.length): number {
    if (!this.starts[text.charCodeAt(at)]) return 0;
    let node: TrieNode | undefined = this.#root;
    let end = 0;
    for (let i = at; i < limit; i++) {
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

  /**
   * Every longest phrase replaced, left to right, as OpenCC converts with one dictionary group (an
   * ideographic description sequence, ⿰…, that no phrase begins is passed over whole), except in
   * the `kept` stretches, which are rewritten to where they lie in the result.
   */
  convert(text: string, kept: Kept = NONE): string {
    const parts: string[] = [];
    /** Length of the result so far, up to `copied` in `text`. */
    let length = 0;
    let copied = 0;
    let next = 0;
    let limit = kept.length ? kept[0]! : text.length;
    /** Where description sequences end, from `endsFrom` to `endsLimit`: found at the first operator. */
    let ends: Int32Array | undefined;
    let endsFrom = 0;
    let endsLimit = 0;
    for (let i = 0; i < text.length || next < kept.length; ) {
      if (i === limit && next < kept.length) {
        // A kept stretch goes over as it is; it ends every phrase and sequence before it.
        const start = length + i - copied;
        i = kept[next + 1]!;
        kept[next] = start;
        kept[next + 1] = start + i - limit;
        next += 2;
        limit = next < kept.length ? kept[next]! : text.length;
        continue;
      }
      const unit = text.charCodeAt(i);
      const end = this.starts[unit] ? this.longest(text, i, limit) : 0;
      if (end) {
        if (i > copied) parts.push(text.slice(copied, i));
        parts.push(this.found);
        length += i - copied + this.found.length;
        i = copied = end;
      } else {
        // Past one unit, unless it begins a description sequence or a surrogate pair.
        if (unit >= 0x2ff0 && unit <= 0x2fff) {
          if (!ends || endsLimit !== limit || i < endsFrom) {
            ends = descriptionEnds(text, i, limit);
            endsFrom = i;
            endsLimit = limit;
          }
          i = ends[i - endsFrom] || i + 1;
        } else {
          i += unit < 0xd800 || unit > 0xdbff ? 1 : unitsAt(text, i, limit);
        }
      }
    }
    if (!parts.length) return text;
    parts.push(text.slice(copied));
    return parts.join('');
  }
}

/** 2 for a surrogate pair that ends by `limit`, else 1. */
function unitsAt(text: string, at: number, limit: number): number {
  return at + 1 < limit && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/**
 * Where the ideographic description sequence at each position from `from` ends (⿲ and ⿳ take three
 * parts, the others two, each part a character or a sequence), 0 where none starts or `limit`
 * cuts it short: OpenCC's rule, where an operator whose own sequence is cut short is one
 * character of the sequence around it. Found right to left, each from the ends after it, so the
 * work is linear: read recursively, the same sequences were read again for every way to cut them
 * short, exponentially often (50 ⿰ took 3.6 s, SECURITY.md, "Linear time").
 */
function descriptionEnds(text: string, from: number, limit: number): Int32Array {
  const ends = new Int32Array(limit - from);
  for (let at = limit - 1; at >= from; at--) {
    const operator = text.charCodeAt(at);
    if (operator < 0x2ff0 || operator > 0x2fff) continue;
    const parts = operator === 0x2ff2 || operator === 0x2ff3 ? 3 : 2;
    let end = at + 1;
    for (let part = 0; part < parts && end !== 0; part++) {
      end = end >= limit ? 0 : ends[end - from] || end + unitsAt(text, end, limit);
    }
    ends[at - from] = end;
  }
  return ends;
}

/**
 * The text with the longest phrase any table knows replaced wherever one starts, left to right (on
 * equal length the earlier table wins), and `kept` set to where each replacement lies in the result.
 */
export function replacePhrases(text: string, tables: readonly PhraseTable[], kept: Kept): string {
  kept.length = 0;
  const starts = startsOf(tables);
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const end = starts[text.charCodeAt(i)] ? longestOf(tables, text, i) : 0;
    if (end) {
      out += text.slice(copied, i);
      kept.push(out.length);
      out += found;
      kept.push(out.length);
      i = copied = end;
    } else {
      i++;
    }
  }
  return copied ? out + text.slice(copied) : text;
}

const mergedStarts = new WeakMap<readonly PhraseTable[], Uint8Array>();

/** Which code units begin a phrase of any of the tables (one table's own; several merged once per list). */
function startsOf(tables: readonly PhraseTable[]): Uint8Array {
  if (tables.length === 1) return tables[0]!.starts;
  let starts = mergedStarts.get(tables);
  if (!starts) {
    starts = new Uint8Array(0x10000);
    for (const table of tables) for (let unit = 0; unit < starts.length; unit++) starts[unit] ||= table.starts[unit]!;
    mergedStarts.set(tables, starts);
  }
  return starts;
}

/** The replacement `longestOf` last found. */
let found = '';

/** Where the longest phrase of any table starting at `at` ends (0 when none); on a tie the earlier table's. */
function longestOf(tables: readonly PhraseTable[], text: string, at: number): number {
  let end = 0;
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    const tableEnd = table.longest(text, at);
    if (tableEnd > end) {
      end = tableEnd;
      found = table.found;
    }
  }
  return end;
}
