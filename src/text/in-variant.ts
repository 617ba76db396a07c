/**
 * The one door into conversion for a view: the articles it shows and the outlets its chips name,
 * converted to the reader's variant in one call. Only the loaders are in this module; the
 * conversion code (convert.ts), each direction's OpenCC dictionaries and each direction's wording
 * pairs (direction-wording.ts) are lazy chunks, and the dictionaries and pairs start downloading
 * alongside that code, not after it: a first switch waits for one round of requests, not three.
 */
import {variantOfLang, type Article, type Variant} from '../core/vocabulary.js';
import {wordingFor} from './direction-wording.js';
import type {Glossary} from './glossary.js';
import {converterFor} from './script-converter.js';

/** An outlet a chip names, and the language of the first article citing it (the script it is written in). */
export interface Outlet {
  name: string;
  lang: string;
}

/**
 * The conversion code, once loaded. Asked again, `import()` resolves no sooner than the browser's
 * next task (after a frame, when one is due), and a view is derived at every switch and keystroke.
 */
let conversion: typeof import('./convert.js') | undefined;

/** Whether text in `lang` reads differently in `variant`. */
const converts = (lang: string, variant: Variant) => (variantOfLang(lang) ?? variant) !== variant;

/**
 * The articles as `variant`'s readers write them (each converted at most once: see convertArticles)
 * and the outlets' names in its script; without a variant, or with nothing to convert, as given and
 * without loading any conversion code.
 */
export async function inVariant(
  articles: Article[],
  variant: Variant | undefined,
  glossary?: Glossary,
  outlets: readonly Outlet[] = []
): Promise<{articles: Article[]; outlets: string[]}> {
  const names = outlets.map(({name}) => name);
  if (!variant || (!articles.some(({lang}) => converts(lang, variant)) && !outlets.some(({lang}) => converts(lang, variant)))) {
    return {articles, outlets: names};
  }
  for (const {lang} of [...articles, ...outlets]) {
    const from = variantOfLang(lang);
    if (from && from !== variant) void converterFor(from, variant);
  }
  // An outlet's name changes script only (see convertSourceName): the wording is the articles'.
  for (const {lang} of articles) {
    const from = variantOfLang(lang);
    if (from && from !== variant) void wordingFor(from, variant);
  }
  conversion ??= await import('./convert.js');
  const {convertArticles, convertSourceName} = conversion;
  const [converted, named] = await Promise.all([
    articles.some(({lang}) => converts(lang, variant)) ? convertArticles(articles, variant, glossary) : articles,
    Promise.all(outlets.map(({name, lang}) => {
      const from = variantOfLang(lang);
      // An outlet keeps its name: a chip changes script only, as the article's own source line does.
      return from && from !== variant ? convertSourceName(name, from, variant) : name;
    })),
  ]);
  return {articles: converted, outlets: named};
}
