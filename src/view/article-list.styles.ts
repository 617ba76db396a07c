import {css} from 'lit';

/** Controls, messages and placeholders shared by the feed and the timeline. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([layout='compact']) .skeleton {
    block-size: var(--nk-card-min-height, var(--_compact-height));
  }
  /* One line always, empty or not: its text changing never moves what follows. */
  [part~='status'] {
    margin: calc(var(--_space) / 2) 0;
    min-block-size: 1.6em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  [part~='more'],
  [part~='retry'],
  [part~='chip'] {
    cursor: pointer;
    padding: 0.35em 1em;
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
    padding: 0.5em 0.75em;
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
    gap: 0.3em;
    margin-bottom: var(--_space);
    min-block-size: calc(2 * (0.85 * 2.3em + 2px) + 0.3em);
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
    font-size: 0.85em;
    padding: 0.35em 0.9em;
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
