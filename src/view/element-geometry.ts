/**
 * The numbers only the card, the timeline and the switch use, beside src/view/geometry.ts (which
 * every list and card share): apart, so they ride in those elements' lazy chunks and not in the
 * CDN entry. `scripts/reserve-css.mjs` reads both. The timeline's are in timeline-geometry.ts,
 * which only the timeline imports: rollup puts them in its own chunk, not in one it shares with
 * the card and the switch, which a timeline's page would fetch as one more request in its wave.
 */
import {LINE_HEIGHT, ROW, SPACE} from './geometry.js';

export {LABEL_HEIGHT, LABEL_LINE_HEIGHT, LABEL_TEXT} from './timeline-geometry.js';

/** Related coverage in a card: a heading and three articles, in 0.9em text, and the heading's margin. */
export const RELATED_TEXT = 0.9;
export const RELATED_LINES = 4;
export const RELATED_HEADING_GAP = '0.25em';
/** The script switch: line height of a choice, and the width its three choices take in our font stack (measured). */
export const SWITCH_LINE_HEIGHT = 1.5;
export const SWITCH_WIDTH = '10.45em';

/** A card's related coverage, below its entities. */
export const RELATED_HEIGHT = `calc(${ROW} + ${RELATED_TEXT} * ${LINE_HEIGHT}em * ${RELATED_LINES} + ${RELATED_HEADING_GAP})`;

/** The script switch's height: a choice's padding, line and border. */
export const SWITCH_HEIGHT = `calc(2 * ${SPACE} / 3 + ${SWITCH_LINE_HEIGHT}em + 2px)`;
