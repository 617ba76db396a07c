import {html, type PropertyValues} from 'lit';
import type {Article} from '../core/vocabulary.js';
import {heading, renderArticle} from '../view/article-view.js';
import {formatDay, publishedDay} from '../i18n/format-date.js';
import {ArticleList} from '../view/article-list.js';
import type {Frame} from '../view/list-controls.js';
import {styles} from './timeline.styles.js';

/** Most placeholders shown while loading, as in the feed. */
const MAX_SKELETONS = 10;

interface Month {
  key: string;
  days: {key: string; articles: {article: Article; index: number}[]}[];
}

/** Consecutive articles of one month, and of one day within it, in the list's order. */
function groupByDay(articles: readonly Article[]): Month[] {
  const months: Month[] = [];
  articles.forEach((article, index) => {
    const day = publishedDay(article.published);
    let month = months.at(-1);
    if (month?.key !== day.slice(0, 7)) months.push((month = {key: day.slice(0, 7), days: []}));
    let group = month.days.at(-1);
    if (group?.key !== day) month.days.push((group = {key: day, articles: []}));
    group.articles.push({article, index});
  });
  return months;
}

/**
 * The articles along a line, under month and day headings. Takes the same data attributes as
 * `<nk-news-feed>` (the bundled corpus, `src`, `articles`, filters, `limit` and "more").
 *
 * @tagname nk-timeline
 * @summary News articles grouped by month and day along a line.
 *
 * @csspart timeline - The whole line.
 * @csspart month - A month heading.
 * @csspart day - One day on the line: its heading and articles.
 * @csspart day-heading - A day's heading.
 *
 * @cssproperty [--nk-timeline-line-color=var(--nk-color-border)] - The line (dark: `--nk-dark-timeline-line-color`).
 * @cssproperty [--nk-timeline-dot-color=var(--nk-color-accent)] - A day's dot on the line (dark: `--nk-dark-timeline-dot-color`).
 */
export class NkTimeline extends ArticleList {
  static override styles = [...ArticleList.styles, styles];

  /** The shown articles by month and day, regrouped whenever they change. */
  #months: Month[] = [];
  #grouped?: readonly Article[];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const shown = this.view?.shown ?? [];
    if (shown !== this.#grouped) [this.#grouped, this.#months] = [shown, groupByDay(shown)];
  }

  protected override renderArticles({lang, ui, label, initial}: Frame) {
    const compact = this.layout === 'compact';
    const level = this.headingLevel;
    return html`<section
      part="timeline"
      aria-label=${label}
      aria-busy=${String(this.loading)}
      @keydown=${this.onArticleKeydown}
      @click=${this.onArticleClick}
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
                    <ul class="articles">
                      ${day.articles.map(
                        ({article, index}) =>
                          html`<li>${renderArticle(article, {...this.articleOptions(index, ui, compact), headingLevel: level + 2})}</li>`
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
