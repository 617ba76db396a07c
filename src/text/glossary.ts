/**
 * A site's own phrase pairs, e.g. `[{'zh-TW': '北韓人權', 'zh-CN': '朝鲜人权'}]`. Converting from
 * region A to B replaces A's form with B's; a missing Taiwan or Hong Kong form stands in for the
 * other. Entries win over the built-in names and wording. Treat a glossary as immutable: tables
 * built from it are cached by its identity, so pass a new array to change it.
 */
export type Glossary = Array<{'zh-TW'?: string; 'zh-HK'?: string; 'zh-CN'?: string}>;

interface PageGlossary {
  glossary?: Glossary;
  /** Bumped by every `setGlossary`. */
  version: number;
}

// On globalThis, not in module scope, like the feed store and the variant channel: a page that loads
// both the npm build and the CDN bundle has two copies of this module, and a glossary set through
// one must reach the other's elements.
const glossaryKey = Symbol.for('nk-news.glossary.v1');
const global = globalThis as typeof globalThis & {[glossaryKey]?: PageGlossary};
const page: PageGlossary = (global[glossaryKey] ??= {version: 0});

/** Keeps the page-wide glossary; `setGlossary` (i18n) also tells the elements to convert again. */
export function storeGlossary(glossary: Glossary | undefined): void {
  page.glossary = glossary;
  page.version++;
}

/** The page-wide glossary set with `setGlossary`. */
export function getGlossary(): Glossary | undefined {
  return page.glossary;
}

/** Changes with every `setGlossary`, so cached conversions know they are stale. */
export function glossaryVersion(): number {
  return page.version;
}
