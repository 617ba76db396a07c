/**
 * For pages rendered by `nk-news/ssr`: registers every element, as `nk-news` does, with Lit's
 * hydration support loaded first, so the elements take over the server's shadow DOM instead of
 * drawing it again. Import it instead of `nk-news` (and before any other Lit element of the page).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './hydrate-hooks.js';

export * from './index.js';
