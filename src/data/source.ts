import {corpus} from '../corpus/index.js';
import {withEntities} from '../text/entities.js';
import {loadFeeds, type LoadOptions, type LoadResult} from './load.js';

/** The URLs of a `src` attribute: whitespace-separated. */
export function sourceUrls(src: string | undefined): string[] {
  return src?.trim() ? src.trim().split(/\s+/) : [];
}

/** The stories of `src`, or of the bundled corpus when there is none (fetched lazily, once). */
export async function loadSource(src: string | undefined, options: LoadOptions = {}): Promise<LoadResult> {
  const urls = sourceUrls(src);
  if (urls.length) {
    const result = await loadFeeds(urls, options);
    return {...result, articles: result.articles.map(withEntities)};
  }
  return {articles: [...(await corpus())], errors: [], warnings: [], sources: [], stale: []};
}
