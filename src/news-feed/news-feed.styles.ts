import {css} from 'lit';

export const styles = css`
  [part~='feed'] {
    display: grid;
    gap: var(--nk-feed-gap, var(--_space));
  }
  :host([layout='grid']) [part~='feed'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nk-feed-columns-min, 16rem)), 1fr));
  }
`;
