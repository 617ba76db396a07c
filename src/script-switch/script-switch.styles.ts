import {css} from 'lit';
import * as g from '../view/element-geometry.js';

export const styles = css`
  :host {
    display: inline-block;
    /* Aligned by its middle, as its reserved box is before the script arrives (an empty box's
       baseline is its bottom, a defined one's is its text's): the line it sits on keeps its height. */
    vertical-align: middle;
  }
  [part~='group'] {
    display: inline-flex;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  [part~='option'] {
    position: relative;
    display: inline-flex;
    border: 1px solid var(--_switch-border-color);
    margin-inline-start: -1px;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  [part~='option']:first-of-type {
    margin-inline-start: 0;
    border-start-start-radius: var(--_control-radius);
    border-end-start-radius: var(--_control-radius);
  }
  [part~='option']:last-of-type {
    border-start-end-radius: var(--_control-radius);
    border-end-end-radius: var(--_control-radius);
  }
  [part~='option-checked'] {
    z-index: 1;
    border-color: var(--_switch-checked-background);
    background: var(--_switch-checked-background);
    color: var(--_switch-checked-color);
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
    min-block-size: ${g.SWITCH_LINE_HEIGHT}em;
    line-height: ${g.SWITCH_LINE_HEIGHT};
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
