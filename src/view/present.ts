/**
 * Article[] → filter/sort → search → the visible page → convert: everything between the loaded
 * articles and the rendered ones. Elements import this lazily, so the gazetteer stays out of the
 * main bundle until articles are shown; it imports search and conversion (with the regional wording
 * tables) only when a reader searches or reads another variant than the source's.
 */
import {shownVariant, variantOfLang, type Article, type Variant} from '../core/vocabulary.js';
import type {Result} from '../data/errors.js';
import {entityIds, filterArticles, relatedArticles, type ArticleFilters, type SortOrder} from '../data/filter.js';
import {gazetteer, gazetteerById} from '../corpus/gazetteer.js';
import {entityName, withEntities} from '../text/entities.js';
import type {Glossary} from '../text/glossary.js';
import {converterFor} from '../text/script-converter.js';
import type {Highlighter} from './highlight.js';

export {entityName};

/** How many of a long array's stories are checked and drawn before the rest: a screenful several times over. */
const HEAD = 200;

/** The first stories of a long array, drawn while the rest are checked, and the orders they are first in. */
const heads = new WeakMap<readonly Article[], Record<SortOrder, boolean>>();

/**
 * Articles a host handed over as a property, checked like nk-news JSON: an article that breaks the
 * `Article` contract is skipped with a warning naming the field, never rendered half right.
 *
 * A long array whose dates are already in order gives its first HEAD stories, checked, to `first`,
 * and the rest are checked once the browser has painted those: 10,000 stories show as soon as 200
 * would. Those are the list's first stories in its final order, since checking the rest can only
 * skip a story (a bad one, or one repeating an id), never move one; `feedView` draws them only
 * for a list in that order.
 */
export async function checkArticles(articles: unknown, first?: (head: Article[]) => void): Promise<Result<Article[]>> {
  // The checker is the nk-news JSON reader, loaded only for pages that hand articles over. The
  // fetched-feed cap does not apply: the page's own array is shown whole, `limit` at a time.
  const {readJson, orderAsWritten} = await import('../data/formats/json.js');
  // In a browser only: a server paints nothing, and checks the whole array at once.
  if (first && Array.isArray(articles) && articles.length > HEAD && typeof requestAnimationFrame === 'function') {
    const order = orderAsWritten(articles);
    const head = order && readJson(articles.slice(0, HEAD), undefined, Infinity);
    if (order && head?.ok) {
      heads.set(head.value, order);
      first(head.value);
      // After the next paint; a page the browser does not paint (a background tab) goes on by the timer.
      await new Promise((painted) => {
        requestAnimationFrame(() => setTimeout(painted));
        setTimeout(painted, 100);
      });
    }
  }
  return readJson(articles, undefined, Infinity);
}

/** A filter chip: the value it filters by, its text in the reader's variant, whether it is on. */
export interface Chip {
  value: string;
  label: string;
  pressed: boolean;
}

export interface FeedView {
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

/*
 * Search's and conversion's modules, once loaded. Asked again, `import()` resolves no sooner than
 * the browser's next task (after a frame, when one is due), and a search asks at every keystroke.
 */
let searching: [typeof import('../text/search.js'), typeof import('./highlight.js')] | undefined;
let converting: [typeof import('../text/convert.js'), ...unknown[]] | undefined;

/** The chips: sources in the reader's script, and the top non-media entities as the reader's region names them. */
async function chips(articles: readonly Article[], filters: ArticleFilters, variant?: Variant): Promise<FeedView['chips']> {
  // A site may name the entity any way (川普, Donald Trump): its chip is on all the same.
  const selected = filters.entity ? entityIds(filters.entity, gazetteer) : new Set<string>();
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
  const sources = await Promise.all(
    [...firstCiting].map(async ([value, article]) => {
      const from = variantOfLang(article.lang);
      const shown = shownVariant(variant, article.lang);
      // An outlet keeps its name: the chip changes script only, as the article's own source line does.
      const label = from && shown && shown !== from ? await (await import('../text/convert.js')).convertSourceName(value, from, shown) : value;
      return {value, label, pressed: filters.source === value};
    })
  );
  // Media have their own chips, as sources.
  const entities = [...counts]
    .filter(([id]) => gazetteerById.get(id)?.kind !== 'medium')
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, MAX_ENTITY_CHIPS)
    .map(([id]) => ({value: id, label: entityName(id, shownVariant(variant, articles[0]?.lang ?? '')), pressed: selected.has(id)}));
  return {sources, entities};
}

/** What a view is derived for: `chips` false when nothing shows them (a list that is not `filterable`). */
export interface FeedViewOptions {
  chips?: boolean;
}

const NO_CHIPS: FeedView['chips'] = {sources: [], entities: []};

export async function feedView(
  loaded: readonly Article[],
  filters: ArticleFilters & {query: string},
  count: number,
  variant?: Variant,
  glossary?: Glossary,
  options: FeedViewOptions = {}
): Promise<FeedView> {
  // A long array's first stories show while the rest are checked if they are this list's first (in
  // its order), and if no chips show: those count every story, and would change under the reader.
  const head = heads.get(loaded);
  if (head && (!head[filters.sort ?? 'newest'] || options.chips !== false)) return {chips: NO_CHIPS, matching: [], shown: [], partial: true};
  // Articles that name their entities (nk-news JSON, the corpus) are taken as they are, with no second array.
  const all = loaded.every((article) => article.entities.length) ? loaded : loaded.map(withEntities);
  let matching = filterArticles(all, filters, gazetteer);
  const query = filters.query.trim();
  let highlight: Highlighter | undefined;
  if (query) {
    const [{articleMatches}, {highlighter}] = (searching ??= await Promise.all([import('../text/search.js'), import('./highlight.js')]));
    const keep = await Promise.all(matching.map((article) => articleMatches(article, query)));
    matching = matching.filter((_, index) => keep[index]);
    highlight = await highlighter(query);
  }
  // Chips count every article: a list without them skips that pass.
  const [shown, chipView] = await Promise.all([
    inVariant(matching.slice(0, count), variant, glossary),
    options.chips === false ? NO_CHIPS : chips(all, filters, variant),
  ]);
  return {chips: chipView, matching, shown, highlight, partial: !!head};
}

/** One article and the related coverage from `pool`, in the reader's variant. */
export async function cardView(given: Article, pool: readonly Article[], related: boolean, variant?: Variant, glossary?: Glossary) {
  const others = related ? relatedArticles(withEntities(given), pool.map(withEntities)) : [];
  const [article, ...rest] = await inVariant([withEntities(given), ...others], variant, glossary);
  return {article: article!, related: rest};
}

/**
 * The articles as `variant`'s readers write them, converted in one batch (each at most once: the
 * conversions are cached per article object, variant and glossary). The conversion code loads only
 * when some article has work; without a variant every article shows in its own.
 */
async function inVariant(articles: Article[], variant?: Variant, glossary?: Glossary): Promise<Article[]> {
  if (!variant || !articles.some((article) => (variantOfLang(article.lang) ?? variant) !== variant)) return articles;
  // OpenCC's dictionaries, and the wording the conversion code imports (a chunk of its own, shared
  // with search), download alongside that code, not after it: a first switch waits for one round
  // of requests, not three.
  for (const from of new Set(articles.map((article) => variantOfLang(article.lang)))) if (from && from !== variant) void converterFor(from, variant);
  const [{convertArticles}] = (converting ??= await Promise.all([import('../text/convert.js'), import('../text/wording.js')]));
  return convertArticles(articles, variant, glossary);
}
