// What XML feed text becomes before the browser parses it (xml.ts): the same in every browser.
import {expect} from '@open-wc/testing';
import {NS, parseXml} from '../../src/data/formats/xml.js';
import {parseRss} from '../../src/data/formats/rss.js';
import {articles} from './helpers.js';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** The parsed document, failing the test when the text was not read. */
function parsed(text: string): {doc: Document; warnings: string[]} {
  const result = parseXml(text);
  if (!result.ok) throw new Error(`${result.error.message}\n${text}`);
  return {doc: result.value, warnings: result.warnings};
}

function problem(text: string): string {
  const result = parseXml(text);
  expect(result.ok, text).to.equal(false);
  return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
}

/** Elements in the namespaces whose elements meet the page's CSP. */
function hostile(doc: Document): string[] {
  return [XHTML, 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML']
    .flatMap((ns) => Array.from(doc.getElementsByTagNameNS(ns, '*'), (el) => el.localName));
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
    expect(doc.querySelector('title')!.parentElement!.textContent).to.contain('&d; &b;');
    const item = doc.getElementsByTagName('item')[0]!;
    expect([item.namespaceURI, item.getAttribute('style')]).to.deep.equal([null, null]);
    expect(warnings.join()).to.contain('undefined entities');
  });

  it('reads a well-formed feed with a DOCTYPE and instructions without a warning, and counts lines as written', () => {
    // An error only the browser finds is on the line of the feed as written, DOCTYPE or not.
    const text = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY x "y">\n]>\n<?xml-stylesheet href="s.css"?>\n<rss><1a/></rss>';
    expect(problem(text)).to.match(/^parse: .*\bline (?:number )?6\b/i);
    const {doc, warnings} = parsed('<?xml version="1.0"?>\n<!DOCTYPE rss>\n<?xml-stylesheet href="s.css"?><rss/>');
    expect(warnings).to.deep.equal([]);
    expect(Array.from(doc.childNodes, (node) => node.nodeName)).to.deep.equal(['rss']);
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
        expect(doc.getElementsByTagNameNS(XHTML, '*').length, declaration).to.equal(0);
        expect(doc.getElementsByTagNameNS(NS.xhtml, 'p').length, declaration).to.equal(1);
      }
    }
    // Text or another attribute that looks like a declaration does not hide the real one after it.
    for (const tag of [`<r>xmlns="<a xmlns="${XHTML}"/></r>`, `<r><a t='xmlns="' xmlns="${XHTML}" u='"'/></r>`,
      `<r><a t="xmlns='" xmlns:h='${XHTML}' u="'"/>xmlns='</r>`]) {
      expect(hostile(parsed(tag).doc), tag).to.deep.equal([]);
    }
    // Nor does anything the reader removes (a DOCTYPE, an instruction) join two halves of one.
    for (const split of [`<r><a xmlns="http://www.w3.org/1999/<?x?>xhtml"/></r>`, `<r><a xmlns="http://www.w3.org/1999/<!DOCTYPE x>xhtml"/></r>`,
      `<r><a xml<?x?>ns="${XHTML}"/></r>`]) {
      expect(problem(split), split).to.contain('is not a tag');
    }
    const {doc} = parsed('<r><svg xmlns="http://www.w3.org/2000/sv&#x67;"/><math xmlns="http://www.w3.org/1998/Math/MathML"/></r>');
    expect([doc.querySelector('svg')!.namespaceURI, doc.querySelector('math')!.namespaceURI])
      .to.deep.equal(['urn:nk-news:svg', 'urn:nk-news:mathml']);
  });

  it('leaves CDATA sections and comments as written', () => {
    const {doc, warnings} = parsed(`<r><![CDATA[&nbsp; xmlns="${XHTML}" <a:b> AT&T]]><!-- &bogus; --></r>`);
    expect(doc.documentElement.textContent).to.equal(`&nbsp; xmlns="${XHTML}" <a:b> AT&T`);
    expect(warnings).to.deep.equal([]);
  });

  it('declares undeclared prefixes, and only those of tags', () => {
    const {doc, warnings} = parsed('<rss><media:content url="u" x:y="1"/><![CDATA[<q:r>]]></rss>');
    expect(doc.getElementsByTagNameNS('http://search.yahoo.com/mrss/', 'content').length).to.equal(1);
    expect(doc.documentElement.getAttribute('xmlns:x')).to.equal('urn:nk-news:undeclared:x');
    expect(doc.documentElement.hasAttribute('xmlns:q')).to.equal(false);
    expect(warnings.join()).to.contain('undeclared namespace prefixes');
  });

  it('removes control characters, and keeps the XML declaration only at the start', () => {
    const {doc, warnings} = parsed('\n<?xml version="1.0"?><r>a\u0001b\u000Bc</r>');
    expect(doc.documentElement.textContent).to.equal('abc');
    expect(warnings.join()).to.contain('control characters').and.contain('XML declaration not at the start');
  });

  it('says what breaks the structure itself, without asking the browser', () => {
    expect(problem('<rss><channel><item><title>x</channel>')).to.contain('<title> is closed by </channel>');
    expect(problem('<rss><channel><item><title>Cut off')).to.contain('it ends inside <title>: the feed may have been cut off');
    expect(problem('<rss/><rss/>')).to.contain('a second root element, <rss>');
    expect(problem('<rss/> trailing')).to.contain('text outside the root element');
    expect(problem('<rss><a b=c/></rss>')).to.contain('"<a b=c/></rss>" is not a tag');
    expect(problem('<rss><a b="1" b="2"/></rss>')).to.contain('<a> has the attribute b twice');
    expect(problem('<rss>1 < 2</rss>')).to.contain('is not a tag');
    expect(problem('<!doctype rss><rss/>')).to.contain('is not a tag');
    expect(problem('<rss><![CDATA[never ends</rss>')).to.contain('is not a tag');
    expect(problem('')).to.contain('it has no root element');
    // What only the browser knows still comes from the browser.
    expect(problem('<rss><a:b/></rss>'.replace('a:b', '1a'))).to.match(/^parse: The feed is not well-formed XML: ./);
  });
});
