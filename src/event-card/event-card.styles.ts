import {css} from 'lit';

/**
 * The card and its placeholder take the same height: the rows' most lines, with room for three
 * related articles (a card without them keeps the room), so the story around it never moves.
 */
export const styles = css`
  :host {
    display: block;
    --_card-height: calc(var(--_full-height) + var(--_related-height));
  }
  :host([layout='compact']) {
    --_card-height: var(--_compact-height);
  }
  [part~='article'],
  .skeleton {
    block-size: var(--nk-card-min-height, var(--_card-height));
  }
`;
