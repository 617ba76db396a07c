/**
 * A parsed XML feed as the RSS and Atom readers see it: elements with their namespaces resolved,
 * their attributes and text; no DOM. xml-check.ts builds it from the tree of @rgrove/parse-xml, the
 * parser that checks the feed is XML, so the same code reads feeds in browsers, Node, Deno, Bun
 * and workerd, and no feed text ever reaches a browser's DOMParser (whose error document would
 * raise CSP reports in Chromium). Names follow the DOM's, so the readers read as they would a DOM.
 */

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The document: its root element. */
export interface FeedDocument {
  readonly documentElement: FeedElement;
}

export class FeedElement {
  /** The element's text and child elements, in document order. */
  readonly childNodes: (string | FeedElement)[] = [];
  /** The child elements. */
  readonly children: FeedElement[] = [];
  readonly localName: string;

  constructor(
    /** The name as written, prefix and all. */
    readonly nodeName: string,
    readonly namespaceURI: string | null,
    /** Attribute values by the name as written. */
    readonly attributes: Readonly<Record<string, string>>,
    /** The prefixes in scope here and what they name; attributes' namespaces are read from it. */
    readonly scope: ReadonlyMap<string, string>,
    readonly parentElement: FeedElement | null
  ) {
    const colon = nodeName.indexOf(':');
    this.localName = colon < 0 ? nodeName : nodeName.slice(colon + 1);
  }

  getAttribute(name: string): string | null {
    return Object.hasOwn(this.attributes, name) ? this.attributes[name]! : null;
  }

  hasAttribute(name: string): boolean {
    return Object.hasOwn(this.attributes, name);
  }

  /**
   * The value of the attribute `local` in namespace `ns` (null: none), whatever its prefix. A name
   * without a prefix is in no namespace; `xmlns` and `xmlns:*` are in the xmlns namespace.
   */
  getAttributeNS(ns: string | null, local: string): string | null {
    for (const name in this.attributes) {
      const colon = name.indexOf(':');
      const prefix = colon < 0 ? undefined : name.slice(0, colon);
      const own = colon < 0 ? name : name.slice(colon + 1);
      if (own !== local) continue;
      const uri = name === 'xmlns' || prefix === 'xmlns' ? XMLNS_NS : prefix === undefined ? null : this.scope.get(prefix) ?? null;
      if (uri === ns) return this.attributes[name]!;
    }
    return null;
  }

  /** All the text inside, as the DOM's `textContent`: a walk with an explicit stack, in linear time. */
  get textContent(): string {
    const parts: string[] = [];
    const stack: (string | FeedElement)[] = [this];
    while (stack.length) {
      const node = stack.pop()!;
      if (typeof node === 'string') {
        parts.push(node);
      } else {
        for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
      }
    }
    return parts.join('');
  }
}
