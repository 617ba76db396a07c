/**
 * A list's view (the feed's and the timeline's): Article[] → filter/sort → search → the visible
 * page → convert, and the filter chips. A lazy module (the controller imports it at its first
 * derivation), so the gazetteer stays out of the main bundle until articles are shown; search and
 * conversion load only when a reader searches or reads another variant than the source's.
 */
import {shownVariant, type Article} from '../core/vocabulary.js';
import {entityIds, filterArticles, type SortOrder} from '../data/filter.js';
import {gazetteer, gazetteerById} from '../corpus/gazetteer.js';
import {entityName, withEntities} from '../text/entities.js';
import {inVariant} from '../text/in-variant.js';
import type {ActiveFilters} from './events.js';
import type {Highlighter} from './highlight.js';
import type {DerivedView, ViewRequest} from './view-request.js';

/** What a list asks of its articles. */
export interface ListQuery {
  filters: ActiveFilters & {sort: SortOrder};
  /** How many show: `limit` times the pages "more" opened. */
  count: number;
  /** The list shows filter chips (`filterable`): only then are they counted, over every article. */
  chips: boolean;
}

/** A filter chip: the value it filters by, its text in the reader's variant, whether it is on. */
export interface Chip {
  value: string;
  label: string;
  pressed: boolean;
}

export interface ListView extends DerivedView {
  /** What the filter chips offer: every medium cited, and the most named other entities. */
  chips: {sources: Chip[]; entities: Chip[]};
  /** The articles that pass the filters and the query, in order (source script). */
  matching: Article[];
  /** The first `count` of them, in the reader's variant. */
  shown: Article[];
  /** Marks what the query matched, in any region's names and wording; absent without a query. */
  highlight?: Highlighter;
  /** Derived from a long array's first stories while the rest are checked: how many match is not known yet. */
  partial?: boolean;
}

const MAX_ENTITY_CHIPS = 8;
const NO_CHIPS: ListView['chips'] = {sources: [], entities: []};

/** Search's modules, once loaded: a search asks at every keystroke, and `import()` waits a task each time. */
let searching: [typeof import('../text/search.js'), typeof import('./highlight.js')] | undefined;

/** What the chips count: the first article citing each medium, and how often each entity is named. */
function tally(articles: readonly Article[]) {
  const firstCiting = new Map<string, Article>();
  // A box per entity: each mention costs one lookup, not a get and a set.
  const counts = new Map<string, {n: number}>();
  for (const article of articles) {
    for (const source of article.sources) if (!firstCiting.has(source)) firstCiting.set(source, article);
    for (const id of article.entities) {
      const count = counts.get(id);
      if (count) count.n++;
      else counts.set(id, {n: 1});
    }
  }
  return {firstCiting, counts};
}

/** The most named entities that are not media (media have their own chips, as sources). */
function topEntities(counts: Map<string, {n: number}>): string[] {
  return [...counts]
    .filter(([id]) => gazetteerById.get(id)?.kind !== 'medium')
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, MAX_ENTITY_CHIPS)
    .map(([id]) => id);
}

/** The list's view; the words' strings are the controller's to load. */
export async function listView({loaded, query: {filters, count, chips}, variant, glossary, lang, head}: ViewRequest<ListQuery>): Promise<ListView> {
  const base = {loaded, variant, lang, entityName};
  // A long array's first stories show while the rest are checked if they are this list's first (in
  // its order), and if no chips show: those count every story, and would change under the reader.
  if (head && (!head[filters.sort ?? 'newest'] || chips)) return {...base, chips: NO_CHIPS, matching: [], shown: [], partial: true};
  // Articles that name their entities by the gazetteer's ids (nk-news JSON, the corpus) are taken as
  // they are, with no second array; names handed over (川普) become ids, so chips and `entity` count them once.
  const all = loaded.every((article) => withEntities(article) === article) ? loaded : loaded.map(withEntities);
  let matching = filterArticles(all, filters, gazetteer);
  const text = filters.query.trim();
  let highlight: Highlighter | undefined;
  if (text) {
    const [{articleMatcher}, {highlighter}] = (searching ??= await Promise.all([import('../text/search.js'), import('./highlight.js')]));
    // One matcher for the query, and one synchronous pass over the articles (no promise each).
    const [matches, marks] = await Promise.all([articleMatcher(text), highlighter(text)]);
    matching = matching.filter(matches);
    highlight = marks;
  }
  // Chips count every article: a list without them skips that pass.
  const {firstCiting, counts} = chips ? tally(all) : {firstCiting: new Map<string, Article>(), counts: new Map<string, {n: number}>()};
  const outlets = [...firstCiting].map(([name, article]) => ({name, lang: article.lang}));
  // The page and the chips' outlets enter conversion together, once.
  const converted = await inVariant(matching.slice(0, count), variant, glossary, outlets);
  // A site may name the entity any way (川普, Donald Trump): its chip is on all the same.
  const selected = filters.entity ? entityIds(filters.entity, gazetteer) : new Set<string>();
  const region = shownVariant(variant, all[0]?.lang ?? '');
  const chipView = chips
    ? {
        sources: outlets.map(({name}, i) => ({value: name, label: converted.outlets[i]!, pressed: filters.source === name})),
        entities: topEntities(counts).map((id) => ({value: id, label: entityName(id, region), pressed: selected.has(id)})),
      }
    : NO_CHIPS;
  return {...base, chips: chipView, matching, shown: converted.articles, highlight, partial: !!head};
}
