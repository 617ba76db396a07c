import {html, type PropertyValues} from 'lit';
import type {Article} from '../data/article.js';
import {heading, renderArticle} from '../event-card/article-view.js';
import {formatDay, publishedDay} from '../i18n/format-date.js';
import {StoryList, type Frame} from '../story-list/story-list.js';
import {styles} from './timeline.styles.js';

/** Most placeholders shown while loading, as in the feed. */
const MAX_SKELETONS = 10;

interface Month {
  key: string;
  days: {key: string; stories: {article: Article; index: number}[]}[];
}

/** Consecutive stories of one month, and of one day within it, in the list's order. */
function groupByDay(stories: readonly Article[]): Month[] {
  const months: Month[] = [];
  stories.forEach((article, index) => {
    const day = publishedDay(article.published);
    let month = months.at(-1);
    if (month?.key !== day.slice(0, 7)) months.push((month = {key: day.slice(0, 7), days: []}));
    let group = month.days.at(-1);
    if (group?.key !== day) month.days.push((group = {key: day, stories: []}));
    group.stories.push({article, index});
  });
  return months;
}

/**
 * The stories along a line, under month and day headings. Takes the same data attributes as
 * `<nk-news-feed>` (the bundled corpus, `src`, `articles`, filters, `limit` and "more").
 *
 * @tagname nk-timeline
 * @summary News stories grouped by month and day along a line.
 *
 * @csspart timeline - The whole line.
 * @csspart month - A month heading.
 * @csspart day - One day on the line: its heading and stories.
 * @csspart day-heading - A day's heading.
 *
 * @cssproperty [--nk-timeline-line-color=var(--nk-color-border)] - The line.
 * @cssproperty [--nk-timeline-dot-color=var(--nk-color-accent)] - A day's dot on the line.
 */
export class NkTimeline extends StoryList {
  static override styles = [...StoryList.styles, styles];

  /** The shown stories by month and day, regrouped whenever they change. */
  #months: Month[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('view' as keyof NkTimeline)) this.#months = groupByDay(this.view?.shown ?? []);
  }

  protected override renderStories({lang, ui, label, initial}: Frame) {
    const compact = this.layout === 'compact';
    const level = this.headingLevel;
    return html`<section
      part="timeline"
      aria-label=${label}
      aria-busy=${String(this.loading)}
      @keydown=${this.onStoryKeydown}
      @click=${this.onStoryClick}
    >
      ${initial
        ? Array.from({length: Math.min(this.pageSize, MAX_SKELETONS)}, () => html`<div class="skeleton" aria-hidden="true"></div>`)
        : this.#months.map(
            (month) => html`
              ${heading(level, 'month', formatDay(`${month.key}-01`, lang, 'month'))}
              <ol class="days">
                ${month.days.map(
                  (day) => html`<li part="day">
                    ${heading(level + 1, 'day-heading', html`<time datetime=${day.key}>${formatDay(day.key, lang, 'day')}</time>`)}
                    <ul class="stories">
                      ${day.stories.map(
                        ({article, index}) =>
                          html`<li>${renderArticle(article, {...this.storyOptions(index, ui, compact), headingLevel: level + 2})}</li>`
                      )}
                    </ul>
                  </li>`
                )}
              </ol>
            `
          )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nk-timeline': NkTimeline;
  }
}
