/**
 * Server rendering: `renderFeed`, `renderTimeline` and `renderCard` give an element's HTML with its
 * shadow DOM declared (`<template shadowrootmode="open">`, by `@lit-labs/ssr`), so a page reads
 * without JavaScript, plus the JSON-LD of the articles shown. The articles are loaded with the
 * loader the browser uses (the bundled corpus with no `src`). The element keeps, in a child
 * script, what it showed: in a browser that loads `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before nk-news, it hydrates from it without fetching or converting again.
 *
 * Runs in Node. `@lit-labs/ssr` is an optional peer dependency, needed only here.
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../event-card/define.js';
import '../news-feed/define.js';
import '../timeline/define.js';
import {NkEventCard} from '../event-card/event-card.js';
import {NkNewsFeed} from '../news-feed/news-feed.js';
import {NkTimeline} from '../timeline/timeline.js';
import {FeedError, fail} from '../data/errors.js';
import type {FeedReader} from '../data/load.js';
import {checkTtl, sharedReader} from '../server/shared.js';
import {checkTimeZone} from '../i18n/format-date.js';
import {inZone, SERVER_ZONE_ATTRIBUTE} from '../view/server-zone.js';
import {FAILURE_TYPE, failureRecord} from '../view/error-view.js';
import {fromCardSnapshot, fromListSnapshot} from '../view/snapshot.js';
import {escapeAttribute, hydrationChildren, minifyStyles, placeStyles, scriptJson, type Publisher, type StylesOption} from './hydration.js';

export {renderStyles, type Publisher, type StylesOption} from './hydration.js';

/** The element's attributes, by their HTML names, as strings: `{limit: '3', variant: 'zh-CN'}`. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

type Rendered = typeof NkNewsFeed | typeof NkTimeline | typeof NkEventCard;

/** The opening tag's attributes; a name the element does not observe is a TypeError, not silently dropped. */
function attributeList(tag: string, element: Rendered, attributes: Attributes): [string, string][] {
  const known = new Set(element.observedAttributes);
  const list: [string, string][] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!known.has(name)) throw new TypeError(`nk-news/ssr: <${tag}> has no attribute "${name}"`);
    if (value === undefined || value === false) continue;
    list.push([name, value === true ? '' : String(value)]);
  }
  return list;
}

/** Where a fault the caller hears of came from. */
export interface ErrorContext {
  tag: string;
  attributes: Attributes;
}

/**
 * How the server renderer reads feeds. By default through `nk-news/server`'s guarded reader:
 * loopback, private, link-local and metadata addresses refused (every redirect hop too), sizes and
 * times capped, and one cache of at most 32 MB for the process, fresh for the source's max-age or
 * `ttl` (300 s), then revalidated with its ETag / Last-Modified (`clearFeedCache()` empties it).
 */
export interface RenderOptions {
  /**
   * Hears every source that failed (the page shows the error state when nothing could show, or the
   * other sources' articles). Without it, each is logged with `console.warn`.
   */
  onError?: (error: FeedError, context: ErrorContext) => void;
  /** Resolves relative `src` URLs, as the page's own address would in a browser: `https://news.example/world/`. */
  baseUrl?: string | URL;
  /**
   * The IANA zone times and the timeline's days are written in, with the zone's name ("上午11:45
   * [UTC]"); default `UTC`. Never the server's own zone: the same page renders alike on any server.
   * In the browser, the reader's zone replaces it the frame after hydration.
   */
  timeZone?: string;
  /** Seconds a feed whose source sends no `Cache-Control` max-age stays fresh (default 300). Not with `read` or `proxy`: theirs apply. */
  ttl?: number;
  /** Reads each feed URL instead (takes precedence over `proxy` and `allowPrivateNetwork`). */
  read?: FeedReader;
  /** Reads through a feed proxy's guards, allowlist and cache (`createFeedProxy` of `nk-news/server`). */
  proxy?: {read: FeedReader};
  /** Fetches loopback and private addresses too: for a site rendering its own intranet feeds. */
  allowPrivateNetwork?: boolean;
  /** The site, credited as each article's `publisher` in the JSON-LD: `{name, url?, logo?}` (docs/ssr-output.md). */
  publisher?: Publisher;
  /** Each element's minified stylesheet inline (the default), or linked from `{base}` (docs/ssr-output.md). */
  styles?: StylesOption;
}

export {clearFeedCache} from '../server/shared.js';

minifyStyles();

/** A base URL, checked: absolute http(s), or a TypeError. */
function baseOf(base: string | URL | undefined): URL | undefined {
  if (base === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(base);
  } catch {
    // Named below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new TypeError(`nk-news/ssr: baseUrl must be an absolute http(s) URL, not ${String(base).slice(0, 200)}`);
  return url;
}

/** Whether a feed URL has a scheme of its own (else a browser would resolve it against the page). */
const absolute = (url: string) => /^[a-z][a-z\d+.-]*:/i.test(url);

/**
 * The reader a render uses: relative URLs resolved against `baseUrl`, or, without one, a fault that
 * names it (a server has no page to resolve them against).
 */
function readerOf(options: RenderOptions): FeedReader {
  const base = baseOf(options.baseUrl);
  const ttl = checkTtl(options.ttl);
  const read = options.read ?? options.proxy?.read ?? sharedReader(options.allowPrivateNetwork === true, ttl).read;
  return (url, loadOptions) => {
    if (absolute(url)) return read(url, loadOptions);
    if (base) return read(new URL(url, base).href, loadOptions);
    const message = `The feed URL "${url.slice(0, 200)}" is relative, and a server has no page to resolve it against: ` +
      'pass the page\'s address as the baseUrl render option (renderFeed(attributes, {baseUrl: \'https://news.example/\'})), or give an absolute src';
    return Promise.resolve(fail(new FeedError('invalid', message, {url, field: 'src'})));
  };
}

/** Tells the caller of every fault, or the console when the caller did not ask. */
function report(errors: readonly FeedError[], context: ErrorContext, options: RenderOptions) {
  for (const error of errors) {
    if (options.onError) options.onError(error, context);
    else console.warn(`nk-news/ssr: <${context.tag}> ${error.code}: ${error.message}`);
  }
}

async function renderElement(tag: string, element: Rendered, attributes: Attributes, options: RenderOptions): Promise<string> {
  const list = attributeList(tag, element, attributes);
  const zone = checkTimeZone(options.timeZone ?? 'UTC');
  // An instance that is never rendered loads and derives the view, as the element would in a browser.
  const probe = new element();
  for (const [name, value] of list) probe.attributeChangedCallback(name, null, value);
  const {snapshot, failure, errors} = await probe.prerender(readerOf(options));
  report(failure && !errors.includes(failure.error) ? [...errors, failure.error] : errors, {tag, attributes}, options);
  const open = [tag, ...list.map(([name, value]) => `${name}="${escapeAttribute(value)}"`), `${SERVER_ZONE_ATTRIBUTE}="${escapeAttribute(zone)}"`].join(' ');
  const view = snapshot && ('matching' in snapshot ? fromListSnapshot(snapshot) : fromCardSnapshot(snapshot));
  const children = view ? hydrationChildren(snapshot!, view, list.some(([name]) => name === 'src'), options) : '';
  const failed = failure ? `<script type="${FAILURE_TYPE}">${scriptJson(failureRecord(failure))}</script>` : '';
  const template = html`<${unsafeStatic(open)} .ssrView=${view ?? failure} .zones=${inZone(zone)}>${unsafeHTML(children + failed)}</${unsafeStatic(tag)}>`;
  return placeStyles(await collectResult(render(template)), tag, options.styles);
}

/** `<nk-news-feed>` with `attributes`, server-rendered: the newest `limit` articles and their JSON-LD. */
export function renderFeed(attributes: Attributes = {}, options: RenderOptions = {}): Promise<string> {
  return renderElement('nk-news-feed', NkNewsFeed, attributes, options);
}

/** `<nk-timeline>` with `attributes`, server-rendered. */
export function renderTimeline(attributes: Attributes = {}, options: RenderOptions = {}): Promise<string> {
  return renderElement('nk-timeline', NkTimeline, attributes, options);
}

/** `<nk-event-card>` with `attributes` (`article-id`, and `src` to look it up in), server-rendered. */
export function renderCard(attributes: Attributes = {}, options: RenderOptions = {}): Promise<string> {
  return renderElement('nk-event-card', NkEventCard, attributes, options);
}
