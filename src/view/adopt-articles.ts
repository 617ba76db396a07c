/**
 * Checking the articles a page hands a list or a card (article-source.ts): a chunk of its own
 * with the checker, fetched only by pages that hand articles over, so the CDN entry carries none
 * of it (issue #23: the entry's byte budget).
 */
import type {Article, ArticleInput} from '../core/vocabulary.js';
import {checkArticles, type HeadOrders} from '../data/check-articles.js';
import type {FeedError} from '../data/errors.js';

/** What the checking reports to its source: `current` turns false once the page hands over other articles. */
export interface Adoption {
  current(): boolean;
  /** The first stories of a long array, shown while the rest are checked. */
  head(articles: readonly Article[], orders: HeadOrders): void;
  end(articles: readonly Article[], error?: FeedError): void;
}

/** Checks `input` and reports to `to`; a failure to check is thrown, for the source to report. */
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
