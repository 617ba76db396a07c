/**
 * Feed text into a tree of elements with their namespaces resolved (xml-tree.ts), or why it is not
 * XML. It must be well-formed XML 1.0, which @rgrove/parse-xml, a strict parser, checks, except for
 * the XML declaration and a DOCTYPE's internal subset, which it reads loosely and which are checked
 * here; and namespace-well-formed (Namespaces in XML 1.0), which it does not check, so its tree is
 * walked for that here, as the readers' tree is built from it. Browsers hold the same rules, with
 * looser limits, so what the readers read a browser would read too (test/data/xml.test.ts).
 */
import {parseXml, XmlError, type XmlDocument, type XmlElement, type XmlText} from '@rgrove/parse-xml';
import {FeedElement, type FeedDocument} from './xml-tree.js';
import {NS, privateNamespace} from './xml-prepare.js';

/**
 * How deep elements may nest: 256 is libxml2's default limit; Chromium 156 and Firefox 153 take
 * 5000. No feed comes near. The tree is built and read by recursion no deeper than this.
 */
export const MAX_DEPTH = 256;

/**
 * How many attributes an element may have, and how long a name may be. Feeds write a handful of
 * short ones; these bound what one element costs to check and to read (attributes are looked up
 * by a walk over them). The browsers' own limits are higher: see docs/feeds.md.
 */
export const MAX_ATTRIBUTES = 256;
export const MAX_NAME = 1000;

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * A qualified name, given that it is an XML name (the parser saw to that): no colon first or last,
 * at most one, and the local part after it starts as a name must (no digit, "-", ".", "·",
 * combining mark or "‿⁀").
 */
const QNAME = /^[^:]+(?::[^:\d.\-\u00B7\u0300-\u036F\u203F\u2040][^:]*)?$/;

/** XML 1.0's XMLDecl: version, encoding and standalone, in that order, each after white space. */
const S = String.raw`[\t\n\r ]`;
const pseudoAttribute = (name: string, value: string) => String.raw`${S}+${name}${S}*=${S}*(?:"${value}"|'${value}')`;
const XML_DECLARATION = new RegExp(String.raw`^<\?xml${pseudoAttribute('version', String.raw`1\.\d+`)}` +
  `(?:${pseudoAttribute('encoding', String.raw`[A-Za-z][\w.-]*`)})?(?:${pseudoAttribute('standalone', '(?:yes|no)')})?${S}*\\?>`);

/** The tree of namespace-well-formed XML 1.0 text, or why the text is not that (≤ 200 characters). */
export function readTree(text: string): {document: FeedDocument} | {problem: string} {
  let doc: XmlDocument;
  try {
    // Offsets give the line of a namespace error. Undefined entities throw (the default): prepare()
    // has made every entity one of XML's five.
    doc = parseXml(text, {includeOffsets: true, preserveDocumentType: true});
  } catch (error) {
    // The parser recurses once per element: a stack overflow is nesting past any browser's limit.
    return {problem: clip(error instanceof XmlError ? syntaxProblem(error, text) : `its elements are nested too deeply`, 200)};
  }
  // This parser reads past a broken XML declaration (`standalone=""`, no space before an attribute).
  if (/^<\?xml[\t\n\r ?]/.test(text) && !XML_DECLARATION.test(text)) {
    return {problem: `a broken XML declaration: ${JSON.stringify(clip(text.slice(0, 60), 50))}`};
  }
  // prepare() drops every DOCTYPE and instruction it can read; this parser reads a DOCTYPE's
  // internal subset more loosely than browsers do, so one that is left is no XML to them.
  const leftover = doc.children.find((node) => node.type === 'doctype' || node.type === 'pi');
  if (leftover) return {problem: leftover.type === 'pi' ? INSTRUCTION : 'a DOCTYPE that does not end where it should'};
  const built = build(doc.root!, null, new Map([['xml', NS.xml]]), 1);
  return built instanceof FeedElement ? {document: {documentElement: built}}
    : {problem: clip(`line ${lineOf(text, built.element.start)}: ${built.what}`, 200)};
}

const INSTRUCTION = 'an instruction (<?…?>) where none can be read';

/** The parser's message, its place, and the text from there on. */
function syntaxProblem(error: XmlError, text: string): string {
  const what = error.message.split('\n')[0]!.replace(/ \(line \d+, column \d+\)$/, '');
  const rest = text.slice(offsetOf(text, error.line, error.column));
  const unclosed = /^Missing end tag for element (.+)$/.exec(what);
  // No tag after it: the text ends inside the element.
  if (unclosed && !rest.includes('<')) return `it ends inside <${clip(unclosed[1]!, 40)}>: the feed may have been cut off`;
  const near = rest.slice(0, 80).split('\n')[0]!.trim();
  return `${clip(what, 100)} (line ${error.line}, column ${error.column})${near ? ` at ${JSON.stringify(clip(near, 40))}` : ''}`;
}

interface Problem {
  element: XmlElement;
  what: string;
}

/**
 * `element` as the readers' tree, or the first namespace error in it and the elements inside it: a
 * name that is no qualified name, a prefix not in scope (prepare() has declared those no tag
 * declares), a reserved prefix or namespace misused, a prefix undeclared (`xmlns:p=""`, which only
 * XML 1.1 has), an attribute twice under two prefixes of one namespace; and a declaration of the
 * XHTML, SVG or MathML namespace, which prepare() renames wherever it can read one: one it missed
 * would give the readers elements that a browser's DOM would make live. Past MAX_ATTRIBUTES or
 * MAX_NAME, the element is refused before its attributes are read one by one.
 */
function build(element: XmlElement, parent: FeedElement | null, outer: ReadonlyMap<string, string>, depth: number): FeedElement | Problem {
  const fail = (what: string): Problem => ({element, what});
  if (depth > MAX_DEPTH) return fail(`its elements are nested more than ${MAX_DEPTH} deep`);
  const names = Object.keys(element.attributes);
  if (names.length > MAX_ATTRIBUTES) {
    return fail(`<${clip(element.name, 40)}> has ${names.length} attributes, more than the ${MAX_ATTRIBUTES} an element may have`);
  }
  for (const name of [element.name, ...names]) {
    if (name.length > MAX_NAME) return fail(`a name of ${name.length} characters ("${clip(name, 40)}"), longer than the ${MAX_NAME} a name may have`);
    if (!QNAME.test(name)) return fail(`"${clip(name, 40)}" is not a qualified name (one colon at most, with a name after it)`);
  }
  const declarations = new Map<string, string>();
  for (const name of names) {
    const [prefix, local] = split(name);
    if (name !== 'xmlns' && prefix !== 'xmlns') continue;
    const uri = element.attributes[name]!;
    const problem = declarationProblem(local ?? '', uri);
    if (problem) return fail(`${name}="${clip(uri, 40)}": ${problem}`);
    // The default namespace is in scope under the prefix "", which no name can have.
    declarations.set(local ?? '', uri);
  }
  const scope = declarations.size ? new Map([...outer, ...declarations]) : outer;
  const [prefix] = split(element.name);
  if (prefix === 'xml' || prefix === 'xmlns') return fail(`<${clip(element.name, 40)}>: no element name has the prefix ${prefix}`);
  if (prefix !== undefined && !scope.has(prefix)) return fail(unbound(element.name, prefix));
  const seen = new Map<string, string>();
  for (const name of names) {
    const [prefix, local] = split(name);
    if (prefix === undefined || prefix === 'xmlns') continue;
    const uri = scope.get(prefix);
    if (uri === undefined) return fail(unbound(name, prefix));
    const twin = seen.get(`${uri} ${local}`);
    if (twin) return fail(`<${clip(element.name, 40)}> has ${clip(twin, 40)} and ${clip(name, 40)}, one attribute of one namespace twice`);
    seen.set(`${uri} ${local}`, name);
  }
  // `xmlns=""` puts the element in no namespace.
  const namespace = scope.get(prefix ?? '') || null;
  const built = new FeedElement(element.name, namespace, element.attributes, scope, parent);
  for (const child of element.children) {
    if (child.type === 'pi') return fail(INSTRUCTION);
    if (child.type === 'text') {
      built.childNodes.push((child as XmlText).text);
    } else if (child.type === 'element') {
      const inner = build(child as XmlElement, built, scope, depth + 1);
      if (!(inner instanceof FeedElement)) return inner;
      built.childNodes.push(inner);
      built.children.push(inner);
    }
  }
  return built;
}

/** What is wrong with declaring `prefix` ('' for the default namespace) as `uri`, if anything. */
function declarationProblem(prefix: string, uri: string): string | undefined {
  if (prefix === 'xmlns') return 'the prefix xmlns is never declared';
  if (prefix === 'xml') return uri === NS.xml ? undefined : 'the prefix xml has its own namespace';
  if (uri === NS.xml || uri === XMLNS_NS) return 'a namespace reserved for the prefix xml or xmlns';
  if (prefix && !uri) return 'XML 1.0 cannot undeclare a prefix';
  if (privateNamespace(uri)) return 'the XHTML, SVG or MathML namespace, declared where the reader could not rename it';
  return undefined;
}

function unbound(name: string, prefix: string): string {
  return `${clip(name, 40)} has the prefix ${clip(prefix, 40)} where no xmlns:${clip(prefix, 40)} is in scope`;
}

function split(name: string): [prefix: string | undefined, local: string | undefined] {
  const colon = name.indexOf(':');
  return colon < 0 ? [undefined, undefined] : [name.slice(0, colon), name.slice(colon + 1)];
}

/** The 1-based line of a UTF-16 offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The UTF-16 offset of a 1-based line and column (columns count code points, as the parser's do). */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) at = text.indexOf('\n', at) + 1;
  for (let n = 1; n < column && at < text.length; n++) at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
