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
 * presumably light, so in dark the element then paints its own ground.
 */
import {css, unsafeCSS, type ReactiveController, type ReactiveElement} from 'lit';
import {SYSTEM_DARK_GROUND} from './theme.styles.js';

type Themed = ReactiveElement & {theme: string};

const followSystem = css`
  :host([theme='auto']) {
    color-scheme: light dark;
    --_background: light-dark(var(--nk-color-background, transparent), var(--nk-dark-color-background, ${unsafeCSS(SYSTEM_DARK_GROUND)}));
  }
`;

/** The element the host inherits from: its parent, or the host of the shadow root it sits in. */
function parentOf(element: Element): Element | undefined {
  return element.parentElement ?? ((element.getRootNode() as Partial<ShadowRoot>).host || undefined);
}

/** Whether the page around `host` declares no colour scheme of its own. */
export function pageIsSilent(host: Element): boolean {
  const parent = parentOf(host);
  const inherited = parent ? getComputedStyle(parent).colorScheme : 'normal';
  return (inherited === 'normal' || inherited === '') && !document.querySelector('meta[name="color-scheme" i]');
}

export class PageSchemeController implements ReactiveController {
  readonly #host: Themed;
  #observer?: MutationObserver;
  #media?: MediaQueryList;
  #theme?: string;
  readonly #check = () => this.#apply();

  constructor(host: Themed) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    // A page switches its scheme with an attribute on html, body or a section around the element
    // (class, data-bs-theme, style): watch the element's ancestors' attributes, nothing else.
    this.#observer = new MutationObserver(this.#check);
    for (let node = parentOf(this.#host); node; node = parentOf(node)) this.#observer.observe(node, {attributes: true});
    // A page may set its scheme inside a prefers-color-scheme query.
    this.#media = matchMedia('(prefers-color-scheme: dark)');
    this.#media.addEventListener('change', this.#check);
    this.#theme = undefined;
  }

  hostDisconnected() {
    this.#observer?.disconnect();
    this.#media?.removeEventListener('change', this.#check);
  }

  hostUpdated() {
    if (this.#host.theme !== this.#theme) this.#apply();
  }

  #apply() {
    this.#theme = this.#host.theme;
    const root = this.#host.renderRoot;
    if (!(root instanceof ShadowRoot) || !followSystem.styleSheet) return;
    const sheets = root.adoptedStyleSheets;
    const has = sheets.includes(followSystem.styleSheet);
    const wanted = this.#theme === 'auto' && pageIsSilent(this.#host);
    if (wanted && !has) root.adoptedStyleSheets = [...sheets, followSystem.styleSheet];
    else if (!wanted && has) root.adoptedStyleSheets = sheets.filter((sheet) => sheet !== followSystem.styleSheet);
  }
}
