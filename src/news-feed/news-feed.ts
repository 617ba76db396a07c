import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import type {Article, Variant} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import type {SortOrder} from '../data/filter.js';
import type {FeedFormat} from '../data/parse.js';
import {loadSource, parseInline, sourceUrls} from '../data/source.js';
import {ArticleSelectEvent, FeedErrorEvent, FilterChangeEvent, LoadEvent, type ActiveFilters} from '../events.js';
import {uiStrings} from '../i18n/strings.js';
import {VariantController} from '../i18n/variant-store.js';
import {glossaryVersion, type Glossary} from '../text/glossary.js';
import {langTag, uiLang, variantOfLang} from '../text/variant.js';
import {themeStyles} from '../theme.styles.js';
import {articleStyles} from '../event-card/article.styles.js';
import {renderArticle} from '../event-card/article-view.js';
import {styles} from './news-feed.styles.js';

/** Longest wait between polls while a source keeps failing. */
const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** Longest delay a browser timer holds: past it, setTimeout fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Most placeholders shown while loading: enough to fill a sidebar without a jump. */
const MAX_SKELETONS = 10;

interface ViewRequest {
  loaded: readonly Article[];
  filters: ActiveFilters & {sort: SortOrder};
  count: number;
  variant?: Variant;
  glossary?: Glossary;
  /** Bumped by a page-wide `setGlossary`. */
  pageGlossary: number;
}

type EntityName = typeof import('../data/view.js').entityName;

let feeds = 0;

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
export class NkNewsFeed extends LitElement {
  static override styles = [themeStyles, articleStyles, styles];

  /** Feed URL(s), whitespace-separated. Absent, with no `articles`: the bundled corpus. */
  @property() src?: string;

  /** `auto` (sniffed from content type and body), `json`, `jsonfeed`, `rss` or `atom`. */
  @property() format: FeedFormat = 'auto';

  /** Script and regional wording: `zh-TW`, `zh-HK`, `zh-CN`. Absent: the reader's choice, else the page's `lang`, else the source's own. */
  @property({reflect: true}) variant?: Variant;

  /** How many stories show before "more"; "more" shows this many again. */
  @property({type: Number}) limit = 10;

  /** Only stories of this category. */
  @property() category?: string;

  /** Only stories citing this medium, e.g. 路透. */
  @property() source?: string;

  /** Only stories naming this entity: a gazetteer id or any regional name (川普, 特朗普, Donald Trump). */
  @property() entity?: string;

  /** Only stories published on or after this ISO 8601 date. */
  @property() since?: string;

  /** Only stories published on or before this ISO 8601 date (the whole day). */
  @property() until?: string;

  /** Free-text search, matched across scripts and regional names (特朗普 finds 川普). */
  @property() query = '';

  /** `newest` (default) or `oldest` first. */
  @property() sort: SortOrder = 'newest';

  /** `list`, `grid` or `compact` (headline and meta only). */
  @property({reflect: true}) layout: 'list' | 'grid' | 'compact' = 'list';

  /** Seconds between re-fetches of `src`; 0 never. Backs off while failing. */
  @property({type: Number, attribute: 'refresh-interval'}) refreshInterval = 0;

  /** Seconds before a fetch is given up. */
  @property({type: Number}) timeout = 15;

  /** Shows a search box. */
  @property({type: Boolean, reflect: true}) searchable = false;

  /** Shows filter chips for the sources and entities in the feed. */
  @property({type: Boolean, reflect: true}) filterable = false;

  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({reflect: true}) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Accessible name of the feed. Default: "北韓新聞" / "朝鲜新闻" / "North Korea news". */
  @property() label?: string;

  /** The site's own phrase pairs, applied on top of the regional wording. */
  @property({attribute: false}) glossary?: Glossary;

  @state() private loaded: readonly Article[] = [];
  @state() private loading = false;
  /** Why the feed has nothing to show. */
  @state() private error?: FeedError;
  /** Why stories on screen may be incomplete: a refresh (`stale`) or one of several sources failed. */
  @state() private notice?: {error: FeedError; stale: boolean};
  @state() private pages = 1;
  @state() private view?: {all: Article[]; shown: Article[]; variant?: Variant; entityName: EntityName};

  readonly #variant = new VariantController(this);
  readonly #id = `nk-feed-${++feeds}`;
  #inline?: readonly Article[];
  #matching: Article[] = [];
  #request?: ViewRequest;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #failures = 0;
  /** Seconds the last failing source asked us to wait (Retry-After). */
  #retryAfter = 0;
  #focusIndex?: number;

  /** Inline stories to show instead of `src`. Reads back the stories the feed shows, filtered and sorted (before "more"). */
  get articles(): Article[] {
    return this.#matching;
  }
  set articles(articles: readonly Article[]) {
    this.#inline = articles;
    this.#abort?.abort();
    this.loading = true;
    void this.#adopt(articles);
  }

  /** Takes the host's stories after checking them like nk-news JSON: a malformed one is skipped, named. */
  async #adopt(articles: readonly Article[]) {
    const {checkArticles} = await import('../data/view.js');
    if (this.#inline !== articles) return;
    const checked = checkArticles(articles);
    this.loading = false;
    this.loaded = checked.ok ? checked.value : [];
    this.error = checked.ok ? undefined : checked.error;
    this.notice = checked.ok && checked.warnings.length
      ? {error: new FeedError('invalid', checked.warnings.join('; ')), stale: false}
      : undefined;
  }

  /** `loading`, `ready` or `error`. */
  get status(): 'loading' | 'ready' | 'error' {
    if (this.loading || (!this.hasUpdated && !this.#inline)) return 'loading';
    return this.error ? 'error' : 'ready';
  }

  /** Fetches the sources again now, bypassing the cache. Settles when done; never rejects. */
  refresh(): Promise<void> {
    return this.#load(true);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated && !this.#inline) void this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.#inline && (!this.hasUpdated || changed.has('src') || changed.has('format'))) void this.#load();
    if (changed.has('refreshInterval') && this.hasUpdated) this.#schedule();
    const filters = {
      query: this.query,
      category: this.category,
      source: this.source,
      entity: this.entity,
      since: this.since,
      until: this.until,
      sort: this.sort,
    };
    const last = this.#request;
    const filtersChanged = !last || (Object.keys(filters) as (keyof typeof filters)[]).some((key) => filters[key] !== last.filters[key]);
    if (filtersChanged) this.pages = 1;
    const request: ViewRequest = {
      loaded: this.loaded,
      filters: filtersChanged || !last ? filters : last.filters,
      count: Math.max(1, this.limit) * this.pages,
      variant: this.#variant.resolve(this.variant),
      glossary: this.glossary,
      pageGlossary: glossaryVersion(),
    };
    if (!last || (Object.keys(request) as (keyof ViewRequest)[]).some((key) => request[key] !== last[key])) {
      this.#request = request;
      void this.#derive(request);
    }
  }

  protected override updated() {
    if (this.#focusIndex === undefined) return;
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~="article"]')[this.#focusIndex];
    if (target) {
      this.#focusIndex = undefined;
      target.focus();
    }
  }

  /** source → parse → Article[]; the view follows in #derive. */
  async #load(fresh = false) {
    if (this.#inline) return;
    this.#abort?.abort();
    clearTimeout(this.#timer);
    const abort = (this.#abort = new AbortController());
    this.loading = true;
    try {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      const result = inline
        ? await parseInline(inline.textContent ?? '', this.format)
        : await loadSource(this.src, {format: this.format, timeout: this.timeout, signal: abort.signal, fresh});
      if (abort.signal.aborted) return;
      const failed = result.errors[0];
      if (result.articles.length || !failed) {
        this.loaded = result.articles;
        this.error = undefined;
        this.notice = failed && {error: failed, stale: result.stale.length > 0};
      } else if (this.loaded.length) {
        this.notice = {error: failed, stale: true};
      } else {
        this.error = failed;
      }
      // Failing means no source answered, even when the last good copies still fill the screen.
      this.#failures = failed && !result.sources.length ? this.#failures + 1 : 0;
      for (const error of result.errors) this.dispatchEvent(new FeedErrorEvent(error));
      if (result.articles.length || !failed) this.dispatchEvent(new LoadEvent(result.articles.length, result.sources));
      this.#retryAfter = Math.max(0, ...result.errors.map((error) => error.retryAfter ?? 0));
    } catch (cause) {
      if (abort.signal.aborted) return;
      // Only the corpus chunk failing to download gets here: loadFeeds reports faults as values.
      const error = new FeedError('network', `Could not load the stories: ${String(cause)}`);
      if (this.loaded.length) this.notice = {error, stale: true};
      else this.error = error;
      this.dispatchEvent(new FeedErrorEvent(error));
    } finally {
      if (this.#abort === abort) {
        this.loading = false;
        this.#schedule();
      }
    }
  }

  /** Polls `src`, doubling the wait after each failure (and honouring Retry-After). */
  #schedule() {
    clearTimeout(this.#timer);
    if (!(this.refreshInterval > 0) || !this.isConnected || this.#inline || !sourceUrls(this.src).length) return;
    const interval = this.refreshInterval * 1000;
    const backoff = Math.min(interval * 2 ** this.#failures, Math.max(interval, MAX_BACKOFF_MS));
    const delay = Math.min(Math.max(backoff, this.#retryAfter * 1000), MAX_TIMER_MS);
    this.#timer = setTimeout(() => void this.#load(true), delay);
  }

  /** Article[] → filter/sort → the visible page → convert → view (in a lazy module). */
  async #derive(request: ViewRequest) {
    const {loaded, filters, count, variant, glossary} = request;
    const {feedView, entityName} = await import('../data/view.js');
    const {all, matching, shown} = await feedView(loaded, filters, count, variant, glossary);
    if (request !== this.#request) return;
    this.#matching = matching;
    this.view = {all, shown, variant, entityName};
  }

  override render() {
    const {shown = [], variant, entityName} = this.view ?? {};
    const sourceLang = this.loaded[0]?.lang ?? 'zh-Hant-TW';
    const lang = uiLang(variant, sourceLang);
    const ui = uiStrings(lang);
    const label = this.label ?? ui.feedLabel;
    const initial = this.status === 'loading' && !this.loaded.length;
    // An empty role=feed is invalid ARIA; the status line says why there is nothing.
    const isFeed = initial || shown.length > 0;
    return html`
      ${this.searchable ? this.#renderSearch(ui.search, ui.searchPlaceholder) : nothing}
      ${this.filterable && this.view ? this.#renderFilters(ui.filters, ui.all, this.view) : nothing}
      ${this.notice
        ? this.#renderError(this.notice.error, this.notice.stale ? ui.refreshFailed : ui.partlyFailed, ui.retry, false)
        : nothing}
      ${this.error && !this.loaded.length && !this.loading
        ? this.#renderError(this.error, ui.errors[this.error.code], ui.retry, true)
        : nothing}
      <div
        part="feed"
        role=${isFeed ? 'feed' : nothing}
        aria-label=${isFeed ? label : nothing}
        aria-busy=${isFeed ? String(this.loading) : nothing}
        lang=${lang}
        @keydown=${this.#onKeydown}
        @click=${this.#onClick}
      >
        ${initial
          ? Array.from({length: Math.min(Math.max(1, this.limit), MAX_SKELETONS)}, () => html`<div class="skeleton" aria-hidden="true"></div>`)
          : repeat(
              shown,
              (article) => article.id,
              (article, index) =>
                renderArticle(article, {
                  layout: this.layout === 'compact' ? 'compact' : 'full',
                  lang: variant ? langTag(variant) : article.lang,
                  uiLang: uiLang(variant, article.lang),
                  ui,
                  entityName: (id) => entityName!(id, variant ?? variantOfLang(article.lang)),
                  feedPosition: {index, size: this.#matching.length},
                  headingId: `${this.#id}-${index}`,
                })
            )}
      </div>
      <p part="status" role="status">
        ${initial
          ? ui.loading
          : this.error && !this.loaded.length
            ? nothing
            : !this.loaded.length
              ? ui.empty
              : !this.#matching.length
                ? ui.noMatch
                : ui.shown(shown.length, this.#matching.length)}
      </p>
      ${shown.length < this.#matching.length
        ? html`<button part="more" type="button" @click=${this.#more}>${ui.more}</button>`
        : nothing}
    `;
  }

  #renderError(error: FeedError, message: string, retry: string, blocking: boolean) {
    return html`<div part="error" class=${blocking ? 'blocking' : 'notice'} role="alert">
      <p>${message}</p>
      <p class="detail">${error.message}</p>
      <button part="retry" type="button" @click=${() => this.refresh()}>${retry}</button>
    </div>`;
  }

  #renderSearch(label: string, placeholder: string) {
    return html`<input
      part="search"
      type="search"
      aria-label=${label}
      placeholder=${placeholder}
      .value=${this.query}
      @input=${(event: InputEvent) => this.#setFilters({query: (event.target as HTMLInputElement).value})}
    />`;
  }

  /** Chips for the sources and the most named entities; one source and one entity at a time. */
  #renderFilters(label: string, all: string, view: NonNullable<NkNewsFeed['view']>) {
    const sources = [...new Set(view.all.flatMap((article) => article.sources))];
    const counts = new Map<string, number>();
    for (const id of view.all.flatMap((article) => article.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const entities = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([id]) => id);
    const chip = (pressed: boolean, text: string, change: Partial<ActiveFilters>) =>
      html`<button part="chip" type="button" aria-pressed=${String(pressed)} @click=${() => this.#setFilters(change)}>${text}</button>`;
    return html`<div part="filters" role="group" aria-label=${label}>
      ${chip(!this.source && !this.entity, all, {source: undefined, entity: undefined})}
      ${sources.map((source) => chip(this.source === source, source, {source: this.source === source ? undefined : source}))}
      ${entities.map((id) =>
        chip(this.entity === id, view.entityName(id, view.variant), {entity: this.entity === id ? undefined : id})
      )}
    </div>`;
  }

  /** A reader's change to the filters: applied, then announced. */
  #setFilters(change: Partial<ActiveFilters>) {
    Object.assign(this, change);
    const {query, category, source, entity, since, until} = this;
    this.dispatchEvent(new FilterChangeEvent({query, category, source, entity, since, until}));
  }

  #more() {
    this.#focusIndex = this.view?.shown.length ?? 0;
    this.pages++;
  }

  #articleAt(target: EventTarget | null) {
    const element = (target as Element | null)?.closest<HTMLElement>('[part~="article"]');
    const article = element && this.#matching.find((a) => a.id === element.dataset.id);
    return article ? {element, article} : undefined;
  }

  #select(article: Article, event: Event) {
    const select = new ArticleSelectEvent(article);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  #onClick(event: MouseEvent) {
    const hit = this.#articleAt(event.target);
    if (hit) this.#select(hit.article, event);
  }

  #onKeydown(event: KeyboardEvent) {
    const hit = this.#articleAt(event.target);
    if (!hit) return;
    if (event.key === 'Enter' && event.target === hit.element) {
      this.#select(hit.article, event);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
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
