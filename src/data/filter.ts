import type {Article} from '../core/vocabulary.js';
import type {GazetteerEntry} from '../corpus/gazetteer-types.js';
import {BARE_DATE, publishedMs, utc} from './iso-date.js';

export type SortOrder = 'newest' | 'oldest';

/** The filters that need no text search; the free-text query is matched in text/search.ts. */
export interface ArticleFilters {
  category?: string;
  source?: string;
  /** A gazetteer id or any of the entity's regional names. */
  entity?: string;
  /**
   * The first moment shown: an ISO 8601 year (`2025`), month (`2025-07`), date or instant, read as
   * the parsers read `published` (UTC when no offset is given). A year, month or date starts at
   * its first moment, 00:00 UTC. A value that is none of these is ignored (no filter), silently:
   * check it before passing it when that matters.
   */
  since?: string;
  /**
   * The last moment shown, in the same forms as `since`. A year, month or date includes the whole
   * of it (`until="2025-07"` keeps July 31, 23:59 UTC); an instant is kept up to and including that
   * instant. Unreadable values are ignored, as for `since`.
   */
  until?: string;
  sort?: SortOrder;
}

/**
 * The span of time a `since`/`until` value names, end exclusive: a year, a month, a day (00:00 UTC
 * to the next 00:00), or one instant (that millisecond). NaN bounds when it is unreadable.
 */
function span(value: string): [start: number, end: number] {
  const text = value.trim();
  const period = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  if (period) {
    const year = Number(period[1]);
    const month = Number(period[2] ?? 1);
    const start = utc(year, month, 1);
    if (Number.isNaN(start)) return [NaN, NaN]; // 2025-13, 0000
    // The end of 9999 is NaN: no limit, which keeps the same articles.
    return [start, period[2] === undefined || month === 12 ? utc(year + 1, 1, 1) : utc(year, month + 1, 1)];
  }
  const start = publishedMs(text);
  return [start, start + (BARE_DATE.test(text) ? DAY : 1)];
}

const DAY = 86_400_000;

/** The gazetteer ids an `entity` filter means: the id itself, or every entity with that name. */
export function entityIds(entity: string, gazetteer: readonly GazetteerEntry[]): Set<string> {
  const ids = new Set([entity]);
  for (const entry of gazetteer) {
    const names = [...Object.values(entry.names), ...(entry.aliases ?? [])];
    if (names.some((name) => name.toLowerCase() === entity.toLowerCase())) ids.add(entry.id);
  }
  return ids;
}

/** Keeps the articles that pass every filter, in the requested order. Pure: never mutates. */
export function filterArticles(
  articles: readonly Article[],
  filters: ArticleFilters,
  gazetteer: readonly GazetteerEntry[] = []
): Article[] {
  const {category, source, entity, since, until, sort = 'newest'} = filters;
  if (!category && !source && !entity && !since && !until && inOrder(articles, sort)) return articles.slice();
  const ids = entity ? entityIds(entity, gazetteer) : undefined;
  // An unreadable bound is NaN, and no time compares with NaN: that filter keeps everything.
  const from = since ? span(since)[0] : -Infinity;
  const to = until ? span(until)[1] : Infinity;
  // Each date is read once, into `times`, beside the article it belongs to.
  const kept: Article[] = [];
  const times: number[] = [];
  for (const article of articles) {
    const time = publishedMs(article.published);
    if (
      (!category || article.category === category) &&
      (!source || article.sources.includes(source)) &&
      (!ids || article.entities.some((id) => ids.has(id))) &&
      !(time < from) &&
      !(time >= to)
    ) {
      kept.push(article);
      times.push(time);
    }
  }
  const direction = sort === 'oldest' ? 1 : -1;
  // Feeds and pages mostly hand articles over newest first already: then sorting would change nothing.
  let sorted = true;
  for (let i = 1; sorted && i < times.length; i++) sorted = direction * (times[i]! - times[i - 1]!) >= 0;
  if (sorted) return kept;
  // Array.prototype.sort is stable, so articles of one day keep their feed order.
  const order = Array.from(kept.keys()).sort((a, b) => direction * (times[a]! - times[b]!));
  return order.map((index) => kept[index]!);
}

/**
 * Whether the articles are in `sort`'s order already, read from their dates as written: a page's
 * 10,000 stories are then not dated one by one before the first of them is drawn. The two forms
 * `published` takes (a bare date; an instant as `toISOString()` writes it) sort as strings, a day
 * before any instant of it. A day and that day's midnight written as an instant may be read as out
 * of order, and a date of another length as unsorted: both then take the full sort, which gives the
 * same list.
 */
function inOrder(articles: readonly Article[], sort: SortOrder): boolean {
  for (let i = 0; i < articles.length; i++) {
    const date = articles[i]!.published;
    if (date.length !== 10 && date.length !== 24) return false;
    const before = articles[i - 1]?.published;
    if (before !== undefined && (sort === 'oldest' ? before > date : before < date)) return false;
  }
  return true;
}

/** Other articles that share the most entities with `article`, best first. */
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
