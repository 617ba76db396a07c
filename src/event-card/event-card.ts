import {LitElement, html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {Task} from '@lit/task';
import {uiLang, variantOfLang, type Article, type Variant} from '../core/vocabulary.js';
import {FeedError} from '../data/errors.js';
import type {FeedReader, LoadResult} from '../data/load.js';
import type {FeedFormat} from '../data/parse.js';
import {loadUiStrings, uiStrings} from '../i18n/strings.js';
import {VariantController} from '../i18n/variant-store.js';
import {glossaryVersion, type Glossary} from '../text/glossary.js';
import {articleStyles} from '../view/article.styles.js';
import {ArticleSource} from '../view/article-source.js';
import {renderArticle} from '../view/article-view.js';
import {errorStyles, renderError} from '../view/error-view.js';
import {ArticleSelectEvent, FeedErrorEvent, LoadEvent} from '../view/events.js';
import type {CardSnapshot, CardView} from '../view/snapshot.js';
import {themeStyles} from '../view/theme.styles.js';
import {styles} from './event-card.styles.js';

interface Shown {
  /** The article as given, and as shown in the reader's variant. */
  given: Article;
  article: Article;
  related: Article[];
  variant?: Variant;
  entityName: typeof import('../view/present.js').entityName;
}

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
 *
 * @cssproperty [--nk-font-family=system-ui, -apple-system, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif] - Typeface.
 * @cssproperty [--nk-font-size=16px] - Base text size; every other size is in `em` of it. Fixed by default, so a page's root size (62.5%) does not shrink it; `1rem` follows the page.
 * @cssproperty [--nk-color-text=#1a1a1a] - Text colour (light scheme).
 * @cssproperty [--nk-color-muted=#595959] - Secondary text: date, sources (light scheme).
 * @cssproperty [--nk-color-accent=#b3261e] - Links, category, focus ring (light scheme).
 * @cssproperty [--nk-color-surface=#ffffff] - Card background (light scheme).
 * @cssproperty [--nk-color-border=#d9d9d9] - Outlines (light scheme).
 * @cssproperty [--nk-color-background=transparent] - The element's own ground (light scheme).
 * @cssproperty [--nk-dark-color-text=#ececec] - Text colour in the dark scheme (`theme="dark"`, or `auto` on a dark system). Every colour token has a `--nk-dark-` twin; the light ones are never used in dark.
 * @cssproperty [--nk-dark-color-muted=#b0b0b0] - Secondary text, dark scheme.
 * @cssproperty [--nk-dark-color-accent=#ff8a80] - Links, category, focus ring, dark scheme.
 * @cssproperty [--nk-dark-color-surface=#1e1e1e] - Card background, dark scheme.
 * @cssproperty [--nk-dark-color-border=#444444] - Outlines, dark scheme.
 * @cssproperty [--nk-dark-color-background=#121212] - The element's own ground, dark scheme.
 * @cssproperty [--nk-radius=8px] - Corner radius of the card.
 * @cssproperty [--nk-control-radius=var(--nk-radius, 999px)] - Corner radius of source badges and entity chips: pills unless the site sets a radius.
 * @cssproperty [--nk-space=0.75em] - Base spacing.
 * @cssproperty [--nk-card-border-color=var(--nk-color-border)] - Card outline (dark: `--nk-dark-card-border-color`).
 * @cssproperty [--nk-card-background=var(--nk-color-surface)] - Card background (dark: `--nk-dark-card-background`).
 * @cssproperty [--nk-card-padding=var(--nk-space)] - Card padding.
 * @cssproperty [--nk-card-min-height=rows' height] - Least height of the card, and the height of its placeholder (default: the most a card takes: 3 headline lines, meta, 3 summary lines, entities and 3 related articles; compact: 2 headline lines and meta). The card itself takes its article's height.
 * @cssproperty [--nk-headline-color=var(--nk-color-text)] - Headline colour (dark: `--nk-dark-headline-color`).
 * @cssproperty [--nk-headline-font-size=1.15em] - Headline size.
 * @cssproperty [--nk-chip-background=accent at 8%] - Entity chip background (dark: `--nk-dark-chip-background`).
 * @cssproperty [--nk-skeleton-color=text at 8%] - Loading placeholder colour (dark: `--nk-dark-skeleton-color`).
 */
export class NkEventCard extends LitElement {
  static override styles = [themeStyles, articleStyles, errorStyles, styles];

  /** The article to show. Takes precedence over `article-id`. */
  @property({attribute: false}) article?: Article;

  /** The id of an article in `src`, or in the bundled corpus when there is no `src`. */
  @property({attribute: 'article-id'}) articleId?: string;

  /** Feed URL(s) to look `article-id` up in; absent: the bundled corpus. */
  @property() src?: string;

  /** Format of `src`: `auto` sniffs it. */
  @property() format: FeedFormat = 'auto';

  /** Script and regional wording: `zh-TW`, `zh-HK`, `zh-CN`. Absent: the reader's choice, else the page's `lang`, else the article's own. */
  @property({reflect: true}) variant?: Variant;

  /** `full`, or `compact` without summary, entities and related coverage. */
  @property({reflect: true}) layout: 'full' | 'compact' = 'full';

  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({reflect: true}) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The site's own phrase pairs, applied on top of the regional wording. */
  @property({attribute: false}) glossary?: Glossary;

  /** Outline level of the headline, 1–6 (related coverage goes one below). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Why the article cannot be shown: its source failed, no article has the id, or the given one is malformed. */
  @state() private error?: FeedError;

  readonly #variant = new VariantController(this);
  /** The articles `article-id` is looked up in: `src`, or the corpus. Nothing loads for a given `article`. */
  readonly #source = new ArticleSource(
    this,
    () => (this.article || !this.articleId ? undefined : {src: this.src, format: this.format, lookup: this.articleId}),
    (result) => this.#found(result)
  );
  /** Checks the article, converts it (and its related coverage) to the reader's variant. */
  readonly #shown = new Task(this, {
    args: () => [
      this.article ?? this.#source.articles.find((article) => article.id === this.articleId),
      this.#source.articles, this.layout, this.#variant.resolve(this.variant), this.glossary, glossaryVersion(),
    ] as const,
    task: async ([given, pool, layout, variant, glossary]): Promise<Shown | undefined> => {
      if (!given) return undefined;
      try {
        const {cardView, checkArticles, entityName} = await import('../view/present.js');
        // Only an article the host set can be malformed: feeds and the corpus are checked when parsed.
        const checked = given === this.article ? await checkArticles([given]) : undefined;
        if (checked && !checked.ok) {
          this.error = checked.error;
          return undefined;
        }
        // The card's own words come with its article, so they never show in another script first.
        const [{article, related}] = await Promise.all([
          cardView(checked?.value[0] ?? given, pool, layout === 'full', variant, glossary),
          loadUiStrings(uiLang(variant, given.lang)),
        ]);
        this.error = undefined;
        return {given, article, related, variant, entityName};
      } catch (cause) {
        this.#fail(new FeedError('network', `Could not show the article: ${String(cause)}`));
        return undefined;
      }
    },
  });

  /** What a server rendered (`nk-news/ssr`), shown until the browser has derived the same. */
  #snapshot?: Shown;

  /** @internal For `nk-news/ssr`: looks the article up and derives what the card shows, without a DOM; none when not found. */
  async prerender(read?: FeedReader): Promise<CardSnapshot | undefined> {
    const {articles} = await this.#source.loadOnce(read);
    const given = articles.find((article) => article.id === this.articleId);
    if (!given) return undefined;
    const variant = this.variant && variantOfLang(this.variant);
    return (await import('../view/prerender.js')).prerenderCard(given, articles, this.layout === 'full', variant, this.glossary);
  }

  /** @internal For `nk-news/ssr`: the first render shows this, as the server did. */
  set ssrView(view: CardView | undefined) {
    if (!view) return;
    this.#snapshot = view;
    this.#source.seed(view.loaded);
  }

  /** @internal Set by `nk-news/hydrate.js` (the CDN bundle does not hydrate): what a server left in the element. */
  static serverView?: (host: Element) => CardView | undefined;

  override connectedCallback() {
    if (!this.hasUpdated && !this.#snapshot) this.ssrView = NkEventCard.serverView?.(this);
    super.connectedCallback();
  }

  /** A finished lookup: the article is there, or the card says why not. */
  #found(result: LoadResult) {
    const missing = !result.articles.some((article) => article.id === this.articleId);
    const error = result.errors[0] ?? (missing ? new FeedError('not-found', `No article has the id “${this.articleId}”.`) : undefined);
    if (error) this.#fail(error);
    else this.dispatchEvent(new LoadEvent(result.articles.length, result.sources));
  }

  #fail(error: FeedError) {
    this.error = error;
    this.dispatchEvent(new FeedErrorEvent(error));
  }

  override render() {
    const shown = this.#shown.value ?? this.#snapshot;
    // What is shown carries its variant: a server-rendered card names its words as the server did.
    const {ui} = uiStrings(shown ? uiLang(shown.variant, shown.article.lang) : uiLang(this.#variant.resolve(this.variant), 'zh-Hant-TW'), () => this.requestUpdate());
    if (this.error && !shown) {
      return renderError(this.error, ui.errors[this.error.code], ui, {blocking: true});
    }
    if (!shown) {
      return this.#source.loading || this.articleId
        ? html`<div part="status" class="skeleton" role="status" aria-label=${ui.loading}></div>`
        : nothing;
    }
    const {article, related, variant, entityName} = shown;
    return html`<div @click=${this.#onClick} @keydown=${this.#onKeydown}>
      ${renderArticle(article, {layout: this.layout, variant, ui, entityName, headingLevel: this.headingLevel, related})}
    </div>`;
  }

  #select(event: Event) {
    const shown = this.#shown.value ?? this.#snapshot;
    if (!shown) return;
    const select = new ArticleSelectEvent(shown.given);
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
