import type {Article} from '../core/vocabulary.js';
import {gazetteer, gazetteerById} from '../corpus/gazetteer.js';
import {scriptConverter, type ScriptConverter} from './script-converter.js';
import {PhraseTable, replacePhrases, type Kept} from './phrases.js';
import {wording} from './wording.js';

/**
 * Search compares one normal form of query and text: Simplified characters (the light T→S
 * direction, so searching never loads the 1 MB S→T table), case-folded, width-folded, whitespace
 * collapsed, and every regional name, alias or English name of a gazetteer entity (川普, 特朗普,
 * Trump) and every regional form of a wording term (飛彈, 導彈, 导弹) replaced by its mainland form.
 */
interface Normalizer {
  /** The search form; the canonical names it produced are added to `found`. */
  normalize(text: string, found?: Set<string>): string;
  /** English names (case-folded) of the entities behind a canonical name. */
  english: ReadonlyMap<string, readonly string[]>;
  /** Every name, alias or term form (folded) that has a canonical name as its search form. */
  forms: ReadonlyMap<string, readonly string[]>;
  /** Traditional (Taiwan or Hong Kong) → Simplified, character for character. */
  toSimplified: ScriptConverter;
}

let normalizer: Promise<Normalizer> | undefined;

function loadNormalizer(): Promise<Normalizer> {
  normalizer ??= Promise.all([import('opencc-js/from/tw'), import('opencc-js/from/hk'), import('opencc-js/to/cn')]).then(([tw, hk, cn]) =>
    buildNormalizer(scriptConverter(tw.default, hk.default, cn.default))
  );
  normalizer.catch(() => (normalizer = undefined));
  return normalizer;
}

function fold(toSimplified: ScriptConverter, text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

function buildNormalizer(toSimplified: ScriptConverter): Normalizer {
  const table = new PhraseTable();
  const english = new Map<string, string[]>();
  const formsByKey = new Map<string, string[]>();
  const add = (forms: readonly string[], canonical: string) => {
    const key = fold(toSimplified, canonical);
    for (const form of forms) {
      table.add(fold(toSimplified, form), key);
      formsByKey.set(key, [...(formsByKey.get(key) ?? []), fold(toSimplified, form)]);
    }
    return key;
  };
  // The first canonical form given for a key wins: gazetteer names go before wording.
  for (const entry of gazetteer) {
    const {names} = entry;
    const aliasForms = Object.values(entry.aliasNames ?? {}).flatMap((forms) => [forms['zh-HK'], forms['zh-CN']]);
    const key = add([names['zh-CN'], names['zh-TW'], names['zh-HK'], ...(entry.aliases ?? []), ...aliasForms, names.en], names['zh-CN']);
    english.set(key, [...(english.get(key) ?? []), names.en.toLowerCase()]);
  }
  for (const entry of wording) add([entry['zh-CN'], entry['zh-TW'], entry['zh-HK']], entry['zh-CN']);
  const tables = [table];
  const kept: Kept = [];
  return {
    english,
    forms: formsByKey,
    toSimplified,
    normalize: (text, found) => {
      const out = replacePhrases(fold(toSimplified, text), tables, kept);
      // Each stretch put in is one canonical form found.
      if (found) for (let i = 0; i < kept.length; i += 2) found.add(out.slice(kept[i], kept[i + 1]));
      return out;
    },
  };
}

/**
 * The search form of a text: Simplified, case-folded, whitespace-collapsed, every regional name of
 * an entity as its mainland name. Query and text that mean the same name or term in any region's
 * script and wording have the same form (川普 and 特朗普 both → 特朗普).
 */
export async function searchForm(text: string): Promise<string> {
  return (await loadNormalizer()).normalize(text);
}

/**
 * Each article's search form, by article object: computed the first time a query reaches it, then
 * read as it is at every later keystroke (an article object is not changed once loaded).
 */
const articleForms = new WeakMap<Article, string>();

/**
 * The article's fields in search form, kept apart by NUL, then the English names of the entities it
 * names or is tagged with, so that a partial English query (trump) finds 川普.
 */
function articleSearchForm({normalize, english}: Normalizer, article: Article): string {
  let form = articleForms.get(article);
  if (form === undefined) {
    const fields = [
      article.title,
      article.summary,
      article.body ?? '',
      article.category ?? '',
      ...article.topics,
      ...article.sources,
      ...article.entities.map((id) => gazetteerById.get(id)?.names['zh-CN'] ?? id),
    ];
    const found = new Set<string>();
    const normalized = fields.map((field) => normalize(field, found));
    const names = [...found].flatMap((canonical) => english.get(canonical) ?? []);
    form = [...normalized, ...names].join('\u0000');
    articleForms.set(article, form);
  }
  return form;
}

/**
 * A test for one free-text query, in any region's script or wording: 特朗普 finds 川普, 朝鲜 finds
 * 北韓, 普京 finds 普丁. Every whitespace-separated word must occur in some field. The query is
 * normalized once here, so a list tests each of its articles with plain `includes` over the
 * article's cached form, and no promise per article. An empty query matches without loading anything.
 */
export async function articleMatcher(query: string): Promise<(article: Article) => boolean> {
  if (!query.trim()) return () => true;
  const normalizer = await loadNormalizer();
  const words = normalizer.normalize(query).split(' ').filter(Boolean);
  return (article) => {
    const form = articleSearchForm(normalizer, article);
    return words.every((word) => form.includes(word));
  };
}

/** Whether the article matches a free-text query (see articleMatcher). */
export async function articleMatches(article: Article, query: string): Promise<boolean> {
  return (await articleMatcher(query))(article);
}

/**
 * What a query stands for, as a reader should see it marked: each word, and every regional form
 * of a name or term it means (特朗普 → 川普, 特朗普, Donald Trump), folded like `fold`; a Latin word
 * of three letters or more also stands for the entities whose English name holds it (trump). `fold`
 * keeps a text's length, so a match in it is a match at the same place in the text.
 */
export async function queryTerms(query: string): Promise<{terms: string[]; fold: (text: string) => string}> {
  const {normalize, english, forms, toSimplified} = await loadNormalizer();
  const terms = new Set<string>();
  for (const word of query.trim().split(/\s+/).filter(Boolean)) {
    const key = normalize(word);
    terms.add(key);
    for (const form of forms.get(key) ?? []) terms.add(form);
    if (!/^[\p{Script=Latin}\d.'-]{3,}$/u.test(word)) continue;
    for (const [canonical, names] of english) {
      if (names.some((name) => name.includes(word.toLowerCase()))) for (const form of forms.get(canonical) ?? []) terms.add(form);
    }
  }
  const sameLength = (text: string) => {
    const folded = toSimplified(text).toLowerCase();
    return folded.length === text.length ? folded : text.toLowerCase();
  };
  return {terms: [...terms].filter(Boolean), fold: sameLength};
}
