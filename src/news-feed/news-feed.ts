import {html, nothing, type PropertyValues} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {keyed} from 'lit/directives/keyed.js';
import type {Article} from '../core/vocabulary.js';
import {renderArticle, showsPicture} from '../view/article-renderer.js';
import {ArticleList} from '../view/article-list.js';
import type {Frame} from '../view/list-controls.js';
import {BLOCK, styles} from './news-feed.styles.js';

/** Most placeholders shown while loading: enough to fill a sidebar without a jump. */
const MAX_SKELETONS = 10;
/** Articles drawn at once: more than a tall screen holds, even in the compact layout or a grid. */
const FIRST = 40;
/*
 * Articles come in blocks of BLOCK (news-feed.styles.ts); a block, once drawn, is not redrawn until
 * what it shows changes. Later blocks are drawn a slice at a time, as many blocks in a slice as fit
 * SLICE_MS by what the last ones cost.
 */
/**
 * The longest a slice of drawing may keep the page busy: under the 50 ms after which a task counts
 * as long (a reader's tap waits at most that), and long enough that 10,000 articles are all in the
 * document in a few dozen slices, not a hundred frames (issue #23: within 3× writing them by hand).
 */
const SLICE_MS = 40;

/**
 * A feed of North Korea news: the bundled corpus with no configuration, or the articles of the
 * site's own JSON, JSON Feed, RSS or Atom feeds (`src`), or inline articles (`articles`, or a child
 * `<script type="application/json">`). Follows the WAI-ARIA feed pattern: each article is focusable,
 * Page Down / Page Up move between articles, Enter selects one.
 *
 * @tagname nk-news-feed
 * @summary A list of news articles with "more", search and filters.
 *
 * @csspart feed - The list of articles (role=feed).
 *
 * @cssproperty [--nk-feed-gap=var(--nk-space)] - Space between articles.
 * @cssproperty [--nk-feed-columns-min=16em] - Narrowest column in the `grid` layout; columns without an article collapse.
 */
export class NkNewsFeed extends ArticleList {
  static override styles = [...ArticleList.styles, styles];

  /*
   * A page may hand over 10,000 articles with limit="10000". They are drawn incrementally: the
   * first FIRST at once, then slices of whole blocks, each sized to take about SLICE_MS by what the
   * slices so far cost per article, with a task between slices so input and paint get their turn.
   * Every article ends up as real DOM (not a virtualized window), so find-in-page, screen readers
   * and the feed's Page Down reach article 10,000; `content-visibility: auto` (styles) skips a
   * full block off screen whole, and an article off screen in a drawn block, which their known
   * heights make safe.
   */
  /** How many of the shown articles are in the document. */
  #drawn = 0;
  /** The next slice's turn, while one is awaited (whichever of its two callbacks comes first). */
  #pending?: object;
  /** Milliseconds per article a slice takes to draw (averaged over the slices), and when this one started. */
  #cost = 0;
  #started = 0;

  /** The id of the first matching article when #drawn was counted: another one means another list. */
  #head?: string;
  /** Counts the lists drawn: a new one gets a new feed element (see renderArticles). */
  #list = 0;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const shown = this.view?.shown ?? [];
    // By id: the same list in another variant, or derived again (a server-rendered feed hydrating),
    // is the same list, whose drawn articles update in place.
    const head = this.view?.matching[0]?.id;
    if (head !== this.#head) {
      // Another list (a search, a filter, a refresh) starts over at FIRST; "more" keeps the head,
      // and what was drawn stays. A reader on an article is taken back to it, drawn and focused,
      // in the new list. (No render root on a server.)
      const focused = this.renderRoot?.querySelector<HTMLElement>('[part~="article"]:focus-within')?.dataset['id'];
      if (this.#head) this.#list++;
      this.#head = head;
      this.#drawn = 0;
      const index = focused ? shown.findIndex((article) => article.id === focused) : -1;
      if (index >= 0) this.focusIndex = index;
    }
    // An article about to be focused ("more", a deep link) is drawn now, with a screenful after it.
    this.#drawn = Math.min(shown.length, Math.max(this.#drawn, FIRST, (this.focusIndex ?? -1) + FIRST));
    this.#blocks = blocksOf(shown, this.#drawn, this.#blocks, shown === this.#blocksFrom);
    this.#blocksFrom = shown;
  }

  /** The drawn articles in blocks of BLOCK, and the list they were cut from. */
  #blocks: Block[] = [];
  #blocksFrom?: Article[];

  protected override updated() {
    super.updated();
    if (this.#started) {
      // What a slice costs per article, measured to the end of its update (the layout of the new
      // articles follows in the frame; content-visibility keeps that small), averaged with the
      // slices before: one slice that a garbage collection or another process slowed does not
      // make the next one small, and small slices cost a frame each for little drawing.
      const cost = (performance.now() - this.#started) / Math.max(1, this.#drawn - this.#sliceFrom);
      this.#cost = this.#cost > 0 ? (this.#cost + cost) / 2 : cost;
      this.#started = 0;
    }
    if (this.#drawn < (this.view?.shown.length ?? 0)) this.#drawLater();
  }

  /** Where the slice being drawn began. */
  #sliceFrom = 0;

  override connectedCallback() {
    super.connectedCallback();
    // Drawing stops while the element is out of the document; it goes on when it comes back.
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * The next slice, after a task boundary: a frame is painted when one is due, and a reader's input
   * is handled before the slice. A page the browser does not paint (a background tab) goes on too.
   */
  #drawLater() {
    if (this.#pending) return;
    const pending = (this.#pending = {});
    setTimeout(() => {
      if (this.#pending !== pending) return;
      this.#pending = undefined;
      if (!this.isConnected) return;
      const blocks = this.#cost > 0 ? Math.max(1, Math.floor(SLICE_MS / (this.#cost * BLOCK))) : 1;
      this.#sliceFrom = this.#drawn;
      this.#started = performance.now();
      this.#drawn = (Math.floor(this.#drawn / BLOCK) + blocks) * BLOCK;
      this.requestUpdate();
    });
  }

  protected override renderArticles({shown, label, initial, ui}: Frame) {
    // An empty role=feed is invalid ARIA; the status line says why there is nothing.
    const isFeed = initial || shown.length > 0;
    // A new list replaces the feed element whole: removing 10,000 articles one by one (as a
    // keyed repeat would) takes longer than drawing the new list's first screenful. Not busy while
    // later blocks are drawn: each arrives whole in one task, and a busy feed for seconds would
    // keep some screen readers out of the articles already there.
    return keyed(this.#list, html`<div
      part="feed"
      role=${isFeed ? 'feed' : nothing}
      aria-label=${isFeed ? label : nothing}
      aria-busy=${isFeed ? String(this.loading) : nothing}
      @keydown=${this.#onKeydown}
      @click=${this.onArticleClick}
    >
      ${initial
        ? Array.from({length: Math.min(this.pageSize, MAX_SKELETONS)}, () => html`<div class="skeleton" aria-hidden="true"></div>`)
        : this.#renderBlocks(ui)}
    </div>`);
  }

  /** The drawn articles in blocks of BLOCK, each redrawn only when its articles or their words change. */
  #renderBlocks(ui: Frame['ui']) {
    const compact = this.layout === 'compact';
    const size = this.view?.partial ? -1 : this.matching.length;
    const {variant, highlight} = this.view ?? {};
    return this.#blocks.map((block, b) => {
      const full = block.articles.length === BLOCK;
      const pictures = full && !compact ? block.pictures : 0;
      // Each block is an element of its own: it is built apart from the document and goes in with
      // one insertion, and a full one off screen is skipped whole (styles), so what a frame lays
      // out and checks for visibility grows with the blocks, not the articles. Only the blocks a
      // change reaches are drawn again: another slice compares eight values for each block drawn
      // before it, not a hundred articles (by position: a list whose first article changes is
      // another list, see willUpdate; within one, an article drawn at a position is updated in
      // place with what is there now).
      return html`<div class=${full ? 'block filled' : 'block'} data-pictures=${pictures || nothing}>${guard(
        [block, ui, variant, highlight, compact, size, this.headingLevel, this.zones.instant],
        () =>
          block.articles.map((article, i) => {
            const options = this.articleOptions(b * BLOCK + i, ui, compact);
            options.feedPosition = {index: b * BLOCK + i, size};
            return renderArticle(article, options);
          })
      )}</div>`;
    });
  }

  /** The WAI-ARIA feed pattern: Page Down / Page Up move between articles, Enter selects. */
  async #onKeydown(event: KeyboardEvent) {
    const hit = this.onArticleKeydown(event);
    if (!hit || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
    event.preventDefault();
    const down = event.key === 'PageDown';
    let sibling = beside(hit.element, down);
    if (!sibling && down && this.#drawn < (this.view?.shown.length ?? 0)) {
      // The next article is not drawn yet: draw its block now rather than stop the reader.
      this.#drawn += BLOCK;
      this.requestUpdate();
      await this.updateComplete;
      sibling = beside(hit.element, down);
    }
    (sibling as HTMLElement | null)?.focus();
  }
}

/** A block of drawn articles, and how many of them show a picture in the full layout. */
interface Block {
  articles: Article[];
  pictures: number;
}

/**
 * The first `drawn` of `shown` in blocks of BLOCK, keeping each of `was` whose articles are the
 * same (`same`: `was` was cut from `shown` itself, so a block as long as before holds what it held).
 */
function blocksOf(shown: Article[], drawn: number, was: Block[], same: boolean): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < drawn; start += BLOCK) {
    const end = Math.min(start + BLOCK, drawn);
    const old = was[start / BLOCK];
    const kept = old && old.articles.length === end - start && (same || old.articles.every((article, i) => article === shown[start + i]));
    if (kept) blocks.push(old);
    else {
      const articles = shown.slice(start, end);
      blocks.push({articles, pictures: articles.filter((article) => showsPicture(article, 'full')).length});
    }
  }
  return blocks;
}

/** The article after (or before) one in the feed: its sibling in its block, else the first (last) of the next (previous) block. */
function beside(article: Element, down: boolean): Element | null | undefined {
  if (down) return article.nextElementSibling ?? article.parentElement?.nextElementSibling?.firstElementChild;
  return article.previousElementSibling ?? article.parentElement?.previousElementSibling?.lastElementChild;
}

declare global {
  interface HTMLElementTagNameMap {
    'nk-news-feed': NkNewsFeed;
  }
}
