/** Registers a tag unless it is taken: a page may load the npm build and the CDN bundle both. */
export function define(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
