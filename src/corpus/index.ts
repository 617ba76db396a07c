import type {Article} from '../core/vocabulary.js';

/**
 * The bundled corpus, newest first. Imported dynamically so that bundlers (the CDN build) keep the
 * articles in a lazy chunk that only pages showing the bundled corpus load.
 */
export async function corpus(): Promise<readonly Article[]> {
  return (await import('./articles.js')).articles;
}

/** One article of the bundled corpus by id, or undefined when there is none. */
export async function corpusArticle(id: string): Promise<Article | undefined> {
  return (await corpus()).find((article) => article.id === id);
}
