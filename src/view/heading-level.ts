/**
 * The outline level of an element's headings. A page's headings are its outline: a card placed
 * under the story's `<h1>` should say `<h2>`, not the fixed `<h3>` axe's heading-order rule flags.
 * So by default an element takes one level below the nearest heading before it in the page's
 * document order; `heading-level` (attribute or property) overrides that. Only on the client: a
 * server cannot see the page around the element, so a server-rendered element keeps the level the
 * server wrote (what hydration expects), and a site sets `heading-level` there.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Without a level given or a heading found: the level the elements have always used. */
export const DEFAULT_HEADING_LEVEL = 3;

let outline: Promise<typeof import('./page-outline.js')> | undefined;

/** A level as a host may give it: a number or a numeric string from 1 to 6 (rounded); anything else none. */
export function givenLevel(value: unknown): number | undefined {
  const level = Math.round(Number(value));
  return value == null || !String(value).trim() || !Number.isFinite(level) ? undefined : Math.min(6, Math.max(1, level));
}

/**
 * Keeps an element's heading level: the host's `given` level, else one below the nearest heading
 * before it (found as it connects, so a page's own outline around it counts), else 3.
 */
export class HeadingLevel implements ReactiveController {
  /** The level the host gave (`heading-level`), already checked; undefined to follow the page. */
  given?: number;
  #found?: number;
  /** Rendered by a server (its shadow root came with the page): its headings stay as written. */
  readonly #serverRendered: boolean;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.#serverRendered = !!host.shadowRoot;
    host.addController(this);
  }

  get level(): number {
    return this.given ?? this.#found ?? DEFAULT_HEADING_LEVEL;
  }

  hostConnected() {
    if (this.#serverRendered) return;
    // The page's outline is read by a module kept out of the CDN entry (it stays small): the CDN
    // bundle puts it in the views' chunk, which every element's first articles wait for anyway.
    void (outline ??= import('./page-outline.js')).then(({precedingHeadingLevel}) => {
      if (!this.host.isConnected) return;
      const below = precedingHeadingLevel(this.host);
      const found = below === undefined ? undefined : Math.min(6, below + 1);
      if (found === this.#found) return;
      this.#found = found;
      if (this.given === undefined) this.host.requestUpdate();
    });
  }
}
