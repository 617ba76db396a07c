import {css} from 'lit';

/** Controls, messages and placeholders shared by the feed and the timeline. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([layout='compact']) .skeleton {
    min-height: var(--nk-card-min-height, 5rem);
  }
  [part~='status'] {
    margin: calc(var(--_space) / 2) 0;
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
    border-radius: 999px;
    color: var(--_accent);
  }
  [part~='more'] {
    display: block;
    width: 100%;
  }
  [part~='chip'][aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-bottom: var(--_space);
  }
  [part~='search'] {
    box-sizing: border-box;
    width: 100%;
    margin-bottom: var(--_space);
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
