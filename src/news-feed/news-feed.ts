import {html, nothing} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {renderArticle} from '../view/article-view.js';
import {ArticleList} from '../view/article-list.js';
import type {Frame} from '../view/list-controls.js';
import {styles} from './news-feed.styles.js';

/** Most placeholders shown while loading: enough to fill a sidebar without a jump. */
const MAX_SKELETONS = 10;

/**
 * A feed of North Korea news: the bundled corpus with no configuration, or the articles of the
 * site's own JSON, JSON Feed, RSS or Atom feeds (`src`), or inline articles (`articles`, or a child
 * `<script type="application/json">`). Follows the WAI-ARIA feed pattern: each article is focusable,
 * Page Down / Page Up move between articles, Enter selects one.
 *
 * @tagname nk-news-feed
 * @summary A list of news articles with "more", search and filters.
 *
 * @csspart feed - The list of articles (role=feed).
 *
 * @cssproperty [--nk-feed-gap=var(--nk-space)] - Space between articles.
 * @cssproperty [--nk-feed-columns-min=16em] - Narrowest column in the `grid` layout; columns without an article collapse.
 */
export class NkNewsFeed extends ArticleList {
  static override styles = [...ArticleList.styles, styles];

  protected override renderArticles({shown, label, initial, ui}: Frame) {
    // An empty role=feed is invalid ARIA; the status line says why there is nothing.
    const isFeed = initial || shown.length > 0;
    return html`<div
      part="feed"
      role=${isFeed ? 'feed' : nothing}
      aria-label=${isFeed ? label : nothing}
      aria-busy=${isFeed ? String(this.loading) : nothing}
      @keydown=${this.#onKeydown}
      @click=${this.onArticleClick}
    >
      ${initial
        ? Array.from({length: Math.min(this.pageSize, MAX_SKELETONS)}, () => html`<div class="skeleton" aria-hidden="true"></div>`)
        : repeat(
            shown,
            (article) => article.id,
            (article, index) =>
              renderArticle(article, {
                ...this.articleOptions(index, ui, this.layout === 'compact'),
                feedPosition: {index, size: this.matching.length},
              })
          )}
    </div>`;
  }

  /** The WAI-ARIA feed pattern: Page Down / Page Up move between articles, Enter selects. */
  #onKeydown(event: KeyboardEvent) {
    const hit = this.onArticleKeydown(event);
    if (hit && (event.key === 'PageDown' || event.key === 'PageUp')) {
      event.preventDefault();
      const sibling = event.key === 'PageDown' ? hit.element.nextElementSibling : hit.element.previousElementSibling;
      (sibling as HTMLElement | null)?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nk-news-feed': NkNewsFeed;
  }
}
