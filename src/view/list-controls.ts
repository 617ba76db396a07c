/** The controls around a list's articles: the search box, the filter chips and the count line. */
import {html, nothing} from 'lit';
import type {Article, UiLang} from '../core/vocabulary.js';
import type {UiStrings} from '../i18n/strings.js';
import type {FeedError} from '../data/errors.js';
import {renderError} from './error-view.js';
import type {ActiveFilters} from './events.js';
import type {ListView} from './list-view.js';

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
export function renderSearch(query: string, ui: UiStrings, change: Change, status: StatusLine) {
  return html`<div class="search-row">
    <input
      part="search"
      type="search"
      aria-label=${ui.search}
      placeholder=${ui.searchPlaceholder}
      .value=${query}
      @input=${(event: InputEvent) => change({query: (event.target as HTMLInputElement).value})}
    />
    ${renderStatus(status, query.trim() !== '')}
  </div>`;
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

/**
 * Chips for the sources and the most named entities; one source and one entity at a time. Media
 * and entities are two rows that scroll sideways, so a narrow column keeps its articles in view.
 * Before the view exists the rows are empty but take their height.
 */
export function renderFilters(view: ListView | undefined, allPressed: boolean, ui: UiStrings, change: Change) {
  const {sources, entities} = view?.chips ?? {sources: [], entities: []};
  const chip = (kind: string, pressed: boolean, text: string, filters: Partial<ActiveFilters>) =>
    html`<button part="chip" class=${kind} type="button" aria-pressed=${String(pressed)} @click=${() => change(filters)}>${text}</button>`;
  return html`<div part="filters" role="group" aria-label=${ui.filters}>
    <div class="chip-row" role="group" aria-label=${ui.sources}>
      ${view ? chip('all', allPressed, ui.all, {source: undefined, entity: undefined}) : nothing}
      ${sources.map(({value, label, pressed}) => chip('source', pressed, label, {source: pressed ? undefined : value}))}
    </div>
    <div class="chip-row" role="group" aria-label=${ui.entities}>
      ${entities.map(({value, label, pressed}) => chip('entity', pressed, label, {entity: pressed ? undefined : value}))}
    </div>
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

/** A failed refresh or source (a notice above the articles), or the error when nothing shows. */
export function renderNotices(
  {error, notice, loading}: {error?: FeedError; notice?: {error: FeedError; stale: boolean}; loading: boolean},
  showing: boolean,
  ui: UiStrings,
  retry: () => void
) {
  return html`
    ${notice ? renderError(notice.error, notice.stale ? ui.refreshFailed : ui.partlyFailed, ui, {blocking: false, retry}) : nothing}
    ${error && !showing && !loading ? renderError(error, ui.errors[error.code], ui, {blocking: true, retry}) : nothing}
  `;
}
