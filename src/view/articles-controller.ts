/**
 * The one path from an element's attributes to what it shows, for every element that shows
 * articles (`<nk-news-feed>`, `<nk-timeline>`, `<nk-event-card>`): the source (load, poll, or the
 * articles handed over), the variant (resolved once per update), the derived view, `status`,
 * `refresh()`, and the server's side (prerender, and the snapshot a server-rendered element starts
 * from). The elements differ only in what they ask of their articles (a ViewPlan) and in their template.
 *
 * Lazy steps, each a dynamic import named for what it holds: `list-view.js` and `card-view.js` (the
 * views: gazetteer, filters, search and conversion on demand), `article-view.js` (the article
 * template, through article-renderer.ts), `data/check-articles.js` (the
 * articles a page hands over, from article-source.ts) and `prerender.js` (the server's snapshot).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {shownVariant, uiLang, type UiLang, type Variant} from '../core/vocabulary.js';
import type {FeedReader} from '../data/load.js';
import {loadUiStrings} from '../i18n/strings.js';
import {VariantController} from '../i18n/variant-store.js';
import {glossaryVersion} from '../text/glossary.js';
import {loadArticleView} from './article-renderer.js';
import {ArticleSource} from './article-source.js';
import {once} from './import-once.js';
import type {ServerFailure} from './error-view.js';
import type {Prerendered} from './prerender.js';
import type {DerivedView, ViewKind, ViewPlan, ViewRequest} from './view-request.js';

export type {ViewKind, ViewPlan};

/** The list's view module (list-view.js), for the feed and the timeline. */
export const listViewModule = once(() => import('./list-view.js'));
/** The card's view module (card-view.js). */
export const cardViewModule = once(() => import('./card-view.js'));

/** The list's view, for the feed and the timeline. */
export const deriveList = async (request: Parameters<typeof import('./list-view.js').listView>[0]) => (await listViewModule()).listView(request);
/** The card's view. */
export const deriveCard = async (request: Parameters<typeof import('./card-view.js').cardView>[0]) => (await cardViewModule()).cardView(request);

type Host = ReactiveControllerHost & HTMLElement & {readonly hasUpdated: boolean};

/** A view and the version of the articles it was derived from (see ArticleSource.version). */
interface Shown<V> {
  view: V | undefined;
  version: number;
}

/**
 * ArticleSource is the loading half (load, poll, back off, adopt what the host hands over); this
 * class adds the variant, the view and the server's side, so an element has one controller.
 */
export class ArticlesController<Q extends object, V extends DerivedView> extends ArticleSource implements ReactiveController {
  /** @internal Set by `nk-news/hydrate.js` (the CDN bundle does not hydrate): reads what a server left in an element. */
  static serverView?: (host: Element, kind: ViewKind) => DerivedView | ServerFailure | undefined;

  readonly #host: Host;
  readonly #plan: ViewPlan<Q, V>;
  readonly #variants: VariantController;
  /** What the view was last derived from, compared one by one at each update. */
  #args: readonly unknown[] = [];
  /** The view derived last, and the derivation under way (the last one started: earlier ones are dropped). */
  #derived?: Shown<V>;
  #running?: Promise<void>;
  /** The last derivation failed: its code did not download. */
  #failed = false;
  /** What a server rendered, shown until the browser has derived its own (the same). */
  #snapshot?: Shown<V>;
  #query?: Q;
  /** The source of a server's incomplete view was asked for (once). */
  #restAsked = false;
  /** The version of the articles a server's view seeded: any other load replaces them whole. */
  #seeded = -1;
  /** Resolved at each update, once, for the derivation and the words alike. */
  #variant?: Variant;
  #lang: UiLang = uiLang(undefined);

  constructor(host: Host, plan: ViewPlan<Q, V>) {
    super(host, plan.request, plan.loaded);
    this.#host = host;
    this.#plan = plan;
    this.#variants = new VariantController(host);
  }

  /** Derives the view from `request`; what it derived shows unless another derivation started meanwhile. */
  async #derive(request: ViewRequest<Q>, args: readonly unknown[]): Promise<void> {
    const version = this.version;
    this.#failed = false;
    try {
      // The view first: it starts the conversion's downloads, the longer wait. The words come with
      // it, so they never show in another script first, and so does the article template
      // (article-renderer.ts), so nothing is drawn before it is at hand.
      const [view] = await Promise.all([this.#plan.derive(request), loadUiStrings(request.lang), loadArticleView()]);
      if (args !== this.#args) return;
      this.#derived = {view, version};
    } catch (cause) {
      if (args !== this.#args) return;
      // A lazy chunk failed to download: the element says so, as for a failed feed.
      this.#failed = true;
      this.fail(cause);
    }
    this.#host.requestUpdate();
  }

  override hostConnected(): void {
    // Server-rendered: what the server showed is the first render, which hydrates it.
    if (!this.#host.hasUpdated && !this.#snapshot) this.seed(ArticlesController.serverView?.(this.#host, this.#plan.kind));
    super.hostConnected();
  }

  override hostUpdate(): void {
    super.hostUpdate();
    this.#variant = this.#variants.resolve(this.#plan.variant());
    const query = this.#plan.query();
    const last = this.#query;
    if (!last || (Object.keys(query) as (keyof Q)[]).some((key) => query[key] !== last[key])) this.#query = query;
    const lang = (this.#lang = uiLang(this.#variant, this.#plan.sourceLang(this.articles, this.#query!)));
    const glossary = this.#plan.glossary();
    // Derived again only when one of these changed: the articles (by version), the query, the variant, the glossaries, the words.
    const args = [this.version, this.#query, this.#variant, glossary, glossaryVersion(), lang, this.head];
    if (args.some((arg, i) => arg !== this.#args[i])) {
      const first = !this.#args.length;
      this.#args = args;
      // A server's view of only the stories it showed (snapshot.ts) stands as drawn; the first
      // change the reader asks for loads the source, whose articles are then derived as any load's.
      const server = this.#snapshot?.view;
      if (server?.incomplete && !this.#derived && this.version === this.#seeded) {
        // The page may resolve another variant than the server did (from its `lang`) that shows the stories the same.
        const same = first && server.loaded.every((a) => shownVariant(this.#variant, a.lang) === shownVariant(server.variant, a.lang));
        if (same) return;
        if (!this.#restAsked) {
          this.#restAsked = true;
          this.#snapshot = {view: server, version: -1};
          void super.refresh();
        }
        if (this.loading) return;
      }
      this.#running = this.#derive({loaded: this.articles, query: this.#query!, variant: this.#variant, glossary, lang, head: this.head}, args);
    }
  }

  /** The derived view, or the server's until the browser has its own. */
  get view(): V | undefined {
    return (this.#derived ?? this.#snapshot)?.view;
  }

  /** The language of the element's own words: the view's, else the one it is being derived in. */
  get lang(): UiLang {
    return this.view?.lang ?? this.#lang;
  }

  /** `loading` until what was loaded (or found wanting) is on screen: converted, filtered, drawn. */
  get status(): 'loading' | 'ready' | 'error' {
    // A view that failed to load its code is on screen as the error it set.
    const drawn = (this.#derived ?? this.#snapshot)?.version === this.version || this.#failed;
    // Before the first update only a server's failure sets `error` (seed): the first render draws it too.
    if (this.loading || (!this.#host.hasUpdated && !this.error) || !drawn) return 'loading';
    return this.error ? 'error' : 'ready';
  }

  /** Fetches the sources again now, bypassing the cache. Settles when what it loaded is on screen; never rejects. */
  override async refresh(): Promise<void> {
    await super.refresh();
    // Done means on screen: let the update that takes the new articles run, then their view.
    await this.#host.updateComplete;
    await this.#running;
  }

  /**
   * A server's view (`nk-news/ssr`, or its snapshot on hydration): shown first, and polled from, not
   * loaded again. Or the server's failure: shown as the error in the server's words, until a
   * retry or a poll loads again.
   */
  seed(view: DerivedView | ServerFailure | undefined): void {
    if (!view) return;
    const failed = 'error' in view;
    this.seedArticles(failed ? [] : view.loaded);
    if (failed) [this.error, this.#lang] = [view.error, view.lang];
    this.#snapshot = {view: failed ? undefined : (view as V), version: (this.#seeded = this.version)};
  }

  /**
   * For `nk-news/ssr`: one load, read with `read` when given, and the first view derived from it as
   * a browser would, without a DOM, as the snapshot the page carries; or the failure shown instead. A
   * lazy step (prerender.js), so no browser downloads the server's side.
   */
  async prerender(read?: FeedReader): Promise<Prerendered> {
    return (await import('./prerender.js')).prerender(this.#plan, this.#variants, read);
  }
}
