import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Article, ArticleInput} from '../core/vocabulary.js';
import type {HeadOrders} from '../data/check-articles.js';
import {FeedError} from '../data/errors.js';
import type {LoadResult} from '../data/load.js';
import type {FeedFormat} from '../data/parse.js';
import {loadSource, parseInline, sourceUrls} from '../data/source.js';
import {MAX_TIMER_MS} from '../data/timers.js';
import {FeedErrorEvent, LoadEvent} from './events.js';
import {once} from './import-once.js';

/** Longest wait between polls while a source keeps failing. */
const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** The checker of the articles a page hands over (the CDN bundle's `json` chunk). */
export const loadChecker = once(() => import('../data/check-articles.js'));

/**
 * What a list tells the page when a load it started finishes: `nk-error` per failed source,
 * `nk-load` unless nothing loaded, and skipped items on the console (readers cannot act on them;
 * the site's engineers can).
 */
function announce(host: EventTarget, result: LoadResult) {
  for (const error of result.errors) host.dispatchEvent(new FeedErrorEvent(error));
  for (const warning of result.warnings) console.warn(`nk-news: ${warning}`);
  if (result.articles.length || !result.errors.length) host.dispatchEvent(new LoadEvent(result.articles.length, result.sources, result.warnings));
}

/** Where an element's articles come from, read from its properties after each update. */
export interface SourceRequest {
  /** Feed URL(s); absent: the bundled corpus. */
  src?: string;
  format: FeedFormat;
  /** The site's feed proxy for `src` on other origins. */
  proxy?: string;
  /** Seconds before a fetch is given up. */
  timeout?: number;
  /** Seconds between polls of `src`; 0 never. */
  refreshInterval?: number;
  /** The text of a child `<script type="application/json">`, which replaces `src`. */
  inline?: string;
  /** What the loaded articles are searched for (the card's `article-id`): a change loads again. */
  lookup?: string;
}

/** The fields whose change means another load; `timeout` and `refreshInterval` apply from the next. */
const LOAD_KEYS = ['src', 'proxy', 'format', 'inline', 'lookup'] as const;

type Host = ReactiveControllerHost & EventTarget & {readonly isConnected: boolean; readonly hasUpdated: boolean};

/**
 * Loading for an element: fetches `src` (or reads the child script, or the corpus) when the
 * request changes, polls every `refreshInterval` seconds, doubles the wait after each failure
 * (honouring Retry-After), aborts on disconnect and starts again on reconnect. Every fault is a
 * value in `error` or `notice`; the articles already loaded stay.
 *
 * Whether to load is decided as an update starts (`hostUpdate`), so its render already shows
 * `loading`; the load itself starts once the update is done (`hostUpdated`). Deciding afterwards
 * would ask for a second update from the end of the first, which Lit's development build warns
 * about on every page (lit.dev/msg/change-in-update).
 */
export class ArticleSource implements ReactiveController {
  #articles: readonly Article[] = [];
  /** Counts the changes of `articles`: what a view was derived from is known by number, not by array. */
  #version = 0;
  #head?: HeadOrders;
  loading = false;
  /** Why there is nothing to show. */
  error?: FeedError;
  /** Why the articles shown may be incomplete: a failed refresh (`stale`), or one of several sources. */
  notice?: {error: FeedError; stale: boolean};

  readonly #host: Host;
  readonly #request: () => SourceRequest | undefined;
  readonly #loaded: (result: LoadResult) => void;
  /** The request the last load answered, to load again only when it changes. */
  #last?: SourceRequest;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #failures = 0;
  /** Seconds the last failing source asked us to wait (Retry-After). */
  #retryAfter = 0;
  /** Articles the host handed over, which replace loading altogether. */
  #adopted?: readonly ArticleInput[];
  /** Articles a server loaded for the current request: the first update polls from them, never loads. */
  #seeded = false;
  /** The load the update under way decided on, started when it is done. */
  #next?: SourceRequest;

  /**
   * `request` reads the host's properties (undefined: the host has its articles from elsewhere, so
   * nothing is loaded or polled); `loaded` hears every finished load, to fire the host's events
   * (by default those of a list).
   */
  constructor(host: Host, request: () => SourceRequest | undefined, loaded = (result: LoadResult) => announce(host, result)) {
    this.#host = host;
    this.#request = request;
    this.#loaded = loaded;
    host.addController(this);
  }

  /** The articles loaded last; a failed load keeps them. */
  get articles(): readonly Article[] {
    return this.#articles;
  }

  /** Goes up each time `articles` changes. */
  get version(): number {
    return this.#version;
  }

  /** Set while `articles` holds only a long array's first stories, checked before the rest: the orders they are first in. */
  get head(): HeadOrders | undefined {
    return this.#head;
  }

  #show(articles: readonly Article[], head?: HeadOrders) {
    this.#articles = articles;
    this.#head = head;
    this.#version++;
  }

  hostConnected(): void {
    // A load cut short by a disconnect, or a feed that went on without us: load again.
    if (this.#host.hasUpdated && this.#last) void this.#load(this.#last);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    if (this.#adopted) return;
    const request = this.#request();
    const last = this.#last;
    if (this.#seeded && request) {
      this.#seeded = false;
      this.#last = request;
      this.#schedule();
    } else if (!request) {
      this.stop();
    } else if (!last || LOAD_KEYS.some((key) => request[key] !== last[key])) {
      // Shown by this update's render; the request counts as answered, so the next update does not load again.
      this.#next = this.#last = request;
      this.loading = true;
    } else {
      this.#last = request;
      if (request.refreshInterval !== last.refreshInterval) this.#schedule();
    }
  }

  hostUpdated(): void {
    const next = this.#next;
    this.#next = undefined;
    if (next) void this.#load(next);
  }

  /** Fetches again now, bypassing the cache. Settles when done; never rejects. */
  async refresh(): Promise<void> {
    const request = this.#request();
    if (request && !this.#adopted) await this.#load(request, true);
  }

  /**
   * Articles the host hands over (the `articles` property), checked like nk-news JSON: a malformed
   * one is skipped and named on the console. `undefined` goes back to loading. Fires no event:
   * the host did this, not a load of ours.
   */
  async adopt(input: readonly ArticleInput[] | undefined): Promise<void> {
    this.stop();
    this.#adopted = input;
    this.#host.requestUpdate();
    if (!input) return;
    this.loading = true;
    try {
      // The checker is the nk-news JSON reader, loaded only for pages that hand articles over.
      await (await loadChecker()).adoptArticles(input, {
        current: () => this.#adopted === input,
        head: (articles, orders) => {
          this.#show(articles, orders);
          this.#host.requestUpdate();
        },
        end: (articles, error) => {
          this.loading = false;
          this.#show(articles);
          this.error = error;
          this.notice = undefined;
          this.#host.requestUpdate();
        },
      });
    } catch (cause) {
      if (this.#adopted === input) this.fail(cause);
    }
  }

  /** What a server loaded and rendered (`nk-news/ssr`): shown as loaded, and polled from, not loaded again. */
  protected seedArticles(articles: readonly Article[]): void {
    this.#show(articles);
    this.#seeded = true;
  }

  /** No loading or polling: the host was handed its articles. Loads again at the next request. */
  stop(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
    this.#last = undefined;
    if (this.loading) {
      this.loading = false;
      this.#host.requestUpdate();
    }
  }

  /**
   * A lazy chunk (the corpus, the view, a dictionary) failed to download: a failed load like any
   * other, which keeps what is on screen and says why. Feed faults never get here: the loader
   * reports them as values.
   */
  fail(cause: unknown): void {
    const error = new FeedError('network', `Could not load part of nk-news: ${String(cause)}`);
    this.loading = false;
    this.#finish({articles: [], errors: [error], warnings: [], sources: [], stale: []});
  }

  async #load(request: SourceRequest, fresh = false) {
    this.#abort?.abort();
    clearTimeout(this.#timer);
    this.#last = request;
    const abort = (this.#abort = new AbortController());
    // Already shown when the update that decided on this load set it (hostUpdate).
    if (!this.loading) {
      this.loading = true;
      this.#host.requestUpdate();
    }
    try {
      const result = request.inline !== undefined
        ? await parseInline(request.inline, request.format)
        : await loadSource(request.src, {format: request.format, proxy: request.proxy, timeout: request.timeout, signal: abort.signal, fresh});
      if (!abort.signal.aborted) this.#finish(result);
    } catch (cause) {
      if (!abort.signal.aborted) this.fail(cause);
    } finally {
      if (this.#abort === abort && !abort.signal.aborted) {
        this.loading = false;
        this.#host.requestUpdate();
        this.#schedule();
      }
    }
  }

  #finish(result: LoadResult) {
    const failed = result.errors[0];
    if (result.articles.length || !failed) {
      this.#show(result.articles);
      this.error = undefined;
      this.notice = failed && {error: failed, stale: result.stale.length > 0};
    } else if (this.articles.length) {
      this.notice = {error: failed, stale: true};
    } else {
      this.error = failed;
    }
    // Failing means no source answered, even when the last good copies still fill the screen.
    this.#failures = failed && !result.sources.length ? this.#failures + 1 : 0;
    this.#retryAfter = Math.max(0, ...result.errors.map((error) => error.retryAfter ?? 0));
    this.#host.requestUpdate();
    this.#loaded(result);
  }

  /** Polls `src` (never the page's own inline data), backing off while it fails. */
  #schedule() {
    clearTimeout(this.#timer);
    const request = this.#last;
    const seconds = request?.refreshInterval ?? 0;
    if (!(seconds > 0) || !this.#host.isConnected || request?.inline !== undefined || !sourceUrls(request?.src).length) return;
    const interval = seconds * 1000;
    const backoff = Math.min(interval * 2 ** this.#failures, Math.max(interval, MAX_BACKOFF_MS));
    const delay = Math.min(Math.max(backoff, Math.min(this.#retryAfter * 1000, MAX_BACKOFF_MS)), MAX_TIMER_MS);
    this.#timer = setTimeout(() => void this.#load(request!, true), delay);
  }
}
