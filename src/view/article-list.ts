import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Article, ArticleInput, Variant} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import type {SortOrder} from '../data/filter.js';
import type {FeedFormat} from '../data/parse.js';
import {loadSource, parseInline, sourceUrls} from '../data/source.js';
import {ArticleSelectEvent, FeedErrorEvent, FilterChangeEvent, LoadEvent, type ActiveFilters} from '../events.js';
import {VariantController} from '../i18n/variant-store.js';
import {glossaryVersion, type Glossary} from '../text/glossary.js';
import {uiLang} from '../text/variant.js';
import {themeStyles} from '../theme.styles.js';
import {articleStyles} from '../event-card/article.styles.js';
import type {ArticleViewOptions} from '../event-card/article-view.js';
import {uiStrings, type UiLang, type UiStrings} from '../i18n/strings.js';
import {styles} from './story-list.styles.js';
import {errorStyles, renderError} from '../error-view.js';

/** Longest wait between polls while a source keeps failing. */
const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** Longest delay a browser timer holds: past it, setTimeout fires at once. */
// Also in data/fetch-feed.ts; not imported from there, which would pull the loader into the main bundle.
const MAX_TIMER_MS = 2 ** 31 - 1;
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
type FeedView = import('../data/view.js').FeedView;

/** What a list draws with: the stories as shown and the words around them. */
export interface Frame {
  shown: Article[];
  lang: UiLang;
  ui: UiStrings;
  label: string;
  /** Nothing to show yet: draw placeholders. */
  initial: boolean;
}

let lists = 0;

/** The language most of the stories are in: the list's own words follow it, not the first story's. */
function mostCommonLang(articles: readonly Article[]): string | undefined {
  const counts = new Map<string, number>();
  for (const {lang} of articles) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * What the feed and the timeline share: their data attributes, loading, polling, filtering, search,
 * conversion and selection. Internal: subclasses draw the stories in `renderStories()`. Its
 * events, parts and custom properties are listed here once and inherited by both.
 *
 * @slot - A `<script type="application/json">` with inline stories (nk-news JSON or JSON Feed). Not displayed.
 *
 * @fires nk-article-select - The reader chose a story (click or Enter). `detail.article`; cancel it to keep a headline click from navigating.
 * @fires nk-load - A load the list started finished. `detail.count`, `detail.sources`.
 * @fires nk-error - A source failed. `detail.error.code`: `http`, `timeout`, `network`, `parse`, `not-a-feed`, `empty`, `too-large`, `invalid`.
 * @fires nk-filter-change - The reader changed the search text or a filter chip. `detail` holds the active filters.
 *
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
 * @cssproperty [--nk-card-border-color=var(--nk-color-border)] - Story outline.
 * @cssproperty [--nk-card-background=var(--nk-color-surface)] - Story background.
 * @cssproperty [--nk-card-padding=var(--nk-space)] - Story padding.
 * @cssproperty [--nk-card-min-height=12rem] - Height of a loading placeholder (compact: 5rem).
 * @cssproperty [--nk-headline-color=var(--nk-color-text)] - Headline colour.
 * @cssproperty [--nk-headline-font-size=1.15em] - Headline size.
 * @cssproperty [--nk-chip-background=accent at 8%] - Entity chip background.
 * @cssproperty [--nk-skeleton-color=text at 8%] - Loading placeholder colour.
 */
export abstract class StoryList extends LitElement {
  static override styles = [themeStyles, articleStyles, errorStyles, styles];

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

  /** Outline level of the list's top headings (story headlines, or the timeline's months), 1–6. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  @state() protected loaded: readonly Article[] = [];
  @state() protected loading = false;
  /** Why the feed has nothing to show. */
  @state() protected error?: FeedError;
  /** Why stories on screen may be incomplete: a refresh (`stale`) or one of several sources failed. */
  @state() protected notice?: {error: FeedError; stale: boolean};
  @state() protected pages = 1;
  /** The stories as shown, derived from `loaded` (which it records) by #derive. */
  @state() protected view?: FeedView & {loaded: readonly Article[]; variant?: Variant; entityName: EntityName};

  readonly #variant = new VariantController(this);
  protected readonly listId = `nk-list-${++lists}`;
  #inline?: readonly ArticleInput[];
  #request?: ViewRequest;
  /** The latest #derive, settled. */
  #derivation?: Promise<void>;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #failures = 0;
  /** Seconds the last failing source asked us to wait (Retry-After). */
  #retryAfter = 0;
  /** A story to focus after the next render (the first of those "more" revealed). */
  protected focusIndex?: number;
  /** The reader has searched, filtered or asked for more: the count line may speak. */
  #readerAsked = false;

  /** Inline stories to show instead of `src`. Reads back the stories the feed shows, filtered and sorted (before "more"). */
  get articles(): Article[] {
    return this.matching;
  }
  set articles(articles: readonly ArticleInput[] | undefined | null) {
    this.#abort?.abort();
    if (articles == null) {
      // Back to `src`, or the corpus.
      this.#inline = undefined;
      if (this.hasUpdated) void this.#load();
      return;
    }
    this.#inline = articles;
    this.loading = true;
    this.#adopt(articles).catch((cause) => this.#failed(cause));
  }

  /** Takes the host's stories after checking them like nk-news JSON: a malformed one is skipped, named. */
  async #adopt(articles: readonly ArticleInput[]) {
    const {checkArticles} = await import('../data/view.js');
    const checked = await checkArticles(articles);
    if (this.#inline !== articles) return;
    this.loading = false;
    this.loaded = checked.ok ? checked.value : [];
    this.error = checked.ok ? undefined : checked.error;
    this.notice = undefined;
    // As for feeds: a skipped story is for the site's engineers, not the reader.
    if (checked.ok) for (const warning of checked.warnings) console.warn(`nk-news: ${warning}`);
  }

  /** The stories that pass the filters and the query, in order, before "more" (source script). */
  protected get matching(): Article[] {
    return this.view?.matching ?? [];
  }

  /** Stories per page: `limit`, or 10 when it is not a positive number. */
  protected get pageSize(): number {
    return Number.isFinite(this.limit) && this.limit >= 1 ? Math.floor(this.limit) : 10;
  }

  readonly #retry = () => void this.refresh();

  #inlineScript() {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** `loading`, `ready` or `error`. */
  get status(): 'loading' | 'ready' | 'error' {
    // Loading until what was loaded is on screen: converted, filtered, drawn.
    if (this.loading || !this.hasUpdated || (!this.error && this.view?.loaded !== this.loaded)) return 'loading';
    return this.error ? 'error' : 'ready';
  }

  /** Fetches the sources again now, bypassing the cache. Settles when done; never rejects. */
  async refresh(): Promise<void> {
    await this.#load(true);
    // Done means on screen: let the update that takes the new stories run, then their view.
    await this.updateComplete;
    await this.#derivation;
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
    const filters = {...this.#activeFilters(), sort: this.sort};
    const last = this.#request;
    const filtersChanged = !last || (Object.keys(filters) as (keyof typeof filters)[]).some((key) => filters[key] !== last.filters[key]);
    if (filtersChanged) {
      this.pages = 1;
      this.focusIndex = undefined;
    }
    const request: ViewRequest = {
      loaded: this.loaded,
      filters: filtersChanged || !last ? filters : last.filters,
      count: this.pageSize * this.pages,
      variant: this.#variant.resolve(this.variant),
      glossary: this.glossary,
      pageGlossary: glossaryVersion(),
    };
    if (!last || (Object.keys(request) as (keyof ViewRequest)[]).some((key) => request[key] !== last[key])) {
      this.#request = request;
      this.#derivation = this.#derive(request).catch((cause) => this.#failed(cause));
    }
  }

  /**
   * A lazy chunk (the corpus, the view, a dictionary) failed to download: say so, keep what is on
   * screen, offer a retry. Feed faults never get here: loadFeeds reports them as values.
   */
  #failed(cause: unknown) {
    const error = new FeedError('network', `Could not load part of nk-news: ${String(cause)}`);
    this.loading = false;
    if (this.view?.shown.length) this.notice = {error, stale: true};
    else this.error = error;
    this.dispatchEvent(new FeedErrorEvent(error));
  }

  protected override updated() {
    if (this.focusIndex === undefined) return;
    const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~="article"]')[this.focusIndex];
    if (target) {
      this.focusIndex = undefined;
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
      const inline = this.#inlineScript();
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
      // Skipped items stay off screen (readers cannot act on them) but reach the site's engineers.
      for (const warning of result.warnings) console.warn(`nk-news: ${warning}`);
      if (result.articles.length || !failed) this.dispatchEvent(new LoadEvent(result.articles.length, result.sources, result.warnings));
      this.#retryAfter = Math.max(0, ...result.errors.map((error) => error.retryAfter ?? 0));
    } catch (cause) {
      if (!abort.signal.aborted) this.#failed(cause);
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
    // Only `src` is polled: the `articles` property and a child script are the page's own data.
    if (!(this.refreshInterval > 0) || !this.isConnected || this.#inline || this.#inlineScript() || !sourceUrls(this.src).length) return;
    const interval = this.refreshInterval * 1000;
    const backoff = Math.min(interval * 2 ** this.#failures, Math.max(interval, MAX_BACKOFF_MS));
    const delay = Math.min(Math.max(backoff, Math.min(this.#retryAfter * 1000, MAX_BACKOFF_MS)), MAX_TIMER_MS);
    this.#timer = setTimeout(() => void this.#load(true), delay);
  }

  /** Article[] → filter/sort → the visible page → convert → view (in a lazy module). */
  async #derive(request: ViewRequest) {
    const {loaded, filters, count, variant, glossary} = request;
    const {feedView, entityName} = await import('../data/view.js');
    const view = await feedView(loaded, filters, count, variant, glossary);
    if (request !== this.#request) return;
    this.view = {...view, loaded, variant, entityName};
  }

  /** The words, language and state every list draws with. */
  protected frame(): Frame {
    const {shown = [], variant} = this.view ?? {};
    const lang = uiLang(variant, mostCommonLang(this.loaded) ?? 'zh-Hant-TW');
    const ui = uiStrings(lang);
    const initial = this.status === 'loading' && !shown.length;
    return {shown, lang, ui, label: this.label ?? ui.feedLabel, initial};
  }

  override render() {
    const frame = this.frame();
    // One `lang` over the element's own words and the stories: screen readers and fonts follow it.
    return html`<div class="frame" lang=${frame.lang}>
      ${this.renderControls(frame.ui)} ${this.renderStories(frame)} ${this.renderFooter(frame)}
    </div>`;
  }

  /** The stories themselves, between the controls and the footer. */
  protected abstract renderStories(frame: Frame): unknown;

  /** Search box, filter chips, and the error or notice, above the stories. */
  protected renderControls(ui: UiStrings) {
    return html`
      ${this.searchable ? this.#renderSearch(ui.search, ui.searchPlaceholder) : nothing}
      ${this.filterable && this.view ? this.#renderFilters(ui.filters, ui.all, this.view) : nothing}
      ${this.notice
        ? renderError(this.notice.error, this.notice.stale ? ui.refreshFailed : ui.partlyFailed, ui, {blocking: false, retry: this.#retry})
        : nothing}
      ${this.error && !this.view?.shown.length && !this.loading
        ? renderError(this.error, ui.errors[this.error.code], ui, {blocking: true, retry: this.#retry})
        : nothing}
    `;
  }

  /** The count line (a live region) and the "more" button, below the stories. */
  protected renderFooter(frame: Frame) {
    return html`
      <p part="status" role="status">${this.#statusText(frame)}</p>
      ${frame.shown.length < this.matching.length
        ? html`<button part="more" type="button" @click=${this.#more}>${frame.ui.more}</button>`
        : nothing}
    `;
  }

  /**
   * What the live region says. The count only after the reader searched, filtered or asked for
   * more: not on every load of every list on the page.
   */
  #statusText({ui, shown, initial}: Frame) {
    if (initial) return ui.loading;
    if (this.error && !shown.length) return nothing;
    if (!this.loaded.length) return ui.empty;
    if (!this.matching.length) return ui.noMatch;
    return this.#readerAsked ? ui.shown(shown.length, this.matching.length) : nothing;
  }

  /** How one shown story is drawn, in the reader's variant. */
  protected storyOptions(index: number, ui: UiStrings, compact: boolean): ArticleViewOptions {
    return {
      layout: compact ? 'compact' : 'full',
      variant: this.view?.variant,
      ui,
      entityName: this.view!.entityName,
      headingId: `${this.listId}-${index}`,
      headingLevel: this.headingLevel,
    };
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
  #renderFilters(label: string, all: string, view: NonNullable<StoryList['view']>) {
    const {sources, entities} = view.chips;
    const chip = (pressed: boolean, text: string, change: Partial<ActiveFilters>) =>
      html`<button part="chip" type="button" aria-pressed=${String(pressed)} @click=${() => this.#setFilters(change)}>${text}</button>`;
    return html`<div part="filters" role="group" aria-label=${label}>
      ${chip(!this.source && !this.entity, all, {source: undefined, entity: undefined})}
      ${sources.map(({value, label, pressed}) => chip(pressed, label, {source: pressed ? undefined : value}))}
      ${entities.map(({value, label, pressed}) => chip(pressed, label, {entity: pressed ? undefined : value}))}
    </div>`;
  }

  /** A reader's change to the filters: applied, then announced. */
  #setFilters(change: Partial<ActiveFilters>) {
    this.#readerAsked = true;
    Object.assign(this, change);
    this.dispatchEvent(new FilterChangeEvent(this.#activeFilters()));
  }

  #activeFilters(): ActiveFilters {
    const {query, category, source, entity, since, until} = this;
    return {query, category, source, entity, since, until};
  }

  #more() {
    this.#readerAsked = true;
    this.focusIndex = this.view?.shown.length ?? 0;
    this.pages++;
  }

  protected articleAt(target: EventTarget | null) {
    const element = (target as Element | null)?.closest<HTMLElement>('[part~="article"]');
    const article = element && this.matching.find((a) => a.id === element.dataset.id);
    return article ? {element, article} : undefined;
  }

  #select(article: Article, event: Event) {
    const select = new ArticleSelectEvent(article);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  protected onStoryClick(event: MouseEvent) {
    const hit = this.articleAt(event.target);
    if (hit) this.#select(hit.article, event);
  }

  /** Enter selects the focused story. */
  protected onStoryKeydown(event: KeyboardEvent) {
    const hit = this.articleAt(event.target);
    if (!hit) return;
    if (event.key === 'Enter' && event.target === hit.element) this.#select(hit.article, event);
    return hit;
  }
}

