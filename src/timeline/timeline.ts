import {html, nothing, type PropertyValues} from 'lit';
import type {Article, ArticleInput} from '../core/vocabulary.js';
import {heading, renderArticle} from '../view/article-renderer.js';
import {formatDay, publishedDay} from '../i18n/format-day.js';
import {formatPublished} from '../i18n/format-date.js';
import {ArticleList} from '../view/article-list.js';
import type {Frame} from '../view/list-controls.js';
import {styles} from './timeline.styles.js';

/** Most placeholders shown while loading, as in the feed. */
const MAX_SKELETONS = 10;

/**
 * The least height an article takes on a timeline, with its label line and the gap below it, in
 * em of the timeline's text (a full article takes 16.3em, 261 px at the default 16px, a compact
 * one 9.2em; less with a site's smaller spacing tokens): a screen shows at most its height over
 * this many articles. Those are laid out with the timeline; the ones after them skip layout and
 * paint until they near the viewport (`content-visibility: auto`, timeline.styles.ts). Laying out
 * the articles' text is most of a timeline's first frame, and a reader sees the first few.
 */
const LEAST_EMS = {full: 14.5, compact: 8};
/** Without a window (a server's render): a tall screen's worth. */
const SERVER_SCREENFUL = 6;

interface Day {
  key: string;
  /** The first day shown of its month: its label carries the month heading too. */
  opensMonth: boolean;
  articles: {article: Article; index: number}[];
}

/**
 * Timelines a page has handed articles to (`articles`), and those whose first drawing of the corpus
 * waits for a frame, with what ends the wait. Not fields: ArticleList's constructor hands over what
 * a page set before the element was defined, before this class's fields exist.
 */
const handed = new WeakSet<Element>();
const waiting = new WeakMap<Element, () => void>();

/** The next animation frame; a page the browser does not paint (a background tab) goes on by the timer. */
const nextFrame = () =>
  new Promise<void>((drawn) => {
    requestAnimationFrame(() => drawn());
    setTimeout(drawn, 100);
  });

/** Consecutive articles of one day (in `timeZone`, else the reader's), in the list's order. */
function groupByDay(articles: readonly Article[], timeZone?: string): Day[] {
  const days: Day[] = [];
  articles.forEach((article, index) => {
    const key = publishedDay(article.published, timeZone);
    let day = days.at(-1);
    if (day?.key !== key) days.push((day = {key, opensMonth: day?.key.slice(0, 7) !== key.slice(0, 7), articles: []}));
    day.articles.push({article, index});
  });
  return days;
}

/**
 * The articles along a line, under month and day headings. Takes the same data attributes as
 * `<nk-news-feed>` (the bundled corpus, `src`, `articles`, filters, `limit` and "more").
 *
 * Every article takes the same height whatever days and months it falls on: a line for its label
 * above it (the day's headings on a day's first article, blank on the others), then the card at the
 * feed's fixed height. So a timeline's height is known before its articles arrive, and its
 * placeholders take exactly that height. The articles past what the window can show skip layout
 * and paint until they near it (`content-visibility: auto`); they are in the document all the same.
 *
 * Without `src`, it shows the bundled corpus, first drawn at the next animation frame: articles a
 * page hands over (`articles`) before then are drawn instead, and the corpus never is.
 *
 * @tagname nk-timeline
 * @summary News articles grouped by month and day along a line.
 *
 * @csspart timeline - The whole line.
 * @csspart month - A month heading, on the label line of the month's first day.
 * @csspart day - One day on the line: its label line (headings) and articles.
 * @csspart day-heading - A day's heading.
 *
 * @cssproperty [--nk-timeline-line-color=var(--nk-color-border)] - The line (dark: `--nk-dark-timeline-line-color`).
 * @cssproperty [--nk-timeline-dot-color=var(--nk-color-accent)] - A day's dot on the line (dark: `--nk-dark-timeline-dot-color`).
 */
export class NkTimeline extends ArticleList {
  static override styles = [...ArticleList.styles, styles];

  /** The shown articles by day, regrouped whenever they change. */
  #days: Day[] = [];
  #grouped?: readonly Article[];
  #zone?: string;
  /** Articles have been drawn (not only placeholders). */
  #drawn = false;
  /** How many articles a screen shows at most: those are laid out at once. */
  #screenful = SERVER_SCREENFUL;

  /** Inline articles to show instead of `src`. Reads back the articles the list shows, filtered and sorted (before "more"). */
  override get articles(): Article[] {
    return super.articles;
  }
  override set articles(articles: readonly ArticleInput[] | undefined | null) {
    if (articles) handed.add(this);
    else handed.delete(this);
    super.articles = articles;
    // Articles handed over while the corpus waits for its frame: take them now.
    waiting.get(this)?.();
  }

  /**
   * The bundled corpus is what a timeline shows when its page gives it nothing; a page that gives it
   * articles of its own usually does so a moment after the timeline is defined, once its own fetch
   * is in. So the corpus is first drawn at the next animation frame, where the browser would paint
   * it anyway: articles handed over before then are the first drawn, and the browser lays out one
   * set of articles, not the corpus and then the page's.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const corpusFirst = this.hasUpdated && !this.#drawn && !!this.view?.shown.length && !handed.has(this) && !this.src && !this.querySelector(':scope > script[type="application/json"]');
    if (!corpusFirst) return super.scheduleUpdate();
    return new Promise<void>((wake) => {
      waiting.set(this, wake);
      void nextFrame().then(wake);
    }).then(() => {
      waiting.delete(this);
      return super.scheduleUpdate();
    });
  }

  /** `loading`, `ready` or `error`; `loading` too while the corpus waits for its frame: `ready` means on screen. */
  override get status(): 'loading' | 'ready' | 'error' {
    return waiting.has(this) ? 'loading' : super.status;
  }

  /** Handed articles not yet derived, and none drawn before: the view on hand is of something else (the corpus), not to be drawn. */
  get #stale(): boolean {
    return !this.#drawn && handed.has(this) && this.status === 'loading' && !this.controller.head;
  }

  /** Until the page's articles are drawn, placeholders stay in place of a view of something else. */
  protected override frame(): Frame {
    const frame = super.frame();
    return this.#stale ? {...frame, shown: [], initial: true} : frame;
  }

  protected override updated() {
    super.updated();
    this.#drawn ||= !!this.view?.shown.length && !this.#stale;
  }

  /**
   * Building an Intl.DateTimeFormat takes milliseconds (ICU works out its patterns), and English
   * articles wait on three: their day and month headings and their dates. They are built after the
   * placeholders are drawn, while the articles load, in the words the timeline speaks so far (its
   * variant's, or the page's language), which are nearly always the articles'. Chinese ones need no
   * Intl (i18n/format-date.ts chineseDay): these calls cost nothing then.
   */
  protected override firstUpdated() {
    const {lang} = this.frame();
    formatDay('2001-02-03', lang, 'month');
    formatDay('2001-02-03', lang, 'day');
    formatPublished('2001-02-03', lang);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const shown = this.view?.shown ?? [];
    if (shown.length && shown !== this.#grouped && typeof innerHeight === 'number' && innerHeight > 0) {
      // Worked out for each new list (not at every update: reading the style may make the browser
      // style the page then), in the text size the site set (--nk-font-size).
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      this.#screenful = Math.ceil(innerHeight / (LEAST_EMS[this.layout === 'compact' ? 'compact' : 'full'] * em));
    }
    const zone = this.zones.timeZone;
    if (shown !== this.#grouped || zone !== this.#zone) [this.#grouped, this.#zone, this.#days] = [shown, zone, groupByDay(shown, zone)];
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
        : html`<ol class="days">
            ${this.#days.map(
              (day) => html`<li part="day">
                <div class="label">
                  ${day.opensMonth ? heading(level, 'month', formatDay(`${day.key.slice(0, 7)}-01`, lang, 'month')) : nothing}
                  ${heading(level + 1, 'day-heading', html`<time datetime=${day.key}>${formatDay(day.key, lang, 'day')}</time>`)}
                </div>
                <ul class="articles">
                  ${day.articles.map(
                    ({article, index}) => html`<li class=${index < this.#screenful ? nothing : 'later'}>${renderArticle(article, {...this.articleOptions(index, ui, compact), headingLevel: level + 2})}</li>`
                  )}
                </ul>
              </li>`
            )}
          </ol>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nk-timeline': NkTimeline;
  }
}
