// Writes dist/reserve.css (nk-news/reserve.css on npm) and dist/cdn/reserve.css: the space a page
// reserves for the elements before their script arrives, from the formulas their own styles use
// (src/view/geometry.ts and element-geometry.ts, built to dist/view/ by tsc). Run by `npm run build`
// after tsc.
// docs/embedding.md says how a page uses it and why it keeps the room after the elements arrive.
import {mkdirSync, writeFileSync} from 'node:fs';

const g = {
  ...(await import(new URL('../dist/view/geometry.js', import.meta.url).href)),
  ...(await import(new URL('../dist/view/element-geometry.js', import.meta.url).href)),
};
const {colours, elementColours} = await import(new URL('../dist/view/colours.js', import.meta.url).href);

/**
 * Reduces a formula with only numbers, em and px (the defaults put in) to `{em, px}`. Sums of
 * terms: {n, em, px}.
 */
function reduce(formula, lines = g.LIST_HEADLINE_LINES) {
  // The element's own properties become the defaults of the tokens behind them.
  let text = formula.replaceAll(g.HEADLINE_LINES, String(lines));
  for (const [property, value] of Object.entries(g.tokenDefaults)) text = text.replaceAll(property, value);
  if (text.includes('var(')) throw new Error(`No default for a property in ${formula}`);
  const tokens = text.match(/calc\(|\d*\.?\d+(?:em|px)?|[-+*/()]/g);
  if (tokens.join('') !== text.replace(/\s+/g, '')) throw new Error(`Cannot read ${text}`);
  let at = 0;
  const term = (n, em = 0, px = 0) => ({n, em, px});
  const add = (a, b, sign) => term(a.n + sign * b.n, a.em + sign * b.em, a.px + sign * b.px);
  const scale = (a, k) => term(a.n * k, a.em * k, a.px * k);
  const isNumber = (a) => !a.em && !a.px;
  function primary() {
    const token = tokens[at++];
    if (token === 'calc(' || token === '(') {
      const value = sum();
      if (tokens[at++] !== ')') throw new Error(`Unclosed ( in ${text}`);
      return value;
    }
    if (token === '-') return scale(primary(), -1);
    const number = Number.parseFloat(token);
    return token.endsWith('em') ? term(0, number) : token.endsWith('px') ? term(0, 0, number) : term(number);
  }
  function product() {
    let value = primary();
    while (tokens[at] === '*' || tokens[at] === '/') {
      const op = tokens[at++];
      const right = primary();
      if (op === '/' && isNumber(right)) value = scale(value, 1 / right.n);
      else if (isNumber(value)) value = scale(right, value.n);
      else if (isNumber(right)) value = scale(value, right.n);
      else throw new Error(`Not linear: ${text}`);
    }
    return value;
  }
  function sum() {
    let value = product();
    while (tokens[at] === '+' || tokens[at] === '-') {
      const sign = tokens[at++] === '+' ? 1 : -1;
      value = add(value, product(), sign);
    }
    return value;
  }
  const value = sum();
  if (at !== tokens.length || value.n) throw new Error(`Not a length: ${text}`);
  return value;
}

const round = (x) => Number(x.toFixed(4));

/** A formula as `calc(Aem + Bpx)`, so the file a site reads says 13.535em, not the sum that makes it. */
function simplify(formula, lines) {
  const value = reduce(formula, lines);
  const parts = [value.em && `${round(value.em)}em`, value.px && `${round(value.px)}px`].filter(Boolean);
  return parts.length === 2 ? `calc(${parts.join(' + ')})` : (parts[0] ?? '0px');
}

const space = g.tokenDefaults[g.SPACE];

// ── Placeholders (skeletons) before the script arrives ──────────────────────────────────────────

/** A formula in px: sizes are in em of the fixed FONT_SIZE (reserve.css sets it on the elements). */
const px = (formula, lines) => {
  const value = reduce(formula, lines);
  return round(value.em * Number.parseFloat(g.FONT_SIZE) + value.px);
};

/**
 * A colour token as the element resolves it (theme.styles.ts), written for the page: the site's
 * own light and dark tokens first, then ours, picked by the element's color-scheme (below).
 */
function colour(name) {
  const scheme = (prefix, index) => {
    if (name in colours) return `var(--nk-${prefix}${name}, ${colours[name][index]})`;
    const fallback = elementColours[name].replaceAll(/var\(--_([a-z-]+)\)/g, (_, short) => `var(--nk-${prefix}color-${short}, ${colours[`color-${short}`][index]})`);
    return `var(--nk-${prefix}${name}, ${fallback})`;
  };
  return `light-dark(${scheme('', 0)}, ${scheme('dark-', 1)})`;
}
const skeleton = colour('skeleton-color');
/** The elements' default corner radius (`--nk-radius`, theme.styles.ts): a mask cannot read the site's. */
const RADIUS = 8;

/**
 * One story's placeholder, repeated down the list: a mask of a rounded bar `height` px tall,
 * `top` px down a tile `tile` px tall; the element's background colour shows through it, so the
 * bars take the site's skeleton token.
 */
function bars({tile, top = 0, height, inset = '0px'}) {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg'><rect y='${top}' width='100%' height='${height}' rx='${RADIUS}'/></svg>`;
  return `mask: url("data:image/svg+xml,${encodeURIComponent(svg)}") ${inset} 0 / calc(100% - ${inset}) ${tile}px repeat-y;
  height: calc(var(--nk-reserve-stories) * ${tile}px - ${px(g.GAP)}px);`;
}

const indent = '1.5em';
const timelineTile = (story) => round(px(g.LABEL_HEIGHT) + px(story) + px(g.GAP));
const placeholders = (tag, layout, story) => {
  const selector = `${tag}${layout ? `[layout="${layout}"]` : ''}:not(:defined):not([hidden]):not([layout="grid"])::before`;
  const label = tag === 'nk-timeline' ? px(g.LABEL_HEIGHT) : 0;
  return `${selector} {
  ${bars({tile: round(label + px(story) + px(g.GAP)), top: label, height: px(story), inset: label ? indent : '0px'})}
}`;
};
const limits = Array.from({length: g.MAX_SKELETONS}, (_, i) => i + 1);
const lists = (suffix) => `nk-news-feed${suffix}, nk-timeline${suffix}`;

const css = `/* nk-news reserve.css: the elements' space before (and, for lists and cards, after) they arrive.
   Generated by scripts/reserve-css.mjs from src/view/geometry.ts and element-geometry.ts;
   see docs/embedding.md.
   Sizes are in em of a fixed ${g.FONT_SIZE}, like the elements' own. Every --nk-reserve-* property is
   set inside :where(), so a page's own rule (any selector) overrides it. */
${['nk-news-feed', 'nk-timeline', 'nk-event-card', 'nk-script-switch'].map((tag) => `${tag}:not(:defined):not([hidden])`).join(',\n')} {
  display: block;
  font-size: ${g.FONT_SIZE};
}
:where(${lists('')}) {
  --nk-reserve-stories: ${g.DEFAULT_LIMIT};
  --nk-reserve-story: ${simplify(g.FULL_HEIGHT)};
  --nk-reserve-picture: 0em;
  --nk-reserve-step: ${space};
  --nk-reserve-search: 0em;
  --nk-reserve-filters: 0em;
  --nk-reserve-room: calc(var(--nk-reserve-stories) * (var(--nk-reserve-story) + var(--nk-reserve-picture) + var(--nk-reserve-step))
    + ${simplify(`${g.STATUS_HEIGHT} + ${g.MORE_HEIGHT} - ${g.GAP}`)}
    + var(--nk-reserve-search) + var(--nk-reserve-filters));
}
/* The room stays once the element is defined: a feed with fewer stories than its limit, none, or an
   error keeps it, so the text below never moves up (docs/embedding.md). */
${lists('')} {
  min-height: var(--nk-reserve-room);
}
${limits.map((n) => `:where(${lists(`[limit="${n}"]`)}) { --nk-reserve-stories: ${n}; }`).join('\n')}
/* Each timeline story has a label line above it for its date. */
:where(nk-timeline) { --nk-reserve-step: ${simplify(`${g.LABEL_HEIGHT} + ${g.GAP}`)}; }
:where(${lists('[layout="compact"]')}) { --nk-reserve-story: ${simplify(g.COMPACT_HEIGHT)}; }
:where(${lists('[searchable]')}) { --nk-reserve-search: ${simplify(`${g.SEARCH_HEIGHT} - ${g.STATUS_HEIGHT} + ${g.MORE_GAP}`)}; }
:where(${lists('[filterable]')}) { --nk-reserve-filters: ${simplify(`${g.FILTERS_HEIGHT} + ${g.SPACE}`)}; }
/* Stories with pictures: give the element class="nk-pictures". */
:where(.nk-pictures) { --nk-reserve-picture: ${simplify(g.PICTURE_HEIGHT)}; }
/* A card takes its article's height, at most this; the room stays after definition. */
nk-event-card {
  min-height: ${simplify(`${g.FULL_HEIGHT} + ${g.RELATED_HEIGHT}`, g.CARD_HEADLINE_LINES)};
}
nk-event-card[layout="compact"] {
  min-height: ${simplify(g.COMPACT_HEIGHT)};
}
nk-script-switch:not(:defined):not([hidden]) {
  display: inline-block;
  vertical-align: middle;
  min-height: ${simplify(g.SWITCH_HEIGHT)};
  min-width: ${g.SWITCH_WIDTH};
}

/* While the script loads, the placeholders the elements draw while their articles load: grey
   rounded bars where the stories will be (a card: one), in the skeleton token's colour (light or
   dark as the element's theme says), inside the room above, so nothing moves when they upgrade.
   Below the search box and filters, as the elements draw them.
   A grid's columns depend on the element's width: its room stays blank. */
:is(nk-news-feed, nk-timeline, nk-event-card, nk-script-switch):not(:defined) {
  color-scheme: light;
}
:is(nk-news-feed, nk-timeline, nk-event-card, nk-script-switch)[theme="dark"]:not(:defined) {
  color-scheme: dark;
}
:is(nk-news-feed, nk-timeline, nk-event-card, nk-script-switch)[theme="auto"]:not(:defined) {
  color-scheme: inherit;
}
:where(${lists('[searchable]')}) { --nk-reserve-search-row: ${simplify(g.SEARCH_HEIGHT)}; }
/* Its own block formatting context: the placeholders' margin stays inside, not above the element. */
:is(${lists('')}):not(:defined):not([hidden]) {
  display: flow-root;
}
:is(${lists('')}):not(:defined):not([hidden]):not([layout="grid"])::before {
  content: '';
  display: block;
  margin-top: calc(var(--nk-reserve-search-row, 0em) + var(--nk-reserve-filters));
  background-color: ${skeleton};
}
${placeholders('nk-news-feed', '', g.FULL_HEIGHT)}
${placeholders('nk-news-feed', 'compact', g.COMPACT_HEIGHT)}
${placeholders('nk-timeline', '', g.FULL_HEIGHT)}
${placeholders('nk-timeline', 'compact', g.COMPACT_HEIGHT)}
/* The timeline's line, beside its placeholders. */
nk-timeline:not(:defined):not([hidden]):not([layout="grid"])::after {
  content: '';
  display: block;
  width: 2px;
  margin-left: calc(0.5em - 1px);
  background-color: ${colour('timeline-line-color')};
}
nk-timeline:not(:defined):not([hidden]):not([layout="grid"])::after {
  height: calc(var(--nk-reserve-stories) * ${timelineTile(g.FULL_HEIGHT)}px - ${px(g.GAP)}px);
  margin-top: calc(-1 * var(--nk-reserve-stories) * ${timelineTile(g.FULL_HEIGHT)}px + ${px(g.GAP)}px);
}
nk-timeline[layout="compact"]:not(:defined):not([hidden])::after {
  height: calc(var(--nk-reserve-stories) * ${timelineTile(g.COMPACT_HEIGHT)}px - ${px(g.GAP)}px);
  margin-top: calc(-1 * var(--nk-reserve-stories) * ${timelineTile(g.COMPACT_HEIGHT)}px + ${px(g.GAP)}px);
}
nk-event-card:not(:defined):not([hidden]) {
  background-color: ${skeleton};
  border-radius: ${RADIUS}px;
}
nk-script-switch:not(:defined):not([hidden]) {
  background-color: ${skeleton};
  border-radius: 999px;
}
`;

for (const dir of ['dist', 'dist/cdn']) {
  mkdirSync(new URL(`../${dir}/`, import.meta.url), {recursive: true});
  writeFileSync(new URL(`../${dir}/reserve.css`, import.meta.url), css);
}
