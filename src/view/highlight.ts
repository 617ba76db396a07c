/**
 * What a search matched, marked in the text a reader sees. Search compares every region's names
 * and wording as one (特朗普 finds 川普), so marking only the query would leave a 川普 story with
 * no visible reason: the marks cover every regional form of the names and terms the query means,
 * in any script. Loaded with the view, only when the reader searches.
 */
import {gazetteer} from '../corpus/gazetteer.js';
import {converterFor} from '../text/convert.js';
import {wording} from '../text/wording.js';

/** A run of text, marked when it matches. */
export interface Segment {
  text: string;
  marked: boolean;
}

export type Highlighter = (text: string) => Segment[];

const latin = /^[\p{Script=Latin}\d\s.'-]+$/u;

export async function highlighter(query: string): Promise<Highlighter | undefined> {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  // Traditional → Simplified is the light direction (and nearly always one character for one),
  // so text and terms are compared in Simplified without loading the 1 MB reverse table.
  const [tw, hk] = await Promise.all([converterFor('zh-TW', 'zh-CN'), converterFor('zh-HK', 'zh-CN')]);
  const fold = (text: string) => {
    const folded = hk(tw(text)).toLowerCase();
    return folded.length === text.length ? folded : text.toLowerCase();
  };
  const terms = new Set<string>();
  for (const word of words) {
    const wanted = fold(word);
    const same = (form: string) => fold(form) === wanted || (wanted.length >= 3 && latin.test(word) && form.toLowerCase().includes(wanted));
    terms.add(wanted);
    for (const {names, aliases = []} of gazetteer) {
      const forms = [names['zh-TW'], names['zh-HK'], names['zh-CN'], ...aliases, names.en];
      if (forms.some(same)) for (const form of forms) terms.add(fold(form));
    }
    for (const term of wording) {
      const forms = [term['zh-TW'], term['zh-HK'], term['zh-CN']];
      if (forms.some(same)) for (const form of forms) terms.add(fold(form));
    }
  }
  const cache = new Map<string, Segment[]>();
  return (text) => {
    let segments = cache.get(text);
    if (!segments) cache.set(text, (segments = mark(text, fold(text), [...terms])));
    return segments;
  };
}

/** Splits `text` into runs, marking where any term occurs in `folded` (same length as `text`). */
function mark(text: string, folded: string, terms: string[]): Segment[] {
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    if (!term) continue;
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
