import {css, unsafeCSS} from 'lit';
import * as g from '../view/geometry.js';

/** Articles per block: the feed draws them a block at a time, and a block is skipped whole off screen. */
export const BLOCK = 100;

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
    /* One article's height, which every article takes (below). */
    --_item: var(--nk-card-min-height, var(--_full-height));
    /* What a picture adds to its article's height. */
    --_picture: ${unsafeCSS(g.PICTURE_HEIGHT)};
    display: flow-root;
  }
  :host([layout='compact']) [part~='feed'] {
    --_item: var(--nk-card-min-height, var(--_compact-height));
  }
  [part~='feed'] > :not(:first-child),
  .block > :not(:first-child) {
    margin-block-start: var(--_gap);
  }
  /* Every article takes the height its placeholder took: the page below does not move. */
  [part~='feed'] > .skeleton,
  .block > [part~='article'] {
    block-size: var(--_item);
  }
  .block > [part~='article'] {
    /* Articles off screen skip layout and paint: a feed of 10,000 lays out what is in view. Their
       height is fixed above, so skipping their contents changes no size and moves nothing; unlike
       a virtualized list, they stay in the document, found by find-in-page and screen readers. */
    content-visibility: auto;
  }
  /* The articles come in blocks of BLOCK (news-feed.ts). A full one (.filled) off screen is skipped whole:
     its articles are not even styled, and a frame lays out and checks for visibility a hundred
     blocks, not 10,000 articles. Skipped, it is as tall as its articles, the gaps between them and
     a strip for each picture it holds (data-pictures); once drawn, as tall as it was (auto). Focus,
     find-in-page and scrolling draw it as they reach it; only Firefox's scrollIntoView() does not
     yet reach into a skipped block (docs/decisions.md). */
  .block {
    display: flow-root;
  }
  .block.filled {
    --_pictures: 0;
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(${BLOCK} * var(--_item) + ${BLOCK - 1} * var(--_gap) + var(--_pictures) * var(--_picture));
  }
  ${unsafeCSS(Array.from({length: BLOCK}, (_, n) => `.filled[data-pictures='${n + 1}']{--_pictures:${n + 1}}`).join(''))}
  /* A picture is a strip of known height, added to its article's. */
  .block > [part~='article']:has(> [part~='image']:not([hidden])) {
    block-size: calc(var(--_item) + var(--_picture));
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
  /* A grid's cells are the articles: blocks are no boxes of their own there. */
  :host([layout='grid']) .block {
    display: contents;
  }
  :host([layout='grid']) [part~='feed'] > *,
  :host([layout='grid']) .block > * {
    margin: 0;
  }
`;
