/**
 * The article template (article-view.ts), loaded with an element's first view instead of riding in
 * the CDN entry: with its dates (i18n/format-date.ts) it is about 1.4 KB of the entry gzipped, and
 * the entry's budget is 18 KB (issue #23). It costs no round trip: nothing draws an article before
 * its view is derived, the controller derives none before this has loaded (articles-controller.ts),
 * and rollup puts it in the views' chunk, which the entry starts fetching when it first sees an
 * element (autoload.ts). A server loads it before it draws (prerender.ts); a hydrating page takes it in
 * before its first render (hydrate-hooks.ts), as that render must draw the server's articles.
 */
import type * as ArticleView from './article-view.js';
import {once} from './import-once.js';

let loaded: typeof ArticleView | undefined;

/** Loads the template once; later calls resolve at once. */
export const loadArticleView = once(async () => {
  loaded = await import('./article-view.js');
});

/** For a page that must draw articles before anything loads (hydration): the template, taken in at once. */
export function useArticleView(module: typeof ArticleView): void {
  loaded = module;
}

// Called only once a view is derived, so the template is loaded (see above): `loaded!` holds.
export const renderArticle: typeof ArticleView.renderArticle = (...args) => loaded!.renderArticle(...args);
export const heading: typeof ArticleView.heading = (...args) => loaded!.heading(...args);
export const showsPicture: typeof ArticleView.showsPicture = (...args) => loaded!.showsPicture(...args);
