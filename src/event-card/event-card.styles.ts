import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part~='error'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
