/**
 * nk-news JSON: `{version: 1, language?, articles: Article[]}`, or a bare `Article[]`. It is this
 * library's own format, so every field is checked against the `Article` contract and an item that
 * breaks it is skipped with a warning naming the field, rather than rendered half right.
 */
import type {Article} from '../../core/vocabulary.js';
import {FeedError, fail, type Result, ok} from '../errors.js';
import {quote} from '../quote.js';
import {httpUrl} from '../url.js';
import {parseIsoDate} from '../iso-date.js';
import type {SortOrder} from '../filter.js';
import {MAX_SUMMARY, MAX_TITLE, collect, finish, languageTag, tidyLabel, tidyLabels, type Draft} from './item.js';

/** JSON.parse as a Result: malformed JSON is a `parse` error, never an exception. */
export function parseJsonText(text: string): Result<unknown> {
  try {
    // A byte order mark is legal before a feed but not before JSON.parse's first token.
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    // V8's message quotes the text around the fault: feed text, isolated like any other.
    return fail(new FeedError('parse', `The feed is not valid JSON: ${quote((error as Error).message, {max: 200, marks: false})}`, {cause: error}));
  }
}

export function parseJson(text: string, baseUrl?: string): Result<Article[]> {
  const parsed = parseJsonText(text);
  return parsed.ok ? readJson(parsed.value, baseUrl) : parsed;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 1 for `1`, `1.2`, `"1"` and `"1.0"`; NaN for anything that is not a version number. */
function major(version: unknown): number {
  if (typeof version === 'number' && Number.isFinite(version)) return Math.trunc(version);
  if (typeof version === 'string' && /^\d+(\.\d+)*$/.test(version.trim())) return Number(version.trim().split('.')[0]);
  return NaN;
}

/**
 * An already parsed JSON value; `parseFeed` sniffs with the same parse. `maxItems` caps what a
 * fetched feed may hold; articles a page hands over are its own data and pass Infinity.
 */
export function readJson(value: unknown, baseUrl?: string, maxItems?: number): Result<Article[]> {
  const warnings: string[] = [];
  let list: unknown;
  let lang: string | undefined;
  if (Array.isArray(value)) {
    list = value;
  } else if (isRecord(value)) {
    if (value['version'] === undefined) {
      warnings.push('The nk-news JSON has no "version"; it was read as version 1');
    } else if (major(value['version']) !== 1) {
      return fail(new FeedError('invalid',
        `nk-news JSON version ${quote(value['version'])} is not supported: this library reads version 1 (field "version")`,
        {field: 'version'}));
    }
    list = value['articles'];
    if (!Array.isArray(list)) {
      return fail(new FeedError('invalid', 'nk-news JSON needs an "articles" array (field "articles")', {field: 'articles'}));
    }
    if (typeof value['language'] === 'string') lang = value['language'];
  } else {
    return fail(new FeedError('invalid',
      'nk-news JSON must be {"version": 1, "articles": [...]} or an array of articles (field "(root)")',
      {field: '(root)'}));
  }
  const items = list as unknown[];
  return collect(items, (item) => readArticle(item, lang, baseUrl), (i) => `articles[${i}]`, warnings, 'articles', maxItems, ready);
}

/**
 * The orders stories are in already, by `published` as written, or undefined when they are in
 * neither or a date is not in one of the two forms `parseIsoDate` keeps as given (which sort as
 * strings: see `inOrder` in filter.ts). Read before any story is checked.
 */
export function orderAsWritten(items: readonly unknown[]): Record<SortOrder, boolean> | undefined {
  let newest = true, oldest = true;
  let before: string | undefined;
  for (let i = 0; i < items.length && (newest || oldest); i++) {
    const item = items[i];
    const date = isRecord(item) ? item['published'] : undefined;
    if (typeof date !== 'string' || parseIsoDate(date) !== date) return undefined;
    if (before !== undefined && before < date) newest = false;
    if (before !== undefined && before > date) oldest = false;
    before = date;
  }
  return newest || oldest ? {newest, oldest} : undefined;
}

/** readArticle finishes every article itself: the shared rules apply there. */
const ready = (article: Article) => article;

/** Thrown only inside readArticle, to stop at the first bad field; never leaves this module. */
class FieldError {
  constructor(readonly reason: string) {}
}

function readArticle(item: unknown, lang: string | undefined, baseUrl: string | undefined): Article | string {
  if (!isRecord(item)) return 'an article must be an object';
  try {
    // Each field is read by name, once: a page's items share one shape, so these reads stay fast.
    const url = optionalString(item['url'], 'url');
    const link = url === undefined ? undefined : httpUrl(url, baseUrl);
    if (url !== undefined && !link) throw new FieldError(`field "url" must be an http(s) link, got ${quote(url, {max: 60})}`);
    const published = requiredString(item['published'], 'published');
    const instant = parseIsoDate(published);
    if (!instant) throw new FieldError(`field "published" must be an ISO 8601 date, got ${quote(published, {max: 60})}`);
    const itemLang = optionalString(item['lang'], 'lang');
    const tag = languageTag(itemLang ?? lang);
    if (itemLang !== undefined && !tag) throw new FieldError(`field "lang" must be a BCP 47 language tag, got ${quote(itemLang, {max: 60})}`);
    const id = readId(item['id']);
    const title = requiredString(item['title'], 'title');
    const summary = optionalString(item['summary'], 'summary') ?? '';
    const body = optionalString(item['body'], 'body');
    const image = readImage(item['image'], baseUrl);
    const category = optionalString(item['category'], 'category');
    const topics = stringArray(item['topics'], 'topics');
    const sources = stringArray(item['sources'], 'sources');
    const entities = stringArray(item['entities'], 'entities');
    const modified = readModified(item['modified']);
    const authors = readAuthors(item['authors'], baseUrl);
    // Most items are tidy already (a page's own data, a feed a program wrote): they become the
    // article in one step, exactly as `finish` would make it (its rules, restated as a test), with
    // no draft and no second URL parse between. It holds the 10,000/1,000 first-paint budget: without
    // it the bench measured 2.2–2.5x (budget 2).
    if (tag && title && title.length <= MAX_TITLE && title.trim() === title && summary.length <= MAX_SUMMARY && summary.trim() === summary &&
      body === undefined && image === undefined && modified === undefined && authors === undefined && (category === undefined || tidyLabel(category)) &&
      tidyLabels(topics) && tidyLabels(sources) && tidyLabels(entities)) {
      // An item that already is that article, field for field, is the article: a page's own stories
      // are read and never changed, as their label arrays below. A new object for each of 10,000
      // stories was most of what checking them cost, nearly all of it in garbage collection.
      if (isArticleAsGiven(item, id, link, instant, tag, summary, category)) return item as unknown as Article;
      // One literal per shape keeps every field in the object itself. The label arrays are the
      // page's own, read and never changed (nothing in nk-news changes an article's arrays): copying
      // them was half the cost of checking 10,000 articles, most of it in garbage collection.
      const article: Article = category === undefined
        ? {id, title, summary, published: instant, topics, sources, entities, lang: tag}
        : {id, title, summary, published: instant, category, topics, sources, entities, lang: tag};
      if (link) article.url = link;
      return article;
    }
    return finish({id, title, summary, body, url: link, image, published: instant, modified, authors, category, topics, sources, entities, lang: itemLang ?? lang, base: baseUrl});
  } catch (error) {
    if (error instanceof FieldError) return error.reason;
    throw error;
  }
}

/**
 * Whether a tidy item holds each field as the article would: given (not defaulted), in its final
 * form (id, date, language tag and link as written), with no body or picture to clip, and a plain
 * object, whose fields are data rather than getters that could read otherwise next time.
 */
function isArticleAsGiven(
  item: Record<string, unknown>, id: string, link: string | undefined, published: string, lang: string, summary: string, category: string | undefined
): boolean {
  return item['id'] === id && item['published'] === published && item['lang'] === lang && item['summary'] === summary &&
    item['url'] === link && item['category'] === category && item['body'] === undefined && item['image'] === undefined &&
    item['modified'] === undefined && item['authors'] === undefined &&
    Array.isArray(item['topics']) && Array.isArray(item['sources']) && Array.isArray(item['entities']) &&
    Object.getPrototypeOf(item) === Object.prototype;
}

function readId(id: unknown): string {
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  const trimmed = typeof id === 'string' ? id.trim() : '';
  if (trimmed) return trimmed;
  throw new FieldError(id === undefined || id === null ? 'field "id" is missing' : 'field "id" must be a non-empty string');
}

function requiredString(value: unknown, field: string): string {
  if (typeof value === 'string') return value;
  throw new FieldError(value === undefined || value === null ? `field "${field}" is missing` : `field "${field}" must be a string`);
}

/** null counts as absent: JSON writers commonly emit it for empty optional fields. */
function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  throw new FieldError(`field "${field}" must be a string`);
}

function stringArray(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') throw new FieldError(`field "${field}" must be an array of strings`);
    return value as string[];
  }
  throw new FieldError(`field "${field}" must be an array of strings`);
}

function readModified(value: unknown): string | undefined {
  const modified = optionalString(value, 'modified');
  if (modified === undefined) return undefined;
  const instant = parseIsoDate(modified);
  if (!instant) throw new FieldError(`field "modified" must be an ISO 8601 date, got ${quote(modified, {max: 60})}`);
  return instant;
}

/** `[{name, url?}]`: a name is required of each; a url, when given, must be an http(s) link. */
function readAuthors(value: unknown, baseUrl: string | undefined): Draft['authors'] {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new FieldError('field "authors" must be an array of {name, url}');
  return value.map((author, i) => {
    if (!isRecord(author) || typeof author['name'] !== 'string') throw new FieldError(`field "authors[${i}].name" must be a string`);
    const url = optionalString(author['url'], `authors[${i}].url`);
    if (url !== undefined && !httpUrl(url, baseUrl)) throw new FieldError(`field "authors[${i}].url" must be an http(s) link`);
    return {name: author['name'], url};
  });
}

function readImage(image: unknown, baseUrl: string | undefined): Draft['image'] {
  if (image === undefined || image === null) return undefined;
  if (!isRecord(image)) throw new FieldError('field "image" must be an object {url, alt}');
  const url = image['url'];
  if (typeof url !== 'string' || !httpUrl(url, baseUrl)) throw new FieldError('field "image.url" must be an http(s) link');
  const alt = image['alt'];
  if (alt !== undefined && alt !== null && typeof alt !== 'string') throw new FieldError('field "image.alt" must be a string');
  return {url, alt: alt ?? ''};
}
