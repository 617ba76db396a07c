/** schema.org `NewsArticle` items for the articles a server rendered, as search engines read them. */
import type {Article} from '../core/vocabulary.js';

type EntityName = (id: string) => string;

function newsArticle(article: Article, entityName: EntityName) {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.published,
    inLanguage: article.lang,
    ...(article.summary && {description: article.summary}),
    ...(article.url && {url: article.url, mainEntityOfPage: article.url}),
    ...(article.image && {image: article.image.url}),
    ...(article.category && {articleSection: article.category}),
    ...(article.topics.length && {keywords: article.topics.join(', ')}),
    ...(article.entities.length && {mentions: article.entities.map((id) => ({'@type': 'Thing', name: entityName(id)}))}),
  };
}

/** One JSON-LD document: the articles as a graph of `NewsArticle`. */
export function jsonLd(articles: readonly Article[], entityName: EntityName) {
  return {'@context': 'https://schema.org', '@graph': articles.map((article) => newsArticle(article, entityName))};
}
