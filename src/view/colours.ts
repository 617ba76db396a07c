/**
 * The colour tokens' built-in values, in one place: theme.styles.ts resolves them into the
 * elements' `--_*` properties, and scripts/reserve-css.mjs reads the built copy of this module to
 * paint the placeholders a page shows before the elements arrive in the same colours.
 */

/** Every colour token and its built-in light and dark fallback. */
export const colours = {
  'color-text': ['#1a1a1a', '#ececec'],
  'color-muted': ['#595959', '#b0b0b0'],
  'color-accent': ['#b3261e', '#ff8a80'],
  'color-surface': ['#ffffff', '#1e1e1e'],
  'color-border': ['#d9d9d9', '#444444'],
  // Transparent in both: the element sits on the site's own ground, light or dark. Dark's text is
  // chosen for a dark ground; a page that shows dark elements on a light ground gives them one
  // (--nk-dark-color-background), and `auto` paints one itself when it follows the reader's system
  // against a page that declares no scheme (see page-scheme.ts).
  'color-background': ['transparent', 'transparent'],
} as const;

/** Per-element colour tokens: each defaults to a global one of its own scheme. */
export const elementColours = {
  'card-border-color': 'var(--_border)',
  'card-background': 'var(--_surface)',
  'headline-color': 'var(--_text)',
  'chip-background': 'color-mix(in srgb, var(--_accent) 8%, var(--_surface))',
  'skeleton-color': 'color-mix(in srgb, var(--_text) 8%, var(--_surface))',
  'timeline-line-color': 'var(--_border)',
  'timeline-dot-color': 'var(--_accent)',
  'switch-border-color': 'var(--_border)',
  'switch-checked-background': 'var(--_accent)',
  'switch-checked-color': 'var(--_surface)',
} as const;
