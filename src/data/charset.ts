/**
 * Feed bytes → text. Chinese-language feeds are still served in Big5 and GB18030/GBK, and old
 * Western ones in ISO-8859-1, often saying so only in the XML declaration, so `Response.text()`
 * (always UTF-8) would turn them into mojibake.
 */

/** The charset parameter of a Content-Type header, unquoted; undefined when absent. */
export function charsetParam(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const value = (m?.[1] ?? m?.[2])?.trim();
  return value || undefined;
}

/** The encoding named by a BOM, which outranks every label (WHATWG Encoding "decode"). */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * `encoding="…"` of an XML declaration at the start, read as ASCII. Whitespace before it is an XML
 * error the parser forgives (feeds written by templates have it), so it is allowed here too.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const m = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const label = m?.[1];
  // Declaration bytes that read as ASCII cannot be UTF-16: a UTF-16 label here is a mislabel.
  return label && !/^utf-?16/i.test(label) ? label : undefined;
}

function decoder(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label (a typo, or a charset no browser decodes) falls through to the next source.
    return undefined;
  }
}

/** Decodes with the BOM, else the header's charset, else the XML declaration, else UTF-8. */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): {text: string; encoding: string} {
  const chosen = decoder(bomEncoding(bytes)) ?? decoder(charsetParam(contentType)) ??
    decoder(declaredEncoding(bytes)) ?? new TextDecoder('utf-8');
  return {text: chosen.decode(bytes), encoding: chosen.encoding};
}
