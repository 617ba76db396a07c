import type {Article} from '../core/vocabulary.js';
import {publishedMs} from './iso-date.js';

/** Compares links as the browser would fetch them: `HTTP://Example.com:80/a` is `http://example.com/a`. */
function linkKey(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * Several feeds' articles as one list: the first copy of an article is kept (lists earlier in
 * `lists` win, so put the preferred source first), an article being the same id or else the same
 * link; newest first, ties in their original order. Pure: inputs are not touched.
 */
export function mergeArticles(lists: readonly (readonly Article[])[]): Article[] {
  const ids = new Set<string>();
  const links = new Set<string>();
  const kept: {article: Article; time: number}[] = [];
  for (const list of lists) {
    for (const article of list) {
      const link = article.url ? linkKey(article.url) : undefined;
      if (ids.has(article.id) || (link && links.has(link))) continue;
      ids.add(article.id);
      if (link) links.add(link);
      const time = publishedMs(article.published);
      // An unreadable date sorts last rather than poisoning the comparison.
      kept.push({article, time: Number.isNaN(time) ? -Infinity : time});
    }
  }
  // Array.prototype.sort is stable, so equal times keep feed order.
  kept.sort((a, b) => (a.time === b.time ? 0 : b.time > a.time ? 1 : -1));
  return kept.map((entry) => entry.article);
}
