// What XML feed text becomes before it is parsed (xml-prepare.ts): the same wherever it is read; the
// check that only XML a browser would read is read (xml-check.ts); and the tree the readers get
// (xml-tree.ts), which no browser's DOMParser has any part in.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {NS, parseXml, type FeedDocument, type FeedElement} from '../../src/data/formats/xml.js';
import {MAX_ATTRIBUTES, MAX_NAME} from '../../src/data/formats/xml-check.js';
import {prepare} from '../../src/data/formats/xml-prepare.js';
import {parseRss} from '../../src/data/formats/rss.js';
import {articles} from './helpers.js';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** The parsed document, failing the test when the text was not read. */
function parsed(text: string): {doc: FeedDocument; warnings: string[]} {
  const result = parseXml(text);
  if (!result.ok) throw new Error(`${result.error.message}\n${text}`);
  return {doc: result.value, warnings: result.warnings};
}

function problem(text: string): string {
  const result = parseXml(text);
  expect(result.ok, text).to.equal(false);
  return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
}

/** Every element of the document, in document order. */
function elements(doc: FeedDocument): FeedElement[] {
  const out: FeedElement[] = [];
  const walk = (el: FeedElement): void => {
    out.push(el);
    el.children.forEach(walk);
  };
  walk(doc.documentElement);
  return out;
}

/** Elements by local name, and namespace when given (as getElementsByTagNameNS). */
function named(doc: FeedDocument, local: string, ns?: string | null): FeedElement[] {
  return elements(doc).filter((el) => (local === '*' || el.localName === local) && (ns === undefined || el.namespaceURI === ns));
}

/** Elements in the namespaces whose elements meet the page's CSP. */
function hostile(doc: FeedDocument): string[] {
  const namespaces: (string | null)[] = [XHTML, 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML'];
  return elements(doc).filter((el) => namespaces.includes(el.namespaceURI)).map((el) => el.localName);
}

/**
 * What `run` asked of DOMParser: the texts it parsed, and the error the browser put in each
 * document it rejected. The readers ask it nothing: feeds are read from parse-xml's tree.
 */
function browserParses(run: () => void): {texts: string[]; errors: string[]} {
  const texts: string[] = [];
  const errors: string[] = [];
  const original = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (this: DOMParser, text, type) {
    const doc = original.call(this, text, type);
    texts.push(String(text));
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) errors.push(`${error.textContent!.replace(/\s+/g, ' ').slice(0, 200)}\n${String(text).slice(0, 300)}`);
    return doc;
  } as typeof original;
  try {
    run();
  } finally {
    DOMParser.prototype.parseFromString = original;
  }
  return {texts, errors};
}

/** The problem the check finds, having made sure the browser was not asked. */
function refused(text: string): string {
  let message = '';
  const {texts} = browserParses(() => {
    message = problem(text);
  });
  expect(texts, `${text.slice(0, 200)} went to the browser`).to.deep.equal([]);
  return message;
}

/** An RSS feed of one dated item with these elements. */
function rss(item: string, prolog = ''): string {
  return `<?xml version="1.0"?>${prolog}<rss version="2.0"><channel><title>C</title><item><guid>g</guid>` +
    `<pubDate>Tue, 29 Jul 2025 08:30:00 GMT</pubDate>${item}</item></channel></rss>`;
}

describe('XML before parsing', () => {
  it('reads HTML entities by the HTML table in any document, with an external DTD too, and warns', () => {
    const dtd = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">';
    for (const prolog of ['', dtd]) {
      const result = parseRss(rss('<title>Caf&eacute;s &mdash; &Tab;&NotNestedGreaterGreater; &AMP; &nbsp;x</title>', prolog));
      expect(articles(result)[0]!.title, prolog).to.equal('Cafés — ⪢̸ & x');
      expect(result.ok && result.warnings.join(), prolog).to.contain('not well-formed').and.contain('HTML entities');
    }
  });

  it('keeps unknown entity names, a bare "&" and HTML-only references as the text they are', () => {
    const result = parseRss(rss('<title>AT&T &bogus; &copy 2025 &#X41;&#x42;&#67; &#0;&#xD800;&#1114112;</title>'));
    // The title is HTML to the reader, so "&copy" (no ";") reads as HTML reads it once it is text.
    expect(articles(result)[0]!.title).to.equal('AT&T &bogus; © 2025 ABC \uFFFD\uFFFD\uFFFD');
    expect(result.ok && result.warnings.join()).to.contain('a bare "&"').and.contain('undefined entities')
      .and.contain('invalid character references');
  });

  it('reads &#128;–&#159; as windows-1252, without a warning (they are XML)', () => {
    const result = parseRss(rss('<title>It&#146;s &#x93;quoted&#x94; &#150; 5&#128;</title>'));
    expect(articles(result)[0]!.title).to.equal('It’s “quoted” – 5€');
    expect(result.ok && result.warnings).to.deep.equal([]);
  });

  it('drops the DOCTYPE and its internal subset: no entity of its own, no default attribute, no expansion', () => {
    const bomb = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' +
      `<!ATTLIST item xmlns CDATA #FIXED "${XHTML}" style CDATA "color:red"><!-- "]>' --><?pi ]> ?>]>`;
    const {doc, warnings} = parsed(rss('<title>&d; &b;</title>', bomb));
    expect(named(doc, 'title')[0]!.parentElement!.textContent).to.contain('&d; &b;');
    const item = named(doc, 'item')[0]!;
    expect([item.namespaceURI, item.getAttribute('style')]).to.deep.equal([null, null]);
    expect(warnings.join()).to.contain('undefined entities');
  });

  it('reads a well-formed feed with a DOCTYPE and instructions without a warning, and counts lines as written', () => {
    // An error only the browser finds is on the line of the feed as written, DOCTYPE or not.
    const text = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY x "y">\n]>\n<?xml-stylesheet href="s.css"?>\n<rss><1a/></rss>';
    expect(problem(text)).to.match(/^parse: .*\bline (?:number )?6\b/i);
    const {doc, warnings} = parsed('<?xml version="1.0"?>\n<!DOCTYPE rss>\n<?xml-stylesheet href="s.css"?><rss/>');
    expect(warnings).to.deep.equal([]);
    expect([doc.documentElement.nodeName, doc.documentElement.childNodes]).to.deep.equal(['rss', []]);
  });

  it('names private URNs for the XHTML, SVG and MathML namespaces, however they are spelled', () => {
    const spellings = [
      XHTML, 'http&#58;//www.w3.org/1999/xhtml', '&#x68;ttp://www.w3.org/1999/xhtml', '&#X68;ttp://www.w3.org/1999/xhtml',
      '&#0000104;ttp://www.w3.org/1999/xhtml', 'http&colon;&sol;&sol;www&period;w3&period;org/1999/xhtml',
      'HTTP://WWW.W3.ORG/1999/XHTML', ' http://www.w3.org/1999/xhtml ',
    ];
    for (const ns of spellings) {
      for (const declaration of [`xmlns="${ns}"`, `xmlns:h='${ns}'`, `xmlns\n =\n "${ns}"`]) {
        const prefix = declaration.startsWith('xmlns:') ? 'h:' : '';
        const {doc} = parsed(`<feed><${prefix}div ${declaration}><${prefix}p style="color:red">x</${prefix}p></${prefix}div></feed>`);
        expect(named(doc, '*', XHTML).length, declaration).to.equal(0);
        expect(named(doc, 'p', NS.xhtml).length, declaration).to.equal(1);
      }
    }
    // Text or another attribute that looks like a declaration does not hide the real one after it.
    for (const tag of [`<r>xmlns="<a xmlns="${XHTML}"/></r>`, `<r><a t='xmlns="' xmlns="${XHTML}" u='"'/></r>`,
      `<r><a t="xmlns='" xmlns:h='${XHTML}' u="'"/>xmlns='</r>`]) {
      expect(hostile(parsed(tag).doc), tag).to.deep.equal([]);
    }
    // Nor does anything the reader removes (a DOCTYPE, an instruction) join two halves of one: the
    // check finds the declaration the renaming could not see, in the text the browser would get.
    for (const split of [`<r><a xmlns="http://www.w3.org/1999/<?x?>xhtml"/></r>`, `<r><a xmlns="http://www.w3.org/1999/<!DOCTYPE x>xhtml"/></r>`,
      `<r><a xml<?x?>ns="${XHTML}"/></r>`, `<r><a xmlns:h="http://www.w3.org/2000/<?x?>svg"/></r>`]) {
      expect(refused(split), split).to.contain('namespace, declared where the reader could not rename it');
    }
    const {doc} = parsed('<r><svg xmlns="http://www.w3.org/2000/sv&#x67;"/><math xmlns="http://www.w3.org/1998/Math/MathML"/></r>');
    expect([named(doc, 'svg')[0]!.namespaceURI, named(doc, 'math')[0]!.namespaceURI])
      .to.deep.equal(['urn:nk-news:svg', 'urn:nk-news:mathml']);
  });

  it('leaves CDATA sections and comments as written', () => {
    const {doc, warnings} = parsed(`<r><![CDATA[&nbsp; xmlns="${XHTML}" <a:b> AT&T]]><!-- &bogus; --></r>`);
    expect(doc.documentElement.textContent).to.equal(`&nbsp; xmlns="${XHTML}" <a:b> AT&T`);
    expect(warnings).to.deep.equal([]);
  });

  it('declares undeclared prefixes, and only those of tags', () => {
    const {doc, warnings} = parsed('<rss><media:content url="u" x:y="1"/><![CDATA[<q:r>]]></rss>');
    expect(named(doc, 'content', 'http://search.yahoo.com/mrss/').length).to.equal(1);
    expect(doc.documentElement.getAttribute('xmlns:x')).to.equal('urn:nk-news:undeclared:x');
    expect(doc.documentElement.hasAttribute('xmlns:q')).to.equal(false);
    expect(warnings.join()).to.contain('undeclared namespace prefixes');
  });

  it('removes control characters and lone surrogates, and keeps the XML declaration only at the start', () => {
    const {doc, warnings} = parsed('\n<?xml version="1.0"?><r>a\u0001b\u000Bc\uD800d\uDC00\u{1F600}</r>');
    expect(doc.documentElement.textContent).to.equal('abcd\u{1F600}');
    expect(warnings.join()).to.contain('control characters').and.contain('XML declaration not at the start');
  });

  it('says what breaks the structure, and where, without asking the browser', () => {
    expect(refused('<rss><channel><item><title>x</channel>')).to.contain('Missing end tag for element title (line 1, column 29) at "</channel>"');
    expect(refused('<rss><channel><item><title>Cut off\n')).to.contain('it ends inside <title>: the feed may have been cut off');
    expect(refused('<rss/><rss/>')).to.contain('Extra content at the end of the document (line 1, column 7) at "<rss/>"');
    expect(refused('<rss/> trailing')).to.contain('Extra content at the end of the document');
    expect(refused('<rss>\n<a b=c/></rss>')).to.contain('Attribute value expected (line 2, column 6) at "c/></rss>"');
    expect(refused('<rss><a b="1" b="2"/></rss>')).to.contain('Duplicate attribute: b');
    expect(refused('<rss>1 < 2</rss>')).to.contain('at "< 2</rss>"');
    expect(refused('<!doctype rss><rss/>')).to.contain('Root element is missing or invalid');
    expect(refused('<rss><![CDATA[never ends</rss>')).to.contain('Unclosed CDATA section');
    expect(refused('<rss><!-- a -- b --></rss>')).to.contain("The string `--` isn't allowed inside a comment");
    expect(refused('<rss>a ]]> b</rss>')).to.contain('may not contain the CDATA section close delimiter');
    expect(refused('<rss><1a/></rss>')).to.contain('at "<1a/></rss>"');
    expect(refused('')).to.contain('Root element is missing or invalid');
    // A DOCTYPE the reader cannot read to its end stays, and no browser reads it.
    expect(refused('<!DOCTYPE rss [<!ENTITY e "x"><!--]><rss/>')).to.contain('a DOCTYPE that does not end where it should');
  });

  it('keeps its messages short: long names and lines are clipped', () => {
    const name = 'n'.repeat(5000);
    for (const text of [`<rss><${name}>`, `<rss><${name} a="1" a="2"/></rss>`, `<rss><a:${name}:b xmlns:a="u"/></rss>`,
      `<rss><p:${name}/><x xmlns:p="u"/></rss>`, `<rss>${'x'.repeat(5000)} < ${'y'.repeat(5000)}</rss>`]) {
      const message = refused(text);
      expect(message.length, message).to.be.at.most(200 + 'parse: The feed is not well-formed XML: '.length);
      expect(message).to.match(/^parse: The feed is not well-formed XML: \S/);
    }
  });

  it('checks the XML declaration, which the parser reads loosely', () => {
    for (const declaration of ['<?xml version="1.0"?>', "<?xml version = '1.1' ?>", '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
      '<?xml\tversion="1.0"\nencoding="ISO-8859-1"\rstandalone="no"?>']) {
      expect(parsed(`${declaration}<rss/>`).warnings, declaration).to.deep.equal([]);
    }
    for (const declaration of ['<?xml?>', '<?xml version="2.0"?>', '<?xml encoding="utf-8"?>', '<?xml version="1.0" standalone=""?>',
      '<?xml version="1.0" standalone="yes" encoding="utf-8"?>', '<?xml version="1.0" encoding="utf-8"standalone="no"?>',
      '<?xml version="1.0" encoding=""?>', '<?xml version="1.0" encoding="8bit"?>', '<?xml version="1.0" charset="utf-8"?>', '<?xml version="1.0"']) {
      expect(refused(`${declaration}<rss/>`), declaration).to.match(/declaration|version|encoding/i);
    }
  });

  it('checks namespaces as Namespaces in XML 1.0 has them, which the parser does not', () => {
    const wrong: [string, string][] = [
      ['<rss><x xmlns:p="u"/><p:y/></rss>', 'line 1: p:y has the prefix p where no xmlns:p is in scope'],
      ['<rss><x xmlns:p="u"/>\n<y p:a="1"/></rss>', 'line 2: p:a has the prefix p where no xmlns:p is in scope'],
      ['<rss xmlns:p="u"><x xmlns:p=""/></rss>', 'xmlns:p="": XML 1.0 cannot undeclare a prefix'],
      ['<rss xmlns:a="u" xmlns:b="u"><x a:y="1" b:y="2"/></rss>', '<x> has a:y and b:y, one attribute of one namespace twice'],
      ['<rss><x xmlns:a="u"><y xmlns:b="u" a:z="1" b:z="2"/></x></rss>', '<y> has a:z and b:z'],
      ['<rss><xmlns:x/></rss>', '<xmlns:x>: no element name has the prefix xmlns'],
      ['<rss><xml:x/></rss>', '<xml:x>: no element name has the prefix xml'],
      ['<rss xmlns:xml="urn:x"/>', 'the prefix xml has its own namespace'],
      ['<rss xmlns:xmlns="urn:x"/>', 'the prefix xmlns is never declared'],
      [`<rss xmlns:p="${NS.xml}"/>`, 'a namespace reserved for the prefix xml or xmlns'],
      [`<rss xmlns="${NS.xml}"/>`, 'a namespace reserved'],
      ['<rss xmlns="http://www.w3.org/2000/xmlns/"/>', 'a namespace reserved'],
      ['<rss><a:b:c xmlns:a="u"/></rss>', '"a:b:c" is not a qualified name'],
      ['<rss><a: xmlns:a="u"/></rss>', '"a:" is not a qualified name'],
      ['<rss><:a/></rss>', '":a" is not a qualified name'],
      ['<rss><x :y="1"/></rss>', '":y" is not a qualified name'],
      ['<rss xmlns:="u"/>', '"xmlns:" is not a qualified name'],
      ['<rss xmlns:a="u"><a:1x/></rss>', '"a:1x" is not a qualified name'],
      ['<rss xmlns:a="u"><x a:-y="1"/></rss>', '"a:-y" is not a qualified name'],
    ];
    for (const [text, expected] of wrong) expect(refused(text), text).to.match(/^parse: The feed is not well-formed XML: line \d+: /).and.contain(expected);
    // What Namespaces in XML allows reads without a warning.
    for (const text of ['<rss xmlns:a="u"><a:x xmlns:a="v" a:y="1"/><a:z/></rss>', '<rss xmlns="u"><x xmlns=""/></rss>',
      `<rss xmlns:xml="${NS.xml}" xml:lang="en" xml:base="http://x/" xml:other="1"/>`, '<rss xmlns:a="u" xmlns:b="v" a:x="1" b:x="2" x="3"/>',
      '<rss xmlns:a="u"><a:xmlns a:xmlns="1"/><xmlns/><xmlfoo:x xmlns:xmlfoo="w"/></rss>', '<rss xmlns:a="u" xmlns="u" a:x="1" x="2"/>']) {
      expect(parsed(text).warnings, text).to.deep.equal([]);
    }
  });

  it('declares prefixes no tag declares before the scope check, and only those', () => {
    // A known prefix declared at the root can make two attributes one.
    expect(refused('<rss><x media:y="1" m:y="2" xmlns:m="http://search.yahoo.com/mrss/"/></rss>')).to.contain('<x> has media:y and m:y');
    // A prefix some tag declares is not declared again: its use elsewhere is an error, not mended.
    expect(refused('<rss><media:content/><x xmlns:media="http://search.yahoo.com/mrss/"/></rss>')).to.contain('no xmlns:media is in scope');
    const {doc} = parsed('<rss><x p:a="1"><p:y/></x></rss>');
    expect(doc.documentElement.getAttribute('xmlns:p')).to.equal('urn:nk-news:undeclared:p');
  });

  it('refuses elements nested deeper than 256, however deep', () => {
    const nested = (depth: number) => `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`;
    expect(named(parsed(nested(256)).doc, 'x').length).to.equal(256);
    expect(refused(nested(257))).to.contain('its elements are nested more than 256 deep');
    // Past the browsers' own limit (5000), and past the depth the parser's recursion can take.
    for (const depth of [6000, 100_000]) expect(refused(nested(depth))).to.match(/nested (?:more than 256|too) deep/);
  });

  it('refuses instructions it could not remove, which would reach the browser', () => {
    // An instruction never closed hides the rest of the feed from the reader; the parser sees it too.
    expect(refused('<rss><?pi never closed</rss>')).to.contain('Unterminated processing instruction');
    expect(refused('<!DOCTYPE rss [<!--]><?xml-stylesheet href="x.css"?><rss/>')).to.contain('a DOCTYPE that does not end');
  });

  it('reads only what a browser would read too, and asks no browser to parse it', () => {
    // Mutations of a feed; both browsers read names of XML 1.0's fifth edition only in part
    // (Firefox refuses some that Chromium takes), so the pieces are ASCII.
    const feed = rss('<title>T &amp; <![CDATA[<b>]]></title><media:content url="u" medium="image"/><!-- c -->') +
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:a="urn:a"><entry a:x="1"><content type="xhtml">' +
      `<div xmlns="${XHTML}"><p style="color:red">x</p></div></content></entry></feed>`;
    const pieces = ['<', '>', '&', ';', '"', "'", '=', ':', '/', '!', '?', '-', '[', ']', ' ', '\n', 'x', '1', 'xmlns', 'xmlns:a=""',
      ' a:y="1"', ' b:y="1"', ' xmlns:b="urn:a"', ' xmlns:c="urn:c"', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>', '<!DOCTYPE x [', ']>',
      '</', '/>', '<a:b>', '</a:b>', '<xml:a/>', '<xmlns:a/>', '<:a/>', '<a:/>', '<a:b:c/>', '<a:1/>', '&#0;', '&#xD800;', '&foo;',
      '\u0001', ' standalone=""', ' encoding="x"', `xmlns="${XHTML}"`, ' xml:space="x"'];
    const mutation = fc.record({at: fc.nat(), piece: fc.oneof(fc.constantFrom(...pieces), fc.constant(''))});
    const errors: string[] = [];
    let read = 0;
    fc.assert(fc.property(fc.nat(), fc.array(mutation, {minLength: 1, maxLength: 4}), (cut, mutations) => {
      // Either of the two documents, mutated: a piece put in, or (with no piece) a few characters taken out.
      const half = feed.indexOf('<feed');
      let text = cut % 2 ? feed.slice(half) : feed.slice(0, half);
      for (const {at, piece} of mutations) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + piece + text.slice(piece ? i : i + 1 + (at % 7));
      }
      let ok = false;
      const asked = browserParses(() => {
        ok = parseXml(text).ok;
      });
      expect(asked.texts, 'DOMParser asked by the reader').to.deep.equal([]);
      if (!ok) return;
      read++;
      // What the readers read, a browser reads too: the same rules, so the same feeds.
      const doc = new DOMParser().parseFromString(prepare(text).text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) errors.push(`${error.textContent!.replace(/\s+/g, ' ').slice(0, 200)}\n${text.slice(0, 300)}`);
    }), {numRuns: 3000});
    expect(errors, 'documents read that the browser rejects').to.deep.equal([]);
    expect(read, 'mutants read').to.be.greaterThan(100);
  });
});
