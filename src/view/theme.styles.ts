import {css, unsafeCSS} from 'lit';
import * as g from './geometry.js';
import {colours, elementColours} from './colours.js';

/**
 * Light reads `--nk-color-x`; dark reads `--nk-dark-color-x`. A site's light tokens on `:root` (as
 * most sites set them) must not leak into the dark scheme, where #222 text would sit on a #1e1e1e
 * card: each scheme has its own tokens, so a site gives both or the built-in dark ones stand.
 * Both go into one `light-dark()`, resolved where a colour is used by the `color-scheme` in force
 * there: the host's own for `light` and `dark`, the page's (inherited) for `auto`.
 */
const schemes = unsafeCSS(
  Object.entries(colours)
    .map(([name, [light, dark]]) => `--_${name.slice('color-'.length)}: light-dark(var(--nk-${name},${light}),var(--nk-dark-${name},${dark}));`)
    .concat(Object.entries(elementColours).map(([name, fallback]) => `--_${name}: light-dark(var(--nk-${name},${fallback}),var(--nk-dark-${name},${fallback}));`))
    .join('\n')
);

/**
 * The tokens every element reads, each with a fallback, resolved into private `--_*` properties:
 * `--_text` is `--nk-color-text` in light and `--nk-dark-color-text` in dark, and so on for every
 * colour token, global or per element (`--_card-background`…). Elements with a `theme` also take a
 * followPageScheme (page-scheme.ts), which makes `auto` follow the system where the page is silent.
 */
export const themeStyles = css`
  :host {
    --_font: var(--nk-font-family, system-ui, -apple-system, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif);
    /* A fixed px base: the element does not own the page's root size (62.5% on many news sites),
       so it does not follow it; a site that wants rem says so (--nk-font-size: 1rem). */
    --_size: var(--nk-font-size, ${unsafeCSS(g.FONT_SIZE)});
    --_space: var(--nk-space, ${unsafeCSS(g.SPACE_DEFAULT)});
    --_radius: var(--nk-radius, 8px);
    /* Chips and buttons: pills unless the site gives a radius (or a control radius of its own). */
    --_control-radius: var(--nk-control-radius, var(--nk-radius, 999px));
    ${schemes}
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: ${g.LINE_HEIGHT};
    color: var(--_text);
  }
  /* \`theme\` reflects, so every element has the attribute. \`auto\` sets none: it inherits the page's
     scheme (Bootstrap's data-bs-theme, a :root rule, a dark section), live as it changes; where the
     page declares none, page-scheme-watch.ts adds the reader's system (light dark). */
  :host([theme=light]) {
    color-scheme: light;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Heard, not seen: the switch's legend, a list's live region. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
