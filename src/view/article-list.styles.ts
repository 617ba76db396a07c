import {css, unsafeCSS} from 'lit';
import * as g from './geometry.js';

/** Controls, messages and placeholders shared by the feed and the timeline. */
export const styles = css`
  /* No container-type: no rule queries the element's size, and a container's subtree is styled again
     inside layout, which doubled the first layout of a feed's first 10 stories (issue #23). */
  :host {
    display: block;
  }
  :host([layout='compact']) .skeleton {
    block-size: var(--nk-card-min-height, var(--_compact-height));
  }
  /* A column that fills the room a page reserved (reserve.css keeps it after definition,
     docs/embedding.md); without a reservation the room is 0 and the column is as tall as its rows.
     Nothing to show (an empty source, no match): the list is a dashed panel over the room, not a
     blank hole; an error's own box fills it instead (the list below the box must not move: CLS).
     The count line stays exactly where it was under the placeholders (its margin keeps the "more"
     button's place), as its message moving up would be a layout shift. The selectors name
     aria-busy, which changes as the placeholders go: Firefox does not restyle for :has() alone.
     The feed is empty exactly when it is not role=feed (news-feed.ts): a :has() over its articles
     would be checked again on every insertion, and over 10,000 articles drawn a slice at a time
     that cost more than drawing them (issue #23). The timeline's articles sit deeper: :has(). */
  .frame {
    display: flex;
    flex-direction: column;
    min-block-size: inherit;
  }
  .frame > [part='feed']:not([role='feed'], .blocking ~ *),
  .frame > [part='timeline']:not([aria-busy='true'], :has(.skeleton, [part~='article']), .blocking ~ *),
  .frame > .blocking {
    flex: 1 0 auto;
  }
  .frame > [part='feed']:not([role='feed'], .blocking ~ *),
  .frame > [part='timeline']:not([aria-busy='true'], :has(.skeleton, [part~='article']), .blocking ~ *) {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .frame > [part='feed']:not([role='feed']) + [part~='status'],
  .frame > [part='timeline']:not([aria-busy='true'], :has(.skeleton, [part~='article'])) + [part~='status'] {
    margin-block-end: calc(var(--_space) / 2 + ${unsafeCSS(g.MORE_HEIGHT_IN_SMALL_TEXT)});
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
  /* Under a search box the count line sits by the box, not here: "more" keeps the same distance
     from the last article as in a list without one (geometry.ts, MORE_GAP). */
  .frame > :is([part='feed'], [part='timeline']) + [part~='more'] {
    margin-block-start: ${unsafeCSS(g.MORE_GAP)};
  }
  /* Server-rendered, and no script yet (or none: JavaScript off): search, chips, "more" and retry
     cannot work, so they are not shown, but keep their place, so nothing moves when the script
     arrives. Hidden this way they take no focus and are not read. */
  :host(:not(:defined)) :is(.search-row, [part~='filters'], [part~='more'], [part~='retry']) {
    visibility: hidden;
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
  /* No count, no column: the box is as wide as the articles (the row's gap would take 6 px). */
  .search-row [part~='status']:empty {
    display: none;
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
    /* Two rows of a chip's height each, empty or not: the entity row does not move when the chips
       arrive, and a lone row is not stretched over the other's height (its chips are centred). */
    grid-template-rows: 1fr 1fr;
    gap: ${unsafeCSS(g.CHIP_ROW_GAP)};
    margin-bottom: var(--_space);
    min-block-size: ${unsafeCSS(g.FILTERS_HEIGHT)};
  }
  /* The row clips what it scrolls: its padding (taken back by the margin, so no height changes) is
     room for a chip's focus ring (2px outline, 2px offset: theme.styles.ts), and a chip focused
     from the keyboard stops short of the fade. LTR: the elements show Chinese and English. */
  .chip-row {
    display: flex;
    align-items: center;
    gap: 0.4em;
    padding: 4px 0 4px 4px;
    margin: -4px 0 -4px -4px;
    scroll-padding-inline: 4px 2.5em;
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
