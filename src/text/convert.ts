import {langTag, variantOfLang, type Article, type Variant} from '../core/vocabulary.js';
import {gazetteer, gazetteerById} from '../corpus/gazetteer.js';
import {wordingFor, type DirectionWording, type WordingPair} from './direction-wording.js';
import {getGlossary, glossaryVersion, type Glossary} from './glossary.js';
import {converterFor, type ScriptConverter} from './script-converter.js';
import {PhraseTable, type Kept} from './phrases.js';
import {replaceWithTitles} from './titles.js';
import {quotationMarks, regionalTypography} from './typography.js';

type Direction = `${Variant}>${Variant}`;

// ── Names and wording ────────────────────────────────────────────────────────────────────────────

const traditional: readonly Variant[] = ['zh-TW', 'zh-HK'];

const builtins = new Map<Direction, PhraseTable>();

/**
 * Gazetteer names and regional wording (`pairs`, the direction's: see direction-wording.ts)
 * for one direction. A name's source form comes first; for a Traditional source the other
 * Traditional region's form is recognised too (a Taiwanese text that writes 路透社 must not become
 * 路透社社 on the mainland).
 */
function builtinTable(from: Variant, to: Variant, pairs: readonly WordingPair[]): PhraseTable {
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
  for (const {source, target} of pairs) table.add(source, target);
  if (traditional.includes(from)) {
    const other = from === 'zh-TW' ? 'zh-HK' : 'zh-TW';
    for (const entry of gazetteer) table.add(entry.names[other], entry.names[to]);
  }
  builtins.set(direction, table);
  return table;
}

const titleTables = new Map<Direction, PhraseTable>();

/**
 * What converts inside 《》 besides script: a title keeps its words (《朝鲜新报》 is 《朝鮮新報》 in
 * Taiwan, not 《北韓新報》), so only the media's names (《路透》 → 《路透社》, whose marks then go)
 * and the wording table's spellings (伙伴 → 夥伴, 报道 → 報導).
 */
function titleTable(from: Variant, to: Variant, pairs: readonly WordingPair[]): PhraseTable {
  const direction: Direction = `${from}>${to}`;
  let table = titleTables.get(direction);
  if (table) return table;
  table = new PhraseTable();
  // The source's own names first, then the other regions' (a Taiwanese 《彭博社》 is Bloomberg written
  // out, not 彭博 + 社).
  for (const region of [from, ...(['zh-TW', 'zh-HK', 'zh-CN'] as const)]) {
    for (const entry of gazetteer) if (entry.kind === 'medium') table.add(entry.names[region], entry.names[to]);
  }
  for (const {source, target, spelling} of pairs) if (spelling) table.add(source, target);
  titleTables.set(direction, table);
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

// ── Rewrites and outlets ─────────────────────────────────────────────────────────────────────────

/** Rewrites that depend on the words around them (釋出…立場 → 亮明…立场), on the source text. */
function rewrite(text: string, rewrites: DirectionWording['rewrites']): string {
  let out = text;
  for (const [pattern, replacement] of rewrites) out = out.replace(pattern, replacement);
  return out;
}

/**
 * An outlet's name changes script, never wording (a feed titled 朝鲜新闻 is 朝鮮新聞 in Taiwan,
 * not 北韓新聞), except the media the gazetteer names, whose regional names are their own (路透 is
 * Reuters' name in Taiwan, 路透社 in Hong Kong and on the mainland).
 */
function convertSource(convert: ScriptConverter, name: string, from: Variant, to: Variant): string {
  const medium = mediaByName(from).get(name);
  return medium ? medium.names[to] : convert(name);
}

const media = new Map<Variant, Map<string, (typeof gazetteer)[number]>>();

/** The gazetteer's media by the names a `from` source may give them (a Traditional source: either region's). */
function mediaByName(from: Variant): Map<string, (typeof gazetteer)[number]> {
  let byName = media.get(from);
  if (!byName) {
    byName = new Map();
    // The first medium in the gazetteer with the name wins, whichever region names it so.
    const regions = traditional.includes(from) ? [from, ...traditional] : [from];
    for (const entry of gazetteer) {
      if (entry.kind !== 'medium') continue;
      for (const region of regions) if (!byName.has(entry.names[region])) byName.set(entry.names[region], entry);
    }
    media.set(from, byName);
  }
  return byName;
}

// ── Conversion ───────────────────────────────────────────────────────────────────────────────────

/**
 * One direction's conversion with its converter already built, for many texts: rewrites in context
 * → names and wording as the target's forms, OpenCC and regional glyphs on the text between them →
 * news agencies without 《》 (to the mainland and Hong Kong) → quotation marks → regional
 * punctuation and number style. `convertText` and `convertArticles` share it; callers want those.
 */
function textConverter(convert: ScriptConverter, {pairs, rewrites}: DirectionWording, from: Variant, to: Variant, glossary?: Glossary): (text: string) => string {
  const tables: PhraseTable[] = [];
  if (glossary) tables.push(glossaryTable(glossary, from, to));
  const pageGlossary = getGlossary();
  if (pageGlossary && pageGlossary !== glossary) tables.push(glossaryTable(pageGlossary, from, to));
  // Inside 《》 the site's own pairs still apply, then only names of media and spellings.
  const titles = [...tables, titleTable(from, to, pairs)];
  tables.push(builtinTable(from, to, pairs));
  // Known phrases go in as the target region's forms, kept from OpenCC, which converts the text
  // between them, so it cannot re-convert a form already right (特朗普 stays 特朗普; a Hong Kong
  // target's 導彈) nor read a phrase across one's edge.
  const kept: Kept = [];
  return (text) => {
    if (!text || from === to) return text;
    const converted = unbracketAgencies(convert(replaceWithTitles(rewrite(text, rewrites), tables, titles, kept), kept), to);
    return regionalTypography(quotationMarks(converted, from, to), to);
  };
}

/**
 * Text in `from`'s script and wording, rewritten in `to`'s: regional names (川普 → 特朗普),
 * vocabulary (飛彈 → 导弹) and typography (「」 → “”) as well as characters. The same text when
 * `from === to`, without loading any OpenCC code.
 */
export async function convertText(text: string, from: Variant, to: Variant, glossary?: Glossary): Promise<string> {
  if (!text || from === to) return text;
  const [convert, wording] = await Promise.all([converterFor(from, to), wordingFor(from, to)]);
  return textConverter(convert, wording, from, to, glossary)(text);
}

/** An outlet's name (a source or its chip) as `to`'s readers see it: in script only, see convertSource. */
export async function convertSourceName(name: string, from: Variant, to: Variant): Promise<string> {
  if (!name || from === to) return name;
  return convertSource(await converterFor(from, to), name, from, to);
}

interface CachedArticle {
  glossary: Glossary | undefined;
  pageGlossaryVersion: number;
  result: Article;
}

const articles = new WeakMap<Article, Map<Variant, CachedArticle>>();

/** One direction's converters for a batch of articles. */
interface ArticleConverters {
  /** Headlines, summaries, picture text. */
  text: (text: string) => string;
  /** Categories and topics: the few a feed repeats on every article, each converted once a batch. */
  label: (text: string) => string;
  /** Outlets, in script only (see convertSource), also once a batch. */
  source: (name: string) => string;
}

function remembered(convert: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let converted = done.get(text);
    if (converted === undefined) done.set(text, (converted = convert(text)));
    return converted;
  };
}

function articleConverters(convert: ScriptConverter, wording: DirectionWording, from: Variant, to: Variant, glossary?: Glossary): ArticleConverters {
  const text = textConverter(convert, wording, from, to, glossary);
  return {text, label: remembered(text), source: remembered((name) => convertSource(convert, name, from, to))};
}

/** The article in `to`, from the cache or converted now. */
function articleIn(article: Article, to: Variant, {text, label, source}: ArticleConverters, glossary?: Glossary): Article {
  let cache = articles.get(article);
  if (!cache) articles.set(article, (cache = new Map()));
  const hit = cache.get(to);
  const version = glossaryVersion();
  if (hit && hit.glossary === glossary && hit.pageGlossaryVersion === version) return hit.result;
  const result: Article = {
    ...article,
    title: text(article.title),
    summary: text(article.summary),
    topics: article.topics.map(label),
    sources: article.sources.map(source),
    lang: langTag(to),
  };
  // The body stays as the feed gave it: no element shows it (search reads it in every script
  // alike), and converting up to a body's cap of text no reader sees would only spend time.
  if (article.category !== undefined) result.category = label(article.category);
  if (article.image) result.image = {...article.image, alt: text(article.image.alt)};
  cache.set(to, {glossary, pageGlossaryVersion: version, result});
  return result;
}

/**
 * The articles as `to`'s readers write them: title, summary, category, topics and image text
 * converted, sources in script only (outlets keep their names), `lang` set to `to`'s tag; the
 * body, which nothing shows, as given. An article already in `to`, or not Chinese, stays the same
 * object. Each direction's OpenCC loads once for the whole list, then the articles convert
 * synchronously, each at most once per article object, variant and glossary: a reader switching
 * back and forth gets the same objects again at no cost.
 */
export async function convertArticles(list: readonly Article[], to: Variant, glossary?: Glossary): Promise<Article[]> {
  const needed = new Map<Variant, Promise<[ScriptConverter, DirectionWording]>>();
  for (const article of list) {
    const from = variantOfLang(article.lang);
    if (from && from !== to && !needed.has(from)) {
      // The names and wording tables are built as soon as the direction's pairs arrive, while
      // OpenCC's dictionaries (the larger download) are still on their way.
      const wording = wordingFor(from, to).then((loaded) => {
        builtinTable(from, to, loaded.pairs);
        return loaded;
      });
      needed.set(from, Promise.all([converterFor(from, to), wording]));
    }
  }
  if (!needed.size) return [...list];
  const ready = new Map<Variant, ArticleConverters>();
  await Promise.all([...needed].map(async ([from, loads]) => {
    const [converter, wording] = await loads;
    ready.set(from, articleConverters(converter, wording, from, to, glossary));
  }));
  return list.map((article) => {
    const from = variantOfLang(article.lang);
    return from && from !== to ? articleIn(article, to, ready.get(from)!, glossary) : article;
  });
}

/** One article as `to`'s readers write it: see convertArticles. */
export async function convertArticle(article: Article, to: Variant, glossary?: Glossary): Promise<Article> {
  return (await convertArticles([article], to, glossary))[0]!;
}
