/**
 * For pages rendered by `nk-news/ssr`: registers every element, as `nk-news` does, with Lit's
 * hydration support in place first, so the elements take over the server's shadow DOM instead of
 * drawing it again. Import it instead of `nk-news` (and before any other Lit element of the page).
 *
 * The support must run before LitElement's module does. A static import list cannot promise that
 * once a bundler splits code (esbuild's `splitting` hoisted the shared chunk holding LitElement
 * above it), so only the support is imported statically here; the elements come by a dynamic
 * import, which no bundler evaluates before this module's body.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** Settles with nk-news's exports once every element is registered (and has read its server's snapshot). */
export const ready: Promise<typeof import('./index.js')> = import('./hydrate-hooks.js').then(() => import('./index.js'));
