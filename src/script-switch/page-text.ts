/**
 * `<nk-script-switch scope="page">`: the page's own Chinese text in the reader's variant, with the
 * regional wording the elements use (text/convert.ts), and back to the original exactly.
 *
 * What is converted: text nodes under `<body>` and the `<title>`, and the `title`, `alt`,
 * `placeholder` and `aria-label` attributes (words the page wrote, as a reader meets them), where
 * the nearest `lang` is Chinese; its variant is the text's source. Skipped with all they hold:
 * `translate="no"`, `<code>`, `<pre>`, `<kbd>`, `<samp>`, `<script>`, `<style>`, `<noscript>`,
 * `<template>`, `<textarea>`, editable regions, nk elements (they convert themselves), and any `lang`
 * that is not Chinese (or text with no `lang` around it at all: nothing says what it is). An
 * input's value is the reader's and never touched; its placeholder is the page's and converts.
 * Elements whose `lang` says the source get the target's tag while converted, so fonts and
 * screen readers follow.
 *
 * Every node converts from the original kept for it (WeakMaps keyed by node: nothing is held once
 * the page drops a node), so switching 繁 → 简 → 港 → 繁 never compounds and ends on the exact
 * original. Text the page writes later (a MutationObserver) is converted as it arrives; text the
 * page rewrites over a converted node becomes that node's new original. The work is linear in the
 * page's text: one walk, each node converted once per switch, in chunks of at most BUDGET ms with
 * the page free in between.
 */
import {langTag, variantOfLang, type Variant} from '../core/vocabulary.js';
import {convertText} from '../text/convert.js';

/** Most milliseconds of conversion before the page gets the main thread back. */
export const BUDGET = 8;
/** Attributes holding words the page wrote for readers. */
const ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;
/** Elements whose whole content stays as written. */
const SKIPPED = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT']);
/** Han, CJK punctuation and full-width forms: a text without one of these has nothing to convert. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Inside something left as written. */
const BLOCKED = Symbol('blocked');

interface Shown {
  original: string;
  shown: string;
  to: Variant;
}

type Convert = (text: string, from: Variant, to: Variant) => Promise<string>;

/** One piece of the page to convert: a text node, an attribute, or the `lang` of a source element. */
type Item = {kind: 'text'; node: Text; from: Variant} | {kind: 'attr'; element: Element; name: string; from: Variant} | {kind: 'lang'; element: Element; from: Variant};

const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export class PageText {
  readonly #texts = new WeakMap<Text, Shown>();
  readonly #attributes = new WeakMap<Element, Map<string, Shown>>();
  readonly #langs = new WeakMap<Element, Shown>();
  readonly #doc: Document;
  readonly #convert: Convert;
  #to?: Variant;
  #run = 0;
  #pending: Node[] = [];
  #working?: Promise<void>;
  #observer?: MutationObserver;
  /** Longest stretch (ms) the last conversion held the main thread, and how many stretches it took (docs/page-text.md's figures). */
  longestChunk = 0;
  chunks = 0;
  /** The longest one node's conversion took: a chunk ends after the node that passes BUDGET. */
  longestItem = 0;
  /** Milliseconds the last conversion spent working, its chunks summed (the waits between them left out). */
  busy = 0;

  constructor(convert: Convert, doc: Document = document) {
    this.#convert = convert;
    this.#doc = doc;
  }

  /** Shows the page in `to` (undefined: as written); resolves once every known node is done. */
  async show(to: Variant | undefined): Promise<void> {
    this.#to = to;
    const run = ++this.#run;
    // As written, there is nothing to watch for: later text is already the page's own.
    if (to) this.#observe();
    this.#pending = [this.#doc.body, ...(this.#doc.head?.querySelectorAll('title') ?? [])].filter(Boolean);
    this.longestChunk = 0;
    this.chunks = 0;
    this.busy = 0;
    this.longestItem = 0;
    await this.#drain();
    if (!to && run === this.#run) {
      this.#observer?.disconnect();
      this.#observer = undefined;
    }
  }

  /** Back to the original and stop watching. */
  stop(): Promise<void> {
    return this.show(undefined);
  }

  /** Resolves when nothing waits to be converted. */
  get settled(): Promise<void> {
    return this.#working ?? Promise.resolve();
  }

  #observe() {
    if (this.#observer || !this.#doc.documentElement) return;
    this.#observer = new MutationObserver((records) => {
      for (const record of records) {
        if (this.#mine(record)) continue;
        if (record.type === 'childList') this.#pending.push(...record.addedNodes);
        else this.#pending.push(record.target);
      }
      if (this.#pending.length) void this.#drain();
    });
    this.#observer.observe(this.#doc.documentElement, {
      subtree: true, childList: true, characterData: true,
      attributes: true, attributeFilter: [...ATTRIBUTES, 'lang', 'translate'],
    });
  }

  #drain(): Promise<void> {
    this.#working ??= this.#work().finally(() => (this.#working = undefined));
    return this.#working;
  }

  async #work() {
    while (this.#pending.length) {
      const run = this.#run;
      const roots = this.#pending;
      this.#pending = [];
      const items: Item[] = [];
      for (const root of roots) this.#collect(root, items);
      let start = performance.now();
      for (const item of items) {
        if (run !== this.#run) break;
        const itemStart = performance.now();
        await this.#apply(item);
        const now = performance.now();
        this.longestItem = Math.max(this.longestItem, now - itemStart);
        const spent = now - start;
        if (spent > BUDGET) {
          this.longestChunk = Math.max(this.longestChunk, spent);
          this.chunks++;
          this.busy += spent;
          await yieldToPage();
          start = performance.now();
        }
      }
      const spent = performance.now() - start;
      this.longestChunk = Math.max(this.longestChunk, spent);
      this.busy += spent;
      this.chunks++;
      // A newer show() put the whole page back in the queue: the loop starts over with it.
    }
  }

  /** The original `lang` of an element (ours replace it while converted). */
  #langOf(element: Element): string | null {
    const mine = this.#langs.get(element);
    const lang = element.getAttribute('lang');
    return mine && lang === mine.shown ? mine.original : lang;
  }

  /** Whether an element's content is left as written. */
  #skips(element: Element): boolean {
    const editable = element.getAttribute('contenteditable');
    return SKIPPED.has(element.tagName) || element.tagName.startsWith('NK-') || element.getAttribute('translate') === 'no' ||
      (editable !== null && editable !== 'false');
  }

  /** The source variant at `node` from its ancestors (undefined: not Chinese, or no `lang`), or BLOCKED inside something skipped. */
  #context(node: Node): Variant | undefined | typeof BLOCKED {
    let from: Variant | undefined;
    let decided = false;
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (this.#skips(element)) return BLOCKED;
      const lang = decided ? null : this.#langOf(element);
      if (lang !== null) {
        decided = true;
        from = variantOfLang(lang);
      }
    }
    return from;
  }

  /**
   * The items under `root`, in document order: one walk with an explicit stack, each node carrying
   * its source variant down. A non-Chinese `lang` stops conversion, not the walk: a Chinese island
   * inside it converts.
   */
  #collect(root: Node, items: Item[]) {
    if (!root.isConnected) return;
    const above = this.#context(root);
    if (above === BLOCKED) return;
    // The page's language is usually on <html>, above the body the walk starts from.
    const html = this.#doc.documentElement;
    if (root === this.#doc.body && above && html.hasAttribute('lang')) items.push({kind: 'lang', element: html, from: above});
    const stack: [Node, Variant | undefined][] = [[root, above]];
    while (stack.length) {
      const [node, inherited] = stack.pop()!;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        if (inherited && (this.#texts.has(text) || CHINESE.test(text.data))) items.push({kind: 'text', node: text, from: inherited});
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      if (this.#skips(element)) {
        // A textarea's placeholder and title are the page's words; its content is the reader's.
        if (element.tagName === 'TEXTAREA' && inherited) this.#attributesOf(element, inherited, items);
        continue;
      }
      let from = inherited;
      const lang = this.#langOf(element);
      if (lang !== null) {
        from = variantOfLang(lang);
        if (from) items.push({kind: 'lang', element, from});
      }
      if (from) this.#attributesOf(element, from, items);
      for (let child = element.lastChild; child; child = child.previousSibling) stack.push([child, from]);
    }
  }

  #attributesOf(element: Element, from: Variant, items: Item[]) {
    for (const name of ATTRIBUTES) if (element.hasAttribute(name)) items.push({kind: 'attr', element, name, from});
  }

  /** Whether a mutation record is our own write coming back (the node shows what we put there). */
  #mine(record: MutationRecord): boolean {
    const target = record.target;
    if (record.type === 'characterData') {
      const kept = this.#texts.get(target as Text);
      return kept !== undefined && kept.shown === (target as Text).data && kept.to === this.#to;
    }
    if (record.type !== 'attributes' || !record.attributeName) return false;
    const element = target as Element;
    const kept = record.attributeName === 'lang' ? this.#langs.get(element) : this.#attributes.get(element)?.get(record.attributeName);
    return kept !== undefined && kept.shown === element.getAttribute(record.attributeName);
  }

  /** Converts (or restores) one item from its original. */
  async #apply(item: Item) {
    const to = this.#to ?? item.from;
    if (item.kind === 'lang') {
      const mine = this.#langs.get(item.element);
      const lang = item.element.getAttribute('lang') ?? '';
      const original = mine && lang === mine.shown ? mine.original : lang;
      const next = to === item.from ? original : langTag(to);
      if (next === original) this.#langs.delete(item.element);
      else this.#langs.set(item.element, {original, shown: next, to});
      if (lang !== next) item.element.setAttribute('lang', next);
      return;
    }
    const current = item.kind === 'text' ? item.node.data : item.element.getAttribute(item.name);
    if (current === null) return;
    const kept = item.kind === 'text' ? this.#texts.get(item.node) : this.#attributes.get(item.element)?.get(item.name);
    if (kept && current === kept.shown && kept.to === to) return;
    // Text the page changed after we converted it is the page's new original.
    const original = kept && current === kept.shown ? kept.original : current;
    const next = to === item.from || !CHINESE.test(original) ? original : await this.#convert(original, item.from, to);
    // The page may have written the node while the converter loaded: that write wins, and its record re-queues it.
    if ((item.kind === 'text' ? item.node.data : item.element.getAttribute(item.name)) !== current) return;
    const record = next === original ? undefined : {original, shown: next, to};
    if (item.kind === 'text') {
      if (record) this.#texts.set(item.node, record);
      else this.#texts.delete(item.node);
      if (current !== next) item.node.data = next;
    } else {
      let map = this.#attributes.get(item.element);
      if (record) {
        if (!map) this.#attributes.set(item.element, (map = new Map()));
        map.set(item.name, record);
      } else map?.delete(item.name);
      if (current !== next) item.element.setAttribute(item.name, next);
    }
  }
}

/** The one PageText of the page, shared by every `scope="page"` switch on it. */
let shared: PageText | undefined;
const users = new Set<object>();

export function sharedPageText(): PageText {
  return (shared ??= new PageText((text, from, to) => convertText(text, from, to)));
}

/** A switch shows the page in `to` (undefined: as written). */
export function showPage(user: object, to: Variant | undefined): Promise<void> {
  users.add(user);
  return sharedPageText().show(to);
}

/**
 * A switch leaves. When the last one has gone for a task (not a navbar re-rendered in place), the
 * page returns to what it wrote: no control is left to switch it back.
 */
export function leavePage(user: object): void {
  users.delete(user);
  setTimeout(() => {
    if (!users.size) void shared?.stop();
  }, 0);
}
