import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Article, Variant} from '../data/article.js';
import {FeedError} from '../data/errors.js';
import type {FeedFormat} from '../data/parse.js';
import {loadSource} from '../data/source.js';
import {ArticleSelectEvent, FeedErrorEvent, LoadEvent} from '../events.js';
import {uiStrings} from '../i18n/strings.js';
import {VariantController} from '../i18n/variant-store.js';
import {glossaryVersion, type Glossary} from '../text/glossary.js';
import {uiLang} from '../text/variant.js';
import {themeStyles} from '../theme.styles.js';
import {articleStyles} from './article.styles.js';
import {renderArticle} from './article-view.js';
import {styles} from './event-card.styles.js';
import {errorStyles, renderError} from '../error-view.js';

interface ShowRequest {
  story?: Article;
  variant?: Variant;
  glossary?: Glossary;
  /** Bumped by a page-wide `setGlossary`. */
  pageGlossary: number;
  pool: readonly Article[];
  layout: 'full' | 'compact';
}

interface Shown {
  /** The story as given, and as shown in the reader's variant. */
  story: Article;
  article: Article;
  related: Article[];
  variant?: Variant;
  entityName: typeof import('../data/view.js').entityName;
}

/**
 * One story as a card: headline (linked when the story has a URL), date, source badges, category,
 * summary, entity chips and related coverage. Give it a story with the `article` property, or the
 * id of one with `article-id` (looked up in `src`, else in the bundled corpus).
 *
 * @tagname nk-event-card
 * @summary A single news story.
 *
 * @fires nk-article-select - The reader chose the story (click or Enter). `detail.article`. Cancel it to keep a headline click from navigating.
 * @fires nk-load - The card loaded the stories `article-id` is looked up in. `detail.count`, `detail.sources`.
 * @fires nk-error - Loading `src` failed, or `article-id` names no story (`not-found`). `detail.error.code`.
 *
 * @csspart article - The card.
 * @csspart headline - The story's title (a link when it has a URL).
 * @csspart meta - The line with date, category and sources.
 * @csspart category - The story's category.
 * @csspart source - One medium the story cites.
 * @csspart summary - The story's text.
 * @csspart entity - One person, place or organization the story names.
 * @csspart image - The story's picture, when it has one.
 * @csspart related - Other stories about the same people and places.
 * @csspart status - The placeholder shown while loading.
 * @csspart error - The message shown when the story cannot be shown.
 *
 * @cssproperty [--nk-font-family=system-ui, sans-serif] - Typeface.
 * @cssproperty [--nk-font-size=1rem] - Base text size.
 * @cssproperty [--nk-color-text=#1a1a1a] - Text colour.
 * @cssproperty [--nk-color-muted=#595959] - Secondary text (date, sources).
 * @cssproperty [--nk-color-accent=#b3261e] - Links, category, focus ring.
 * @cssproperty [--nk-color-surface=#ffffff] - Card background.
 * @cssproperty [--nk-color-border=#d9d9d9] - Outlines.
 * @cssproperty [--nk-color-background=transparent] - The element's own ground (dark theme: #121212).
 * @cssproperty [--nk-radius=8px] - Corner radius.
 * @cssproperty [--nk-space=0.75rem] - Base spacing.
 * @cssproperty [--nk-card-border-color=var(--nk-color-border)] - Card outline.
 * @cssproperty [--nk-card-background=var(--nk-color-surface)] - Card background.
 * @cssproperty [--nk-card-padding=var(--nk-space)] - Card padding.
 * @cssproperty [--nk-headline-color=var(--nk-color-text)] - Headline colour.
 * @cssproperty [--nk-headline-font-size=1.15em] - Headline size.
 * @cssproperty [--nk-chip-background=accent at 8%] - Entity chip background.
 */
export class NkEventCard extends LitElement {
  static override styles = [themeStyles, articleStyles, errorStyles, styles];

  /** The story to show. Takes precedence over `article-id`. */
  @property({attribute: false}) article?: Article;

  /** The id of a story in `src`, or in the bundled corpus when there is no `src`. */
  @property({attribute: 'article-id'}) articleId?: string;

  /** Feed URL(s) to look `article-id` up in; absent: the bundled corpus. */
  @property() src?: string;

  /** Format of `src`: `auto` sniffs it. */
  @property() format: FeedFormat = 'auto';

  /** Script and regional wording: `zh-TW`, `zh-HK`, `zh-CN`. Absent: the reader's choice, else the page's `lang`, else the story's own. */
  @property({reflect: true}) variant?: Variant;

  /** `full`, or `compact` without summary, entities and related coverage. */
  @property({reflect: true}) layout: 'full' | 'compact' = 'full';

  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({reflect: true}) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The site's own phrase pairs, applied on top of the regional wording. */
  @property({attribute: false}) glossary?: Glossary;

  /** Outline level of the headline, 1–6 (related coverage goes one below). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  @state() private pool: readonly Article[] = [];
  @state() private loading = false;
  @state() private error?: FeedError;
  @state() private shown?: Shown;

  readonly #variant = new VariantController(this);
  #abort?: AbortController;
  #request?: ShowRequest;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  override connectedCallback() {
    super.connectedCallback();
    // A load cut short by a disconnect starts again.
    if (this.hasUpdated && this.loading) void this.#loadPool();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.article && (changed.has('articleId') || changed.has('src') || changed.has('format') || changed.has('article'))) {
      void this.#loadPool();
    }
    const request: ShowRequest = {
      story: this.article ?? this.pool.find((article) => article.id === this.articleId),
      variant: this.#variant.resolve(this.variant),
      glossary: this.glossary,
      pageGlossary: glossaryVersion(),
      pool: this.pool,
      layout: this.layout,
    };
    const last = this.#request;
    if (!last || (Object.keys(request) as (keyof ShowRequest)[]).some((key) => request[key] !== last[key])) {
      this.#request = request;
      this.#show(request).catch((cause) => this.#fail(new FeedError('network', `Could not show the story: ${String(cause)}`)));
    }
  }

  /** The stories `article-id` is looked up in: `src`, or the corpus. */
  async #loadPool() {
    this.#abort?.abort();
    this.error = undefined;
    this.loading = Boolean(this.articleId);
    if (!this.articleId) return;
    const abort = (this.#abort = new AbortController());
    try {
      const result = await loadSource(this.src, {format: this.format, signal: abort.signal});
      if (abort.signal.aborted) return;
      this.pool = result.articles;
      const missing = !result.articles.some((article) => article.id === this.articleId);
      const error =
        result.errors[0] ?? (missing ? new FeedError('not-found', `No story has the id “${this.articleId}”.`) : undefined);
      if (error) this.#fail(error);
      else this.dispatchEvent(new LoadEvent(result.articles.length, result.sources));
    } catch (cause) {
      // Only an abort or a lazy chunk that failed to download: loadFeeds reports faults as values.
      if (!abort.signal.aborted) this.#fail(new FeedError('network', `Could not load the story: ${String(cause)}`));
    } finally {
      // A load cut short by a disconnect stays "loading", so reconnecting starts it again.
      if (this.#abort === abort && !abort.signal.aborted) this.loading = false;
    }
  }

  #fail(error: FeedError) {
    this.error = error;
    this.dispatchEvent(new FeedErrorEvent(error));
  }

  /** Checks the story, converts it (and its related coverage) to the reader's variant, shows it. */
  async #show(request: ShowRequest) {
    const {story, variant, glossary, pool, layout} = request;
    if (!story) {
      this.shown = undefined;
      return;
    }
    const {cardView, checkArticles, entityName} = await import('../data/view.js');
    // Only a story the host set can be malformed: feeds and the corpus are checked when parsed.
    const checked = story === this.article ? await checkArticles([story]) : undefined;
    if (checked && !checked.ok) {
      if (request === this.#request) [this.shown, this.error] = [undefined, checked.error];
      return;
    }
    const {article, related} = await cardView(checked?.value[0] ?? story, pool, layout === 'full', variant, glossary);
    if (request !== this.#request) return;
    this.error = undefined;
    this.shown = {story, article, related, variant, entityName};
  }

  override render() {
    const shown = this.shown;
    const ui = uiStrings(uiLang(shown?.variant ?? this.#variant.resolve(this.variant), shown?.article.lang ?? 'zh-Hant-TW'));
    if (this.error && !shown) {
      return renderError(this.error, ui.errors[this.error.code], ui, {blocking: true});
    }
    if (!shown) {
      return this.loading || this.articleId
        ? html`<div part="status" class="skeleton" role="status" aria-label=${ui.loading}></div>`
        : nothing;
    }
    const {article, related, variant, entityName} = shown;
    return html`<div @click=${this.#onClick} @keydown=${this.#onKeydown}>
      ${renderArticle(article, {layout: this.layout, variant, ui, entityName, headingLevel: this.headingLevel, related})}
    </div>`;
  }

  #select(event: Event) {
    if (!this.shown) return;
    const select = new ArticleSelectEvent(this.shown.story);
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
