import {css, unsafeCSS} from 'lit';
import * as g from '../view/geometry.js';
import * as e from '../view/timeline-geometry.js';

/**
 * Fixed geometry, as in the feed: each article is a label line (`--_label`) and a card of the feed's
 * height, articles `--_space` apart, whatever days and months they fall on. A day's headings sit in
 * the label line of its first article; the month's in the same line, so a new month adds no height.
 */
export const styles = css`
  :host {
    --_headline-lines: ${g.LIST_HEADLINE_LINES};
    --_label: ${unsafeCSS(e.LABEL_HEIGHT)};
    --_indent: 1.5em;
  }
  [part~='timeline'] {
    --_line: var(--_timeline-line-color);
    --_dot: var(--_timeline-dot-color);
    --_image-height: ${unsafeCSS(g.IMAGE_HEIGHT)};
    position: relative;
    display: grid;
    gap: var(--_space);
    padding-inline-start: var(--_indent);
  }
  /* The line, down the whole list and its placeholders. */
  [part~='timeline']::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(0.5em - 1px);
    inline-size: 2px;
    background: var(--_line);
  }
  [part~='timeline'] > .skeleton {
    margin-block-start: var(--_label);
  }
  .days,
  .articles {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .days {
    gap: var(--_space);
  }
  /* A day's later articles keep the blank label line: every article takes the same height. */
  .articles {
    gap: calc(var(--_label) + var(--_space));
  }
  .label {
    position: relative;
    display: flex;
    align-items: baseline;
    gap: 0 0.75em;
    block-size: var(--_label);
    white-space: nowrap;
    overflow: hidden;
  }
  /* One weight for both headings, told apart by colour: each size and weight is a font lookup of
     its own on a first paint (docs/decisions.md, "Few type styles"). */
  [part~='month'],
  [part~='day-heading'] {
    margin: 0;
    font-size: ${e.LABEL_TEXT}em;
    font-weight: 700;
    line-height: ${e.LABEL_LINE_HEIGHT};
  }
  [part~='month'] {
    color: var(--_accent);
  }
  [part~='day-heading'] {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_muted);
  }
  /* The day's dot on the line, level with its label. */
  [part~='day'] {
    position: relative;
  }
  [part~='day']::before {
    content: '';
    position: absolute;
    box-sizing: border-box;
    inset-inline-start: calc(0.5em - var(--_indent) - 0.45em);
    top: calc(0.9em * 0.75 - 0.45em);
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: var(--_dot);
    border: 2px solid var(--_surface);
  }
  /* A day's later story: a small ring on the line, level with its blank label, says "same day". */
  .articles > li {
    position: relative;
  }
  .articles > li + li::before {
    content: '';
    position: absolute;
    box-sizing: border-box;
    inset-inline-start: calc(0.5em - var(--_indent) - 0.3em);
    top: calc(0.9em * 0.75 - var(--_label) - 0.3em);
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_dot);
  }
  /* Every article takes its placeholder's height, as in the feed. */
  .articles [part~='article'] {
    block-size: var(--nk-card-min-height, var(--_full-height));
  }
  :host([layout='compact']) .articles [part~='article'] {
    block-size: var(--nk-card-min-height, var(--_compact-height));
  }
  .articles [part~='article']:has(> [part~='image']:not([hidden])) {
    block-size: calc(var(--nk-card-min-height, var(--_full-height)) + var(--_image-height) + var(--_row-gap));
  }
  /* Articles past the first screenful (timeline.ts) skip layout and paint until they near the
     viewport. Their height is fixed above, so skipping their contents changes no size and moves
     nothing; they stay in the document, found by find-in-page and screen readers (as in the feed).
     On the article, not its list item: the item's ring sits outside it, where containment would clip. */
  .articles > .later > [part~='article'] {
    content-visibility: auto;
  }
  .articles [part~='image'] {
    aspect-ratio: auto;
    block-size: var(--_image-height);
  }
  /* The label already says the date. */
  .articles [part~='meta'] time {
    display: none;
  }
`;
