import type {Article} from './article.js';
import type {GazetteerEntry} from '../corpus/gazetteer-types.js';
import {publishedMs} from './iso-date.js';

export type SortOrder = 'newest' | 'oldest';

/** The filters that need no text search; the free-text query is matched in text/search.ts. */
export interface ArticleFilters {
  category?: string;
  source?: string;
  /** A gazetteer id or any of the entity's regional names. */
  entity?: string;
  /**
   * ISO 8601 date or instant, read as the parsers read `published`: a time without an offset is
   * UTC. A bare `until` date includes that whole day.
   */
  since?: string;
  until?: string;
  sort?: SortOrder;
}

const DAY = 86_400_000;

function entityIds(entity: string, gazetteer: readonly GazetteerEntry[]): Set<string> {
  const ids = new Set([entity]);
  for (const entry of gazetteer) {
    const names = [...Object.values(entry.names), ...(entry.aliases ?? [])];
    if (names.some((name) => name.toLowerCase() === entity.toLowerCase())) ids.add(entry.id);
  }
  return ids;
}

/** Keeps the stories that pass every filter, in the requested order. Pure: never mutates. */
export function filterArticles(
  articles: readonly Article[],
  filters: ArticleFilters,
  gazetteer: readonly GazetteerEntry[] = []
): Article[] {
  const {category, source, entity, since, until, sort = 'newest'} = filters;
  const ids = entity ? entityIds(entity, gazetteer) : undefined;
  const from = since ? publishedMs(since) : -Infinity;
  const to = until ? publishedMs(until) + (/^\d{4}-\d{2}-\d{2}$/.test(until) ? DAY : 1) : Infinity;
  const kept = articles.filter((article) => {
    const time = publishedMs(article.published);
    return (
      (!category || article.category === category) &&
      (!source || article.sources.includes(source)) &&
      (!ids || article.entities.some((id) => ids.has(id))) &&
      !(time < from) &&
      !(time >= to)
    );
  });
  const direction = sort === 'oldest' ? 1 : -1;
  // Array.prototype.sort is stable, so stories of one day keep their feed order.
  return kept.sort((a, b) => direction * (publishedMs(a.published) - publishedMs(b.published)));
}

/** Other stories that share the most entities with `article`, best first. */
export function relatedArticles(article: Article, pool: readonly Article[], max = 3): Article[] {
  const mine = new Set(article.entities);
  return pool
    .filter((other) => other.id !== article.id)
    .map((other) => ({other, shared: other.entities.filter((id) => mine.has(id)).length}))
    .filter(({shared}) => shared > 1)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, max)
    .map(({other}) => other);
}
