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
import type {FeedReader} from '../data/load.js';
import {sharedReader} from '../server/shared.js';
import {fromCardSnapshot, fromListSnapshot} from '../view/snapshot.js';
import {escapeAttribute, hydrationChildren, minifyStyles, placeStyles, type Publisher, type StylesOption} from './hydration.js';

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

/**
 * How the server renderer reads feeds. By default through `nk-news/server`'s guarded reader:
 * loopback, private, link-local and metadata addresses refused (every redirect hop too), sizes and
 * times capped, and one cache of at most 32 MB for the process, fresh for the source's max-age or
 * 300 s (`clearFeedCache()` empties it).
 */
export interface RenderOptions {
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

function readerOf(options: RenderOptions): FeedReader {
  return options.read ?? options.proxy?.read ?? sharedReader(options.allowPrivateNetwork === true).read;
}

async function renderElement(tag: string, element: Rendered, attributes: Attributes, options: RenderOptions): Promise<string> {
  const list = attributeList(tag, element, attributes);
  // An instance that is never rendered loads and derives the view, as the element would in a browser.
  const probe = new element();
  for (const [name, value] of list) probe.attributeChangedCallback(name, null, value);
  const snapshot = await probe.prerender(readerOf(options));
  const open = [tag, ...list.map(([name, value]) => `${name}="${escapeAttribute(value)}"`)].join(' ');
  const view = snapshot && ('matching' in snapshot ? fromListSnapshot(snapshot) : fromCardSnapshot(snapshot));
  const children = view ? hydrationChildren(snapshot!, view, list.some(([name]) => name === 'src'), options) : '';
  const template = html`<${unsafeStatic(open)} .ssrView=${view}>${unsafeHTML(children)}</${unsafeStatic(tag)}>`;
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
