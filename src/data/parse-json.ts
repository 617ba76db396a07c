/**
 * JSON feeds (nk-news JSON and JSON Feed), apart from the XML readers in parse.ts: a page whose
 * feeds are JSON (its own, or any feed read through the site's proxy, which answers in nk-news
 * JSON) never downloads an XML parser. parse.ts reads every format; the loader (load.ts) comes here
 * first and fetches parse.ts only for a body that is not JSON.
 */
import type {Article} from '../core/vocabulary.js';
import {FeedError, fail, type Result} from './errors.js';
import {isRecord, parseJson, parseJsonText, readJson} from './formats/json.js';
import {parseJsonFeed, readJsonFeed} from './formats/jsonfeed.js';

type JsonFormat = 'auto' | 'json' | 'jsonfeed';

/** What to read here: text a JSON format was asked for, or that starts as JSON. Else undefined. */
export function jsonBody(text: string, format: string | undefined = 'auto'): {body: string; format: JsonFormat} | undefined {
  if (format !== 'auto' && format !== 'json' && format !== 'jsonfeed') return undefined;
  const body = text.trimStart();
  return body && (format !== 'auto' || body[0] === '{' || body[0] === '[') ? {body, format} : undefined;
}

/** Articles from a JSON body (trimmed, not empty): in the format asked for, or told apart by its `version`. */
export function parseJsonBody(body: string, format: JsonFormat, url: string | undefined): Result<Article[]> {
  if (format === 'json') return parseJson(body, url);
  if (format === 'jsonfeed') return parseJsonFeed(body, url);
  const parsed = parseJsonText(body);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (isRecord(value) && typeof value['version'] === 'string' && /jsonfeed\.org/i.test(value['version'])) {
    return readJsonFeed(value, url);
  }
  if (Array.isArray(value) || (isRecord(value) && 'articles' in value)) return readJson(value, url);
  return fail(new FeedError('not-a-feed',
    'The JSON is not a feed: it is neither nk-news JSON ({"version": 1, "articles": [...]}) nor a JSON Feed'));
}
