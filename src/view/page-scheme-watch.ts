/**
 * `theme="auto"`: the page's colour scheme where it declares one, else the reader's system.
 *
 * theme.styles.ts resolves every colour with `light-dark()` and lets an `auto` host inherit
 * `color-scheme`, so a page that sets one (Bootstrap's `[data-bs-theme=dark]` sets
 * `color-scheme: dark` on html; a `:root` rule; a dark section) is followed by CSS alone, live.
 * What CSS cannot tell apart is a page that declares nothing (`normal`, which browsers draw light
 * whatever the system) from one that declares `light`; this controller reads the inherited value
 * and, where it is `normal` and no `<meta name="color-scheme">` speaks for the page, gives the
 * host `light dark` (the reader's system) through a shared style sheet. Such a page's ground is
 * presumably light, so in dark the element then paints its own ground. A chunk of its own, loaded
 * with the first `auto` (page-scheme.ts).
 */
import {css, type ReactiveController, type ReactiveElement} from 'lit';

export type Themed = ReactiveElement & {theme: string};

const followSystem = css`
  :host([theme='auto']) {
    color-scheme: light dark;
    --_background: light-dark(var(--nk-color-background, transparent), var(--nk-dark-color-background, #121212));
  }
`;

/** The element the host inherits from: its parent, or the host of the shadow root it sits in. */
function parentOf(element: Element): Element | undefined {
  return element.parentElement ?? ((element.getRootNode() as Partial<ShadowRoot>).host || undefined);
}

export class Watch implements ReactiveController {
  readonly #host: Themed;
  #observer?: MutationObserver;
  #theme?: string;

  constructor(host: Themed) {
    this.#host = host;
  }

  hostConnected() {
    this.#apply();
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostUpdated() {
    if (this.#host.theme !== this.#theme) this.#apply();
  }

  #apply() {
    this.#theme = this.#host.theme;
    if (this.#theme === 'auto' && !this.#observer && this.#host.isConnected) {
      // A page switches its scheme with an attribute on html, body or a section around the element
      // (class, data-bs-theme, style): watch the element's ancestors' attributes, nothing else. A
      // page that sets it inside a prefers-color-scheme query needs no watching: where it is
      // silent, the system it would follow is what the element follows.
      this.#observer = new MutationObserver(() => this.#apply());
      for (let node = parentOf(this.#host); node; node = parentOf(node)) this.#observer.observe(node, {attributes: true});
    }
    const root = this.#host.renderRoot;
    if (!(root instanceof ShadowRoot) || !followSystem.styleSheet) return;
    const sheets = root.adoptedStyleSheets;
    const has = sheets.includes(followSystem.styleSheet);
    // The page is silent: `normal` inherited, and no <meta name="color-scheme"> speaking for it.
    const parent = parentOf(this.#host);
    const wanted = this.#theme === 'auto' && (!parent || getComputedStyle(parent).colorScheme === 'normal') &&
      !document.querySelector('meta[name="color-scheme" i]');
    if (wanted && !has) root.adoptedStyleSheets = [...sheets, followSystem.styleSheet];
    else if (!wanted && has) root.adoptedStyleSheets = sheets.filter((sheet) => sheet !== followSystem.styleSheet);
  }
}
