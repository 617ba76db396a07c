/**
 * Where an element stands in its page's outline: the level of the nearest heading before it. Loaded
 * when an element first connects (src/view/heading-level.ts), not with the CDN entry.
 */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Node.DOCUMENT_POSITION_FOLLOWING, without the `Node` global a server lacks. */
const FOLLOWING = 4;

/** A heading's level: an ARIA heading's `aria-level` (2 without a valid one), else its tag's. */
function levelOf(heading: Element): number {
  if (/^H[1-6]$/.test(heading.tagName) && !heading.hasAttribute('role')) return Number(heading.tagName[1]);
  const aria = Math.round(Number(heading.getAttribute('aria-level')));
  return aria >= 1 ? Math.min(6, aria) : 2;
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
