/**
 * The timeline's own numbers (element-geometry.ts re-exports them for `scripts/reserve-css.mjs`):
 * a module only src/timeline/ imports, so they ride in the timeline's chunk.
 */
import {ROW} from './geometry.js';

/** A timeline's label line: 0.9em text at line height 1.5. */
export const LABEL_TEXT = 0.9;
export const LABEL_LINE_HEIGHT = 1.5;

/** A timeline article's label line (its day's headings, or blank). */
export const LABEL_HEIGHT = `calc(${LABEL_TEXT}em * ${LABEL_LINE_HEIGHT} + ${ROW})`;
