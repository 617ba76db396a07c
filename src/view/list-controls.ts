/** The controls around a list's articles: the search box, the filter chips and the count line. */
import {html, nothing} from 'lit';
import type {Article, UiLang} from '../core/vocabulary.js';
import type {UiStrings} from '../i18n/strings.js';
import type {FeedError} from '../data/errors.js';
import {renderError} from './error-view.js';
import type {ActiveFilters} from './events.js';
import type {Chip, ListView} from './list-view.js';

/** What a list draws with: the articles as shown and the words around them. */
export interface Frame {
  shown: Article[];
  lang: UiLang;
  ui: UiStrings;
  label: string;
  /** Nothing to show yet: draw placeholders. */
  initial: boolean;
}

type Change = (filters: Partial<ActiveFilters>) => void;

/**
 * The search box, and beside it the count line where the reader is looking. A query the page set
 * (`query="川普"`) shows its count too: the marks say what matched, the count how much.
 */
export function renderSearch(query: string, ui: UiStrings, change: Change, status: StatusLine, view?: ListView) {
  // One line: template text reaches the CDN entry as written (its budget, scripts/bench/bytes.mjs).
  const input = (event: InputEvent) => change({query: (event.target as HTMLInputElement).value});
  return html`<div class="search-row"><input part="search" type="search" aria-label=${ui.search} placeholder=${ui.searchPlaceholder} ?disabled=${!!view && !view.loaded.length} .value=${query} @input=${input} />${renderStatus(status, query.trim() !== '')}</div>`;
}

/**
 * The visible line, and a live region that speaks only what the reader's own action brought: a
 * screen reader does not announce every list on a page as it loads, and a count the page's query
 * gave is read where it stands, like the rest of the page. When the live region speaks, the visible
 * line is hidden from assistive technology, so browsing reads the count once.
 */
function renderStatus({text, count, speak}: StatusLine, withCount = false) {
  const shown = text || (withCount && count) || '';
  return html`<p part="status" aria-hidden=${speak && shown ? 'true' : nothing}>${shown}</p>
    <span class="visually-hidden" role="status">${speak ? shown : ''}</span>`;
}

/** Where the arrow keys left each chip row's tab stop, by the view they moved in: a new view starts over. */
const tabStops = new WeakMap<ListView, Record<string, string>>();

/** The arrow keys' code (chip-keys.ts), fetched when focus first enters a row; a key before it arrives is handled on arrival. */
let keys: typeof import('./chip-keys.js') | undefined;
const loadKeys = () => import('./chip-keys.js').then((module) => (keys = module));

/**
 * Chips for the sources and the most named entities; one source and one entity at a time. Media
 * and entities are two rows that scroll sideways, so a narrow column keeps its articles in view.
 * Each row is one tab stop, WAI-ARIA's toolbar pattern: a keyboard reader passes the chips with two
 * Tabs, not fifteen, and moves within a row with the left and right arrows (wrapping), Home and
 * End. The stop is the chip the arrows left it on, else the pressed one, else the first; only Lit
 * writes tabindex (an arrow asks for a render), so it never disagrees with the page. The rows take
 * no focus themselves (tabindex -1: Firefox makes a scrolling box a tab stop of its own). Before
 * the view exists the rows are empty but take their height; a source with no stories has no chips,
 * not a lone "all".
 */
export function renderFilters(view: ListView | undefined, allPressed: boolean, ui: UiStrings, change: Change) {
  const {sources, entities} = view?.chips ?? {sources: [], entities: []};
  const all: Chip[] = sources.length || entities.length ? [{value: '', label: ui.all, pressed: allPressed}] : [];
  const row = (name: 'sources' | 'entities', kind: string, chips: Chip[], filters: (chip: Chip) => Partial<ActiveFilters>) => {
    const moved = view && tabStops.get(view)?.[name];
    const stop = chips.find((chip) => chip.value === moved) ?? chips.find((chip) => chip.pressed) ?? chips[0];
    const remember = (index: number) => view && tabStops.set(view, {...tabStops.get(view), [name]: chips[index]!.value});
    const keydown = (event: KeyboardEvent) => {
      const {currentTarget, target, key} = event;
      if (keys) {
        if (keys.moveChip(currentTarget as Element, target, key, remember)) event.preventDefault();
      } else void loadKeys().then((module) => module.moveChip(currentTarget as Element, target, key, remember));
    };
    return html`<div class="chip-row" role="toolbar" tabindex="-1" aria-label=${ui[name]} @focusin=${loadKeys} @keydown=${keydown}>
      ${chips.map((chip) => html`<button part="chip" class=${chip.value ? kind : 'all'} type="button" tabindex=${chip === stop ? 0 : -1} aria-pressed=${String(chip.pressed)} @click=${() => change(filters(chip))}>${chip.label}</button>`)}
    </div>`;
  };
  return html`<div part="filters" role="group" aria-label=${ui.filters}>
    ${row('sources', 'source', [...all, ...sources], ({value, pressed}) => (value ? {source: pressed ? undefined : value} : {source: undefined, entity: undefined}))}
    ${row('entities', 'entity', entities, ({value, pressed}) => ({entity: pressed ? undefined : value}))}
  </div>`;
}

/**
 * Below the articles: the count line when there is no search box, and the "more" button when more
 * articles match than show. While the first articles load, `more` is 'reserve': the button's place
 * is kept (invisible), so its arrival moves nothing.
 */
export function renderFooter(status: StatusLine, more: (() => void) | 'reserve' | undefined, ui: UiStrings, withStatus: boolean) {
  return html`
    ${withStatus ? renderStatus(status) : nothing}
    ${more === 'reserve'
      ? html`<button part="more" class="placeholder" type="button">${ui.more}</button>`
      : more
        ? html`<button part="more" type="button" @click=${more}>${ui.more}</button>`
        : nothing}
  `;
}

/** What the count line says, and whether its live region says it aloud. */
export interface StatusLine {
  /** Loading, nothing loaded, nothing matches, or the count once the reader asked; '' for none. */
  text: string;
  /** "3 of 12": shown by the search box whenever a query is in force, however it was set. */
  count?: string;
  /** The reader searched, filtered or asked for more: the live region speaks. */
  speak: boolean;
}

/**
 * What the count line says. The count only after the reader searched, filtered or asked for
 * more (or beside a query): not on every load of every list on the page.
 */
export function statusText(
  {ui, shown, initial}: Frame,
  {failed, loaded, matching, readerAsked, partial}: {failed: boolean; loaded: number; matching: number; readerAsked: boolean; partial?: boolean}
): StatusLine {
  const line = (text: string, count?: string): StatusLine => ({text, count, speak: readerAsked && !initial});
  // Partial: the first stories of a long array show while the rest are checked; no count is known yet.
  if (initial || partial) return line(ui.loading);
  if (failed && !shown.length) return line('');
  if (!loaded) return line(ui.empty);
  if (!matching) return line(ui.noMatch);
  const count = ui.shown(shown.length, matching);
  return line(readerAsked ? count : '', count);
}

/** What a list's load left: an error, a notice about a source or refresh that failed, and whether another load is under way. */
export interface LoadState {
  error?: FeedError;
  notice?: {error: FeedError; stale: boolean};
  loading: boolean;
}

/**
 * The error that stands in for the articles: nothing shows and no load is under way. Then search
 * and chips have nothing to work on and are not drawn; the error's box (with its retry) fills the room.
 */
export function blockingError({error, loading}: LoadState, showing: boolean): FeedError | undefined {
  return showing || loading ? undefined : error;
}

/** A failed refresh or source (a notice above the articles), or the error when nothing shows. */
export function renderNotices(state: LoadState, showing: boolean, ui: UiStrings, retry: () => void) {
  const {notice} = state;
  const error = blockingError(state, showing);
  return html`
    ${notice ? renderError(notice.error, notice.stale ? ui.refreshFailed : ui.partlyFailed, ui, {blocking: false, retry}) : nothing}
    ${error ? renderError(error, ui.errors[error.code], ui, {blocking: true, retry}) : nothing}
  `;
}
