// Part of nk-news/hydrate.js, loaded after Lit's hydration support and before any element is
// defined: an element already in the page upgrades, and reads the server's snapshot, the moment
// its tag is defined. Only pages that hydrate read snapshots: the CDN bundle carries none of this.
import {adoptStyles, type LitElement} from 'lit';
import {addUiStrings} from './i18n/strings.js';
import {strings as en} from './i18n/strings-en.js';
import {strings as zhHans} from './i18n/strings-zh-hans.js';
import {useArticleView} from './view/article-renderer.js';
import * as articleView from './view/article-view.js';
import {ArticlesController} from './view/articles-controller.js';
import {hydrateZone} from './view/server-zone.js';
import {serverFailure} from './view/error-view.js';
import {serverView} from './view/snapshot.js';

ArticlesController.serverView = (host, kind) => {
  // A view, or the failure a server drew instead of one; its times in the server's zone at first.
  const view = serverView(host, kind) ?? serverFailure(host);
  hydrateZone(host);
  // Lit's hydration support marks an element with a server's shadow root (`_$needsHydration`) to
  // take its DOM over. With no snapshot to draw the same DOM from (none, or a malformed one), that
  // DOM is not hydrated, which would throw on the first difference: the element draws afresh, as
  // it loads like any other.
  const element = host as LitElement & {_$needsHydration?: boolean};
  if (!element._$needsHydration || !element.shadowRoot) return view;
  if (!view) {
    element._$needsHydration = false;
    element.shadowRoot.replaceChildren();
  }
  // The server's <style> holds only the rules its markup needed (ssr/prune-css.ts), and Lit's
  // hydration adopts no styles of its own: the element takes its whole stylesheet, shared by every
  // instance on the page, before anything it draws can change.
  adoptStyles(element.shadowRoot, (element.constructor as typeof LitElement).elementStyles);
  return view;
};
// A server-rendered element's first render must draw the server's words and articles: all at hand.
useArticleView(articleView);
addUiStrings('zh-Hans', zhHans);
addUiStrings('en', en);
