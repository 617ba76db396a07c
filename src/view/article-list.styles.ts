import {css, unsafeCSS} from 'lit';
import * as g from './geometry.js';

/** Controls, messages and placeholders shared by the feed and the timeline. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([layout='compact']) .skeleton {
    block-size: var(--nk-card-min-height, var(--_compact-height));
  }
  /* A column that fills the room a page reserved (reserve.css keeps it after definition,
     docs/embedding.md); without a reservation the room is 0 and the column is as tall as its rows. */
  .frame {
    display: flex;
    flex-direction: column;
    min-block-size: inherit;
  }
  /* Nothing to show (an empty source, no match): the room is a dashed panel, not a blank hole
     under one line of text. The count line under it stays exactly where it was under the
     placeholders (its margin keeps the "more" button's place): its message moving up would be a
     layout shift, so the panel grows down around it instead. The selectors name aria-busy, which
     changes as the placeholders go: Firefox does not restyle for :has() alone when children leave. */
  .frame > :is([part~='feed'], [part~='timeline']):not([aria-busy='true'], :has(.skeleton, [part~='article'])) {
    flex: 1 0 auto;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* Down around the count line and the "more" button's place under it, to the room's foot. (With a
     search box the count line sits beside the box, and the panel alone reaches the foot.) */
  :host(:not([searchable])) .frame > :is([part~='feed'], [part~='timeline']):not([aria-busy='true'], :has(.skeleton, [part~='article'])) {
    margin-block-end: calc(-1 * (${g.SMALL_TEXT} * (var(--_space) + ${g.LINE_HEIGHT}em) + ${unsafeCSS(g.moreHeight())}));
    padding-block-end: calc(${g.SMALL_TEXT} * (var(--_space) + ${g.LINE_HEIGHT}em) + ${unsafeCSS(g.moreHeight())});
  }
  .frame > :is([part~='feed'], [part~='timeline']):not([aria-busy='true'], :has(.skeleton, [part~='article'])) + [part~='status'] {
    margin-block-end: calc(var(--_space) / 2 + ${unsafeCSS(g.moreHeight(g.SMALL_TEXT))});
    text-align: center;
  }
  /* An error with nothing to show: its message fills the room, with its retry button. */
  .frame > [part~='error'].blocking {
    flex: 1 0 auto;
    margin-block-end: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    text-align: center;
  }
  /* Its count line is empty (the alert speaks): the error takes the whole room. */
  .frame > [part~='error'].blocking ~ [part~='status'] {
    display: none;
  }
  .frame > [part~='error'].blocking ~ :is([part~='feed'], [part~='timeline']) {
    flex: none;
    border: 0;
    margin-block-end: 0;
    padding-block-end: 0;
  }
  /* One line always, empty or not: its text changing never moves what follows. */
  [part~='status'] {
    margin: calc(var(--_space) / 2) 0;
    min-block-size: ${g.LINE_HEIGHT}em;
    font-size: ${g.SMALL_TEXT}em;
    color: var(--_muted);
  }
  [part~='more'],
  [part~='retry'],
  [part~='chip'] {
    cursor: pointer;
    padding: ${unsafeCSS(g.BUTTON_PAD)} 1em;
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: var(--_control-radius);
    color: var(--_accent);
  }
  [part~='more'] {
    display: block;
    width: 100%;
  }
  /* Reserves the "more" button's place while the first articles load. */
  [part~='more'].placeholder {
    visibility: hidden;
  }
  /* The search box with the result count beside it, where the reader is looking. */
  .search-row {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) / 2);
  }
  .search-row [part~='status'] {
    flex: none;
    margin: 0;
  }
  [part~='search'] {
    box-sizing: border-box;
    flex: 1 1 8em;
    min-width: 0;
    padding: ${unsafeCSS(g.SEARCH_PAD)} 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Media and entities on a row each, scrolling sideways: in a 300 px column they take two chip
     heights, not five wrapped rows, and the first article stays near the top. */
  [part~='filters'] {
    display: grid;
    gap: ${unsafeCSS(g.CHIP_ROW_GAP)};
    margin-bottom: var(--_space);
    min-block-size: ${unsafeCSS(g.filtersHeight())};
  }
  .chip-row {
    display: flex;
    gap: 0.4em;
    overflow-x: auto;
    scrollbar-width: none;
    /* The edge fades: a chip cut by it says the row goes on. */
    mask-image: linear-gradient(to right, #000 calc(100% - 2em), transparent);
  }
  .chip-row > :last-child {
    margin-inline-end: 2em;
  }
  [part~='chip'] {
    flex: none;
    font-size: ${g.SMALL_TEXT}em;
    padding: ${unsafeCSS(g.BUTTON_PAD)} 0.9em;
    white-space: nowrap;
  }
  /* Entity chips look like the entity chips on articles; media chips are outlined. */
  [part~='chip'].entity {
    border-color: transparent;
    background: var(--_chip-background);
    color: var(--_text);
  }
  [part~='chip'][aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }
`;
