// The tree the RSS and Atom readers read (xml-tree.ts, built by xml-check.ts from parse-xml's tree):
// the names, namespaces, attributes and text a browser's DOM gives for the same text; and the
// limits on attributes, names and line breaks, refused or read in linear time.
import {expect} from '@open-wc/testing';
import {parseFeed} from '../../src/data/parse.js';
import {parseXml, type FeedElement} from '../../src/data/formats/xml.js';
import {MAX_ATTRIBUTES, MAX_NAME} from '../../src/data/formats/xml-check.js';
import {prepare} from '../../src/data/formats/xml-prepare.js';
import {decodeFeed} from '../../src/data/charset.js';
import {fixture} from './helpers.js';
import {essentials, XML_FEEDS} from './xml-feeds-expected.js';

/** Text and CDATA nodes as one string per run, as the tree keeps them. */
function domContent(el: Element): (string | Element)[] {
  const out: (string | Element)[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE) out.push(node as Element);
    else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      if (typeof out.at(-1) === 'string') out[out.length - 1] += node.nodeValue!;
      else out.push(node.nodeValue!);
    }
  }
  return out;
}

/** Where the tree and the DOM of the same text first differ, or undefined. */
function difference(dom: Element, mine: FeedElement, path = ''): string | undefined {
  const here = `${path}/${dom.nodeName}`;
  const names = [dom.nodeName, dom.localName, dom.namespaceURI];
  if (JSON.stringify([mine.nodeName, mine.localName, mine.namespaceURI]) !== JSON.stringify(names)) {
    return `${here}: ${JSON.stringify([mine.nodeName, mine.localName, mine.namespaceURI])} vs ${JSON.stringify(names)}`;
  }
  if (Object.keys(mine.attributes).length !== dom.attributes.length) return `${here}: attribute count`;
  for (const attribute of Array.from(dom.attributes)) {
    const byName = mine.getAttribute(attribute.name);
    const byNamespace = mine.getAttributeNS(attribute.namespaceURI, attribute.localName);
    if (byName !== attribute.value || byNamespace !== attribute.value) return `${here}/@${attribute.name}: ${byName} / ${byNamespace}`;
  }
  if (mine.textContent !== dom.textContent) return `${here}: text ${JSON.stringify(mine.textContent.slice(0, 80))}`;
  const theirs = domContent(dom);
  if (theirs.length !== mine.childNodes.length) return `${here}: ${mine.childNodes.length} nodes vs ${theirs.length}`;
  for (let i = 0; i < theirs.length; i++) {
    const [a, b] = [theirs[i]!, mine.childNodes[i]!];
    if (typeof a === 'string' || typeof b === 'string') {
      if (a !== b) return `${here}: text node ${i}`;
    } else {
      if (b.parentElement !== mine) return `${here}: parent of node ${i}`;
      const inner = difference(a, b, here);
      if (inner) return inner;
    }
  }
  return undefined;
}

function sameAsBrowser(text: string): void {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const dom = new DOMParser().parseFromString(prepare(text).text, 'application/xml');
  expect(dom.getElementsByTagName('parsererror').length, text.slice(0, 200)).to.equal(0);
  expect(difference(dom.documentElement, parsed.value.documentElement), text.slice(0, 200)).to.equal(undefined);
}

/** How long `run` takes, the best of three; growth is judged from 20 ms up, below which timers and GC are noise. */
function time(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const item = (attributes: string) =>
  `<rss version="2.0"><channel><title>C</title><item ${attributes}><title>T</title><guid>g</guid>` +
  '<pubDate>Tue, 29 Jul 2025 08:30:00 GMT</pubDate></item></channel></rss>';
const attributes = (count: number) => Array.from({length: count}, (_, i) => `a${i}="x"`).join(' ');

describe('the XML tree the readers read', () => {
  for (const {format, file, url, articles} of XML_FEEDS) {
    it(`reads ${format} (${file}) as Node, Deno and Bun do (test/node/xml-feeds.test.ts)`, async () => {
      const bytes = new Uint8Array(await (await fetch(`/test/fixtures/feeds/${file}`)).arrayBuffer());
      const result = parseFeed(decodeFeed(bytes, 'application/xml').text, {url});
      expect(result.ok && essentials(result.value)).to.deep.equal(articles);
    });
  }

  it('has the names, namespaces, attributes and text the DOM has, for every XML fixture', async () => {
    const names = ['rss2.xml', 'rss1.rdf', 'atom.xml', 'big5.xml', 'gbk.xml', 'windows-1252.xml'];
    const realWorld = ['blogger.xml', 'wordpress.xml', 'substack.xml', 'zh-newsroom.xml', 'wild.xml', 'google-news.xml',
      'medium.xml', 'youtube.xml', 'zh-cms-cst.xml', 'rss091.xml', 'stylesheet-bom.xml', 'atom-updated.xml'];
    const texts = [
      ...await Promise.all(names.map(async (name) => (await fixture(name)).text)),
      ...await Promise.all(realWorld.map(async (name) => (await fetch(`/test/fixtures/feeds/real-world/${name}`)).text())),
    ];
    for (const text of texts) sameAsBrowser(text.replace(/^[\uFEFF\s]+/, ''));
  });

  it('resolves default namespaces, prefixes, redeclarations and xml: attributes as the DOM does', () => {
    for (const text of [
      '<r xmlns="urn:a" xmlns:p="urn:p" p:x="1" y="2"><p:c xmlns:p="urn:q" p:z="3"><d xmlns=""><p:e/></d></p:c>a<![CDATA[b]]>&amp;</r>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko" xml:base="http://x/"><entry xmlns:m="http://search.yahoo.com/mrss/">' +
        '<m:content url="u"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry></feed>',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="http://a/"/></rdf:RDF>',
    ]) sameAsBrowser(text);
  });

  it(`refuses an element with more than ${MAX_ATTRIBUTES} attributes, in linear time`, function () {
    this.timeout(60_000);
    expect(parseFeed(item(attributes(MAX_ATTRIBUTES))).ok).to.equal(true);
    const over = parseFeed(item(attributes(MAX_ATTRIBUTES + 1)));
    expect(over.ok || `${over.error.code}: ${over.error.message}`).to.equal(
      `parse: The feed is not well-formed XML: line 1: <item> has ${MAX_ATTRIBUTES + 1} attributes, more than the ${MAX_ATTRIBUTES} an element may have`);
    // The 100,000 attributes (about 1 MB) that Chromium's DOMParser rejects.
    const huge = item(attributes(100_000));
    expect(huge.length).to.be.greaterThan(1_000_000);
    const result = parseFeed(huge);
    expect(result.ok || result.error.code).to.equal('parse');
    expect(result.ok || result.error.message).to.contain('<item> has 100000 attributes');
    // Eight times the attributes: eight times the time were it linear, 64 were it quadratic.
    const small = item(attributes(12_500));
    const times = [time(() => parseFeed(small)), time(() => parseFeed(huge))];
    expect(times[1], `${times[0]} ms for 12,500, ${times[1]} ms for 100,000`).to.be.below(Math.max(times[0]!, 20) * 24);
  });

  it('reads &#128;–&#159; as the browser\'s windows-1252 decoder does, in every runtime', () => {
    const decoder = new TextDecoder('windows-1252');
    for (let code = 0x80; code <= 0x9f; code++) {
      const parsed = parseXml(`<r>&#${code};</r>`);
      expect(parsed.ok && parsed.value.documentElement.textContent, String(code)).to.equal(decoder.decode(Uint8Array.of(code)));
    }
  });

  it(`refuses names longer than ${MAX_NAME} characters`, () => {
    expect(parseXml(`<r><${'n'.repeat(MAX_NAME)}/></r>`).ok).to.equal(true);
    for (const text of [`<r><${'n'.repeat(MAX_NAME + 1)}/></r>`, `<r><x ${'n'.repeat(1_000_000)}="1"/></r>`,
      `<r xmlns:${'p'.repeat(MAX_NAME)}="u"/>`]) {
      const result = parseXml(text);
      expect(result.ok || result.error.message).to.match(/^The feed is not well-formed XML: line 1: a name of \d+ characters \("[\w:]+…"\), longer than the 1000/);
    }
  });

  it('reads carriage returns as line breaks, in linear time (200,000 of them)', function () {
    this.timeout(60_000);
    const text = (n: number) => `<r a="x\r\ny">${'a\r'.repeat(n)}<![CDATA[\r\n]]></r>`;
    const parsed = parseXml(text(3));
    expect(parsed.ok && [parsed.value.documentElement.textContent, parsed.value.documentElement.getAttribute('a')])
      .to.deep.equal(['a\na\na\n\n', 'x y']);
    const [small, large] = [text(25_000), text(200_000)];
    const times = [time(() => parseXml(small)), time(() => parseXml(large))];
    expect(times[1], `${times[0]} ms for 25,000, ${times[1]} ms for 200,000`).to.be.below(Math.max(times[0]!, 20) * 24);
  });
});
