import {css} from 'lit';

const dark = css`
  --_background: var(--nk-color-background, #121212);
  --_text: var(--nk-color-text, #ececec);
  --_muted: var(--nk-color-muted, #b0b0b0);
  --_accent: var(--nk-color-accent, #ff8a80);
  --_surface: var(--nk-color-surface, #1e1e1e);
  --_border: var(--nk-color-border, #444444);
`;

/**
 * The global tokens every element reads, each with a fallback, resolved into private `--_*`
 * properties so the dark theme can change the fallbacks without overriding a site's own tokens.
 */
export const themeStyles = css`
  :host {
    --_font: var(--nk-font-family, system-ui, -apple-system, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif);
    --_size: var(--nk-font-size, 1rem);
    --_space: var(--nk-space, 0.75rem);
    --_radius: var(--nk-radius, 8px);
    --_text: var(--nk-color-text, #1a1a1a);
    --_muted: var(--nk-color-muted, #595959);
    --_accent: var(--nk-color-accent, #b3261e);
    --_surface: var(--nk-color-surface, #ffffff);
    --_border: var(--nk-color-border, #d9d9d9);
    /* Transparent in light: the element sits on the site's page. Dark paints its own ground, so
       its light text stays readable on a light page. */
    --_background: var(--nk-color-background, transparent);
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.6;
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
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
`;
