/**
 * The server's side of a snapshot (`nk-news/ssr`): what an element derives to render without a
 * DOM, written as the JSON the browser hydrates from. Elements import this lazily from their
 * internal `prerender()`, so no browser downloads it.
 */
import {uiLang, variants, type Article, type Variant} from '../core/vocabulary.js';
import {loadUiStrings} from '../i18n/strings.js';
import type {Glossary} from '../text/glossary.js';
import type {ListView} from './list-controls.js';
import {derive, type ViewInputs} from './list-view.js';
import type {CardSnapshot, ListSnapshot, Names} from './snapshot.js';

type EntityName = ListView['entityName'];

/** The names, in every variant, of the entities the shown articles name. */
function names(articles: readonly Article[], entityName: EntityName): Names {
  const all: Names = {};
  for (const {entities} of articles) {
    for (const id of entities) all[id] ??= Object.fromEntries(variants.map((v) => [v, entityName(id, v)]));
  }
  return all;
}

/** A list's first view; a search's highlighter is left out (its marks appear once the browser derives the view). */
export async function prerenderList(inputs: ViewInputs): Promise<ListSnapshot> {
  const {loaded, matching, shown, chips, variant, entityName} = await derive(inputs);
  return {loaded: [...loaded], matching: matching.map((a) => a.id), shown, chips, variant, names: names(shown, entityName)};
}

/** A card's article and related coverage, looked up in `loaded`. */
export async function prerenderCard(
  given: Article,
  loaded: readonly Article[],
  related: boolean,
  variant?: Variant,
  glossary?: Glossary
): Promise<CardSnapshot> {
  const {cardView, entityName} = await import('./present.js');
  const [shown] = await Promise.all([cardView(given, loaded, related, variant, glossary), loadUiStrings(uiLang(variant, given.lang))]);
  return {loaded: [...loaded], ...shown, variant, names: names([shown.article, ...shown.related], entityName)};
}
