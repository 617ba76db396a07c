import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part~='error'] p {
    margin: 0 0 0.5em;
  }
  [part~='error'] summary {
    cursor: pointer;
    font-size: 0.8em;
    color: var(--_muted);
  }
  [part~='error'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;
