/**
 * The CDN bundle's autoloader: it finds the elements in the document (and those scripts add later)
 * and starts fetching what each needs. cdn.ts imports it before anything else, so it runs before
 * Lit and the feed's classes are evaluated: the wave of chunks and data is on the wire a few
 * milliseconds sooner, which a first paint on loopback measures (issue #23). It imports no Lit.
 */
import {corpus} from './corpus/index.js';
import {sourceUrls} from './data/source.js';
import {httpUrl} from './data/url.js';
import {resolveVariant} from './i18n/variant-store.js';
import {loadChecker} from './view/article-source.js';
import {cardViewModule, listViewModule} from './view/articles-controller.js';

/**
 * Everything an element needs for its first paint, started at once when the element is first seen
 * (issue #23: on a phone every round trip costs about 150 ms, so a page waits for the HTML, this
 * entry, and one parallel wave, never a chain). Each `import()` also asks for the chunks its chunk
 * imports (scripts/rollup-preload.mjs). The wave: the element's own chunk, its view (gazetteer,
 * filters), and its data — the corpus; or the feed itself (a `preload` link) with the loader and,
 * unless the feed is JSON, the XML readers; or the reader of inline JSON — and the checker of
 * articles a page hands over, for the elements a page usually hands them to. The views' and the
 * checker's imports are the ones the elements use (their promises kept), so an element's first
 * derivation waits on no task of its own.
 */
function warm(element: Element): void {
  const attribute = (name: string) => element.getAttribute(name);
  const card = element.localName === 'nk-event-card';
  // The views' chunk holds the page's outline too (heading-level.ts): rollup.config.mjs puts it there.
  const loads: (() => Promise<unknown>)[] = [card ? cardViewModule : listViewModule];
  const urls = sourceUrls(attribute('src') ?? undefined);
  let xml = !!element.querySelector(':scope > script[type="application/json"]');
  if (card && !attribute('article-id')) {
    // A card without an id shows the article the page hands over.
  } else if (xml) {
    // The inline JSON's reader comes with the XML readers (parse.js).
  } else if (urls.length) {
    loads.push(() => import('./data/load.js'));
    for (const url of urls) {
      const href = httpUrl(url, document.baseURI);
      // A feed on this origin: the loader's fetch of it takes this download over (Chromium and
      // Firefox match it, whatever its Accept). Another origin's goes through the site's proxy,
      // whose address the loader works out: fetched when the loader has come (one wave later).
      if (!href || new URL(href).origin !== location.origin) continue;
      document.head.append(Object.assign(document.createElement('link'), {rel: 'preload', as: 'fetch', crossOrigin: '', href}));
      // A feed named *.json, or said to be JSON, is read without the XML readers.
      xml ||= !attribute('format')?.startsWith('json') && !/\.json$/i.test(new URL(href).pathname);
    }
  } else {
    // The corpus is what shows when the page gives the element nothing.
    const data = () => {
      void corpus().catch(() => {});
      // The corpus is written as Taiwan writes; a reader who chose the mainland's script gets its conversion in the same wave.
      if (resolveVariant(element, attribute('variant')) === 'zh-CN') import('./view/mainland-chunks.js').catch(() => {});
    };
    // A feed without a source nearly always shows it: asked for now, with the rest of the wave
    // (first 10 stories on loopback, 25 runs each: 1.35x the hand page, against 1.49x a task later).
    // A timeline or a card is what pages hand their own articles to: asked for a task later, once
    // the page's own module scripts have run (ready ones run with this entry, in one task), so such
    // a page starts its own fetch first, and that task does not wait on the reader's saved script
    // (a storage read). Still the same wave: on a phone it goes out a few milliseconds after the rest.
    if (element.localName.endsWith('feed')) data();
    else setTimeout(data);
  }
  if (xml) loads.push(() => import('./data/parse.js'));
  // The timeline and the card are what pages hand their own articles to; the feed, when it has them already.
  if (!element.localName.endsWith('feed') || Object.hasOwn(element, 'articles')) loads.push(loadChecker);
  // A failure is the element's to report, when it asks for the same chunk.
  for (const load of loads) load().catch(() => {});
}

/** The tags whose chunk is still to fetch (the feed's is this entry). */
const pending = new Map<string, () => Promise<unknown>>([
  ['nk-event-card', () => import('./event-card/define.js')],
  ['nk-timeline', () => import('./timeline/define.js')],
  ['nk-script-switch', () => import('./script-switch/define.js')],
]);
const warmed = new WeakSet<Element>();

/** Fetches the chunk of every pending tag found in `root` (itself included), and what each element there needs. */
export function discover(root: ParentNode): void {
  for (const element of [root as Element, ...root.querySelectorAll('nk-news-feed, nk-timeline, nk-event-card, nk-script-switch')]) {
    const tag = element.localName;
    if (!tag?.startsWith('nk-')) continue;
    if (!warmed.has(element) && tag !== 'nk-script-switch') {
      warmed.add(element);
      warm(element);
    }
    const load = pending.get(tag);
    pending.delete(tag);
    // A page that also loads the npm build may have defined the tag already: nothing to fetch.
    // A failed fetch (the network, a deploy that replaced the chunks) is tried again when the tag next appears.
    if (load && !customElements.get(tag)) {
      load().catch((error: unknown) => {
        pending.set(tag, load);
        throw error;
      });
    }
  }
}

// Tags a script adds later are found as they arrive.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document, {childList: true, subtree: true});
discover(document);
