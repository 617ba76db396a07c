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
 * @fires nk-article-select - The reader chose a story (click or Enter). `detail.article`; cancel it to keep a headline click from navigating.
 * @fires nk-load - A load the feed started finished. `detail.count`, `detail.sources`.
 * @fires nk-error - A source failed. `detail.error.code`: `http`, `timeout`, `network`, `parse`, `not-a-feed`, `empty`, `too-large`, `invalid`.
 * @fires nk-filter-change - The reader changed the search text or a filter chip. `detail` holds the active filters.
 *
 * @slot - A `<script type="application/json">` with inline stories (nk-news JSON or JSON Feed). Not displayed.
 *
 * @csspart feed - The list of stories (role=feed).
 * @csspart article - One story.
 * @csspart headline - A story's title (a link when it has a URL).
 * @csspart meta - The line with date, category and sources.
 * @csspart category - A story's category.
 * @csspart source - One medium a story cites.
 * @csspart summary - A story's text.
 * @csspart entity - One person, place or organization a story names.
 * @csspart image - A story's picture, when it has one.
 * @csspart more - The button that shows the next `limit` stories.
 * @csspart search - The search box (with `searchable`).
 * @csspart filters - The filter chips (with `filterable`).
 * @csspart chip - One filter chip.
 * @csspart status - The loading placeholders, the empty message and the result count.
 * @csspart error - The error message, or the notice that a refresh failed.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssproperty [--nk-font-family=system-ui, sans-serif] - Typeface.
 * @cssproperty [--nk-font-size=1rem] - Base text size.
 * @cssproperty [--nk-color-text=#1a1a1a] - Text colour.
 * @cssproperty [--nk-color-muted=#595959] - Secondary text (date, sources).
 * @cssproperty [--nk-color-accent=#b3261e] - Links, category, buttons, focus ring.
 * @cssproperty [--nk-color-surface=#ffffff] - Card background.
 * @cssproperty [--nk-color-border=#d9d9d9] - Outlines.
 * @cssproperty [--nk-color-background=transparent] - The element's own ground (dark theme: #121212).
 * @cssproperty [--nk-radius=8px] - Corner radius.
 * @cssproperty [--nk-space=0.75rem] - Base spacing.
 * @cssproperty [--nk-feed-gap=var(--nk-space)] - Space between stories.
 * @cssproperty [--nk-feed-columns-min=16rem] - Narrowest column in the `grid` layout.
 * @cssproperty [--nk-card-border-color=var(--nk-color-border)] - Story outline.
 * @cssproperty [--nk-card-background=var(--nk-color-surface)] - Story background.
 * @cssproperty [--nk-card-padding=var(--nk-space)] - Story padding.
 * @cssproperty [--nk-card-min-height=12rem] - Height of a loading placeholder (compact: 5rem).
 * @cssproperty [--nk-headline-color=var(--nk-color-text)] - Headline colour.
 * @cssproperty [--nk-headline-font-size=1.15em] - Headline size.
 * @cssproperty [--nk-chip-background=accent at 8%] - Entity chip background.
 * @cssproperty [--nk-skeleton-color=text at 8%] - Loading placeholder colour.
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
        ? Array.from({length: Math.min(Math.max(1, this.limit) || 1, MAX_SKELETONS)}, () => html`<div class="skeleton" aria-hidden="true"></div>`)
        : repeat(
            shown,
            (article) => article.id,
            (article, index) =>
              renderArticle(article, {
                ...this.storyOptions(article, index, ui, this.layout === 'compact'),
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
