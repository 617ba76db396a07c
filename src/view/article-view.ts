import {html} from 'lit';
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
  const {head, tail} = headlineParts(title, highlight);
  return tail === undefined ? head : nobr(head, tail);
}

/** The headline as shown, in two parts when its last two characters are kept together (`tail`). */
function headlineParts(title: string, highlight?: Highlighter): {head: unknown; tail?: unknown} {
  const cut = lastTwo(title);
  if (cut < 0) return {head: marked(title, highlight)};
  // Unmarked, each side is one string: a text part, cheaper to update than a list of runs.
  if (!highlight) return {head: title.slice(0, cut), tail: title.slice(cut)};
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
  return {head: runs(head), tail: runs(tail)};
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

/** The templates made by Markup, by the pieces they are made of. */
const templates = new Map<string, TemplateStringsArray>();
/** A one-character name for each static piece of markup, from which a template's key is spelled. */
const pieceNames = new Map<string, string>();

/**
 * One article's markup as ONE template, written a piece at a time: static markup (`s`, always our
 * own text, never text from outside) and bindings (`v`, escaped by Lit as any binding is). Nested
 * templates (the headline, each list, each list item) cost every article a template instance,
 * two markers and a part each; a feed of 10,000 articles drew 150,000 of them, most of the time
 * it took to draw the feed (issue #23). An article of the same shape (heading level, link, the
 * number of sources and entities…) gets the same template, made once, as lit/static-html makes
 * its templates (strings with a `raw` array), so a redraw updates it in place.
 */
class Markup {
  #key = '';
  /** The static pieces in order, a binding's place held by undefined: what a new template is made of. */
  readonly #pieces: (string | undefined)[] = [];
  readonly #values: unknown[] = [];

  s(markup: string): this {
    let name = pieceNames.get(markup);
    if (name === undefined) pieceNames.set(markup, (name = String.fromCharCode(1 + pieceNames.size)));
    this.#key += name;
    this.#pieces.push(markup);
    return this;
  }

  v(value: unknown): this {
    this.#key += '\0';
    this.#pieces.push(undefined);
    this.#values.push(value);
    return this;
  }

  html() {
    let strings = templates.get(this.#key);
    if (!strings) {
      const texts = [''];
      for (const piece of this.#pieces) {
        if (piece === undefined) texts.push('');
        else texts[texts.length - 1] += piece;
      }
      strings = Object.assign(texts, {raw: texts}) as unknown as TemplateStringsArray;
      templates.set(this.#key, strings);
    }
    return html(strings, ...this.#values);
  }
}

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
  const level = levelOf(options.headingLevel ?? 3);
  // No white space between the tags: each run of it would be a text node that every article
  // clones, walks past and keeps.
  const m = new Markup()
    .s('<article part="article" class=').v(url ? `${layout} linked` : layout)
    .s(' lang=').v(article.lang)
    .s(' tabindex="0" data-id=').v(article.id)
    .s(' aria-labelledby=').v(ifDefined(headingId))
    .s(' aria-posinset=').v(ifDefined(feedPosition && feedPosition.index + 1))
    .s(' aria-setsize=').v(ifDefined(feedPosition?.size))
    .s('>');
  if (full && image) m.s('<img part="image" src=').v(image).s(' alt=').v(article.image?.alt ?? '').s(' loading="lazy" @error=').v(hideBroken).s(' />');
  // One shape for marked and unmarked headlines, so a search that ends keeps the headline's DOM.
  const title = headlineParts(article.title, highlight);
  m.s(`<h${level} part="headline" id=`).v(ifDefined(headingId)).s('>');
  if (url) m.s('<a href=').v(url).s(' rel="noopener">');
  m.v(title.head);
  if (title.tail !== undefined) m.s('<span class="nobr">').v(title.tail).s('</span>');
  if (url) m.s('</a>');
  m.s(`</h${level}><div part="meta"><time datetime=`).v(article.published)
    .s(' lang=').v(ifDefined(words === ownWords ? undefined : words))
    .s('>').v(formatPublished(article.published, words, undefined, options.instant)).s('</time>');
  if (article.category) m.s('<span part="category">').v(marked(article.category, highlight)).s('</span>');
  if (article.sources.length) {
    m.s('<ul class="sources" aria-label=').v(ui.sources).s('>');
    for (const source of article.sources) m.s('<li part="source">').v(marked(source, highlight)).s('</li>');
    m.s('</ul>');
  }
  m.s('</div>');
  if (full && article.summary && article.summary !== article.title) m.s('<p part="summary">').v(marked(article.summary, highlight)).s('</p>');
  if (full && article.entities.length) {
    m.s('<ul class="entities" aria-label=').v(ui.entities).s('>');
    for (const id of article.entities) m.s('<li part="entity" data-entity=').v(id).s('>').v(marked(options.entityName(id, region), highlight)).s('</li>');
    m.s('</ul>');
  }
  if (full && options.related?.length) {
    m.v(html`<section part="related" aria-label=${ui.related}
      >${heading((options.headingLevel ?? 3) + 1, 'related-heading', ui.related)}<ul
        >${options.related.map((other) => {
          const href = link(other.url);
          return html`<li>${href ? html`<a href=${href} rel="noopener">${other.title}</a>` : other.title}</li>`;
        })}</ul
      ></section>`);
  }
  return m.s('</article>').html();
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

/** An outline level the host chose, clamped to 1–6 (3 when it is no number). */
function levelOf(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level) || 3));
}

/** A real `<hN>` for an outline level the host chose (clamped to 1–6), so pages keep their outline. */
export function heading(level: number, part: string, content: unknown, id?: string) {
  return headings[levelOf(level) - 1]!(part, content, id);
}
