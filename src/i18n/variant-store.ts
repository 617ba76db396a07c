import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isVariant, variantOfLang, type Variant} from '../core/vocabulary.js';
import {storeGlossary, type Glossary} from '../text/glossary.js';

/** Where the reader's choice is kept between visits. */
export const storageKey = 'nk-news:variant';

interface Channel extends EventTarget {
  /** The choice made on this page, which also stands in when storage is blocked or full. */
  memory?: Variant;
  listening?: boolean;
}

// One channel per page, not per module copy: a page may load the npm build and the CDN bundle both,
// and a choice made in one copy's switch must reach the other copy's elements.
const channelKey = Symbol.for('nk-news.variant-channel');
const global = globalThis as typeof globalThis & {[channelKey]?: Channel};
const channel: Channel = (global[channelKey] ??= new EventTarget());

function storage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws in sandboxed iframes and with cookies blocked.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function stored(): Variant | undefined {
  try {
    const value = storage()?.getItem(storageKey);
    return isVariant(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The variant the reader chose on this page or an earlier visit, if any. */
export function savedVariant(): Variant | undefined {
  return channel.memory ?? stored();
}

/** Keeps the reader's choice (in `localStorage` when the browser allows) and tells the page. */
export function saveVariant(v: Variant): void {
  channel.memory = v;
  try {
    storage()?.setItem(storageKey, v);
  } catch {
    // Quota or privacy mode: the choice still holds for this page.
  }
  notifyVariantChange();
}

/** Forgets the reader's choice: elements go back to the page's language or the source's own. */
export function forgetVariant(): void {
  channel.memory = undefined;
  try {
    storage()?.removeItem(storageKey);
  } catch {
    // Nothing was stored then.
  }
  notifyVariantChange();
}

/**
 * Sets phrase pairs for every element on the page (an element's own `glossary` wins over these).
 * Elements showing a converted variant convert again.
 */
export function setGlossary(glossary: Glossary | undefined): void {
  storeGlossary(glossary);
  notifyVariantChange();
}

/** Tells every subscriber to look again (the choice, or something conversion depends on, changed). */
export function notifyVariantChange(): void {
  channel.dispatchEvent(new Event('change'));
}

/** Calls back with the saved choice whenever it changes, here or in another tab; returns the unsubscribe. */
export function subscribe(callback: (saved: Variant | undefined) => void): () => void {
  listenToOtherTabs();
  const listener = () => callback(savedVariant());
  channel.addEventListener('change', listener);
  return () => channel.removeEventListener('change', listener);
}

function listenToOtherTabs() {
  if (channel.listening || typeof window === 'undefined') return;
  channel.listening = true;
  window.addEventListener('storage', (event) => {
    if (event.key !== storageKey && event.key !== null) return;
    channel.memory = isVariant(event.newValue) ? event.newValue : undefined;
    notifyVariantChange();
  });
}

/** The parent in the tree `lang` inherits through: a shadow root's parent is its host. */
function parentOf(node: Node): Node | null {
  return node.parentNode ?? (typeof ShadowRoot === 'function' && node instanceof ShadowRoot ? node.host : null);
}

/**
 * The `lang` that applies to the element: its own attribute (a CMS editor writes
 * `<nk-news-feed lang="zh-CN">`), else the nearest ancestor's, crossing shadow roots. Elements
 * mark the text they render inside their shadow roots, never their own host.
 */
export function inheritedLang(element: Element): string | undefined {
  // A server render (nk-news/ssr) has no document to inherit from (its DOM shim may define Element).
  if (typeof document === 'undefined') return undefined;
  for (let node: Node | null = element; node; node = parentOf(node)) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
  }
  return undefined;
}

/**
 * The variant an element shows: its own `variant` → the reader's saved choice → the nearest
 * ancestor `lang` if it is Chinese → undefined, which means the source's own.
 */
export function resolveVariant(host: Element, explicit?: Variant | string | null): Variant | undefined {
  const own = explicit ? variantOfLang(explicit) : undefined;
  if (own) return own;
  const saved = savedVariant();
  if (saved) return saved;
  const lang = inheritedLang(host);
  return lang ? variantOfLang(lang) : undefined;
}

/**
 * The one resolver of the variant an element shows, kept in step with the page-wide choice: the
 * host hears whenever the reader picks another variant (in any `<nk-script-switch>`, or another
 * tab); by default it updates. Listens only while connected.
 */
export class VariantController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #changed: (saved: Variant | undefined) => void;
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost & Element, changed = (_saved: Variant | undefined) => host.requestUpdate()) {
    this.#host = host;
    this.#changed = changed;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe ??= subscribe(this.#changed);
    // The element may have moved under another `lang`, or missed a choice while disconnected.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** The variant to show, given the element's own `variant` (see `resolveVariant`). */
  resolve(explicit?: Variant | string | null): Variant | undefined {
    return resolveVariant(this.#host, explicit);
  }
}
