/** The controls around a list's articles: the search box, the filter chips and the count line. */
import {html, nothing} from 'lit';
import type {Article, UiLang, Variant} from '../core/vocabulary.js';
import type {UiStrings} from '../i18n/strings.js';
import type {ActiveFilters} from './events.js';
import type {FeedView} from './present.js';

/** What a list shows, derived from the articles it loaded (which it records). */
export type ListView = FeedView & {
  loaded: readonly Article[];
  variant?: Variant;
  entityName: typeof import('./present.js').entityName;
};

/** What a list draws with: the articles as shown and the words around them. */
export interface Frame {
  shown: Article[];
  lang: UiLang;
  ui: UiStrings;
  label: string;
  /** Nothing to show yet: draw placeholders. */
  initial: boolean;
}

/** The language most of the articles are in: the list's own words follow it, not the first article's. */
export function mostCommonLang(articles: readonly Article[]): string | undefined {
  const counts = new Map<string, number>();
  for (const {lang} of articles) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

type Change = (filters: Partial<ActiveFilters>) => void;

export function renderSearch(query: string, ui: UiStrings, change: Change) {
  return html`<input
    part="search"
    type="search"
    aria-label=${ui.search}
    placeholder=${ui.searchPlaceholder}
    .value=${query}
    @input=${(event: InputEvent) => change({query: (event.target as HTMLInputElement).value})}
  />`;
}

/** Chips for the sources and the most named entities; one source and one entity at a time. */
export function renderFilters(view: ListView, allPressed: boolean, ui: UiStrings, change: Change) {
  const {sources, entities} = view.chips;
  const chip = (pressed: boolean, text: string, filters: Partial<ActiveFilters>) =>
    html`<button part="chip" type="button" aria-pressed=${String(pressed)} @click=${() => change(filters)}>${text}</button>`;
  return html`<div part="filters" role="group" aria-label=${ui.filters}>
    ${chip(allPressed, ui.all, {source: undefined, entity: undefined})}
    ${sources.map(({value, label, pressed}) => chip(pressed, label, {source: pressed ? undefined : value}))}
    ${entities.map(({value, label, pressed}) => chip(pressed, label, {entity: pressed ? undefined : value}))}
  </div>`;
}

/** The count line (a live region) and, when more articles match than show, the "more" button. */
export function renderFooter(status: unknown, more: (() => void) | undefined, ui: UiStrings) {
  return html`
    <p part="status" role="status">${status}</p>
    ${more ? html`<button part="more" type="button" @click=${more}>${ui.more}</button>` : nothing}
  `;
}
