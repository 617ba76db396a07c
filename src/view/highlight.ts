/**
 * What a search matched, marked in the text a reader sees. Search compares every region's names
 * and wording as one (特朗普 finds 川普), so marking only the query would leave a 川普 story with
 * no visible reason: the marks cover every regional form of the names and terms the query means,
 * in any script. Loaded with the view, only when the reader searches.
 */
import {queryTerms} from '../text/search.js';

/** A run of text, marked when it matches. */
export interface Segment {
  text: string;
  marked: boolean;
}

export type Highlighter = (text: string) => Segment[];

export async function highlighter(query: string): Promise<Highlighter | undefined> {
  if (!query.trim()) return undefined;
  const {terms, fold} = await queryTerms(query);
  const cache = new Map<string, Segment[]>();
  return (text) => {
    let segments = cache.get(text);
    if (!segments) cache.set(text, (segments = mark(text, fold(text), terms)));
    return segments;
  };
}

/** Splits `text` into runs, marking where any term occurs in `folded` (same length as `text`). */
function mark(text: string, folded: string, terms: string[]): Segment[] {
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) marked.fill(1, at, at + term.length);
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; ) {
    let end = i;
    while (end < text.length && marked[end] === marked[i]) end++;
    segments.push({text: text.slice(i, end), marked: marked[i] === 1});
    i = end;
  }
  return segments;
}
