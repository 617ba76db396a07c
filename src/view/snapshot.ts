/**
 * What a server-rendered element showed (`nk-news/ssr`), so that the browser's first render is the
 * same, node for node, and hydration neither loads nor converts again: the stories it showed, the
 * view derived from them and the entity names it used. It travels as JSON in a child script of
 * the element, packed (snapshot-pack.ts: each story once, nothing the JSON-LD and the markup
 * already say, and the stories not shown only when they are few), which the element reads when it
 * upgrades. The server derives it (prerender.ts).
 *
 * The page's HTML is the host's, and may be edited, cached or cut short on its way: a snapshot is
 * read like any input. Its shape is checked field by field and its articles like those a page
 * hands over (data/check-articles.ts); anything malformed, and the element loads as if there were
 * none. No exception leaves this module.
 */
import {isVariant, mostCommonLang, uiLang, type Article, type Variant} from '../core/vocabulary.js';
import {allArticles} from '../data/check-articles.js';
import type {CardView} from './card-view.js';
import type {Chip, ListView} from './list-view.js';
import {unpackSnapshot, type Names} from './snapshot-pack.js';
import type {EntityName} from './view-request.js';

/** The child script's type: not `application/json`, which would be read as inline articles. */
export const SNAPSHOT_TYPE = 'application/x-nk-news-snapshot+json';

export type {CardSnapshot, ListSnapshot, Names} from './snapshot-pack.js';

/** A story standing in for those a partial snapshot matched but did not carry: counted, never shown. */
const NOT_CARRIED: Article = Object.freeze({id: '', title: '', summary: '', published: '', topics: [], sources: [], entities: [], lang: ''});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isChip = (value: unknown): value is Chip =>
  isObject(value) && isString(value['value']) && isString(value['label']) && typeof value['pressed'] === 'boolean';
const chipsOf = (value: unknown) => (Array.isArray(value) && value.every(isChip) ? (value as Chip[]) : undefined);

/** The variant, when the snapshot's is absent or one of the three; null when it is anything else. */
function variantOf(value: unknown): Variant | undefined | null {
  return value === undefined ? undefined : isVariant(value) ? value : null;
}

/** Names by id and variant, every one a string; undefined when they are not. */
function namesOf(value: unknown): Names | undefined {
  if (!isObject(value)) return undefined;
  for (const byVariant of Object.values(value)) {
    if (!isObject(byVariant) || Object.entries(byVariant).some(([v, name]) => !isVariant(v) || !isString(name))) return undefined;
  }
  return value as Names;
}

function namer(names: Names): EntityName {
  return (id, variant = 'zh-TW') => (Object.hasOwn(names, id) ? names[id]![variant] : undefined) ?? id;
}

/** A list's view from its snapshot; undefined when the snapshot is not one, whole and consistent. */
export function fromListSnapshot(snapshot: unknown): ListView | undefined {
  if (!isObject(snapshot)) return undefined;
  const loaded = allArticles(snapshot['loaded']);
  const shown = allArticles(snapshot['shown']);
  const ids = snapshot['matching'];
  const chips = snapshot['chips'];
  const variant = variantOf(snapshot['variant']);
  const names = namesOf(snapshot['names']);
  const total = snapshot['total'] ?? (Array.isArray(ids) ? ids.length : 0);
  if (!loaded?.length || !shown || !Array.isArray(ids) || !ids.every(isString) || !isObject(chips) || variant === null || !names) return undefined;
  if (!Number.isSafeInteger(total) || (total as number) < ids.length) return undefined;
  const sources = chipsOf(chips['sources']);
  const entities = chipsOf(chips['entities']);
  const byId = new Map(loaded.map((article) => [article.id, article]));
  const matching = ids.flatMap((id) => byId.get(id) ?? []);
  // What shows is the first of what matches, each once: anything else would be drawn over what the server drew.
  const consistent = matching.length === ids.length && new Set(ids).size === ids.length && shown.length <= ids.length && shown.every((article, i) => article.id === ids[i]);
  if (!sources || !entities || !consistent) return undefined;
  const lang = uiLang(variant, mostCommonLang(loaded));
  const incomplete = total !== ids.length;
  if (incomplete) matching.push(...Array<Article>((total as number) - ids.length).fill(NOT_CARRIED));
  return {loaded, matching, shown, chips: {sources, entities}, variant, lang, entityName: namer(names), ...(incomplete && {incomplete})};
}

/** A card's view from its snapshot; undefined when the snapshot is not one, or its article is not among those loaded. */
export function fromCardSnapshot(snapshot: unknown): CardView | undefined {
  if (!isObject(snapshot)) return undefined;
  const loaded = allArticles(snapshot['loaded']);
  const [article] = allArticles([snapshot['article']]) ?? [];
  const related = allArticles(snapshot['related']);
  const partial = snapshot['partial'];
  const variant = variantOf(snapshot['variant']);
  const names = namesOf(snapshot['names']);
  const given = article && loaded?.find((candidate) => candidate.id === article.id);
  if (!loaded || !article || !given || !related || variant === null || !names || (partial !== undefined && partial !== true)) return undefined;
  return {loaded, given, article, related, variant, lang: uiLang(variant, given.lang), entityName: namer(names), ...(partial && {incomplete: true})};
}

/** The JSON-LD items beside the snapshot (none when they do not read), and the entity names the server drew. */
function pageText(host: Element) {
  let graph: unknown[] = [];
  try {
    const ld: unknown = JSON.parse(host.querySelector(':scope > script[type="application/ld+json"]')?.textContent ?? '');
    if (isObject(ld) && Array.isArray(ld['@graph'])) graph = ld['@graph'];
  } catch {
    // No JSON-LD: every field is in the snapshot, or the check fails.
  }
  const ids = [...host.shadowRoot?.querySelectorAll<HTMLElement>('[part~="article"][data-id]') ?? []].map((article) => article.dataset['id']!);
  const names = new Map<string, string>();
  for (const chip of host.shadowRoot?.querySelectorAll('[data-entity]') ?? []) {
    const id = chip.getAttribute('data-entity')!;
    if (!names.has(id)) names.set(id, chip.textContent!.trim());
  }
  return {graph, ids, names};
}

/** The view a server left in `host` (`nk-news/hydrate.js` reads it), if any and if it reads as a whole one. */
export function serverView(host: Element, kind: 'list' | 'card'): ListView | CardView | undefined {
  try {
    const text = host.querySelector(`:scope > script[type="${SNAPSHOT_TYPE}"]`)?.textContent;
    if (!text) return undefined;
    const snapshot = unpackSnapshot(JSON.parse(text), pageText(host));
    return kind === 'list' ? fromListSnapshot(snapshot) : fromCardSnapshot(snapshot);
  } catch {
    return undefined;
  }
}
