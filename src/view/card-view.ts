/**
 * A card's view: its article, looked up in what was loaded, with related coverage from the same
 * articles, in the reader's variant. A lazy module, in the same chunk as the list's view.
 */
import type {Article} from '../core/vocabulary.js';
import {relatedArticles} from '../data/filter.js';
import {entityName, withEntities} from '../text/entities.js';
import {inVariant} from '../text/in-variant.js';
import type {DerivedView, ViewRequest} from './view-request.js';

/** What a card asks of its articles. */
export interface CardQuery {
  /** The article's id (`article-id`); absent, the one article handed over (`article`). */
  id?: string;
  /** Related coverage shows (the `full` layout). */
  related: boolean;
}

export interface CardView extends DerivedView {
  /** The article as given (looked up in `loaded`). */
  given: Article;
  /** The article and its related coverage, as shown. */
  article: Article;
  related: Article[];
}

/** The card's view; none when no loaded article has the id. */
export async function cardView({loaded, query, variant, glossary, lang}: ViewRequest<CardQuery>): Promise<CardView | undefined> {
  const given = query.id === undefined ? loaded[0] : loaded.find((article) => article.id === query.id);
  if (!given) return undefined;
  const own = withEntities(given);
  const others = query.related ? relatedArticles(own, loaded.map(withEntities)) : [];
  const {articles: [article, ...related]} = await inVariant([own, ...others], variant, glossary);
  return {loaded, variant, lang, entityName, given, article: article!, related};
}
