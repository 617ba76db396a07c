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

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Node.DOCUMENT_POSITION_FOLLOWING, without the `Node` global a server lacks. */
const FOLLOWING = 4;

/** A level as a host may give it: a number or a numeric string from 1 to 6 (rounded); anything else none. */
export function givenLevel(value: unknown): number | undefined {
  const level = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : Number.NaN;
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : undefined;
}

/** A heading's level: its `aria-level` where it has a valid one, else its tag's (an ARIA heading without one is 2). */
function levelOf(heading: Element): number {
  const aria = givenLevel(heading.getAttribute('aria-level'));
  if (aria !== undefined && heading.hasAttribute('role')) return aria;
  return /^H[1-6]$/.test(heading.tagName) ? Number(heading.tagName[1]) : (aria ?? 2);
}

/**
 * The level of the last heading before `element` in its tree's document order, or, in a shadow
 * tree with none, before its host; undefined when the page has none. One native query and a binary
 * search over its document-ordered result, not a walk over the page's nodes.
 */
export function precedingHeadingLevel(element: Element): number | undefined {
  // On a server (a DOM shim, or none) there is no page to read.
  if (typeof document === 'undefined' || !element.isConnected) return undefined;
  for (let node: Element | undefined = element; node; ) {
    const root = node.getRootNode() as Document | ShadowRoot;
    if (!root.querySelectorAll) return undefined;
    const headings = root.querySelectorAll(HEADINGS);
    let [low, high] = [0, headings.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      // FOLLOWING: the heading comes after `node`; an ancestor heading (CONTAINS) comes before it.
      if (node.compareDocumentPosition(headings[middle]!) & FOLLOWING) high = middle;
      else low = middle + 1;
    }
    for (let at = low - 1; at >= 0; at--) {
      const heading = headings[at]!;
      // A heading inside the element itself (its light DOM) is not before it.
      if (heading !== node && !node.contains(heading) && !heading.closest('[hidden], [aria-hidden="true"]')) return levelOf(heading);
    }
    node = (root as ShadowRoot).host;
  }
  return undefined;
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
    const below = precedingHeadingLevel(this.host);
    const found = below === undefined ? undefined : Math.min(6, below + 1);
    if (found === this.#found) return;
    this.#found = found;
    if (this.given === undefined) this.host.requestUpdate();
  }
}
