/**
 * The snapshot as a page carries it (snapshot.ts says what it holds), written by the server
 * (`nk-news/ssr`) and read back in the browser before it is checked. A story is written once, and
 * only what the page does not already say: a story as shown, the fields that differ from its
 * JSON-LD item beside it (headline, description, dates, url, language, section: json-ld.ts); a
 * story as loaded (in the source's script), the fields that differ from the same story as shown;
 * entity names, none (the markup shows each, by id). A field is left out only when the other copy
 * holds it exactly, so reading it back gives the story the server had. gzip reads the text the
 * page repeats for almost nothing; what it cannot fold is the text of stories the page does not
 * show, which travels only when they are few (at most as many again as those shown, from a feed:
 * "more" then answers at once). Otherwise the snapshot says how many matched (`total`), or that a
 * card's source held more (`partial`), and the element loads its source when the reader first asks
 * for something else. The bundled corpus is never carried: the browser has it.
 *
 * Reading never throws: what it makes of a malformed snapshot is checked by snapshot.ts like any input.
 */
import type {Article, Variant} from '../core/vocabulary.js';
import type {Chip} from './list-view.js';

/** Entity names by id and variant, for the entities of the articles shown. */
export type Names = Record<string, Partial<Record<Variant, string>>>;

/** A list's snapshot as the server derives it (prerender.ts), before it is packed. */
export interface ListSnapshot {
  loaded: Article[];
  /** Ids of the articles that pass the filters, in order (packed and partial: those carried only). */
  matching: string[];
  /** Packed and partial: how many articles pass the filters in all. */
  total?: number;
  /** As shown: converted to `variant`. */
  shown: Article[];
  chips: {sources: Chip[]; entities: Chip[]};
  variant?: Variant;
  names: Names;
}

export interface CardSnapshot {
  /** The articles the card's article was looked up in (packed and `partial`: only those shown). */
  loaded: Article[];
  /** The card's article and its related coverage, as shown. */
  article: Article;
  related: Article[];
  variant?: Variant;
  names: Names;
  partial?: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The article fields a JSON-LD `NewsArticle` states, by the property that states them. */
const LD_FIELDS = {title: 'headline', summary: 'description', published: 'datePublished', modified: 'dateModified', url: 'url', lang: 'inLanguage', category: 'articleSection'} as const;

/** What a JSON-LD item says of its article: string fields, and topics from `keywords` (json-ld.ts joins them with ", "). */
function fromLd(item: unknown): Json {
  const fields: Json = {};
  if (!isObject(item)) return fields;
  for (const [field, property] of Object.entries(LD_FIELDS)) if (typeof item[property] === 'string') fields[field] = item[property];
  fields['topics'] = typeof item['keywords'] === 'string' ? item['keywords'].split(', ') : [];
  return fields;
}

/** The fields of `story` that `base` does not hold as they are (null: `story` has none); with no base, all of them. */
function delta(story: Article, base: Json | undefined): Json {
  if (!base) return {...story};
  const out: Json = {id: story.id};
  for (const [key, value] of Object.entries(story)) if (JSON.stringify(value) !== JSON.stringify(base[key])) out[key] = value;
  for (const key of Object.keys(base)) if (!(key in story)) out[key] = null;
  return out;
}

/** `stories` written against `bases` by id; with `dropSame`, those the base holds whole are left out (read back from it). */
function against(stories: readonly Article[], bases: readonly Article[], dropSame = false): Json[] {
  const byId = new Map(bases.map((story) => [story.id, story]));
  const entries = stories.map((story) => delta(story, byId.get(story.id) as Json | undefined));
  return dropSame ? entries.filter((entry) => Object.keys(entry).length > 1) : entries;
}

/** The source's own versions of the stories with these ids, in their order. */
function ofIds(loaded: readonly Article[], ids: readonly string[]): Article[] {
  const byId = new Map(loaded.map((article) => [article.id, article]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The snapshot packed. `fromFeed`: the stories came from a feed (`src`), not the bundled corpus;
 * `graph`: the JSON-LD items written beside it, one per story shown (a card: its own article).
 */
export function packSnapshot(snapshot: ListSnapshot | CardSnapshot, fromFeed: boolean, graph: readonly unknown[]): Json {
  const {variant} = snapshot;
  if ('matching' in snapshot) {
    const {loaded, matching, shown, chips} = snapshot;
    const whole = fromFeed && loaded.length <= 2 * Math.max(1, shown.length);
    const carried = whole ? loaded : ofIds(loaded, shown.map(({id}) => id));
    // Partial: the stories carried are those shown, which match first, so neither needs its ids again.
    return {
      loaded: against(carried, shown, !whole), matching: whole ? matching : [], ...(!whole && {total: matching.length}),
      shown: shown.map((story, i) => delta(story, {id: story.id, ...fromLd(graph[i])})), chips, variant,
    };
  }
  const {loaded, article, related} = snapshot;
  const carried = ofIds(loaded, [article, ...related].map(({id}) => id));
  return {
    loaded: against(carried, [article, ...related], true), ...(carried.length < loaded.length && {partial: true}),
    article: delta(article, {id: article.id, ...fromLd(graph[0])}), related, variant,
  };
}

/** What the page says beside a snapshot: the JSON-LD items; the ids of the stories drawn, in order, and entity names by id, as the markup shows them. */
export interface PageText {
  graph: readonly unknown[];
  ids: readonly string[];
  names: ReadonlyMap<string, string>;
}

/** `entries` made whole from `bases` (by id, or by position with `byIndex`); entries that are not objects are kept as they are, to fail the check. */
function merge(entries: unknown, bases: (entry: Json, i: number) => Json | undefined): unknown {
  if (!Array.isArray(entries)) return entries;
  return entries.map((entry, i) => (isObject(entry) ? {...bases(entry, i), ...entry} : entry));
}

/** The snapshot in the form snapshot.ts checks, from its packed form and the page around it. */
export function unpackSnapshot(packed: unknown, page: PageText): unknown {
  if (!isObject(packed)) return packed;
  const names: Names = {};
  for (const [id, name] of page.names) names[id] = {'zh-TW': name, 'zh-HK': name, 'zh-CN': name};
  const out: Json = {names, ...packed};
  const ld = (_: Json, i: number) => fromLd(page.graph[i]);
  if ('article' in packed) {
    out['article'] = isObject(packed['article']) ? {...fromLd(page.graph[0]), ...packed['article']} : packed['article'];
  } else {
    out['shown'] = merge(packed['shown'], ld);
  }
  const shown = [out['article'], ...(Array.isArray(out['shown']) ? out['shown'] : []), ...(Array.isArray(out['related']) ? out['related'] : [])]
    .filter(isObject);
  const byId = new Map(shown.map((story) => [story['id'], story]));
  const loaded = merge(packed['loaded'], (entry) => byId.get(entry['id']) as Json | undefined);
  // A card's, or a partial list's: the stories shown, each with what its entry says of it (entries for any other story stay, to fail the check).
  if (('article' in packed || 'total' in packed) && Array.isArray(loaded)) {
    const entries = new Map(loaded.filter(isObject).map((entry) => [entry['id'], entry]));
    const others = loaded.filter((entry) => !isObject(entry) || !byId.has(entry['id']));
    out['loaded'] = [...shown.map((story) => entries.get(story['id']) ?? story), ...others];
    // The stories that match first are those drawn, in the order the markup has them (not the snapshot's, which is checked against it).
    if ('total' in packed && Array.isArray(packed['matching']) && !packed['matching'].length) out['matching'] = [...page.ids];
  } else {
    out['loaded'] = loaded;
  }
  return out;
}
