import {html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import type {Article, ArticleInput} from '../core/vocabulary.js';
import {FeedError} from '../data/errors.js';
import type {LoadResult} from '../data/load.js';
import {uiStrings} from '../i18n/strings.js';
import {articleStyles} from '../view/article.styles.js';
import {ArticleElement} from '../view/article-element.js';
import {ArticlesController, deriveCard} from '../view/articles-controller.js';
import {renderArticle} from '../view/article-renderer.js';
import type {CardQuery, CardView} from '../view/card-view.js';
import {errorStyles, renderError} from '../view/error-view.js';
import {ArticleSelectEvent, FeedErrorEvent, LoadEvent} from '../view/events.js';
import {themeStyles} from '../view/theme.styles.js';
import {styles} from './event-card.styles.js';

/**
 * One article as a card: headline (linked when the article has a URL), date, source badges, category,
 * summary, entity chips and related coverage. Give it an article with the `article` property, or the
 * id of one with `article-id` (looked up in `src`, else in the bundled corpus).
 *
 * @tagname nk-event-card
 * @summary A single news article.
 *
 * @fires {ArticleSelectEvent} nk-article-select - The reader chose the article (click or Enter). `detail.article`. Cancel it to keep a headline click from navigating.
 * @fires {LoadEvent} nk-load - The card loaded the articles `article-id` is looked up in. `detail.count`, `detail.sources`.
 * @fires {FeedErrorEvent} nk-error - Loading `src` failed, or `article-id` names no article (`not-found`). `detail.error.code`.
 *
 * @csspart article - The card.
 * @csspart headline - The article's title (a link when it has a URL).
 * @csspart meta - The line with date, category and sources.
 * @csspart category - The article's category.
 * @csspart source - One medium the article cites.
 * @csspart summary - The article's text.
 * @csspart entity - One person, place or organization the article names.
 * @csspart image - The article's picture, when it has one.
 * @csspart related - Other articles about the same people and places.
 * @csspart status - The placeholder shown while loading.
 * @csspart error - The message shown when the article cannot be shown.
 */
export class NkEventCard extends ArticleElement {
  static override styles = [themeStyles, articleStyles, errorStyles, styles];
  static override properties: PropertyDeclarations = {
    article: {attribute: false, noAccessor: true}, articleId: {attribute: 'article-id'}, layout: {reflect: true},
  };

  /** The article the host handed over (`article`), as it gave it. */
  #given?: ArticleInput;
  /** The id of an article in `src`, or in the bundled corpus when there is no `src`. */
  articleId?: string;
  /** `full`, or `compact` without summary, entities and related coverage. */
  layout: 'full' | 'compact' = 'full';
  /** No loaded article has `article-id` (set as a load finishes, before the update it asked for). */
  #missing?: FeedError;

  /** Looks the article up (`src`, or the corpus), or checks the one handed over; converts it and its related coverage. */
  protected readonly controller: ArticlesController<CardQuery, CardView> = new ArticlesController<CardQuery, CardView>(this, {
    kind: 'card',
    // Nothing loads for a given `article`: it is checked as handed over (see willUpdate).
    request: () => (this.#given || !this.articleId ? undefined : {src: this.src, proxy: this.proxy, format: this.format, lookup: this.articleId}),
    variant: () => this.variant,
    glossary: () => this.glossary,
    query: () => ({id: this.#given ? undefined : this.articleId, related: this.layout === 'full'}),
    sourceLang: (loaded, {id}) => (id === undefined ? loaded[0] : loaded.find((article) => article.id === id))?.lang,
    derive: deriveCard,
    loaded: (result) => this.#found(result),
  });

  /**
   * The article to show: its `id`, `title` and `published` are enough (`ArticleInput`; the rest
   * default). Takes precedence over `article-id`. Reads back the article the card shows, checked
   * and complete, in its source script (also the one `article-id` found); undefined until it shows.
   */
  get article(): Article | undefined {
    const shown = this.controller.view?.given;
    const wanted = this.#given ? this.#given.id : this.articleId;
    return shown && shown.id === wanted ? shown : undefined;
  }
  set article(article: ArticleInput | undefined | null) {
    const old = this.#given;
    this.#given = article ?? undefined;
    // What the card shows is read back, not what was set: the change is the setting itself.
    if (this.#given !== old) this.requestUpdate('article', old, {attribute: false, hasChanged: () => true});
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Only an article the host set can be malformed: feeds and the corpus are checked when parsed.
    if (changed.has('article')) void this.controller.adopt(this.#given ? [this.#given] : undefined);
  }

  /** A finished lookup: the article is there, or the card says why not. */
  #found(result: LoadResult) {
    const missing = !result.articles.some((article) => article.id === this.articleId);
    this.#missing = missing && !result.errors.length ? new FeedError('not-found', `No article has the id “${this.articleId}”.`) : undefined;
    const error = result.errors[0] ?? this.#missing;
    if (error) this.dispatchEvent(new FeedErrorEvent(error));
    else this.dispatchEvent(new LoadEvent(result.articles.length, result.sources));
  }

  override render() {
    const view = this.controller.view;
    const {ui} = uiStrings(this.controller.lang, () => this.requestUpdate());
    const error = this.controller.error ?? this.#missing;
    if (error && !view) return renderError(error, ui.errors[error.code], ui, {blocking: true});
    if (!view) {
      return !this.#given && (this.controller.loading || this.articleId)
        ? html`<div part="status" class="skeleton" role="status" aria-label=${ui.loading}></div>`
        : nothing;
    }
    const {article, related, variant, entityName} = view;
    return html`<div @click=${this.#onClick} @keydown=${this.#onKeydown}>
      ${renderArticle(article, {layout: this.layout, variant, ui, entityName, headingLevel: this.headingLevel, related, instant: this.zones.instant})}
    </div>`;
  }

  #select(event: Event) {
    const view = this.controller.view;
    if (!view) return;
    // The host's own object when it handed one over, as it gave it (its fields are its own to know).
    const select = new ArticleSelectEvent((this.#given as Article | undefined) ?? view.given);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  #onClick(event: MouseEvent) {
    const related = (event.target as Element).closest('[part~="related"]');
    if (!related) this.#select(event);
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.target as Element).matches('[part~="article"]')) this.#select(event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nk-event-card': NkEventCard;
  }
}
