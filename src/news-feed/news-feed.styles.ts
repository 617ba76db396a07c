import {css} from 'lit';

export const styles = css`
  :host {
    /* Two lines hold nearly every headline even in a 300 px column; a third would be blank in most. */
    --_headline-lines: 2;
  }
  [part~='feed'] {
    --_image-height: 9em;
    display: grid;
    gap: var(--nk-feed-gap, var(--_space));
  }
  /* Every article takes the height its placeholder took: the page below does not move. */
  [part~='feed'] > [part~='article'] {
    block-size: var(--nk-card-min-height, var(--_full-height));
  }
  :host([layout='compact']) [part~='feed'] > * {
    block-size: var(--nk-card-min-height, var(--_compact-height));
  }
  /* A picture is a strip of known height, added to its article's. */
  [part~='feed'] > [part~='article']:has(> [part~='image']:not([hidden])) {
    block-size: calc(var(--nk-card-min-height, var(--_full-height)) + var(--_image-height) + var(--_row-gap));
  }
  [part~='feed'] [part~='image'] {
    aspect-ratio: auto;
    block-size: var(--_image-height);
  }
  /* auto-fit: columns without an article collapse, so a short feed leaves no empty column. */
  :host([layout='grid']) [part~='feed'] {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--nk-feed-columns-min, 16em)), 1fr));
  }
`;
