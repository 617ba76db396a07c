/**
 * What a server-rendered element showed (`nk-news/ssr`), so that the browser's first render is the
 * same, node for node, and hydration neither loads nor converts again: the articles loaded, the
 * view derived from them and the entity names it used. It travels as JSON in a child script of
 * the element, which the element reads when it upgrades. The server writes it (prerender.ts).
 */
import type {Article, Variant} from '../core/vocabulary.js';
import type {ListView} from './list-controls.js';
import type {Chip} from './present.js';

/** The child script's type: not `application/json`, which would be read as inline articles. */
export const SNAPSHOT_TYPE = 'application/x-nk-news-snapshot+json';

/** Entity names by id and variant, for the entities of the articles shown. */
export type Names = Record<string, Partial<Record<Variant, string>>>;

export interface ListSnapshot {
  loaded: Article[];
  /** Ids of the articles that pass the filters, in order. */
  matching: string[];
  /** As shown: converted to `variant`. */
  shown: Article[];
  chips: {sources: Chip[]; entities: Chip[]};
  variant?: Variant;
  names: Names;
}

export interface CardSnapshot {
  /** The articles the card's article was looked up in. */
  loaded: Article[];
  /** The card's article and its related coverage, as shown. */
  article: Article;
  related: Article[];
  variant?: Variant;
  names: Names;
}

function namer(names: Names): ListView['entityName'] {
  return (id, variant = 'zh-TW') => names[id]?.[variant] ?? id;
}

export function fromListSnapshot(snapshot: ListSnapshot): ListView {
  const byId = new Map(snapshot.loaded.map((article) => [article.id, article]));
  const matching = snapshot.matching.flatMap((id) => byId.get(id) ?? []);
  return {...snapshot, matching, entityName: namer(snapshot.names)};
}

/** What a card shows, as its view task derives it: the article as given (looked up in `loaded`) and as shown. */
export type CardView = CardSnapshot & {given: Article; entityName: ListView['entityName']};

export function fromCardSnapshot(snapshot: CardSnapshot): CardView | undefined {
  const given = snapshot.loaded.find((article) => article.id === snapshot.article.id);
  return given && {...snapshot, given, entityName: namer(snapshot.names)};
}

/** The list view a server left in the element (`nk-news/hydrate.js` reads it). */
export function serverListView(host: Element): ListView | undefined {
  const snapshot = readSnapshot<ListSnapshot>(host, 'matching');
  return snapshot && fromListSnapshot(snapshot);
}

/** The card view a server left in the element. */
export function serverCardView(host: Element): CardView | undefined {
  const snapshot = readSnapshot<CardSnapshot>(host, 'related');
  return snapshot && fromCardSnapshot(snapshot);
}

/** The snapshot a server left in the element, if any and if it reads as one. */
function readSnapshot<T extends ListSnapshot | CardSnapshot>(host: Element, key: keyof T): T | undefined {
  const text = host.querySelector(`:scope > script[type="${SNAPSHOT_TYPE}"]`)?.textContent;
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as T;
    return value && typeof value === 'object' && key in value ? value : undefined;
  } catch {
    return undefined;
  }
}
