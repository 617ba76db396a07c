import {css, unsafeCSS} from 'lit';
import * as g from '../view/element-geometry.js';

/**
 * The card is one article: it takes the height of its content, at most the rows' most lines with
 * room for three related articles. Its placeholder takes that most, so a page that reserves it
 * (dist/reserve.css: `min-height` on `nk-event-card`, kept after definition; docs/embedding.md)
 * never moves; `--nk-card-min-height` sets a height of the site's own for both.
 */
export const styles = css`
  :host {
    display: block;
    --_card-height: calc(var(--_full-height) + ${unsafeCSS(g.RELATED_HEIGHT)});
    /* The element's ground lies under what it shows, not under room a page reserved beyond it. */
    background: none;
  }
  :host > :not(.skeleton) {
    background: var(--_background);
  }
  :host([layout='compact']) {
    --_card-height: var(--_compact-height);
  }
  [part~='article'] {
    min-block-size: var(--nk-card-min-height, auto);
  }
  .skeleton {
    block-size: var(--nk-card-min-height, var(--_card-height));
  }
  /* Related coverage: only a card has it (src/view/article-view.ts), so its styles ride in the card's chunk. */
  [part~='related'] {
    flex: none;
  }
  [part~='related-heading'] {
    margin: 0 0 ${unsafeCSS(g.RELATED_HEADING_GAP)};
    font-size: ${g.RELATED_TEXT}em;
    color: var(--_muted);
  }
  [part~='related'] ul {
    display: block;
    padding-inline-start: 1.2em;
    list-style: disc;
    font-size: ${g.RELATED_TEXT}em;
  }
  [part~='related'] li {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='related'] a {
    color: var(--_accent);
  }
  /* Each line clips its overflow (the ellipsis): the ring is drawn inside the link. */
  [part~='related'] a:focus-visible {
    outline-offset: -2px;
  }
`;
