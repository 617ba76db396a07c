/**
 * What a server-rendered element carries besides its shadow DOM, and how much of it: the packed
 * snapshot it hydrates from (view/snapshot.ts: the stories shown, each once), the JSON-LD of the
 * articles shown (json-ld.ts), and its stylesheet, minified (minify-css.ts), inline or, for a
 * page with several elements, one cached file per element (`styles: {base}`).
 */
import {unsafeCSS, type CSSResultOrNative, type LitElement} from 'lit';
import {NkEventCard} from '../event-card/event-card.js';
import {NkNewsFeed} from '../news-feed/news-feed.js';
import {NkTimeline} from '../timeline/timeline.js';
import type {CardView} from '../view/card-view.js';
import type {ListView} from '../view/list-view.js';
import {packSnapshot} from '../view/snapshot-pack.js';
import {SNAPSHOT_TYPE, type CardSnapshot, type ListSnapshot} from '../view/snapshot.js';
import {jsonLd, type Publisher} from './json-ld.js';
import {minifyCss} from './minify-css.js';
import {drawnIn, pruneCss} from './prune-css.js';

export type {Publisher};

/** Where the elements' stylesheets go: inline in each shadow root (the default), or linked. */
export type StylesOption = 'inline' | {
  /**
   * A folder URL the site serves `renderStyles(tag)` under as `<tag>.css` (`/assets/nk-news/`
   * → `/assets/nk-news/nk-news-feed.css`): each shadow root links the file instead of carrying
   * it, so a page with several elements, and every page after the first, downloads it once.
   */
  base: string;
};

export interface HydrationOptions {
  /** The site, credited as each article's `publisher` in the JSON-LD. */
  publisher?: Publisher;
  styles?: StylesOption;
}

/** JSON safe inside `<script>`: no `<` can close the element or open a comment. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The element's light-DOM children: its packed snapshot and the JSON-LD of the articles shown (a
 * card's own article, not its related coverage). `fromFeed`: the element has a `src`.
 */
export function hydrationChildren(snapshot: ListSnapshot | CardSnapshot, view: ListView | CardView, fromFeed: boolean, options: HydrationOptions = {}): string {
  const shown = 'shown' in view ? view.shown : [view.article];
  const ld = jsonLd(shown, (id) => view.entityName(id, view.variant), options.publisher);
  return `<script type="${SNAPSHOT_TYPE}">${scriptJson(packSnapshot(snapshot, fromFeed, ld['@graph']))}</script>` +
    `<script type="application/ld+json">${scriptJson(ld)}</script>`;
}

type Rendered = typeof NkNewsFeed | typeof NkTimeline | typeof NkEventCard;
const rendered: Record<string, Rendered> = {'nk-news-feed': NkNewsFeed, 'nk-timeline': NkTimeline, 'nk-event-card': NkEventCard};

/** Each element's stylesheet as the server writes it: all its styles, minified, in one `<style>`. */
const minified = new Map<Rendered, string>();

function cssOf(element: Rendered): string {
  let css = minified.get(element);
  if (css === undefined) {
    // Reading `observedAttributes` finalizes the class, which collects its `elementStyles`.
    void element.observedAttributes;
    css = minifyCss(element.elementStyles.map((style) => (style as CSSResultOrNative & {cssText: string}).cssText).join('\n'));
    minified.set(element, css);
    // @lit-labs/ssr writes a class's `elementStyles`: the server's copy of the class writes them minified.
    (element as unknown as typeof LitElement).elementStyles = [unsafeCSS(css)];
  }
  return css;
}

/** Minifies what the server writes for these elements' styles (once per process). */
export function minifyStyles(): void {
  for (const element of Object.values(rendered)) cssOf(element);
}

/**
 * The minified stylesheet of a server-rendered element (`nk-news-feed`, `nk-timeline`,
 * `nk-event-card`), for a site to serve at `<base><tag>.css` with `styles: {base}`.
 */
export function renderStyles(tag: string): string {
  if (!Object.hasOwn(rendered, tag)) throw new TypeError(`nk-news/ssr: no server-rendered element <${tag}>`);
  return cssOf(rendered[tag]!);
}

/**
 * The element's HTML with its stylesheet in place: inline, only the rules that can match what was
 * drawn (prune-css.ts; hydration adopts the whole sheet), or a link to the whole sheet when `styles`
 * asks for one.
 */
export function placeStyles(markup: string, tag: string, styles: StylesOption = 'inline'): string {
  if (!Object.hasOwn(rendered, tag)) return markup;
  if (styles !== 'inline' && typeof styles?.base !== 'string') throw new TypeError('nk-news/ssr: `styles` is "inline" or {base: "<folder URL>"}');
  const css = cssOf(rendered[tag]!);
  const inline = `<style>${css}</style>`;
  const at = markup.indexOf(inline);
  if (at < 0) return markup;
  const rest = markup.slice(at + inline.length);
  if (styles === 'inline') {
    const open = markup.slice(markup.indexOf(`<${tag}`), markup.indexOf('>', markup.indexOf(`<${tag}`)));
    return `${markup.slice(0, at)}<style>${pruneCss(css, drawnIn(rest, open, rendered[tag]!.observedAttributes))}</style>${rest}`;
  }
  const folder = styles.base.endsWith('/') ? styles.base : `${styles.base}/`;
  return `${markup.slice(0, at)}<link rel="stylesheet" href="${escapeAttribute(`${folder}${tag}.css`)}">${rest}`;
}
