/**
 * The elements' fixed geometry, in one place: the numbers their styles interpolate and the
 * formulas that add them up into heights. `scripts/reserve-css.mjs` reads the built copy of this
 * module to write `dist/reserve.css`, the space a page reserves before the elements arrive; so
 * the page's reservation and the elements' own heights come from the same formulas, and neither
 * is copied by hand (docs/embedding.md says how a page uses it).
 *
 * Sizes are in em of the text they apply to. The formulas take the token values as CSS text: the
 * styles pass `var(--_space)` and friends, so the heights follow a site's tokens; reserve.css passes
 * the tokens' defaults, as it cannot read the element's.
 */

/** The elements' base text size (the default of `--nk-font-size`): fixed, so a page's root size does not shrink them. */
export const FONT_SIZE = '16px';
/** Body text line height (the host's). */
export const LINE_HEIGHT = 1.6;
/** Headline size (the default of `--nk-headline-font-size`) and its line height. */
export const HEADLINE_SIZE = '1.15em';
export const HEADLINE_LINE_HEIGHT = 1.4;
/** A card's headline lines; a list's (feed, timeline) fit two, which hold nearly every headline in a 300 px column. */
export const CARD_HEADLINE_LINES = 3;
export const LIST_HEADLINE_LINES = 2;
/** Meta row, entity chips, the count line and filter chips are set smaller. */
export const SMALL_TEXT = 0.85;
/** The meta row: one line of small text plus its badges' borders. */
export const META_ROW = LINE_HEIGHT;
/** Summary lines and the entity row (small text with the chips' padding). */
export const SUMMARY_LINES = 3;
export const ENTITY_ROW = 1.8;
/** Related coverage in a card: a heading and three articles, in 0.9em text, and the heading's margin. */
export const RELATED_TEXT = 0.9;
export const RELATED_LINES = 4;
export const RELATED_HEADING_GAP = '0.25em';
/** A picture in a list is a strip of this height (em), above the headline. */
export const IMAGE_HEIGHT = '9em';
/** Buttons ("more", retry, chips): padding above and below; their line is the body's. */
export const BUTTON_PAD = '0.35em';
/** The search box's padding above and below. */
export const SEARCH_PAD = '0.5em';
/** Gap between the two rows of filter chips. */
export const CHIP_ROW_GAP = '0.3em';
/** A timeline's label line: 0.9em text at line height 1.5. */
export const LABEL_TEXT = 0.9;
export const LABEL_LINE_HEIGHT = 1.5;
/** The script switch: line height of a choice, and the width its three choices take in our font stack (measured). */
export const SWITCH_LINE_HEIGHT = 1.5;
export const SWITCH_WIDTH = '10.45em';
/** The most skeletons a list shows while it loads, whatever its limit; and the default limit. */
export const MAX_SKELETONS = 10;
export const DEFAULT_LIMIT = 10;

/** The token values a formula reads, as CSS text. */
export interface Tokens {
  /** `--nk-space`. */
  space: string;
  /** `--nk-card-padding`. */
  pad: string;
  /** `--nk-headline-font-size`. */
  headline: string;
}

/** What the styles pass: the element's resolved private properties (src/view/theme.styles.ts). */
export const elementTokens: Tokens = {space: 'var(--_space)', pad: 'var(--_pad)', headline: 'var(--_headline-size)'};
/** The defaults, for a page that cannot read the element's tokens. */
export const defaultTokens: Tokens = {space: '0.75em', pad: '0.75em', headline: HEADLINE_SIZE};

/** The gap between an article's rows. */
export const rowGap = (t: Tokens) => `calc(${t.space} / 2)`;

/** One chip or badge row: small text on the body's line, padded, with a border. */
export const chipHeight = () => `calc(${SMALL_TEXT} * (2 * ${BUTTON_PAD} + ${LINE_HEIGHT}em) + 2px)`;

/** A compact article: padding, border, two headline lines and the meta row. */
export const compactHeight = (t: Tokens) =>
  `calc(2 * ${t.pad} + 2px + 2 * ${HEADLINE_LINE_HEIGHT} * ${t.headline} + ${rowGap(t)} + ${SMALL_TEXT} * ${META_ROW}em + 2px)`;

/** A full article with `lines` headline lines (a number, or `var(--_headline-lines)`): compact plus the summary and entity rows. */
export const fullHeight = (t: Tokens, lines: number | string) =>
  `calc(${compactHeight(t)} + (${lines} - 2) * ${HEADLINE_LINE_HEIGHT} * ${t.headline} + 2 * ${rowGap(t)} + ${SUMMARY_LINES} * ${LINE_HEIGHT}em + ${SMALL_TEXT} * ${ENTITY_ROW}em)`;

/** A card's related coverage, below its entities. */
export const relatedHeight = (t: Tokens) => `calc(${rowGap(t)} + ${RELATED_TEXT} * ${LINE_HEIGHT}em * ${RELATED_LINES} + ${RELATED_HEADING_GAP})`;

/** What a picture adds to a list's article: the strip and the gap below it. */
export const pictureHeight = (t: Tokens) => `calc(${IMAGE_HEIGHT} + ${rowGap(t)})`;

/** A timeline article's label line (its day's headings, or blank). */
export const labelHeight = (t: Tokens) => `calc(${LABEL_TEXT}em * ${LABEL_LINE_HEIGHT} + ${rowGap(t)})`;

/** The count line under a list: small text, one line high, half a space above and below. */
export const statusHeight = (t: Tokens) => `calc(${SMALL_TEXT} * (${t.space} + ${LINE_HEIGHT}em))`;

/**
 * The "more" button (its place is kept while the first articles load), in em of text `scale`
 * times the host's: the count line (small text) keeps its place with a margin this high.
 */
export const moreHeight = (scale = 1) => `calc((2 * ${BUTTON_PAD} + ${LINE_HEIGHT}em) / ${scale} + 2px)`;

/** The search row: the box and the gap below it. The count line moves into it, so a list with one has no count line below. */
export const searchHeight = (t: Tokens) => `calc(2 * ${SEARCH_PAD} + ${LINE_HEIGHT}em + 2px + ${t.space} / 2)`;

/** The two rows of filter chips and the space below them. */
export const filtersHeight = () => `calc(2 * ${chipHeight()} + ${CHIP_ROW_GAP})`;

/** The script switch's height: a choice's padding, line and border. */
export const switchHeight = (t: Tokens) => `calc(2 * ${t.space} / 3 + ${SWITCH_LINE_HEIGHT}em + 2px)`;
