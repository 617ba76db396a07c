import {html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {mostCommonLang, type Article, type ArticleInput} from '../core/vocabulary.js';
import type {SortOrder} from '../data/filter.js';
import {uiStrings, type UiStrings} from '../i18n/strings.js';
import {articleStyles} from './article.styles.js';
import {ArticlesController, deriveList} from './articles-controller.js';
import type {DeepLink} from './deep-link.js';
import type {ArticleViewOptions} from './article-view.js';
import {errorStyles} from './error-view.js';
import {ArticleSelectEvent, FilterChangeEvent, type ActiveFilters} from './events.js';
import {blockingError, renderFilters, renderFooter, renderNotices, renderSearch, statusText, type Frame} from './list-controls.js';
import {ArticleElement, numericProperties} from './article-element.js';
import type {ListQuery, ListView} from './list-view.js';
import {styles} from './article-list.styles.js';
import {themeStyles} from './theme.styles.js';

let lists = 0;

/**
 * What the feed and the timeline share: their data attributes, filtering, search, "more" and
 * selection; the articles controller runs their path from source to view. Internal: subclasses draw
 * the articles in `renderArticles()`. Its events and parts are listed here once and inherited by
 * both (the custom properties, once for every element, in ArticleElement).
 *
 * @slot - A `<script type="application/json">` with inline articles (nk-news JSON or JSON Feed). Not displayed.
 *
 * @fires {ArticleSelectEvent} nk-article-select - The reader chose an article (click or Enter). `detail.article`; cancel it to keep a headline click from navigating.
 * @fires {LoadEvent} nk-load - A load the list started finished. `detail.count`, `detail.sources`.
 * @fires {FeedErrorEvent} nk-error - A source failed. `detail.error.code`: `http`, `timeout`, `network`, `parse`, `not-a-feed`, `empty`, `too-large`, `invalid`; through a proxy also `not-allowed` and `blocked-address`.
 * @fires {FilterChangeEvent} nk-filter-change - The reader changed the search text or a filter chip. `detail` holds the active filters.
 *
 * @csspart article - One article.
 * @csspart headline - An article's title (a link when it has a URL).
 * @csspart meta - The line with date, category and sources.
 * @csspart category - An article's category.
 * @csspart source - One medium an article cites.
 * @csspart summary - An article's text.
 * @csspart entity - One person, place or organization an article names.
 * @csspart image - An article's picture, when it has one.
 * @csspart more - The button that shows the next `limit` articles.
 * @csspart search - The search box (with `searchable`); disabled while the source has no stories.
 * @csspart filters - The filter chips (with `filterable`): two rows, media and entities, each one Tab stop (a toolbar); the arrow keys, Home and End move along a row.
 * @csspart chip - One filter chip.
 * @csspart status - The loading placeholders, the empty message and the result count.
 * @csspart error - The error message, or the notice that a refresh failed.
 * @csspart retry - The button that loads again after an error.
 */
export abstract class ArticleList extends ArticleElement {
  static override styles = [themeStyles, articleStyles, errorStyles, styles];
  static override properties: PropertyDeclarations = {
    category: {}, source: {}, entity: {}, since: {}, until: {}, query: {}, sort: {}, label: {}, layout: {reflect: true},
    searchable: {type: Boolean, reflect: true}, filterable: {type: Boolean, reflect: true},
    limit: {type: Number}, timeout: {type: Number}, refreshInterval: {type: Number, attribute: 'refresh-interval'},
    deepLink: {type: Boolean, attribute: 'deep-link'},
  };

  static {
    numericProperties(this, 'limit', 'timeout', 'refreshInterval');
  }

  /** How many articles show before "more"; "more" shows this many again. */
  limit = 10;
  /** Only articles of this category. */
  category?: string;
  /** Only articles citing this medium, e.g. 路透. */
  source?: string;
  /** Only articles naming this entity: a gazetteer id or any regional name (川普, 特朗普, Donald Trump). */
  entity?: string;
  /** Only articles published on or after this ISO 8601 date. */
  since?: string;
  /** Only articles published on or before this ISO 8601 date (the whole day). */
  until?: string;
  /** Free-text search, matched across scripts and regional names (特朗普 finds 川普). */
  query = '';
  /** `newest` (default) or `oldest` first. */
  sort: SortOrder = 'newest';
  /** `list`, `grid` or `compact` (headline and meta only). */
  layout: 'list' | 'grid' | 'compact' = 'list';
  /** Seconds between re-fetches of `src`; 0 never. Backs off while failing. */
  refreshInterval = 0;
  /** Seconds before a fetch is given up. */
  timeout = 15;
  /** Shows a search box. */
  searchable = false;
  /** Shows filter chips for the sources and entities in the feed. */
  filterable = false;
  /** Accessible name of the feed. Default: "北韓新聞" / "朝鲜新闻" / "North Korea news". */
  label?: string;
  /** Selecting an article puts `#nk-<id>` in the address; a page opened with one shows, scrolls to and focuses that article. */
  deepLink = false;

  /** Pages of `limit` shown: "more" adds one. */
  #pages = 1;

  protected readonly controller: ArticlesController<ListQuery, ListView> = new ArticlesController<ListQuery, ListView>(this, {
    kind: 'list',
    request: () => ({
      src: this.src, proxy: this.proxy, format: this.format, timeout: this.timeout, refreshInterval: this.refreshInterval, inline: this.#inlineScript(),
    }),
    variant: () => this.variant,
    glossary: () => this.glossary,
    query: () => ({filters: this.#filters, count: this.pageSize * this.#pages, chips: this.filterable}),
    sourceLang: mostCommonLang,
    derive: deriveList,
  });
  /** Loaded with the first update that has `deep-link`: most lists never link. */
  #link?: DeepLink;
  /** The filters in force; a new object only when one of them changes, so the view reruns only then. */
  #filters: ActiveFilters & {sort: SortOrder} = this.#currentFilters();
  protected readonly listId = `nk-list-${++lists}`;
  /** An article to focus after the next render (the first of those "more" revealed). */
  protected focusIndex?: number;
  /** The reader has searched, filtered or asked for more: the count line may speak. */
  #readerAsked = false;

  /** Inline articles to show instead of `src`. Reads back the articles the list shows, filtered and sorted (before "more"). */
  get articles(): Article[] {
    return this.matching;
  }
  set articles(articles: readonly ArticleInput[] | undefined | null) {
    void this.controller.adopt(articles ?? undefined);
  }

  /** A load is under way (a refresh may keep the last articles on screen meanwhile). */
  protected get loading(): boolean {
    return this.controller.loading;
  }

  /** The derived view: what the list shows, in the reader's variant. */
  protected get view(): ListView | undefined {
    return this.controller.view;
  }

  /** The articles that pass the filters and the query, in order, before "more" (source script). */
  protected get matching(): Article[] {
    return this.view?.matching ?? [];
  }

  /** Articles per page: `limit`, or 10 when it is not a positive number. */
  protected get pageSize(): number {
    return Number.isFinite(this.limit) && this.limit >= 1 ? Math.floor(this.limit) : 10;
  }

  readonly #retry = () => void this.refresh();
  readonly #status = (frame: Frame) =>
    statusText(frame, {failed: !!this.controller.error, loaded: this.controller.articles.length, matching: this.matching.length, readerAsked: this.#readerAsked, partial: this.view?.partial});

  /** The text of a child `<script type="application/json">` holding the page's articles (none on a server). */
  #inlineScript(): string | undefined {
    return this.querySelector?.(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /** `loading`, `ready` or `error`. Still `loading` while a long `articles` array's first stories show and the rest are checked. */
  get status(): 'loading' | 'ready' | 'error' {
    return this.controller.status;
  }

  /** Fetches the sources again now, bypassing the cache. Settles when what it loaded is on screen; never rejects. */
  refresh(): Promise<void> {
    return this.controller.refresh();
  }

  constructor() {
    super();
    // `articles` is a plain accessor, so a value a page set before the element was defined sits
    // on the instance and hides it: take it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'articles')) {
      const early = (this as {articles?: readonly ArticleInput[]}).articles;
      delete (this as {articles?: readonly ArticleInput[]}).articles;
      this.articles = early;
    }
  }

  #currentFilters() {
    return {query: this.query, category: this.category, source: this.source, entity: this.entity, since: this.since, until: this.until, sort: this.sort};
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.deepLink && !this.#link) void import('./deep-link.js').then(({DeepLink}) => (this.#link ??= new DeepLink(this, (linked) => this.#reveal(linked))));
    const filters = this.#currentFilters();
    if ((Object.keys(filters) as (keyof typeof filters)[]).some((key) => filters[key] !== this.#filters[key])) {
      this.#filters = filters;
      this.#pages = 1;
      this.focusIndex = undefined;
    }
    super.willUpdate(changed);
  }

  protected override updated() {
    if (this.focusIndex === undefined) return;
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~="article"]')[this.focusIndex];
    if (target) {
      this.focusIndex = undefined;
      target.focus();
    }
  }

  /** The words, language and state every list draws with. */
  protected frame(): Frame {
    const shown = this.view?.shown ?? [];
    const {lang, ui} = uiStrings(this.controller.lang, () => this.requestUpdate());
    const initial = this.status === 'loading' && !shown.length;
    return {shown, lang, ui, label: this.label ?? ui.feedLabel, initial};
  }

  override render() {
    const frame = this.frame();
    // One `lang` over the element's own words and the articles: screen readers and fonts follow it.
    return html`<div class="frame" lang=${frame.lang}>
      ${this.renderControls(frame)} ${this.renderArticles(frame)} ${this.renderFooter(frame)}
    </div>`;
  }

  /** The articles themselves, between the controls and the footer. */
  protected abstract renderArticles(frame: Frame): unknown;

  /** Search box, filter chips, and the error or notice, above the articles. */
  protected renderControls(frame: Frame) {
    const change = (filters: Partial<ActiveFilters>) => this.#setFilters(filters);
    const live = !blockingError(this.controller, !!this.view?.shown.length);
    return html`
      ${this.searchable && live ? renderSearch(this.query, frame.ui, change, this.#status(frame), this.view) : nothing}
      ${this.filterable && live ? renderFilters(this.view, !this.source && !this.entity, frame.ui, change) : nothing}
      ${renderNotices(this.controller, !!this.view?.shown.length, frame.ui, this.#retry)}
    `;
  }

  /** The count line (a live region, unless it sits by the search box) and the "more" button, below the articles. */
  protected renderFooter(frame: Frame) {
    const more = frame.initial ? 'reserve' : frame.shown.length < this.matching.length ? this.#more : undefined;
    return renderFooter(this.#status(frame), more, frame.ui, !this.searchable);
  }

  /** How one shown article is drawn, in the reader's variant. */
  protected articleOptions(index: number, ui: UiStrings, compact: boolean): ArticleViewOptions {
    return {
      layout: compact ? 'compact' : 'full',
      variant: this.view?.variant,
      ui,
      entityName: this.view!.entityName,
      headingId: `${this.listId}-${index}`,
      headingLevel: this.headingLevel,
      highlight: this.view!.highlight,
      instant: this.zones.instant,
    };
  }

  /** A reader's change to the filters: applied, then announced. */
  #setFilters(change: Partial<ActiveFilters>) {
    this.#readerAsked = true;
    Object.assign(this, change);
    const {query, category, source, entity, since, until} = this;
    this.dispatchEvent(new FilterChangeEvent({query, category, source, entity, since, until}));
  }

  #more() {
    this.#readerAsked = true;
    this.focusIndex = this.view?.shown.length ?? 0;
    this.#pages++;
    this.requestUpdate();
  }

  protected articleAt(target: EventTarget | null) {
    const element = (target as Element | null)?.closest<HTMLElement>('[part~="article"]');
    const article = element && this.matching.find((a) => a.id === element.dataset.id);
    return article ? {element, article} : undefined;
  }

  /** Shows the linked article (with "more" as often as it takes) and focuses it; false while unknown. */
  #reveal(linked: (id: string) => boolean): boolean {
    if (this.status === 'loading') return false;
    const index = this.matching.findIndex((article) => linked(article.id));
    if (index >= 0) {
      this.#pages = Math.max(this.#pages, Math.ceil((index + 1) / this.pageSize));
      this.focusIndex = index;
      this.requestUpdate();
    }
    return true;
  }

  #select(article: Article, event: Event) {
    this.#link?.select(article.id);
    const select = new ArticleSelectEvent(article);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  protected onArticleClick(event: MouseEvent) {
    const hit = this.articleAt(event.target);
    if (hit) this.#select(hit.article, event);
  }

  /** Enter selects the focused article. */
  protected onArticleKeydown(event: KeyboardEvent) {
    const hit = this.articleAt(event.target);
    if (!hit) return;
    if (event.key === 'Enter' && event.target === hit.element) this.#select(hit.article, event);
    return hit;
  }
}
