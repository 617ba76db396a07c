/**
 * schema.org `NewsArticle` items for the articles a server rendered, as search engines read them
 * (Google's Article structured data: every property it recommends that a feed can tell us). Typed
 * with `schema-dts`, so tsc checks each property against schema.org's definitions.
 *
 * Everything here came from a feed or a page, so nothing is trusted: links only http(s) and at most
 * MAX_URL long, names and text capped (item.ts caps what parsing keeps; the caps hold here too
 * for articles handed over whole). An article with no `url` (the bundled corpus has none:
 * src/corpus/README.md) gets no `url` or `mainEntityOfPage`: a made-up address would send search
 * engines to a page that does not exist.
 */
import type {Graph, ImageObject, NewsArticle, Organization, Person} from 'schema-dts';
import type {Article, Author} from '../core/vocabulary.js';
import {clip} from '../data/formats/item.js';
import {httpUrl} from '../data/url.js';

/** Google shows at most 110 characters of a headline; a longer one is cut, with "…". */
export const MAX_HEADLINE = 110;
/** Longer links are refused rather than cut: a cut link points elsewhere. */
export const MAX_URL = 2048;
const MAX_NAME = 200;
const MAX_DESCRIPTION = 2000;

/** The site the articles appear on (the render option `publisher`): Google's `publisher`. */
export interface Publisher {
  name: string;
  /** The site's home page. */
  url?: string;
  /** The site's logo, an image URL. */
  logo?: string;
}

type EntityName = (id: string) => string;

/** An http(s) link no longer than MAX_URL, or undefined. */
export function safeUrl(value: unknown): string | undefined {
  const url = httpUrl(value);
  return url && url.length <= MAX_URL ? url : undefined;
}

const text = (value: string, max: number) => clip(value.replace(/\s+/g, ' ').trim(), max);

function organization(publisher: Publisher): Organization | undefined {
  const name = typeof publisher.name === 'string' ? text(publisher.name, MAX_NAME) : '';
  if (!name) return undefined;
  const url = safeUrl(publisher.url);
  const logo = safeUrl(publisher.logo);
  const image: ImageObject | undefined = logo ? {'@type': 'ImageObject', url: logo} : undefined;
  return {'@type': 'Organization', name, ...(url && {url}), ...(image && {logo: image})};
}

/**
 * A writer: a Person, unless the name is the publisher's own (a story credited to the site). Feeds
 * do not say which a name is; a byline names people far more often than desks.
 */
function author({name, url}: Author, publisher: Organization | undefined): Person | Organization | undefined {
  const clean = typeof name === 'string' ? text(name, MAX_NAME) : '';
  if (!clean) return undefined;
  const link = safeUrl(url);
  if (publisher && typeof publisher === 'object' && 'name' in publisher && publisher.name === clean) return publisher;
  return {'@type': 'Person', name: clean, ...(link && {url: link})};
}

function newsArticle(article: Article, entityName: EntityName, publisher: Organization | undefined): NewsArticle {
  const url = safeUrl(article.url);
  const image = safeUrl(article.image?.url);
  const authors = (article.authors ?? []).flatMap((writer) => author(writer, publisher) ?? []);
  const description = article.summary && text(article.summary, MAX_DESCRIPTION);
  return {
    '@type': 'NewsArticle',
    headline: text(article.title, MAX_HEADLINE),
    datePublished: article.published,
    ...(article.modified && {dateModified: article.modified}),
    ...(authors.length && {author: authors.length === 1 ? authors[0]! : authors}),
    ...(publisher && {publisher}),
    ...(image && {image}),
    ...(url && {url, mainEntityOfPage: url}),
    inLanguage: article.lang,
    ...(description && {description}),
    ...(article.category && {articleSection: article.category}),
    ...(article.topics.length && {keywords: article.topics.join(', ')}),
    ...(article.entities.length && {mentions: article.entities.map((id) => ({'@type': 'Thing' as const, name: entityName(id)}))}),
  };
}

/** A JSON-LD document as the page carries it (typed here without schema-dts, a development dependency). */
export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': readonly unknown[];
}

/** One JSON-LD document: the articles as a graph of `NewsArticle`, each credited to `publisher` when given. */
export function jsonLd(articles: readonly Article[], entityName: EntityName, publisher?: Publisher): JsonLdGraph {
  const site = publisher && typeof publisher === 'object' ? organization(publisher) : undefined;
  const graph: Graph = {'@context': 'https://schema.org', '@graph': articles.map((article) => newsArticle(article, entityName, site))};
  return graph;
}
