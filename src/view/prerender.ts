/**
 * The server's side of an element (`nk-news/ssr`): one load of what it asks for, the view derived
 * from it without a DOM as a browser would, written as the JSON the browser hydrates from
 * (snapshot.ts reads it back). A lazy step of the articles controller's `prerender()`, so no
 * browser downloads it.
 */
import {uiLang, variants, type Article} from '../core/vocabulary.js';
import {FeedError} from '../data/errors.js';
import type {FeedReader, LoadResult} from '../data/load.js';
import {loadSource, parseInline} from '../data/source.js';
import {loadUiStrings} from '../i18n/strings.js';
import type {VariantController} from '../i18n/variant-store.js';
import {loadArticleView} from './article-renderer.js';
import type {CardView} from './card-view.js';
import type {ServerFailure} from './error-view.js';
import type {ListView} from './list-view.js';
import type {CardSnapshot, ListSnapshot, Names} from './snapshot.js';
import type {DerivedView, EntityName, ViewPlan} from './view-request.js';

/** The names, in every variant, of the entities the shown articles name. */
function names(articles: readonly Article[], entityName: EntityName): Names {
  const all: Names = {};
  for (const {entities} of articles) {
    for (const id of entities) all[id] ??= Object.fromEntries(variants.map((v) => [v, entityName(id, v)]));
  }
  return all;
}

/** A list's first view (a search's highlighter left out: its marks appear once the browser derives the view), or a card's. */
export function snapshotOf(view: ListView | CardView): ListSnapshot | CardSnapshot {
  const {loaded, variant, entityName} = view;
  if ('matching' in view) {
    const {matching, shown, chips} = view;
    return {loaded: [...loaded], matching: matching.map((a) => a.id), shown, chips, variant, names: names(shown, entityName)};
  }
  const {article, related} = view;
  return {loaded: [...loaded], article, related, variant, names: names([article, ...related], entityName)};
}

/**
 * One load of the plan's request with no events, timers or host updates, with the loader the
 * browser uses, or reading each URL with `read` (the server renderer's reader).
 */
function loadOnce<Q extends object, V extends DerivedView>(plan: ViewPlan<Q, V>, read?: FeedReader): Promise<LoadResult> {
  const request = plan.request();
  if (!request) return Promise.resolve({articles: [], errors: [], warnings: [], sources: [], stale: []});
  return request.inline !== undefined
    ? parseInline(request.inline, request.format)
    : loadSource(request.src, {format: request.format, proxy: request.proxy, timeout: request.timeout, read});
}

/** What a server renders of an element: its first view, or the failure that shows instead; and every fault, for the site. */
export interface Prerendered {
  snapshot?: ListSnapshot | CardSnapshot;
  failure?: ServerFailure;
  /** One per source that failed, whether or not others filled the view. */
  errors: FeedError[];
}

/**
 * The snapshot of an element's first view, through the same resolver and derivation as in a
 * browser; when nothing can show, the fault that says why (a card's missing article, an empty
 * feed included), in the words of the language the view would have had.
 */
export async function prerender<Q extends object, V extends DerivedView>(plan: ViewPlan<Q, V>, resolver: VariantController, read?: FeedReader): Promise<Prerendered> {
  const {articles, errors} = await loadOnce(plan, read);
  const variant = resolver.resolve(plan.variant());
  const query = plan.query();
  const lang = uiLang(variant, plan.sourceLang(articles, query));
  const [view] = await Promise.all([
    articles.length ? plan.derive({loaded: articles, query, variant, glossary: plan.glossary(), lang}) : undefined,
    loadUiStrings(lang),
    // The server draws the snapshot's articles next, as the browser would.
    loadArticleView(),
  ]);
  if (view) return {snapshot: snapshotOf(view as unknown as ListView | CardView), errors};
  const error = errors[0] ?? (articles.length
    ? new FeedError('not-found', 'No article has the id given in article-id.')
    : new FeedError('empty', 'The feed has no articles.'));
  return {failure: {error, lang}, errors};
}
