import {css} from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    --nk-switch-border-color: var(--nk-color-border, #d9d9d9);
    --nk-switch-checked-background: var(--nk-color-accent, #b3261e);
    --nk-switch-checked-color: var(--nk-color-surface, #ffffff);
  }
  [part~='group'] {
    display: inline-flex;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='option'] {
    position: relative;
    display: inline-flex;
    border: 1px solid var(--nk-switch-border-color);
    margin-inline-start: -1px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  [part~='option']:first-of-type {
    margin-inline-start: 0;
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  [part~='option']:last-of-type {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  [part~='option-checked'] {
    z-index: 1;
    border-color: var(--nk-switch-checked-background);
    background: var(--nk-switch-checked-background);
    color: var(--nk-switch-checked-color);
  }
  /* The radio itself stays in place, invisible, under the label text: clicks land on it and the
     browser keeps its own radio-group keyboard behaviour. */
  input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  [part~='text'] {
    padding: calc(var(--_space) / 3) calc(var(--_space) * 0.8);
    min-block-size: 1.5em;
    line-height: 1.5;
    border-radius: inherit;
  }
  input:focus-visible + [part~='text'] {
    outline: 2px solid currentColor;
    outline-offset: -4px;
  }
  @media (forced-colors: active) {
    [part~='option-checked'] {
      outline: 2px solid CanvasText;
    }
  }
`;
