import {corpus} from '../corpus/index.js';
import type {LoadOptions, LoadResult} from './load.js';
import type {FeedFormat} from './parse.js';

/** The URLs of a `src` attribute: whitespace-separated. */
export function sourceUrls(src: string | undefined): string[] {
  return src?.trim() ? src.trim().split(/\s+/) : [];
}

/** The articles of `src`, or of the bundled corpus when there is none (fetched lazily, once). */
export async function loadSource(src: string | undefined, options: LoadOptions = {}): Promise<LoadResult> {
  const urls = sourceUrls(src);
  // The parsers and the loader are a lazy chunk: a page showing the corpus never downloads them.
  if (urls.length) return (await import('./load.js')).loadFeeds(urls, options);
  return {articles: [...(await corpus())], errors: [], warnings: [], sources: [], stale: []};
}

/** Inline articles from a `<script type="application/json">`, as a load result. */
export async function parseInline(text: string, format: FeedFormat = 'auto'): Promise<LoadResult> {
  const result = (await import('./parse.js')).parseFeed(text, {format, contentType: 'application/json'});
  return result.ok
    ? {articles: result.value, errors: [], warnings: result.warnings, sources: [], stale: []}
    : {articles: [], errors: [result.error], warnings: [], sources: [], stale: []};
}
