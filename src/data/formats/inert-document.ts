/**
 * XML feed text into an inert document, under a page's Trusted Types policy too.
 *
 * A `DOMParser` document runs no script and loads nothing, and the readers only read text and
 * attributes out of it. It does take the page's Content Security Policy, though, so only XML goes
 * through here, and only once xml.ts has made sure none of its elements is an HTML, SVG or MathML
 * element (whose inline styles and handlers Chromium reports); HTML strings never make a DOM
 * (html-text.ts). On pages that enforce Trusted Types (`require-trusted-types-for 'script'`),
 * `parseFromString` accepts only TrustedHTML, so the text passes through this library's own policy,
 * `nk-news`, which embedders allow beside Lit's (`trusted-types lit-html nk-news`). Where the policy
 * cannot be made, plain strings are used.
 */

type Policy = {createHTML(input: string): string};

let policy: Policy | null | undefined;

function trusted(): Policy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: {createHTML(s: string): string}): Policy}}).trustedTypes;
  try {
    policy = factory?.createPolicy('nk-news', {createHTML: (input) => input}) ?? null;
  } catch {
    // The page's CSP does not allow the name: parsing will fail the page's way, with its own message.
    policy = null;
  }
  return policy;
}

/** XML text as an inert document (with the browser's `parsererror` element in it when it is not XML). */
export function parseDocument(xml: string): Document {
  const markup = trusted()?.createHTML(xml) ?? xml;
  return new DOMParser().parseFromString(markup as string, 'application/xml');
}
