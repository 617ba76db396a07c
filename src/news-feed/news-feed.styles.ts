import {css, unsafeCSS} from 'lit';
import * as g from '../view/geometry.js';

export const styles = css`
  :host {
    /* Two lines hold nearly every headline even in a 300 px column; a third would be blank in most. */
    --_headline-lines: ${g.LIST_HEADLINE_LINES};
  }
  /* One column is block layout with margins, not a grid: adding articles to a feed of thousands
     relays out a block in half the time a one-column grid takes (measured in Chromium). */
  [part~='feed'] {
    --_image-height: ${unsafeCSS(g.IMAGE_HEIGHT)};
    --_gap: var(--nk-feed-gap, var(--_space));
    display: flow-root;
  }
  [part~='feed'] > :not(:first-child) {
    margin-block-start: var(--_gap);
  }
  /* Every article takes the height its placeholder took: the page below does not move. */
  [part~='feed'] > [part~='article'] {
    block-size: var(--nk-card-min-height, var(--_full-height));
    /* Articles off screen skip layout and paint: a feed of 10,000 lays out what is in view. Their
       height is fixed above, so skipping their contents changes no size and moves nothing; unlike
       a virtualized list, they stay in the document, found by find-in-page and screen readers. */
    content-visibility: auto;
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
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--nk-feed-columns-min, 16em)), 1fr));
  }
  :host([layout='grid']) [part~='feed'] > * {
    margin: 0;
  }
`;
