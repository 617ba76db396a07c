/** JSON Feed 1.1 and 1.0 (jsonfeed.org) → articles. */
import type {Article} from '../../core/vocabulary.js';
import {FeedError, fail, type Result} from '../errors.js';
import {quote} from '../quote.js';
import {httpUrl} from '../url.js';
import {parseFeedDate} from './date.js';
import {decodeEntities, firstImage, nodeToText, parseHtml, type MarkupElement} from './html-text.js';
import {collect, languageTag, type Draft} from './item.js';
import {isRecord, parseJsonText} from './json.js';
import {guessLang} from './lang-guess.js';
import {collapse, tidyText} from './whitespace.js';

export function parseJsonFeed(text: string, baseUrl?: string): Result<Article[]> {
  const parsed = parseJsonText(text);
  return parsed.ok ? readJsonFeed(parsed.value, baseUrl) : parsed;
}

/** True for the version URLs of JSON Feed 1.0 and 1.1, the only ones this reader knows. */
export function isJsonFeedVersion(version: unknown): boolean {
  return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/i.test(version.trim());
}

/** An already parsed JSON value; `parseFeed` sniffs with the same parse. */
export function readJsonFeed(value: unknown, baseUrl?: string): Result<Article[]> {
  if (!isRecord(value)) {
    return fail(new FeedError('invalid', 'A JSON Feed must be an object with "version" and "items" (field "(root)")', {field: '(root)'}));
  }
  if (!isJsonFeedVersion(value['version'])) {
    return fail(new FeedError('invalid',
      `JSON Feed version ${quote(value['version'] ?? null)} is not supported: expected https://jsonfeed.org/version/1.1 or /1 (field "version")`,
      {field: 'version'}));
  }
  const items = value['items'];
  if (!Array.isArray(items)) {
    return fail(new FeedError('invalid', 'A JSON Feed needs an "items" array (field "items")', {field: 'items'}));
  }
  const feed: FeedContext = {
    baseUrl,
    lang: string(value['language']),
    authors: authorNames(value),
    writers: writers(value),
    title: collapse(string(value['title']) ?? ''),
    // What a date without a zone means: the feed's declared language tells, else the text of its
    // items (as RSS reads CST, date.ts).
    dateLang: languageTag(string(value['language'])) ?? guessLang(items.slice(0, 50).map(itemText).join('\n')),
  };
  return collect(items as unknown[], (item) => readItem(item, feed), (i) => label(items[i], i));
}

interface FeedContext {
  baseUrl?: string;
  lang?: string;
  authors: string[];
  /** The feed's `authors`: an item's when it names none (JSON Feed 1.1, "authors"). */
  writers: {name?: string; url?: string}[];
  title: string;
  /** The language the feed's dates are read in: declared, else guessed from all its items. */
  dateLang: string;
}

/** An item's title and the start of its summary or content as written, markup and all. */
function itemText(item: unknown): string {
  if (!isRecord(item)) return '';
  const more = string(item['summary']) ?? string(item['content_html']) ?? string(item['content_text']) ?? '';
  return `${string(item['title']) ?? ''}\n${more.slice(0, 300)}`;
}

function label(item: unknown, index: number): string {
  const title = isRecord(item) ? string(item['title']) : undefined;
  return title ? `JSON Feed item ${index + 1} (${quote(title, {max: 60})})` : `JSON Feed item ${index + 1}`;
}

/** A field of the wrong type is treated as absent: the spec's fields are optional and feeds vary. */
function string(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** 1.1's `authors` array, else 1.0's single `author`. */
function authorRecords(record: Record<string, unknown>): Record<string, unknown>[] {
  const list: unknown[] = Array.isArray(record['authors']) ? record['authors'] : isRecord(record['author']) ? [record['author']] : [];
  return list.filter(isRecord);
}

function authorNames(record: Record<string, unknown>): string[] {
  return authorRecords(record).map((author) => string(author['name'])).filter((name): name is string => Boolean(name));
}

/** The authors with their pages (`url`), as item.ts's `authorList` tidies them. */
function writers(record: Record<string, unknown>): {name?: string; url?: string}[] {
  return authorRecords(record).map((author) => ({name: string(author['name']), url: string(author['url'])}));
}

function readItem(item: unknown, feed: FeedContext): Draft | string {
  if (!isRecord(item)) return 'an item must be an object';
  const dates = [item['date_published'], item['date_modified']].filter((d): d is string => typeof d === 'string');
  const context = {lang: languageTag(string(item['language'])) ?? feed.dateLang};
  const published = dates.map((date) => parseFeedDate(date, context)).find(Boolean);
  const modified = typeof item['date_modified'] === 'string' ? parseFeedDate(item['date_modified'], context) : undefined;
  if (!published) {
    return dates.length
      ? `its date ${quote(dates[0], {max: 60})} is not RFC 3339`
      : 'it has no date (date_published or date_modified)';
  }
  const html = string(item['content_html']);
  const plain = string(item['content_text']);
  const markup = html ? parseHtml(html) : undefined;
  // The item's own picture, else the first one in its HTML, whose alt text the text then leaves out.
  const resolve = (img: MarkupElement) => httpUrl(img.attributes['src'], feed.baseUrl);
  const own = string(item['image']) ?? string(item['banner_image']);
  const inline = own ? undefined : firstImage(markup, resolve);
  const picture = own ? httpUrl(own, feed.baseUrl) : inline?.url;
  const omit = (img: MarkupElement) => picture !== undefined && resolve(img) === picture;
  const body = markup ? nodeToText(markup, {paragraphs: true, omit}) : plain && tidyText(plain, {paragraphs: true});
  const id = item['id'];
  const tags = Array.isArray(item['tags']) ? item['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
  const authors = authorNames(item);
  const byline = writers(item);
  // Plain text by the spec, but often written with HTML character references (WordPress).
  const summary = string(item['summary']);
  return {
    id: typeof id === 'number' && Number.isFinite(id) ? String(id) : string(id),
    title: collapse(decodeEntities(string(item['title']) ?? '')),
    summary: summary ? collapse(decodeEntities(summary)) : markup ? nodeToText(markup, {omit}) : collapse(body ?? ''),
    body,
    // external_url is the page a linkblog post points to: the story's link when it has no own page.
    url: httpUrl(string(item['url']), feed.baseUrl) ?? string(item['external_url']),
    image: own ? {url: own, alt: ''} : inline,
    published,
    modified,
    authors: byline.length ? byline : feed.writers,
    topics: tags,
    sources: authors.length ? authors : feed.authors.length ? feed.authors : feed.title ? [feed.title] : [],
    lang: string(item['language']) ?? feed.lang,
    base: feed.baseUrl,
  };
}
