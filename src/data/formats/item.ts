/**
 * What every feed format shares once its fields are read: the caps, the link rules, the required
 * fields and the fallbacks that turn one feed item into an `Article`, or into a warning.
 */
import type {Article, Author} from '../../core/vocabulary.js';
import {FeedError, fail, ok, type Result} from '../errors.js';
import {quote} from '../quote.js';
import {httpUrl} from '../url.js';
import {collapse} from './whitespace.js';
import {guessLang} from './lang-guess.js';

export const MAX_ITEMS = 500;
export const MAX_TITLE = 500;
export const MAX_SUMMARY = 2_000;
/** Not in the contract: a bound so one runaway item cannot hold megabytes of text in memory. */
export const MAX_BODY = 100_000;
const MAX_LABEL = 200;
const MAX_LABELS = 50;
/** Bylines name a few people; a feed that lists more is listing something else. */
export const MAX_AUTHORS = 10;
/** A headline made from the summary of an untitled item (microblog posts in JSON Feed). */
const DERIVED_TITLE = 120;

/** An item as a format reads it, before the shared rules apply. Text is plain already. */
export interface Draft {
  id?: string;
  title?: string;
  summary?: string;
  body?: string;
  /** Absolute or relative to `base`. */
  url?: string;
  image?: {url: string; alt?: string};
  published?: string;
  /** When it was last changed, already read into one of `published`'s forms. */
  modified?: string;
  /** Names as written (any whitespace); urls absolute or relative to `base`. */
  authors?: {name?: string; url?: string}[];
  category?: string;
  topics?: string[];
  sources?: string[];
  entities?: string[];
  /** The declared language (item, else feed). Without a usable one, the language is guessed from the text. */
  lang?: string;
  /** Where relative links in this item resolve (the feed URL, or an xml:base inside it). */
  base?: string;
}

/** Cuts at a character boundary (never inside a surrogate pair) and marks the cut with "…". */
export function clip(text: string, max: number): string {
  // No string has more code points than UTF-16 units: most texts need no split at all.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Canonical tags by the text as written: a feed repeats a handful of tags thousands of times. */
const canonicalTags = new Map<string, string | undefined>();

/** A canonical BCP 47 tag (`zh-tw` → `zh-TW`, `en_US` → `en-US`), or undefined when it is none. */
export function languageTag(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  // Keyed by the raw text, so a repeated tag costs one lookup: no trim, no replace, no Intl.
  if (canonicalTags.has(value)) return canonicalTags.get(value);
  const text = value.trim().replace(/_/g, '-');
  let tag: string | undefined;
  try {
    tag = text ? Intl.getCanonicalLocales(text)[0] : undefined;
  } catch {
    tag = undefined;
  }
  if (canonicalTags.size > 1000) canonicalTags.clear();
  canonicalTags.set(value, tag);
  return tag;
}

function labels(values: readonly string[] | undefined): string[] {
  if (!values?.length) return [];
  // Kept as given, not copied: nothing in nk-news changes an article's arrays (docs/decisions.md).
  if (tidyLabels(values)) return values as string[];
  const seen = new Set<string>();
  for (const value of values ?? []) {
    const label = clip(collapse(value), MAX_LABEL);
    if (label) seen.add(label);
    if (seen.size === MAX_LABELS) break;
  }
  return [...seen];
}

/**
 * True when `labels` would keep `values` as they are: few, each non-empty, short, on one line and
 * unlike the others. Labels are a handful per item, so comparing pairs is cheaper than a Set.
 */
export function tidyLabels(values: readonly string[]): boolean {
  if (values.length > MAX_LABELS) return false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!tidyLabel(value)) return false;
    for (let j = 0; j < i; j++) if (values[j] === value) return false;
  }
  return true;
}

/** Labels found tidy: a feed names the same few sources and entities item after item. Bounded, as the tag cache is. */
const tidyKnown = new Set<string>();

/** True when a label (a source, a category) is kept as it is: non-empty, short, on one line. */
export function tidyLabel(value: string): boolean {
  if (tidyKnown.has(value)) return true;
  if (value === '' || value.length > MAX_LABEL || collapse(value) !== value) return false;
  if (tidyKnown.size >= 5000) tidyKnown.clear();
  tidyKnown.add(value);
  return true;
}

/**
 * The writers a feed names, tidied: each name on one line and at most MAX_LABEL characters, its
 * url kept only when it is http(s), each name once, at most MAX_AUTHORS.
 */
export function authorList(drafts: readonly {name?: string; url?: string}[] | undefined, base?: string): Author[] {
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const draft of drafts ?? []) {
    const name = clip(collapse(draft.name ?? ''), MAX_LABEL);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const url = httpUrl(draft.url, base);
    authors.push(url ? {name, url} : {name});
    if (authors.length === MAX_AUTHORS) break;
  }
  return authors;
}

/** FNV-1a: a short stable id for items that have neither id nor link. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The article, or why the item is skipped (a warning, not a failure of the feed). */
export function finish(draft: Draft): Article | string {
  const title = clip(draft.title?.trim() ?? '', MAX_TITLE);
  const summary = clip(draft.summary?.trim() ?? '', MAX_SUMMARY);
  if (!title && !summary) return 'it has neither a title nor a summary';
  if (!draft.published) return 'it has no readable date';
  const url = httpUrl(draft.url, draft.base);
  const id = draft.id?.trim() || url || `nk:${hash(`${draft.published}\n${title || summary}`)}`;
  const article: Article = {
    id,
    title: title || clip(summary, DERIVED_TITLE),
    summary,
    published: draft.published,
    topics: labels(draft.topics),
    sources: labels(draft.sources),
    entities: labels(draft.entities),
    // A declared language wins; without one, the headline and summary tell (lang-guess.ts).
    lang: languageTag(draft.lang) ?? guessLang(`${title}\n${summary}`),
  };
  const body = draft.body?.trim();
  if (body) article.body = clip(body, MAX_BODY);
  if (url) article.url = url;
  const image = httpUrl(draft.image?.url, draft.base);
  if (image) article.image = {url: image, alt: clip(draft.image?.alt?.trim() ?? '', MAX_TITLE)};
  const category = clip(collapse(draft.category ?? ''), MAX_LABEL);
  if (category) article.category = category;
  const authors = authorList(draft.authors, draft.base);
  if (authors.length) article.authors = authors;
  if (draft.modified) article.modified = draft.modified;
  return article;
}

/**
 * Applies the shared rules to every item of a feed: at most `maxItems` read (MAX_ITEMS for what
 * is fetched), one article per id, skipped items reported. A feed whose items all fail is `invalid`, so the reader sees an error
 * rather than an empty list that looks like a quiet news day.
 */
export function collect<T, D = Draft>(
  items: ArrayLike<T>,
  read: (item: T, index: number) => D | string,
  label: (index: number) => string,
  warnings: string[] = [],
  listField = 'items',
  maxItems = MAX_ITEMS,
  /** Turns what `read` gives into the article; a reader that finishes its items itself passes its own. */
  complete: (draft: D) => Article | string = finish as (draft: D) => Article | string
): Result<Article[]> {
  const count = Math.min(items.length, maxItems);
  if (items.length > maxItems) {
    warnings.push(`The feed has ${items.length} items; only the first ${maxItems} are read`);
  }
  const articles: Article[] = [];
  /** Each article's item, for the warning should it repeat an id. */
  const indexes: number[] = [];
  let firstProblem: string | undefined;
  for (let i = 0; i < count; i++) {
    const draft = read(items[i]!, i);
    const result = typeof draft === 'string' ? draft : complete(draft);
    if (typeof result === 'string') {
      // Labels are built only for the warnings: for RSS they parse the title's HTML again.
      const warning = `${label(i)}: skipped, ${result}`;
      warnings.push(warning);
      firstProblem ??= warning;
    } else {
      articles.push(result);
      indexes.push(i);
    }
  }
  // Ids rarely repeat: one pass over them all says whether any does, before any is named. A
  // prototype-less object rather than a Set: its keys go to the engine's table of names, not to
  // new memory among a page's freshly made stories, whose collection the Set's growth set off.
  // Checking 10,000 such stories took 22-28 ms with a Set, 15-16 with this, 8-9 with no id check
  // (Chromium, warm medians).
  const seen: Record<string, true> = Object.create(null);
  let repeats = false;
  for (let k = 0; k < articles.length && !repeats; k++) {
    const id = articles[k]!.id;
    repeats = seen[id] === true;
    seen[id] = true;
  }
  if (repeats) {
    const ids = new Set<string>();
    let kept = 0;
    for (let k = 0; k < articles.length; k++) {
      const article = articles[k]!;
      // One lookup: an id already there leaves the set as it was.
      if (ids.size === ids.add(article.id).size) warnings.push(`${label(indexes[k]!)}: skipped, it repeats the id ${quote(article.id)}`);
      else articles[kept++] = article;
    }
    articles.length = kept;
  }
  if (count > 0 && articles.length === 0) {
    return fail(new FeedError('invalid', `The feed has no usable items. First problem: ${firstProblem}`, {
      field: listField,
    }));
  }
  return ok(articles, warnings);
}
