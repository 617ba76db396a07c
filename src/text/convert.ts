import {langTag, variantOfLang, type Article, type Variant} from '../core/vocabulary.js';
import {gazetteer, gazetteerById} from '../corpus/gazetteer.js';
import {getGlossary, glossaryVersion, type Glossary} from './glossary.js';
import {PhraseTable, replaceLongest} from './phrases.js';
import {regionalGlyphs, regionalTypography} from './typography.js';
import {rewrites, wording} from './wording.js';

/** A built OpenCC converter: script and glyph conversion only. */
export type ScriptConverter = (text: string) => string;

type Direction = `${Variant}>${Variant}`;

// ── OpenCC, loaded per direction ─────────────────────────────────────────────────────────────────

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

// ── Names and wording ────────────────────────────────────────────────────────────────────────────

const traditional: readonly Variant[] = ['zh-TW', 'zh-HK'];

const builtins = new Map<Direction, PhraseTable>();

/**
 * Gazetteer names and regional wording for one direction. A name's source form comes first; for a
 * Traditional source the other Traditional region's form is recognised too (a Taiwanese text that
 * writes 路透社 must not become 路透社社 on the mainland).
 */
function builtinTable(from: Variant, to: Variant): PhraseTable {
  const direction: Direction = `${from}>${to}`;
  let table = builtins.get(direction);
  if (table) return table;
  table = new PhraseTable();
  for (const entry of gazetteer) table.add(entry.names[from], entry.names[to]);
  // Aliases are Taiwanese forms; those the regions write otherwise (北韓外交部 is the mainland's
  // 朝鲜外务省) say how. The others are short forms (國情院) that OpenCC converts.
  if (traditional.includes(from)) {
    for (const entry of gazetteer) {
      for (const [alias, names] of Object.entries(entry.aliasNames ?? {})) table.add(alias, to === 'zh-TW' ? alias : names[to]);
    }
  }
  for (const entry of wording) {
    if (!entry.sources || entry.sources.includes(from)) table.add(entry[from], entry[to]);
  }
  if (traditional.includes(from)) {
    const other = from === 'zh-TW' ? 'zh-HK' : 'zh-TW';
    for (const entry of gazetteer) table.add(entry.names[other], entry.names[to]);
  }
  builtins.set(direction, table);
  return table;
}

/** A glossary entry's form for a region, letting Taiwan and Hong Kong stand in for each other. */
function glossaryForm(entry: Glossary[number], v: Variant): string | undefined {
  if (entry[v]) return entry[v];
  if (v === 'zh-TW') return entry['zh-HK'];
  if (v === 'zh-HK') return entry['zh-TW'];
  return undefined;
}

const glossaryTables = new WeakMap<Glossary, Map<Direction, PhraseTable>>();

function glossaryTable(glossary: Glossary, from: Variant, to: Variant): PhraseTable {
  let tables = glossaryTables.get(glossary);
  if (!tables) glossaryTables.set(glossary, (tables = new Map()));
  const direction: Direction = `${from}>${to}`;
  let table = tables.get(direction);
  if (!table) {
    table = new PhraseTable();
    for (const entry of glossary) {
      const source = glossaryForm(entry, from);
      const target = glossaryForm(entry, to);
      if (source && target !== undefined) table.add(source, target);
    }
    tables.set(direction, table);
  }
  return table;
}

// ── Placeholders ─────────────────────────────────────────────────────────────────────────────────

// Supplementary Private Use Area B: OpenCC has no mapping for these code points and passes them
// through, and real text practically never contains them (any that it does contain are skipped).
const PLACEHOLDER_FIRST = 0x100000;
const PLACEHOLDER_LAST = 0x10fffd;

/**
 * Replaces every known phrase with a placeholder character, so that OpenCC cannot re-convert text
 * that is already in the target region's form (特朗普 stays 特朗普; 導彈 in a Hong Kong target is
 * not turned into anything else), and returns how to put the target forms back.
 */
function protect(text: string, tables: readonly PhraseTable[]): {masked: string; restore: (text: string) => string} {
  const byReplacement = new Map<string, string>();
  const byPlaceholder = new Map<string, string>();
  let next = PLACEHOLDER_FIRST;
  const masked = replaceLongest(text, tables, (replacement) => {
    let placeholder = byReplacement.get(replacement);
    if (placeholder === undefined) {
      do {
        placeholder = String.fromCodePoint(next++);
      } while (text.includes(placeholder) && next <= PLACEHOLDER_LAST);
      byReplacement.set(replacement, placeholder);
      byPlaceholder.set(placeholder, replacement);
    }
    return placeholder;
  });
  if (!byPlaceholder.size) return {masked, restore: (converted) => converted};
  return {
    masked,
    restore: (converted) =>
      converted.replace(/[\u{100000}-\u{10FFFD}]/gu, (placeholder) => byPlaceholder.get(placeholder) ?? placeholder),
  };
}

// ── News agencies ────────────────────────────────────────────────────────────────────────────────

/**
 * News agencies, as the mainland and Hong Kong name them. Taiwanese text puts book-title marks
 * around an agency (據《路透》報導); mainland and Hong Kong style does not (据路透社报道, 據路透社報道)
 * and keeps 《》 for publications only (《劳动新闻》, 《国防时报》). The corpus's agencies take their
 * names from the gazetteer (Hong Kong's 彭博, the mainland's 彭博社); the others are written alike in
 * all three regions but for the script.
 */
const agencyIds = ['reuters', 'bloomberg', 'yonhap', 'kcna'] as const;
const otherAgencies: ReadonlyArray<Readonly<Record<'zh-HK' | 'zh-CN', string>>> = [
  {'zh-HK': '朝鮮中央通訊社', 'zh-CN': '朝鲜中央通讯社'},
  {'zh-HK': '法新社', 'zh-CN': '法新社'},
  {'zh-HK': '美聯社', 'zh-CN': '美联社'},
  {'zh-HK': '共同社', 'zh-CN': '共同社'},
  {'zh-HK': '新華社', 'zh-CN': '新华社'},
  {'zh-HK': '塔斯社', 'zh-CN': '塔斯社'},
];

const bracketedAgencies = new Map<'zh-HK' | 'zh-CN', RegExp>();

/**
 * Drops the book-title marks around a news agency in text converted to the mainland or Hong Kong;
 * Taiwan's output is left as is. It runs on the output, keyed on the target region's names, so it
 * holds however the source wrote the agency (《路透》, 《路透社》, a glossary's form) and leaves every
 * other 《》 alone.
 */
function unbracketAgencies(text: string, to: Variant): string {
  if (to === 'zh-TW' || !text.includes('《')) return text;
  let pattern = bracketedAgencies.get(to);
  if (!pattern) {
    const names = [...agencyIds.map((id) => gazetteerById.get(id)!.names[to]), ...otherAgencies.map((agency) => agency[to])];
    pattern = new RegExp(`《(${names.join('|')})》`, 'g');
    bracketedAgencies.set(to, pattern);
  }
  return text.replace(pattern, '$1');
}

// ── Typography ───────────────────────────────────────────────────────────────────────────────────

/** Mainland quotation marks and the middle dot between parts of a foreign name. */
function mainlandTypography(text: string): string {
  return text.replace(/[「」『』‧・]/g, (mark) => ({'「': '“', '」': '”', '『': '‘', '』': '’'})[mark] ?? '·');
}

/**
 * Taiwan and Hong Kong corner brackets for mainland quotation marks. Single curly quotes become
 * 『』 only in pairs around Chinese text, so an English apostrophe (Workers’ Party) stays.
 */
function traditionalTypography(text: string): string {
  return text
    .replace(/“/g, '「')
    .replace(/”/g, '」')
    .replace(/‘([^‘’]*\p{Script=Han}[^‘’]*)’/gu, '『$1』');
}

/** Rewrites that depend on the words around them (釋出…立場 → 亮明…立场), on the source text. */
function rewrite(text: string, from: Variant, to: Variant): string {
  let out = text;
  for (const rule of rewrites) {
    if (rule.from.includes(from) && rule.to.includes(to)) out = out.replace(rule.pattern, rule.replacement);
  }
  return out;
}

/**
 * An outlet's name changes script, never wording (a feed titled 朝鲜新闻 is 朝鮮新聞 in Taiwan,
 * not 北韓新聞), except the media the gazetteer names, whose regional names are their own (路透 is
 * Reuters' name in Taiwan, 路透社 in Hong Kong and on the mainland).
 */
function convertSource(convert: ScriptConverter, name: string, from: Variant, to: Variant): string {
  const medium = gazetteer.find(
    (entry) => entry.kind === 'medium' && (entry.names[from] === name || (traditional.includes(from) && traditional.some((v) => entry.names[v] === name))),
  );
  return medium ? medium.names[to] : regionalGlyphs(convert(name), from, to);
}

// ── Conversion ───────────────────────────────────────────────────────────────────────────────────

/**
 * Converts with a converter already built: rewrites in context → names and wording → placeholders
 * → OpenCC → regional glyphs → target forms → news agencies without 《》 (to the mainland and Hong
 * Kong) → quotation marks → regional punctuation and number style. `convertText`
 * and `convertArticle` share it; callers want those.
 */
function convertSync(
  convert: ScriptConverter,
  text: string,
  from: Variant,
  to: Variant,
  glossary?: Glossary,
): string {
  if (!text || from === to) return text;
  const tables: PhraseTable[] = [];
  if (glossary) tables.push(glossaryTable(glossary, from, to));
  const pageGlossary = getGlossary();
  if (pageGlossary && pageGlossary !== glossary) tables.push(glossaryTable(pageGlossary, from, to));
  tables.push(builtinTable(from, to));
  const {masked, restore} = protect(rewrite(text, from, to), tables);
  let converted = unbracketAgencies(restore(regionalGlyphs(convert(masked), from, to)), to);
  if (to === 'zh-CN') converted = mainlandTypography(converted);
  else if (from === 'zh-CN') converted = traditionalTypography(converted);
  return regionalTypography(converted, to);
}

/**
 * Text in `from`'s script and wording, rewritten in `to`'s: regional names (川普 → 特朗普),
 * vocabulary (飛彈 → 导弹) and typography (「」 → “”) as well as characters. The same text when
 * `from === to`, without loading any OpenCC code.
 */
export async function convertText(text: string, from: Variant, to: Variant, glossary?: Glossary): Promise<string> {
  if (!text || from === to) return text;
  return convertSync(await converterFor(from, to), text, from, to, glossary);
}

/** An outlet's name (a source or its chip) as `to`'s readers see it: in script only, see convertSource. */
export async function convertSourceName(name: string, from: Variant, to: Variant): Promise<string> {
  if (!name || from === to) return name;
  return convertSource(await converterFor(from, to), name, from, to);
}

interface CachedArticle {
  glossary: Glossary | undefined;
  pageGlossaryVersion: number;
  result: Promise<Article>;
}

const articles = new WeakMap<Article, Map<Variant, CachedArticle>>();

/**
 * The article as `to`'s readers write it: title, summary, body, category, topics and image text
 * converted, sources in script only (outlets keep their names), `lang` set to `to`'s tag. Resolves to the same object when the article is already
 * in `to` or is not Chinese. Cached per article object, variant and glossary.
 */
export function convertArticle(article: Article, to: Variant, glossary?: Glossary): Promise<Article> {
  const from = variantOfLang(article.lang);
  if (!from || from === to) return Promise.resolve(article);
  let cache = articles.get(article);
  if (!cache) articles.set(article, (cache = new Map()));
  const hit = cache.get(to);
  if (hit && hit.glossary === glossary && hit.pageGlossaryVersion === glossaryVersion()) return hit.result;
  const result = converterFor(from, to).then((convert) => {
    const c = (text: string) => convertSync(convert, text, from, to, glossary);
    const converted: Article = {
      ...article,
      title: c(article.title),
      summary: c(article.summary),
      topics: article.topics.map(c),
      sources: article.sources.map((name) => convertSource(convert, name, from, to)),
      lang: langTag(to),
    };
    if (article.body !== undefined) converted.body = c(article.body);
    if (article.category !== undefined) converted.category = c(article.category);
    if (article.image) converted.image = {...article.image, alt: c(article.image.alt)};
    return converted;
  });
  const entry: CachedArticle = {glossary, pageGlossaryVersion: glossaryVersion(), result};
  cache.set(to, entry);
  result.catch(() => {
    if (cache.get(to) === entry) cache.delete(to);
  });
  return result;
}
