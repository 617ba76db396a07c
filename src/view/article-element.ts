import {LitElement, type PropertyDeclarations} from 'lit';
import type {Variant} from '../core/vocabulary.js';
import type {FeedReader} from '../data/load.js';
import type {InstantFormat} from '../i18n/format-date.js';
import type {FeedFormat} from '../data/parse.js';
import type {Glossary} from '../text/glossary.js';
import type {ArticlesController} from './articles-controller.js';
import type {ServerFailure} from './error-view.js';
import {givenLevel, HeadingLevel} from './heading-level.js';
import type {DerivedView} from './view-request.js';
import {followPageScheme} from './page-scheme.js';

/**
 * Makes numeric properties (`limit`, `timeout`, `refresh-interval`, `heading-level`) take numeric
 * strings too, and read back their number: Vue binds `limit="5"` in a template as a property, a
 * string, and so may a page's script. Lit wraps accessors a class defines with its own (as it does
 * any), so the properties stay reactive; call it in the class that declares them, before Lit
 * finalizes the class (a static block).
 *
 * @internal
 */
export function numericProperties(element: {readonly prototype: LitElement}, ...names: string[]): void {
  for (const name of names) {
    const slot = Symbol(name);
    Object.defineProperty(element.prototype, name, {
      get(this: Record<symbol, unknown>) {
        return this[slot];
      },
      set(this: Record<symbol, unknown>, value: unknown) {
        this[slot] = typeof value === 'string' ? Number(value) : value;
      },
      configurable: true,
      enumerable: true,
    });
  }
}

/**
 * What every element that shows articles shares (`<nk-news-feed>`, `<nk-timeline>` through
 * ArticleList, and `<nk-event-card>`): the attributes of its source and its looks, the articles
 * controller that runs its whole path, the server's seam, and its custom properties, documented
 * here once and inherited by each element's entry in custom-elements.json. Internal.
 *
 * Every element declares its properties with Lit's `static properties`, not its decorators: the
 * feed is in the CDN entry, where the decorators' calls and their helper cost 0.4 KB of its 18 KB
 * budget (issue #12), and one way across the four elements reads better than two. Each property's
 * type, default and documentation are on its field.
 *
 * @cssproperty [--nk-font-family=system-ui, -apple-system, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif] - Typeface.
 * @cssproperty [--nk-font-size=16px] - Base text size; every other size is in `em` of it. Fixed by default, so a page's root size (62.5%) does not shrink it; `1rem` follows the page.
 * @cssproperty [--nk-color-text=#1a1a1a] - Text colour (light scheme).
 * @cssproperty [--nk-color-muted=#595959] - Secondary text: date, sources (light scheme).
 * @cssproperty [--nk-color-accent=#b3261e] - Links, category, buttons, focus ring (light scheme).
 * @cssproperty [--nk-color-surface=#ffffff] - Card background (light scheme).
 * @cssproperty [--nk-color-border=#d9d9d9] - Outlines (light scheme).
 * @cssproperty [--nk-color-background=transparent] - The element's own ground (light scheme).
 * @cssproperty [--nk-dark-color-text=#ececec] - Text colour in the dark scheme (`theme="dark"`, or `auto` on a dark page, or a dark system where the page declares no scheme). Every colour token has a `--nk-dark-` twin; the light ones are never used in dark.
 * @cssproperty [--nk-dark-color-muted=#b0b0b0] - Secondary text, dark scheme.
 * @cssproperty [--nk-dark-color-accent=#ff8a80] - Links, category, buttons, focus ring, dark scheme.
 * @cssproperty [--nk-dark-color-surface=#1e1e1e] - Card background, dark scheme.
 * @cssproperty [--nk-dark-color-border=#444444] - Outlines, dark scheme.
 * @cssproperty [--nk-dark-color-background=transparent] - The element's own ground, dark scheme: the page's own by default (`auto` following the system on a page that declares no scheme: #121212).
 * @cssproperty [--nk-radius=8px] - Corner radius of articles, cards, placeholders and the search box.
 * @cssproperty [--nk-control-radius=var(--nk-radius, 999px)] - Corner radius of chips, badges and buttons: pills unless the site sets a radius.
 * @cssproperty [--nk-space=0.75em] - Base spacing.
 * @cssproperty [--nk-card-border-color=var(--nk-color-border)] - Article or card outline (dark: `--nk-dark-card-border-color`).
 * @cssproperty [--nk-card-background=var(--nk-color-surface)] - Article or card background (dark: `--nk-dark-card-background`).
 * @cssproperty [--nk-card-padding=var(--nk-space)] - Article or card padding.
 * @cssproperty [--nk-card-min-height=rows' height] - In a feed or timeline, the height of each article and placeholder: 3 headline lines, meta, 3 summary lines and entities (compact: 2 headline lines and meta; a picture adds 9em). On a card, its least height and its placeholder's: the most a card takes, with 3 related articles; the card itself takes its article's height.
 * @cssproperty [--nk-headline-color=var(--nk-color-text)] - Headline colour (dark: `--nk-dark-headline-color`).
 * @cssproperty [--nk-headline-font-size=1.15em] - Headline size.
 * @cssproperty [--nk-chip-background=accent at 8%] - Entity chip background (dark: `--nk-dark-chip-background`).
 * @cssproperty [--nk-skeleton-color=text at 8%] - Loading placeholder colour (dark: `--nk-dark-skeleton-color`).
 */
export abstract class ArticleElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {}, proxy: {}, format: {}, variant: {reflect: true}, theme: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'}, glossary: {attribute: false},
  };

  /** Feed URL(s), whitespace-separated. Absent, with no articles handed over: the bundled corpus. */
  src?: string;
  /**
   * The site's feed proxy (`nk-news/server`, docs/proxy.md): a `src` on another origin is fetched
   * as `<proxy>?url=<src>`, and the proxy's refusal codes arrive in `nk-error`. Absent: the page's
   * `<meta name="nk-news-proxy" content="…">`, else none. A `src` on the page's origin is fetched directly.
   */
  proxy?: string;
  /** `auto` (sniffed from content type and body), `json`, `jsonfeed`, `rss` or `atom`. */
  format: FeedFormat = 'auto';
  /** Script and regional wording: `zh-TW`, `zh-HK`, `zh-CN`. Absent: the reader's choice, else the page's `lang`, else the source's own. */
  variant?: Variant;
  /** `light`, `dark`, or `auto`: the page's `color-scheme` where it sets one, else the reader's system; live. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /**
   * Outline level of the top headings (article headlines, or the timeline's months), 1–6; what is
   * under them goes one below. Absent: one below the nearest heading before the element on the page
   * (after an `<h1>`, `<h2>`), else 3; a server-rendered element keeps the server's (3 unless given).
   */
  get headingLevel(): number {
    return this.#headingLevel.level;
  }
  set headingLevel(level: number | string | null | undefined) {
    this.#headingLevel.given = givenLevel(level);
  }
  readonly #headingLevel = new HeadingLevel(this);
  /** The site's own phrase pairs, applied on top of the regional wording. */
  glossary?: Glossary;

  /** `theme="auto"` on a page that declares no scheme: the reader's system (page-scheme.ts). */
  protected readonly scheme = followPageScheme(this);

  /** The whole path from the attributes to the view (its server side, here). */
  protected abstract readonly controller: Pick<ArticlesController<object, DerivedView>, 'prerender' | 'seed'>;

  /**
   * @internal For `nk-news/ssr` (`probe.prerender(read)`): loads (each feed read with `read` when
   * given) and derives the first view as a browser would, without a DOM; or the failure shown instead.
   */
  prerender(read?: FeedReader) {
    return this.controller.prerender(read);
  }

  /**
   * @internal The zone times are written in (see ArticleViewOptions): none, the reader's. A server
   * sets it (`nk-news/ssr`); hydration keeps it through the first render (server-zone.ts).
   */
  zones: {timeZone?: string; instant?: InstantFormat} = {};

  /** @internal For `nk-news/ssr`: the first render shows this (a view, or the failure shown instead), as the server did. */
  set ssrView(view: DerivedView | ServerFailure | undefined) {
    this.controller.seed(view);
  }
}
