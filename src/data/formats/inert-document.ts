/**
 * Feed text into an inert document, under a page's Trusted Types policy too.
 *
 * A `DOMParser` document runs no script and loads nothing, and the parsers only read text and
 * attributes out of it: so feed text may pass unchanged. On pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`), `parseFromString` accepts only TrustedHTML, so the text
 * passes through this library's own policy, `nk-news`, which embedders allow beside Lit's
 * (`trusted-types lit-html nk-news`). Where the policy cannot be made, plain strings are used.
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

export function parseDocument(text: string, type: DOMParserSupportedType): Document {
  const markup = trusted()?.createHTML(text) ?? text;
  return new DOMParser().parseFromString(markup as string, type);
}
