/**
 * The elements' fixed geometry, in one place: the numbers their styles interpolate and the
 * formulas that add them up into heights. `scripts/reserve-css.mjs` reads the built copy of this
 * module to write `dist/reserve.css`, the space a page reserves before the elements arrive; so
 * the page's reservation and the elements' own heights come from the same formulas, and neither
 * is copied by hand (docs/embedding.md says how a page uses it).
 *
 * Sizes are in em of the text they apply to. The formulas are CSS text over the element's own
 * properties (`var(--_space)`, `var(--_pad)`…, set in theme.styles.ts and article.styles.ts), so the
 * heights follow a site's tokens; reserve.css puts in the tokens' defaults (`tokenDefaults`), as a
 * page cannot read the element's. Plain constants, so the bundle holds the formulas as strings,
 * no code that builds them. The card's, the timeline's and the switch's own numbers are in
 * element-geometry.ts, so they ride in those elements' lazy chunks, not in the CDN entry.
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
/** A picture in a list is a strip of this height (em), above the headline. */
export const IMAGE_HEIGHT = '9em';
/** Buttons ("more", retry, chips): padding above and below; their line is the body's. */
export const BUTTON_PAD = '0.35em';
/** The search box's padding above and below. */
export const SEARCH_PAD = '0.5em';
/** Gap between the two rows of filter chips. */
export const CHIP_ROW_GAP = '0.3em';
/** The most skeletons a list shows while it loads, whatever its limit; and the default limit. */
export const MAX_SKELETONS = 10;
export const DEFAULT_LIMIT = 10;

/** The default of `--nk-space`. */
export const SPACE_DEFAULT = '0.75em';

/** The element's properties the formulas read. */
export const SPACE = 'var(--_space)';
const PAD = 'var(--_pad)';
const HEADLINE = 'var(--_headline-size)';
export const ROW = 'var(--_row-gap)';
/** A card's or a list's headline lines (set per element: CARD_HEADLINE_LINES, LIST_HEADLINE_LINES). */
export const HEADLINE_LINES = 'var(--_headline-lines)';

/** What reserve.css puts in for each property: the defaults of the tokens behind them. */
export const tokenDefaults: Readonly<Record<string, string>> = {
  [SPACE]: SPACE_DEFAULT,
  [PAD]: SPACE_DEFAULT,
  [HEADLINE]: HEADLINE_SIZE,
  [ROW]: `calc(${SPACE_DEFAULT} / 2)`,
};

/** The gap between an article's rows. */
export const ROW_GAP = `calc(${SPACE} / 2)`;

/** One chip or badge row: small text on the body's line, padded, with a border. */
export const CHIP_HEIGHT = `calc(${SMALL_TEXT} * (2 * ${BUTTON_PAD} + ${LINE_HEIGHT}em) + 2px)`;

/** A compact article: padding, border, two headline lines and the meta row. */
export const COMPACT_HEIGHT = `calc(2 * ${PAD} + 2px + 2 * ${HEADLINE_LINE_HEIGHT} * ${HEADLINE} + ${ROW} + ${SMALL_TEXT} * ${META_ROW}em + 2px)`;

/** A full article of HEADLINE_LINES headline lines: compact plus the summary and entity rows. */
export const FULL_HEIGHT = `calc(${COMPACT_HEIGHT} + (${HEADLINE_LINES} - 2) * ${HEADLINE_LINE_HEIGHT} * ${HEADLINE} + 2 * ${ROW} + ${SUMMARY_LINES} * ${LINE_HEIGHT}em + ${SMALL_TEXT} * ${ENTITY_ROW}em)`;

/** What a picture adds to a list's article: the strip and the gap below it. */
export const PICTURE_HEIGHT = `calc(${IMAGE_HEIGHT} + ${ROW})`;

/** The count line under a list: small text, one line high, half a space above and below. */
export const STATUS_HEIGHT = `calc(${SMALL_TEXT} * (${SPACE} + ${LINE_HEIGHT}em))`;

/** The "more" button (its place is kept while the first articles load). */
export const MORE_HEIGHT = `calc(2 * ${BUTTON_PAD} + ${LINE_HEIGHT}em + 2px)`;

/** The same, in em of the count line's small text: the count line keeps its place with a margin this high. */
export const MORE_HEIGHT_IN_SMALL_TEXT = `calc((2 * ${BUTTON_PAD} + ${LINE_HEIGHT}em) / ${SMALL_TEXT} + 2px)`;

/**
 * The gap above "more" when it follows the articles directly (a list with a search box keeps its
 * count line there): the count line's height, so "more" sits as far from the last article in every list.
 */
export const MORE_GAP = STATUS_HEIGHT;

/** The search row: the box and the gap below it. The count line moves into it, so a list with one has no count line below. */
export const SEARCH_HEIGHT = `calc(2 * ${SEARCH_PAD} + ${LINE_HEIGHT}em + 2px + ${SPACE} / 2)`;

/** The two rows of filter chips (their margin below is a space). */
export const FILTERS_HEIGHT = `calc(2 * ${CHIP_HEIGHT} + ${CHIP_ROW_GAP})`;

/** A list's gap between articles, and between a timeline's label line and the next article. */
export const GAP = SPACE;
