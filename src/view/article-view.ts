import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {shownVariant, uiLang, type Article, type Variant} from '../core/vocabulary.js';
import {formatPublished, type InstantFormat} from '../i18n/format-date.js';
import type {UiStrings} from '../i18n/strings.js';
import type {Highlighter, Segment} from './highlight.js';

/** What an article's markup needs besides the article: shared by the card and the feed. */
export interface ArticleViewOptions {
  layout: 'full' | 'compact';
  /** The variant the article was converted to; absent, the article's own. */
  variant?: Variant;
  ui: UiStrings;
  /** An entity's name as a region writes it (the gazetteer's, from the lazy view module). */
  entityName: (id: string, variant?: Variant) => string;
  /** Set on each article inside a feed, for the WAI-ARIA feed pattern. */
  feedPosition?: {index: number; size: number};
  headingId?: string;
  /** Outline level of the headline: 1–6, default 3. */
  headingLevel?: number;
  related?: readonly Article[];
  /** Marks what the reader searched for. */
  highlight?: Highlighter;
  /** How instants are written: in a server's zone, named (see ArticleElement's `zones`); absent, the reader's. */
  instant?: InstantFormat;
}

function runs(segments: readonly Segment[]) {
  return segments.map(({text, marked}) => (marked ? html`<mark>${text}</mark>` : text));
}

/** Text as shown, with what the reader searched for marked. */
function marked(text: string, highlight?: Highlighter) {
  return highlight ? runs(highlight(text)) : text;
}

/** One template for marked and unmarked headlines, so a search that ends keeps the headline's DOM. */
const nobr = (head: unknown, tail: unknown) => html`${head}<span class="nobr">${tail}</span>`;

/** A closing mark or punctuation already keeps to the character before it (kinsoku). */
const closing = /[\p{P}\s]/u;

/** How many UTF-16 units the character that ends at `end` takes: 2 for a surrogate pair. */
function width(text: string, end: number): number {
  return end > 1 && /[\uDC00-\uDFFF]/.test(text[end - 1]!) && /[\uD800-\uDBFF]/.test(text[end - 2]!) ? 2 : 1;
}

/** Where the last two characters before any closing punctuation begin; -1 when the headline has fewer than four. */
function lastTwo(title: string): number {
  let end = title.length;
  while (end > 0 && closing.test(title.slice(end - width(title, end), end))) end -= width(title, end);
  // Fewer than four characters (a UTF-16 length under 8 may hold fewer code points than units).
  if (end < 4 || (end < 8 && [...title.slice(0, end)].length < 4)) return -1;
  return end - width(title, end) - width(title, end - width(title, end));
}

/**
 * A headline whose last two characters wrap together, so no line holds one character alone
 * (…放棄核/武): browsers without `text-wrap: pretty` get it too. Marks stay where they were.
 * Found from the end, without splitting the headline: a variant switch redraws a thousand.
 */
export function headlineText(title: string, highlight?: Highlighter) {
  const cut = lastTwo(title);
  if (cut < 0) return marked(title, highlight);
  // Unmarked, each side is one string: a text part, cheaper to update than a list of runs.
  if (!highlight) return nobr(title.slice(0, cut), title.slice(cut));
  const segments = highlight(title);
  const head: Segment[] = [];
  const tail: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const end = at + segment.text.length;
    if (end <= cut) head.push(segment);
    else if (at >= cut) tail.push(segment);
    else {
      head.push({...segment, text: segment.text.slice(0, cut - at)});
      tail.push({...segment, text: segment.text.slice(cut - at)});
    }
    at = end;
  }
  return nobr(runs(head), runs(tail));
}

/**
 * A link only when it is http(s). Articles reach the view checked (the parsers and the check of a
 * page's articles keep only http(s) URLs, as the URL parser writes them), so the scheme is what is
 * left to see: parsing every link again cost a thousand-article feed 2,000 URL parses a redraw.
 */
function link(url: string | undefined): string | undefined {
  return url?.startsWith('https://') || url?.startsWith('http://') ? url : undefined;
}

/** Whether an article drawn in `layout` shows a picture (a list's article is that much taller). */
export function showsPicture(article: Article, layout: ArticleViewOptions['layout']): boolean {
  return layout === 'full' && !!link(article.image?.url);
}

/** A picture that fails to load leaves no empty frame behind. */
function hideBroken(event: Event) {
  (event.target as HTMLImageElement).hidden = true;
}

/**
 * A list of `count` items as one template: `open` holds the list's one binding (its label), each
 * item `item` (its bindings between the pieces). A list drawn as a template per item costs each
 * item a part, two markers and a template of its own; a feed of 10,000 articles has 90,000 such
 * items, and drawing them was most of the time it took to draw the feed (issue #23). One template
 * per length is made once, as lit/static-html makes its templates (strings with a `raw` array).
 */
function listTemplates(open: readonly string[], item: readonly string[], close: string) {
  const made: TemplateStringsArray[] = [];
  return (count: number): TemplateStringsArray => {
    let strings = made[count];
    if (!strings) {
      const pieces = [...open];
      for (let i = 0; i < count; i++) {
        pieces[pieces.length - 1] += item[0];
        pieces.push(...item.slice(1));
      }
      pieces[pieces.length - 1] += close;
      strings = made[count] = Object.assign(pieces, {raw: pieces}) as unknown as TemplateStringsArray;
    }
    return strings;
  };
}

const sourceTemplate = listTemplates(['<ul class="sources" aria-label=', '>'], ['<li part="source">', '</li>'], '</ul>');
/** The sources as list items: `sources` holds each one's text. */
const sourceList = (label: string, sources: unknown[]) => html(sourceTemplate(sources.length), label, ...sources);

const entityTemplate = listTemplates(['<ul class="entities" aria-label=', '>'], ['<li part="entity" data-entity=', '>', '</li>'], '</ul>');
/** The entities as list items: `entities` holds each one's id, then its name. */
const entityList = (label: string, entities: unknown[]) => html(entityTemplate(entities.length / 2), label, ...entities);

/**
 * One article's markup. Every string is rendered as text (Lit escapes it), links only when they are
 * http(s). The feed and the card both use it, so an article reads the same in each.
 */
export function renderArticle(article: Article, options: ArticleViewOptions) {
  const {layout, ui, feedPosition, headingId, highlight} = options;
  const words = uiLang(options.variant, article.lang);
  // The date is in the reader's words: marked only when the article's own language differs.
  const ownWords = uiLang(undefined, article.lang);
  const region = shownVariant(options.variant, article.lang);
  const url = link(article.url);
  const image = link(article.image?.url);
  const full = layout === 'full';
  // No white space between the tags: each run of it would be a text node that every article
  // clones, walks past and keeps (a feed of 10,000 holds 120,000 of them, issue #23).
  return html`<article
    part="article"
    class=${url ? `${layout} linked` : layout}
    lang=${article.lang}
    tabindex="0"
    data-id=${article.id}
    aria-labelledby=${ifDefined(headingId)}
    aria-posinset=${ifDefined(feedPosition && feedPosition.index + 1)}
    aria-setsize=${ifDefined(feedPosition?.size)}
  >${full && image
      ? html`<img part="image" src=${image} alt=${article.image?.alt ?? ''} loading="lazy" @error=${hideBroken} />`
      : nothing}${
    heading(options.headingLevel ?? 3, 'headline', url ? html`<a href=${url} rel="noopener">${headlineText(article.title, highlight)}</a>` : headlineText(article.title, highlight), headingId)
  }<div part="meta"
    ><time datetime=${article.published} lang=${ifDefined(words === ownWords ? undefined : words)}>${formatPublished(article.published, words, undefined, options.instant)}</time
    >${article.category ? html`<span part="category">${marked(article.category, highlight)}</span>` : nothing}${
      article.sources.length ? sourceList(ui.sources, article.sources.map((source) => marked(source, highlight))) : nothing
    }</div
  >${full && article.summary && article.summary !== article.title ? html`<p part="summary">${marked(article.summary, highlight)}</p>` : nothing}${
    full && article.entities.length
      ? entityList(ui.entities, article.entities.flatMap((id) => [id, marked(options.entityName(id, region), highlight)]))
      : nothing
  }${
    full && options.related?.length
      ? html`<section part="related" aria-label=${ui.related}
          >${heading((options.headingLevel ?? 3) + 1, 'related-heading', ui.related)}<ul
            >${options.related.map((other) => {
              const href = link(other.url);
              return html`<li>${href ? html`<a href=${href} rel="noopener">${other.title}</a>` : other.title}</li>`;
            })}</ul
          ></section>`
      : nothing
  }</article>`;
}

type Heading = (part: string, content: unknown, id?: string) => unknown;
/** One template per level rather than lit/static-html, which would cost the CDN entry 0.5 KB. */
const headings: Heading[] = [
  (part, content, id) => html`<h1 part=${part} id=${ifDefined(id)}>${content}</h1>`,
  (part, content, id) => html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`,
  (part, content, id) => html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`,
  (part, content, id) => html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`,
  (part, content, id) => html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`,
  (part, content, id) => html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`,
];

/** A real `<hN>` for an outline level the host chose (clamped to 1–6), so pages keep their outline. */
export function heading(level: number, part: string, content: unknown, id?: string) {
  return headings[Math.min(6, Math.max(1, Math.round(level) || 3)) - 1]!(part, content, id);
}
