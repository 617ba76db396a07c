/** XML feed text made safe for the parser, and read the same in every runtime, before it is parsed (xml-check.ts). */
import {decodeHTMLStrict, decodeXML} from 'entities/decode';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss09: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  xml: 'http://www.w3.org/XML/1998/namespace',
  /** What a feed's XHTML namespace is renamed to before parsing (`prepare`): Atom's type="xhtml" content is in it. */
  xhtml: 'urn:nk-news:xhtml',
} as const;

/** Media RSS, also under the URI without its final slash that some publishers declare. */
export const MEDIA = ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'];

/**
 * What XML text becomes before it is parsed. Every feed gets the same treatment, as browsers would
 * not give it one (old Chromium dropped an undefined `&eacute;` in a document with an external DTD,
 * "Cafés" became "Cafs", where newer builds reject the document).
 *
 * - The DOCTYPE goes, internal subset and all: the readers need nothing from it, and without it
 *   there are no entity expansion bombs, no DTD default attributes, and no entities but XML's five.
 * - HTML entities (`&nbsp;`, `&eacute;`), which XML does not know, become character references by
 *   the HTML table of the `entities` package; unknown names and a bare `&` ("AT&T") become text.
 * - Declarations of the XHTML, SVG and MathML namespaces name private URNs instead, so no element
 *   of a feed is an HTML, SVG or MathML element, should any of it ever reach a DOM: those are the
 *   ones whose `style`, `on…` and `<style>` meet the page's CSP. Processing instructions
 *   (`<?xml-stylesheet?>`) go too.
 * - Line breaks become "\n" (XML's own end-of-line handling), control characters go (lone
 *   surrogates too), and prefixes used without a declaration (`<media:content>` without
 *   `xmlns:media`) are declared on the root element.
 *
 * Browsers reject HTML entities, a bare "&", control characters and undeclared prefixes, while
 * every desktop feed reader shows such feeds: mending them is noted in a warning. Whether the text
 * is XML is not this function's to say: xml-check.ts says so of what it returns.
 */
export function prepare(input: string): {text: string; mended: Set<string>} {
  const mended = new Set<string>();
  // A byte order mark is no character of the document. Line breaks are made "\n" first, as XML
  // does before it parses: @rgrove/parse-xml makes them so one "\r" at a time, in quadratic time.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(CONTROL, () => {
    mended.add('control characters');
    return '';
  });
  const parts = sections(text).map((part, index) => prepareSection(part, index, mended));
  const names = new Set<string>();
  for (const part of parts) if (part.kind === 'markup') part.text = renameNamespaces(part.text, names);
  const missing = undeclaredPrefixes(names);
  // In XML, the first "<" of the markup opens the root element; in anything else, xml-check.ts
  // rejects the whole text, declarations and all.
  const root = parts.find((part) => part.kind === 'markup' && part.text.includes('<'));
  if (missing.length && root) {
    mended.add('undeclared namespace prefixes');
    root.text = root.text.replace(/<[^\t\n\r />]+/, (tag) => tag + declarations(missing));
  }
  return {text: parts.map((part) => part.text).join(''), mended};
}

/** Control characters XML forbids anywhere, CDATA sections included, and lone surrogates (no characters at all). */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

type SectionKind = 'markup' | 'cdata' | 'comment' | 'pi' | 'doctype';

/** Markup is tags and text, where `<` and `&` mean something; in the other sections they do not. */
interface Section {
  kind: SectionKind;
  text: string;
}

const OPENINGS = /<!\[CDATA\[|<!--|<\?|<!DOCTYPE/g;
const ENDS: Record<string, {kind: SectionKind; end: string}> = {
  '<![CDATA[': {kind: 'cdata', end: ']]>'},
  '<!--': {kind: 'comment', end: '-->'},
  '<?': {kind: 'pi', end: '?>'},
};

/**
 * XML text cut into markup and the sections between it, found as a parser finds them: each ends at
 * the first end marker after its start. One that never ends stays in the markup, where it is no
 * XML (xml-check.ts rejects it).
 */
function sections(text: string): Section[] {
  const out: Section[] = [];
  let markupFrom = 0;
  OPENINGS.lastIndex = 0;
  for (let opening = OPENINGS.exec(text); opening; opening = OPENINGS.exec(text)) {
    const start = opening.index;
    const known = ENDS[opening[0]];
    const end = known ? endOf(text, start + opening[0].length, known.end) : doctypeEnd(text, start);
    if (end < 0) break;
    if (start > markupFrom) out.push({kind: 'markup', text: text.slice(markupFrom, start)});
    out.push({kind: known?.kind ?? 'doctype', text: text.slice(start, end)});
    markupFrom = OPENINGS.lastIndex = end;
  }
  if (markupFrom < text.length) out.push({kind: 'markup', text: text.slice(markupFrom)});
  return out;
}

/** The index just past the first `marker` at or after `from`; -1 if there is none. */
function endOf(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/** The index just past a DOCTYPE declaration, its quoted strings and internal subset; -1 if it never ends. */
function doctypeEnd(text: string, start: number): number {
  let inSubset = false;
  for (let i = start + '<!DOCTYPE'.length; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") {
      i = text.indexOf(char, i + 1);
    } else if (inSubset && text.startsWith('<!--', i)) {
      i = endOf(text, i, '-->') - 1;
    } else if (inSubset && text.startsWith('<?', i)) {
      i = endOf(text, i, '?>') - 1;
    } else if (char === '[' || char === ']') {
      inSubset = char === '[';
    } else if (char === '>' && !inSubset) {
      return i + 1;
    }
    if (i < 0) return -1;
  }
  return -1;
}

function prepareSection(part: Section, index: number, mended: Set<string>): Section {
  switch (part.kind) {
    case 'markup':
      return {kind: 'markup', text: mendReferences(part.text, mended)};
    case 'doctype':
      // Its line breaks stay, so error messages count lines as the feed does.
      return {kind: 'doctype', text: part.text.replace(/[^\n]/g, '')};
    case 'pi': {
      // The XML declaration is the one instruction kept, where XML allows it: first.
      const declaration = /^<\?xml[\t\n\r ?]/.test(part.text);
      if (declaration && index === 0) return part;
      if (declaration) mended.add('an XML declaration not at the start');
      return {kind: 'pi', text: ''};
    }
    default:
      return part;
  }
}

/**
 * A decimal or hexadecimal character reference, a named one, or a bare "&"; not one of XML's five
 * entities, which need nothing (and are most of the references in escaped HTML).
 */
const REFERENCE = /&(?!(?:amp|lt|gt|quot|apos);)(?:#(\d+);|#([xX])([0-9a-fA-F]+);|([A-Za-z][A-Za-z0-9]*);)?/g;

/** Every `&` of markup made an XML reference: a numeric one, or one of XML's five entities. */
function mendReferences(markup: string, mended: Set<string>): string {
  if (!markup.includes('&')) return markup;
  return markup.replace(REFERENCE, (whole, decimal?: string, x?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return characterReference(whole, Number(decimal), mended);
    if (hex !== undefined) {
      // `&#X41;` is HTML's spelling, not XML's.
      if (x === 'X') mended.add('invalid character references');
      return characterReference(`&#x${hex};`, parseInt(hex, 16), mended);
    }
    if (name === undefined) {
      mended.add('a bare "&"');
      return '&amp;';
    }
    const decoded = decodeHTMLStrict(whole);
    if (decoded === whole) {
      // No entity HTML knows either: the text as written.
      mended.add('undefined entities');
      return `&amp;${name};`;
    }
    mended.add('HTML entities');
    return Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join('');
  });
}

/**
 * `&#146;` and the rest of &#128;–&#159; as windows-1252 reads them: feeds made from windows-1252
 * text write its curly quotes and dashes so, and mean them (HTML reads them so too), never the
 * invisible C1 controls XML makes of them. A reference to a character XML forbids (`&#0;`) becomes
 * U+FFFD, as in HTML.
 */
function characterReference(reference: string, code: number, mended: Set<string>): string {
  if (code >= 0x80 && code <= 0x9f) return `&#${WINDOWS_1252.codePointAt(code - 0x80)};`;
  if (isXmlChar(code)) return reference;
  mended.add('invalid character references');
  return '&#xFFFD;';
}

/**
 * What windows-1252 makes of the bytes 0x80–0x9F (the WHATWG Encoding table), written out: Node 20's
 * TextDecoder reads them as Latin-1, the C1 controls, where browsers, Deno and Bun do not.
 */
const WINDOWS_1252 = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** The namespaces whose elements browsers make live HTML, SVG and MathML elements (lower-cased), and their stand-ins. */
const PRIVATE_NAMESPACES = new Map([
  ['http://www.w3.org/1999/xhtml', NS.xhtml],
  ['http://www.w3.org/2000/svg', 'urn:nk-news:svg'],
  ['http://www.w3.org/1998/math/mathml', 'urn:nk-news:mathml'],
]);

/**
 * The private URN that stands in for `uri` if it is (or looks like: case and whitespace are
 * ignored, renaming a look-alike costs nothing) the XHTML, SVG or MathML namespace.
 */
export function privateNamespace(uri: string): string | undefined {
  return PRIVATE_NAMESPACES.get(uri.replace(/\s+/g, '').toLowerCase());
}

/** XML's white space, and a name as far as it matters here: none of XML's delimiters. */
const S = String.raw`[\t\n\r ]`;
const NAME = String.raw`[^\t\n\r /<>"'=&!?][^\t\n\r /<>"'=&]*`;
/** A quoted attribute value, which holds no "<". */
const VALUE = String.raw`"[^"<]*"|'[^'<]*'`;
/**
 * Attributes: the space before each, its name, "=" and its value. Sticky: it reads the attributes
 * TAGS matched, each where the one before it ends, so no run of spaces is read twice.
 */
// The lint's quadratic case is a match tried again at each later start; a sticky regex is tried
// only where the last match ended.
// eslint-disable-next-line regexp/no-super-linear-move
const ATTRIBUTES = new RegExp(String.raw`(${S}+)(${NAME})(${S}*=${S}*)(${VALUE})`, 'gy');
/** A start or end tag: "/" for an end tag, its name, its attributes, and its close ("/" for an empty element). */
const TAGS = new RegExp(String.raw`<(\/?)(${NAME})((?:${S}+${NAME}${S}*=${S}*(?:${VALUE}))*)(${S}*\/?)>`, 'g');

/**
 * Declarations of the XHTML, SVG and MathML namespaces in the markup's tags, made to name private
 * URNs; the names of the elements and attributes of its start tags go into `names`. A value is read
 * as the parser reads it, references and all (`http&#58;//…`: once mended, markup holds no other
 * kind). Only tags are read, attribute by attribute: text or another attribute's value that looks
 * like a declaration is left alone, and cannot hide a real one. Should a tag still escape this
 * reading (one put together by dropping an instruction from inside it: `<a xml<?x?>ns="…">`),
 * xml-check.ts finds its declaration in the parsed text and rejects the feed.
 */
function renameNamespaces(markup: string, names: Set<string>): string {
  return markup.replace(TAGS, (tag, end: string, name: string, attributes: string, close: string) => {
    if (end) return tag;
    names.add(name);
    return `<${name}${attributes.replace(ATTRIBUTES, (attribute, space: string, qualified: string, equals: string, quoted: string) => {
      names.add(qualified);
      if (!/^xmlns(?::|$)/i.test(qualified)) return attribute;
      const renamed = privateNamespace(decodeXML(quoted.slice(1, -1)));
      return renamed ? `${space}${qualified}${equals}"${renamed}"` : attribute;
    })}${close}>`;
  });
}

/** Namespaces of the prefixes feeds use without declaring them. */
const KNOWN_PREFIXES = new Map([['atom', NS.atom], ['content', NS.content], ['dc', NS.dc], ['media', MEDIA[0]!], ['rdf', NS.rdf]]);

/**
 * The prefixes start tags use, on elements or attributes, that no tag declares (`<media:content>`
 * in a feed without `xmlns:media`): browsers reject the whole document for them.
 */
function undeclaredPrefixes(names: Set<string>): string[] {
  const declared = new Set(['xml', 'xmlns']);
  const used = new Set<string>();
  for (const qualified of names) {
    const [prefix, local] = qualified.split(':') as [string, string?];
    if (local === undefined) continue;
    if (prefix === 'xmlns') declared.add(local);
    else if (/^[A-Za-z_][\w.-]*$/.test(prefix)) used.add(prefix);
  }
  return [...used].filter((prefix) => !declared.has(prefix));
}

/** Declarations for `prefixes`, on the root element: known ones get their namespace, others a private URN. */
function declarations(prefixes: string[]): string {
  return prefixes.map((prefix) =>
    ` xmlns:${prefix}="${KNOWN_PREFIXES.get(prefix.toLowerCase()) ?? `urn:nk-news:undeclared:${prefix}`}"`).join('');
}
