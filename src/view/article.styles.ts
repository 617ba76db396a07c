import {css, unsafeCSS} from 'lit';
import * as g from './geometry.js';

/**
 * How one article looks, in a card or in a list. Every row has a most lines it may take
 * (headline 3 in a card, 2 in a list; meta 1, summary 3, entities 1, related 3), so an article's height is known before
 * its text arrives: lists set it as every article's height and the card as its most, their
 * placeholders take the same height, so nothing below them moves when the articles come (CLS).
 */
export const articleStyles = css`
  :host {
    --_pad: var(--nk-card-padding, var(--_space));
    --_headline-size: var(--nk-headline-font-size, ${unsafeCSS(g.HEADLINE_SIZE)});
    --_row-gap: ${unsafeCSS(g.ROW_GAP)};
    --_headline-lines: ${g.CARD_HEADLINE_LINES};
    /* The sum of the rows' most lines, in the host's em; border 1px each side (src/view/geometry.ts). */
    --_compact-height: ${unsafeCSS(g.COMPACT_HEIGHT)};
    --_full-height: ${unsafeCSS(g.FULL_HEIGHT)};
  }
  .skeleton {
    box-sizing: border-box;
    block-size: var(--nk-card-min-height, var(--_full-height));
    border-radius: var(--_radius);
    background: var(--_skeleton-color);
  }
  [part~='article'] {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_row-gap);
    padding: var(--_pad);
    background: var(--_card-background);
    /* Its own text colour with its own ground: a page's reset (* { color: inherit }) outranks
       :host and hands the host the page's colour, light on a dark page, unreadable on this card. */
    color: var(--_text);
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_radius);
    min-width: 0;
    overflow: hidden;
  }
  /* Only an article with somewhere to go looks clickable. */
  [part~='article'].linked {
    cursor: pointer;
  }
  [part~='article'].linked:hover {
    border-color: var(--_accent);
  }
  [part~='headline'] {
    margin: 0;
    font-size: var(--_headline-size);
    line-height: ${g.HEADLINE_LINE_HEIGHT};
    color: var(--_headline-color);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_headline-lines);
    overflow: hidden;
    /* No last line of one character (…放棄核/武): the browser's own even wrapping where it has it;
       the headline's last characters are also kept together (.nobr) for those without. */
    text-wrap: pretty;
    flex: none;
  }
  [part~='article'].compact [part~='headline'] {
    -webkit-line-clamp: 2;
  }
  /* A compact row is two headline lines high: a one-line headline and its meta sit in the middle,
     not over a blank line. */
  [part~='article'].compact {
    justify-content: center;
  }
  .nobr {
    white-space: nowrap;
  }
  [part~='headline'] a {
    color: inherit;
    text-decoration: none;
  }
  /* The headline clips its lines (line clamp): a ring outside the link would be cut off, so it is drawn inside. */
  [part~='headline'] a:focus-visible {
    outline-offset: -2px;
  }
  [part~='headline'] a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  /* One row: date, category, then as many sources as fit (the rest wrap out of sight). */
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
    flex: none;
    block-size: calc(${g.META_ROW}em + 2px);
    overflow: hidden;
    font-size: ${g.SMALL_TEXT}em;
    color: var(--_muted);
  }
  /* Told from the date by colour, in the meta row's weight: one font lookup fewer (docs/decisions.md, "Few type styles"). */
  [part~='category'] {
    color: var(--_accent);
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The sources are items of the meta row itself, so each wraps out of sight on its own. */
  ul.sources {
    display: contents;
  }
  [part~='source'] {
    padding: 0 0.5em;
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_control-radius);
  }
  [part~='summary'] {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: ${g.SUMMARY_LINES};
    overflow: hidden;
    flex: none;
  }
  /* One row of entity chips: those that do not fit wrap out of sight. */
  ul.entities {
    font-size: ${g.SMALL_TEXT}em;
    block-size: ${g.ENTITY_ROW}em;
    overflow: hidden;
    flex: none;
  }
  [part~='entity'] {
    padding: 0.1em 0.6em;
    background: var(--_chip-background);
    border-radius: var(--_control-radius);
  }
  mark {
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
    color: inherit;
    border-radius: 2px;
  }
  [part~='image'] {
    /* A block, not inline: an inline picture sits on the text baseline, a gap above the headline. */
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    flex: none;
  }
  [part~='image'][hidden] {
    display: none;
  }
`;
