import {html, nothing} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {renderArticle} from '../event-card/article-view.js';
import {StoryList, type Frame} from '../story-list/story-list.js';
import {styles} from './news-feed.styles.js';

/** Most placeholders shown while loading: enough to fill a sidebar without a jump. */
const MAX_SKELETONS = 10;

/**
 * A feed of North Korea news: the bundled corpus with no configuration, or the stories of the
 * site's own JSON, JSON Feed, RSS or Atom feeds (`src`), or inline stories (`articles`, or a child
 * `<script type="application/json">`). Follows the WAI-ARIA feed pattern: each story is focusable,
 * Page Down / Page Up move between stories, Enter selects one.
 *
 * @tagname nk-news-feed
 * @summary A list of news stories with "more", search and filters.
 *
 * @csspart feed - The list of stories (role=feed).
 *
 * @cssproperty [--nk-feed-gap=var(--nk-space)] - Space between stories.
 * @cssproperty [--nk-feed-columns-min=16rem] - Narrowest column in the `grid` layout.
 */
export class NkNewsFeed extends StoryList {
  static override styles = [...StoryList.styles, styles];

  protected override renderStories({shown, label, initial, ui}: Frame) {
    // An empty role=feed is invalid ARIA; the status line says why there is nothing.
    const isFeed = initial || shown.length > 0;
    return html`<div
      part="feed"
      role=${isFeed ? 'feed' : nothing}
      aria-label=${isFeed ? label : nothing}
      aria-busy=${isFeed ? String(this.loading) : nothing}
      @keydown=${this.#onKeydown}
      @click=${this.onStoryClick}
    >
      ${initial
        ? Array.from({length: Math.min(this.pageSize, MAX_SKELETONS)}, () => html`<div class="skeleton" aria-hidden="true"></div>`)
        : repeat(
            shown,
            (article) => article.id,
            (article, index) =>
              renderArticle(article, {
                ...this.storyOptions(index, ui, this.layout === 'compact'),
                feedPosition: {index, size: this.matching.length},
              })
          )}
    </div>`;
  }

  /** The WAI-ARIA feed pattern: Page Down / Page Up move between stories, Enter selects. */
  #onKeydown(event: KeyboardEvent) {
    const hit = this.onStoryKeydown(event);
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
