/**
 * Checking the stories a page hands over (the `articles` property, a card's `article`, a server's
 * snapshot): each is read like an item of nk-news JSON, so one that breaks the `Article` contract is
 * skipped with a warning naming its field, never rendered half right. The fetched-feed cap does
 * not apply: the page's own array is shown whole, `limit` at a time.
 */
import type {Article, ArticleInput} from '../core/vocabulary.js';
import type {FeedError, Result} from './errors.js';
import type {SortOrder} from './filter.js';
import {orderAsWritten, readJson} from './formats/json.js';

/** How many of a long array's stories are checked first: a screenful several times over. */
export const HEAD = 200;

/** The sort orders a long array's first stories are the list's first stories in. */
export type HeadOrders = Record<SortOrder, boolean>;

/** A page's array, checked in two steps. */
export interface CheckedArticles {
  /**
   * The first HEAD stories, checked, when the array is longer than that and its dates are already in
   * order (`orders` says which): they are the whole list's first stories in those orders, since
   * checking the rest can only skip a story (a bad one, or one repeating an id), never move one.
   * Absent for a short array, or one out of order.
   */
  head?: {articles: Article[]; orders: HeadOrders};
  /** Checks the whole array (the head again with it): run it once the head is drawn. */
  rest: () => Result<Article[]>;
}

/** Every story `input` holds, checked; with `early`, a long array's first ones apart (see CheckedArticles). */
export function checkArticles(input: unknown, early = false): CheckedArticles {
  const rest = () => readJson(input, undefined, Infinity);
  if (!early || !Array.isArray(input) || input.length <= HEAD) return {rest};
  const orders = orderAsWritten(input);
  const head = orders && readJson(input.slice(0, HEAD), undefined, Infinity);
  return orders && head?.ok ? {head: {articles: head.value, orders}, rest} : {rest};
}

/** Every story `input` holds, or undefined when any of them is not an article: for data that must be whole. */
export function allArticles(input: unknown): Article[] | undefined {
  if (!Array.isArray(input)) return undefined;
  if (!input.length) return [];
  const checked = readJson(input, undefined, Infinity);
  return checked.ok && checked.value.length === input.length ? checked.value : undefined;
}

/** What the checking reports to its source: `current` turns false once the page hands over other articles. */
export interface Adoption {
  current(): boolean;
  /** The first stories of a long array, shown while the rest are checked. */
  head(articles: readonly Article[], orders: HeadOrders): void;
  end(articles: readonly Article[], error?: FeedError): void;
}

/**
 * Checks the articles a page hands a list or a card (view/article-source.ts) and reports to `to`;
 * a failure to check is thrown, for the source to report. Beside the checker, so the CDN bundle's
 * `json` chunk holds both: a page handing over its articles waits for one request there, not two
 * (issue #23: on HTTP/1.1 a browser opens six connections to a host, and a wave of more requests
 * than that waits a round trip for a free one).
 */
export async function adoptArticles(input: readonly ArticleInput[], to: Adoption): Promise<void> {
  if (!to.current()) return;
  // In a browser, a long array's first stories are drawn while the rest are checked (still
  // loading meanwhile); a server paints nothing, and checks the whole array at once.
  const {head, rest} = checkArticles(input, typeof requestAnimationFrame === 'function');
  if (head) {
    to.head(head.articles, head.orders);
    // After the next paint; a page the browser does not paint (a background tab) goes on by the timer.
    await new Promise((painted) => {
      requestAnimationFrame(() => setTimeout(painted));
      setTimeout(painted, 100);
    });
  }
  if (!to.current()) return;
  const checked = rest();
  if (!to.current()) return;
  to.end(checked.ok ? checked.value : [], checked.ok ? undefined : checked.error);
  // As for feeds: a skipped article is for the site's engineers, not the reader.
  if (checked.ok) for (const warning of checked.warnings) console.warn(`nk-news: ${warning}`);
}
