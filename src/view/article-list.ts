import {html, nothing, type PropertyValues} from 'lit';
import {uiLang, variantOfLang, type Article, type ArticleInput} from '../core/vocabulary.js';
import type {SortOrder} from '../data/filter.js';
import type {FeedReader} from '../data/load.js';
import {uiStrings, type UiStrings} from '../i18n/strings.js';
import {VariantController} from '../i18n/variant-store.js';
import {glossaryVersion} from '../text/glossary.js';
import {articleStyles} from './article.styles.js';
import {ArticleSource} from './article-source.js';
import type {DeepLink} from './deep-link.js';
import type {ArticleViewOptions} from './article-view.js';
import {errorStyles} from './error-view.js';
import {ArticleSelectEvent, FilterChangeEvent, type ActiveFilters} from './events.js';
import {mostCommonLang, renderFilters, renderFooter, renderNotices, renderSearch, statusText, type Frame, type ListView} from './list-controls.js';
import {ListProperties} from './list-properties.js';
import {ListViewTask} from './list-view.js';
import {styles} from './article-list.styles.js';
import {themeStyles} from './theme.styles.js';

let lists = 0;

/**
 * What the feed and the timeline share: their data attributes, loading (in `ArticleSource`),
 * filtering, search, conversion and selection. Internal: subclasses draw the articles in
 * `renderArticles()`. Its events, parts and custom properties are listed here once and inherited by both.
 *
 * @slot - A `<script type="application/json">` with inline articles (nk-news JSON or JSON Feed). Not displayed.
 *
 * @fires {ArticleSelectEvent} nk-article-select - The reader chose an article (click or Enter). `detail.article`; cancel it to keep a headline click from navigating.
 * @fires {LoadEvent} nk-load - A load the list started finished. `detail.count`, `detail.sources`.
 * @fires {FeedErrorEvent} nk-error - A source failed. `detail.error.code`: `http`, `timeout`, `network`, `parse`, `not-a-feed`, `empty`, `too-large`, `invalid`.
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
 * @csspart search - The search box (with `searchable`).
 * @csspart filters - The filter chips (with `filterable`).
 * @csspart chip - One filter chip.
 * @csspart status - The loading placeholders, the empty message and the result count.
 * @csspart error - The error message, or the notice that a refresh failed.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssproperty [--nk-font-family=system-ui, -apple-system, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif] - Typeface.
 * @cssproperty [--nk-font-size=16px] - Base text size; every other size is in `em` of it. Fixed by default, so a page's root size (62.5%) does not shrink it; `1rem` follows the page.
 * @cssproperty [--nk-color-text=#1a1a1a] - Text colour (light scheme).
 * @cssproperty [--nk-color-muted=#595959] - Secondary text: date, sources (light scheme).
 * @cssproperty [--nk-color-accent=#b3261e] - Links, category, buttons, focus ring (light scheme).
 * @cssproperty [--nk-color-surface=#ffffff] - Card background (light scheme).
 * @cssproperty [--nk-color-border=#d9d9d9] - Outlines (light scheme).
 * @cssproperty [--nk-color-background=transparent] - The element's own ground (light scheme).
 * @cssproperty [--nk-dark-color-text=#ececec] - Text colour in the dark scheme (`theme="dark"`, or `auto` on a dark system). Every colour token has a `--nk-dark-` twin; the light ones are never used in dark.
 * @cssproperty [--nk-dark-color-muted=#b0b0b0] - Secondary text, dark scheme.
 * @cssproperty [--nk-dark-color-accent=#ff8a80] - Links, category, buttons, focus ring, dark scheme.
 * @cssproperty [--nk-dark-color-surface=#1e1e1e] - Card background, dark scheme.
 * @cssproperty [--nk-dark-color-border=#444444] - Outlines, dark scheme.
 * @cssproperty [--nk-dark-color-background=#121212] - The element's own ground, dark scheme.
 * @cssproperty [--nk-radius=8px] - Corner radius of articles, placeholders and the search box.
 * @cssproperty [--nk-control-radius=var(--nk-radius, 999px)] - Corner radius of chips, badges and buttons: pills unless the site sets a radius.
 * @cssproperty [--nk-space=0.75em] - Base spacing.
 * @cssproperty [--nk-card-border-color=var(--nk-color-border)] - Article outline (dark: `--nk-dark-card-border-color`).
 * @cssproperty [--nk-card-background=var(--nk-color-surface)] - Article background (dark: `--nk-dark-card-background`).
 * @cssproperty [--nk-card-padding=var(--nk-space)] - Article padding.
 * @cssproperty [--nk-card-min-height=rows' height] - Height of each article and placeholder in a feed: 3 headline lines, meta, 3 summary lines and entities (compact: 2 headline lines and meta). A picture adds 9em.
 * @cssproperty [--nk-headline-color=var(--nk-color-text)] - Headline colour (dark: `--nk-dark-headline-color`).
 * @cssproperty [--nk-headline-font-size=1.15em] - Headline size.
 * @cssproperty [--nk-chip-background=accent at 8%] - Entity chip background (dark: `--nk-dark-chip-background`).
 * @cssproperty [--nk-skeleton-color=text at 8%] - Loading placeholder colour (dark: `--nk-dark-skeleton-color`).
 */
export abstract class ArticleList extends ListProperties {
  static override styles = [themeStyles, articleStyles, errorStyles, styles];
  /** Pages of `limit` shown: "more" adds one. */
  #pages = 1;

  readonly #variant = new VariantController(this);
  readonly #source = new ArticleSource(this, () => ({
    src: this.src, format: this.format, timeout: this.timeout, refreshInterval: this.refreshInterval, inline: this.#inlineScript(),
  }));
  /** Article[] → filter/sort → the visible page → convert, in a lazy module; reruns when an input changes. */
  readonly #view = new ListViewTask(this, () => [this.#source.articles, this.#filters, this.pageSize * this.#pages, this.#variant.resolve(this.variant), this.glossary, glossaryVersion(), this.filterable], (cause) => this.#source.fail(cause));
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
    void this.#source.adopt(articles ?? undefined);
  }

  /** A load is under way (a refresh may keep the last articles on screen meanwhile). */
  protected get loading(): boolean {
    return this.#source.loading;
  }

  /** The derived view: what the list shows, in the reader's variant. */
  protected get view(): ListView | undefined {
    return this.#view.value;
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
    statusText(frame, {failed: !!this.#source.error, loaded: this.#source.articles.length, matching: this.matching.length, readerAsked: this.#readerAsked, partial: this.view?.partial});

  /** The text of a child `<script type="application/json">` holding the page's articles (none on a server). */
  #inlineScript(): string | undefined {
    return this.querySelector?.(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /** `loading`, `ready` or `error`. Still `loading` while a long `articles` array's first stories show and the rest are checked. */
  get status(): 'loading' | 'ready' | 'error' {
    const {loading, error, articles} = this.#source;
    // Loading until what was loaded (or found wanting) is on screen: converted, filtered, drawn; a
    // view that failed to load its code is on screen as the error it set.
    const drawn = this.view?.loaded === articles || this.#view.failed;
    if (loading || !this.hasUpdated || !drawn) return 'loading';
    return error ? 'error' : 'ready';
  }

  /** Fetches the sources again now, bypassing the cache. Settles when done; never rejects. */
  async refresh(): Promise<void> {
    await this.#source.refresh();
    // Done means on screen: let the update that takes the new articles run, then their view.
    await this.updateComplete;
    await this.#view.complete;
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

  /** @internal For `nk-news/ssr`: loads and derives the first view as a browser would, without a DOM; none when nothing loaded. */
  async prerender(read?: FeedReader): Promise<import('./snapshot.js').ListSnapshot | undefined> {
    const {articles} = await this.#source.loadOnce(read);
    const variant = this.variant && variantOfLang(this.variant);
    return articles.length ? (await import('./prerender.js')).prerenderList([articles, this.#currentFilters(), this.pageSize, variant, this.glossary, glossaryVersion(), this.filterable]) : undefined;
  }

  /** @internal For `nk-news/ssr`: the first render shows this, as the server did. */
  set ssrView(view: ListView | undefined) {
    if (view) this.#source.seed(this.#view.adopt(view));
  }
  /** @internal Set by `nk-news/hydrate.js` (the CDN bundle does not hydrate): what a server left in the element. */
  static serverView?: (host: Element) => ListView | undefined;

  override connectedCallback() {
    // Server-rendered: adopt what the server showed before the first render, which hydrates it.
    if (!this.hasUpdated && !this.#view.value) this.ssrView = ArticleList.serverView?.(this);
    super.connectedCallback();
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
    const {shown = [], variant} = this.view ?? {};
    const {lang, ui} = uiStrings(uiLang(variant, mostCommonLang(this.#source.articles) ?? 'zh-Hant-TW'), () => this.requestUpdate());
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
    return html`
      ${this.searchable ? renderSearch(this.query, frame.ui, change, this.#status(frame)) : nothing}
      ${this.filterable ? renderFilters(this.view, !this.source && !this.entity, frame.ui, change) : nothing}
      ${renderNotices(this.#source, !!this.view?.shown.length, frame.ui, this.#retry)}
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
