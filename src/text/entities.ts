import type {Article, Variant} from '../core/vocabulary.js';
import {gazetteer, gazetteerById} from '../corpus/gazetteer.js';

/** The entity's name as `variant`'s readers write it; the id itself when it is not in the gazetteer. */
export function entityName(id: string, variant: Variant = 'zh-TW'): string {
  return gazetteerById.get(id)?.names[variant] ?? id;
}

/** Every name by which the text may mention an entity, longest first so 金正恩 wins over 金正. */
const mentions = gazetteer
  .flatMap((entry) => [...new Set([...Object.values(entry.names), ...(entry.aliases ?? [])])].map((name) => ({name, id: entry.id})))
  .filter(({name}) => name.length > 1)
  .sort((a, b) => b.name.length - a.name.length);

/** Gazetteer ids of the entities a text names, in order of first mention. */
export function findEntities(text: string): string[] {
  const found = new Map<string, number>();
  let rest = text;
  for (const {name, id} of mentions) {
    const at = rest.indexOf(name);
    if (at < 0) continue;
    if (!found.has(id) || at < found.get(id)!) found.set(id, at);
    // Blank out the match so a shorter name inside it (韓 in 南韓) is not found again.
    rest = rest.split(name).join('\u0000'.repeat(name.length));
  }
  return [...found].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

const found = new WeakMap<Article, Article>();

/** Fills in the entities of articles from feeds that do not name them (once per article object). */
export function withEntities(article: Article): Article {
  if (article.entities.length) return article;
  let filled = found.get(article);
  if (!filled) found.set(article, (filled = {...article, entities: findEntities(`${article.title} ${article.summary}`)}));
  return filled;
}
