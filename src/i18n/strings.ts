import type {UiLang} from '../core/vocabulary.js';
import {zhHant, zhHantHK, type UiStrings} from './strings-zh-hant.js';

export type {UiStrings};

/**
 * The words at hand. Taiwan's and Hong Kong's come with the elements (the bundled corpus is
 * Taiwanese, and most pages show it as written); the mainland's and English are fetched when a list
 * or card first needs them, alongside the conversion or the articles that call for them.
 */
const table: Partial<Record<UiLang, UiStrings>> = {'zh-Hant': zhHant, 'zh-Hant-HK': zhHantHK};
const loaders: Partial<Record<UiLang, () => Promise<{strings: UiStrings}>>> = {
  'zh-Hans': () => import('./strings-zh-hans.js'),
  en: () => import('./strings-en.js'),
};
const loading = new Map<UiLang, Promise<boolean>>();

/** Makes `lang`'s words available to `uiStrings` (hydration registers what the server used up front). */
export function addUiStrings(lang: UiLang, strings: UiStrings): void {
  table[lang] = strings;
}

/**
 * Fetches `lang`'s words once; true when they are there. Never rejects: words that fail to download
 * leave Taiwan's in their place (a feed in the wrong script beats no feed), and a later call tries again.
 */
export function loadUiStrings(lang: UiLang): Promise<boolean> {
  const load = loaders[lang];
  if (table[lang] || !load) return Promise.resolve(!!table[lang]);
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      ({strings}) => (addUiStrings(lang, strings), true),
      () => (loading.delete(lang), false)
    );
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * The words in `lang` once loaded, else Taiwan's (`lang` says which they are, for the `lang`
 * attribute around them). `loaded` hears when `lang`'s arrive, to draw again (not when they fail:
 * drawing again would only ask again).
 */
export function uiStrings(lang: UiLang, loaded?: () => void): {lang: UiLang; ui: UiStrings} {
  const ui = table[lang];
  if (ui) return {lang, ui};
  if (loaded) void loadUiStrings(lang).then((ok) => ok && loaded());
  return {lang: 'zh-Hant', ui: zhHant};
}
