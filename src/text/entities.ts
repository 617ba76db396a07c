import type {Article, Variant} from '../core/vocabulary.js';
import {gazetteer} from '../corpus/gazetteer.js';
import type {GazetteerEntry} from '../corpus/gazetteer-types.js';
import {PhraseTable} from './phrases.js';

/**
 * The corpus's gazetteer (docs/entities.md lists it). The beat's people beyond it
 * (gazetteer-news.ts) convert in text, but are no chips: they would weigh on the CDN entry.
 */
const entries: readonly GazetteerEntry[] = gazetteer;

/** Every name by which an entry may be written: its regional names, aliases and other spellings. */
function namesOf(entry: GazetteerEntry): string[] {
  const {names, aliases = [], aliasNames = {}, forms = {}} = entry;
  return [
    names['zh-TW'], names['zh-HK'], names['zh-CN'], ...aliases,
    ...Object.values(aliasNames).flatMap((alias) => [alias['zh-HK'], alias['zh-CN']]),
    ...Object.values(forms).flat(),
  ];
}

const byId = new Map(entries.map((entry) => [entry.id, entry]));
/** Names (and English names, lower case) to entries; the first entry with a name keeps it. */
const byName = new Map<string, GazetteerEntry>();
for (const entry of entries) {
  for (const name of [...namesOf(entry), entry.names.en.toLowerCase()]) if (!byName.has(name)) byName.set(name, entry);
}

/**
 * The entry an article's entity stands for: the gazetteer's id (`donald-trump`), or any name of it
 * in any region's script (川普, 特朗普, Donald Trump), as integrators hand names over.
 */
export function entityEntry(idOrName: string): GazetteerEntry | undefined {
  return byId.get(idOrName) ?? byName.get(idOrName) ?? byName.get(idOrName.trim().toLowerCase());
}

/** The entity's name as `variant`'s readers write it, from its id or any of its names; else as given. */
export function entityName(id: string, variant: Variant = 'zh-TW'): string {
  return entityEntry(id)?.names[variant] ?? id;
}

/**
 * Longer names that hold an entity's name but are another thing: 亞太經合組織 (APEC) is not 亞太,
 * 朝鲜日报 (a Seoul daily) not 朝鲜, 美國之音 not 美國. Found as names, they keep the shorter one from
 * being found inside them.
 */
const OTHER_NAMES =
  '亞太經合組織 亚太经合组织 亞太經合會 亞太經濟合作 亚太经济合作 美國之音 美国之音 美國在台協會 美国在台协会 日本海 朝鮮日報 朝鲜日报 朝鮮新報 ' +
  '朝鲜新报 朝鲜中央通讯社 朝鲜中央电视台 朝鲜半岛 朝鲜族 朝鲜语 朝鲜王朝 朝鲜战争 朝鲜人民军 朝鲜之声 中國時報 中国时报 韓國日報 韩国日报';

/**
 * Names to ids, longest match first: `''` for the other names. Built at the first text searched,
 * not as the views' chunk loads: articles that name their entities (the corpus's, most pages')
 * never need it, and a first paint would wait on building it.
 */
let mentions: PhraseTable | undefined;
function mentionTable(): PhraseTable {
  if (mentions) return mentions;
  const table = new PhraseTable();
  for (const entry of entries) for (const name of namesOf(entry)) if (name.length > 1) table.add(name, entry.id);
  for (const name of OTHER_NAMES.split(' ')) table.add(name, '');
  return (mentions = table);
}

/**
 * Gazetteer ids of the entities a text names, in order of first mention: at each place the longest
 * name found there (金正恩 over 金正, 南韓國防部 over 南韓, 亞太經合組織 over 亞太), one scan.
 */
export function findEntities(text: string): string[] {
  const found = new Set<string>();
  const mentions = mentionTable();
  for (let at = 0; at < text.length; ) {
    const end = mentions.longest(text, at);
    if (!end) {
      at++;
      continue;
    }
    if (mentions.found) found.add(mentions.found);
    at = end;
  }
  return [...found];
}

const filled = new WeakMap<Article, Article>();

/**
 * Fills in the entities of articles from feeds that do not name them, and writes the names an
 * integrator handed over (川普, 北韓) as the gazetteer's ids, so chips, filters and related stories
 * treat them alike (once per article object).
 */
export function withEntities(article: Article): Article {
  let result = filled.get(article);
  if (result) return result;
  if (!article.entities.length) {
    result = {...article, entities: findEntities(`${article.title} ${article.summary}`)};
  } else {
    const ids = [...new Set(article.entities.map((entity) => entityEntry(entity)?.id ?? entity))];
    const same = ids.length === article.entities.length && ids.every((id, index) => id === article.entities[index]);
    result = same ? article : {...article, entities: ids};
  }
  filled.set(article, result);
  return result;
}
