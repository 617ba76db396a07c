// A page with a strict Content Security Policy and Trusted Types reads and shows hostile feeds
// without a single CSP violation: feed markup never becomes a DOM element that meets the page's
// policy (html-text.ts, xml.ts). Chromium reports inline styles and handlers even in an inert
// DOMParser document, to the site's report endpoint; Firefox does not, so there the corpus is also
// checked for what would make Chromium report: DOMParser asked for HTML, and XML elements in the
// XHTML, SVG or MathML namespaces.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/news-feed/define.js';
import type {Article} from '../src/core/vocabulary.js';
import {parseXml, type FeedDocument, type FeedElement} from '../src/data/formats/xml.js';
import {parseFeed} from '../src/data/parse.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {showing, shownArticles, until} from './helpers.js';

// The runner's scripts are loaded by now; everything after this line runs under the policy.
const meta = Object.assign(document.createElement('meta'), {
  httpEquiv: 'Content-Security-Policy',
  content: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html nk-news",
});
document.head.append(meta);

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

const violations: Violation[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample});
});

/** Reports are queued as tasks: two frames and a moment let them all arrive. */
async function settle(): Promise<void> {
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The violations since the last call, once they have arrived, counted by kind: `{"style-src-attr inline": 3}`. */
async function reported(): Promise<Record<string, number>> {
  await settle();
  const counts: Record<string, number> = {};
  for (const {directive, blocked, sample} of violations.splice(0)) {
    const kind = [directive, blocked, sample].filter(Boolean).join(' ');
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

declare global {
  interface Window {
    nkPwned?: number;
  }
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const HOSTILE_NAMESPACES = [XHTML, SVG, MATHML];

const PWN = 'window.nkPwned=1';
/** Image addresses on this origin (img-src 'self'), so a picture that does show is no violation. */
const IMAGE = '/nk-csp/none.png';

// ---- The corpus --------------------------------------------------------------------------------

/** Ways to write a script URL that a careless reader would still follow. */
const SCRIPT_URLS = [
  'javascript:window.nkPwned=1',
  'JaVaScRiPt:window.nkPwned=1',
  ' \tjavascript:window.nkPwned=1',
  'java\tscript:window.nkPwned=1',
  'java\nscript:window.nkPwned=1',
  'java\rscript:window.nkPwned=1',
  'javascript&colon;window.nkPwned=1',
  '&#106;avascript:window.nkPwned=1',
  '&#0000106;avascript:window.nkPwned=1',
  '&#x6A;avascript:window.nkPwned=1',
  '&#X6a;avascript:window.nkPwned=1',
  '&#x000006A;avascript&#x3A;window.nkPwned=1',
  'jav&#x09;ascript:window.nkPwned=1',
  'jav&#10;ascript:window.nkPwned=1',
  'jav&Tab;ascript:window.nkPwned=1',
  'jav&NewLine;ascript:window.nkPwned=1',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQubmtQd25lZD0xPC9zY3JpcHQ+',
  'data:text/html,<script>parent.nkPwned=1</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.nkPwned=1"/>',
  'DaTa:text/css,*{color:red}',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
];

const HANDLERS = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'onblur', 'onanimationstart',
  'onanimationend', 'ontransitionend', 'ontoggle', 'onbegin', 'onpageshow', 'onscroll', 'oninput',
  'onpointerenter', 'onbeforetoggle', 'OnErRoR', 'onfocusin'];

/** Elements a handler goes on: each fires one event or another without a click. */
const HANDLER_HOSTS = [
  (on: string) => `<img src="${IMAGE}?${on}" ${on}="${PWN}">`,
  (on: string) => `<img src=x ${on}=${PWN}>`,
  (on: string) => `<svg ${on}="${PWN}"><rect width="1" height="1"/></svg>`,
  (on: string) => `<body ${on}="${PWN}">`,
  (on: string) => `<details open ${on}="${PWN}"><summary>s</summary></details>`,
  (on: string) => `<video src="${IMAGE}" ${on}="${PWN}"><source src="${IMAGE}" ${on}="${PWN}"></video>`,
  (on: string) => `<input autofocus ${on}="${PWN}">`,
  (on: string) => `<div style="animation:x 1s" ${on}="${PWN}">d</div>`,
  (on: string) => `<iframe ${on}="${PWN}"></iframe>`,
  (on: string) => `<math ${on}="${PWN}"><mi ${on}="${PWN}">x</mi></math>`,
  (on: string) => `<svg><animate ${on}="${PWN}" attributeName="x" dur="1s"/><set ${on}="${PWN}" attributeName="x" to="1"/></svg>`,
  (on: string) => `<p/${on}="${PWN}">slash</p>`,
];

/** HTML that runs script, styles the page, loads things or navigates, in a browser's HTML parser. */
const ACTIVE_HTML = [
  `<script>${PWN}</script>`,
  `<script src="/nk-csp/x.js"></script>`,
  `<SCRIPT>${PWN}</SCRIPT >`,
  `<scr<script>ipt>${PWN}</script>`,
  `<style>*{color:red}</style>`,
  `<style>@import url(/nk-csp/x.css);</style>`,
  `<p style="color:red">styled</p>`,
  `<div style="background:url(${IMAGE})">bg</div>`,
  `<link rel="stylesheet" href="/nk-csp/x.css">`,
  `<link rel=import href="/nk-csp/x.html">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  `<meta http-equiv="Content-Security-Policy" content="script-src *">`,
  `<base href="javascript:${PWN}//">`,
  `<iframe srcdoc="<script>parent.nkPwned=1</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=parent.nkPwned=1&gt;"></iframe>`,
  `<svg><script>${PWN}</script><style>*{color:red}</style></svg>`,
  `<svg><animate attributeName="href" values="javascript:${PWN}"/><a><text>t</text></a></svg>`,
  `<svg><set attributeName="onmouseover" to="${PWN}"/></svg>`,
  `<svg><foreignObject><p style="color:red" onclick="${PWN}">f</p></foreignObject></svg>`,
  `<math><mi xlink:href="javascript:${PWN}">m</mi><maction actiontype="statusline" xlink:href="javascript:${PWN}">a</maction></math>`,
  `<math><style>*{color:red}</style><mtext><img src=x onerror="${PWN}"></mtext></math>`,
  `<template><script>${PWN}</script><img src=x onerror="${PWN}"><style>*{}</style></template>`,
  `<noscript><img src="${IMAGE}" onerror="${PWN}"><style>*{}</style></noscript>`,
  `<noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>`,
  `<object data="javascript:${PWN}"></object>`,
  `<object data="/nk-csp/x.swf" type="application/x-shockwave-flash"></object>`,
  `<embed src="javascript:${PWN}">`,
  `<form action="javascript:${PWN}"><button formaction="javascript:${PWN}">b</button></form>`,
  `<img src="${IMAGE}" srcset="javascript:${PWN} 1x">`,
  `<xmp><script>${PWN}</script></xmp>`,
  `<textarea><script>${PWN}</script></textarea>`,
  `<title><script>${PWN}</script></title>`,
  `<plaintext><script>${PWN}</script>`,
  `<!--<script>${PWN}</script>-->`,
  `<![CDATA[<script>${PWN}</script>]]>`,
  `<?xml-stylesheet href="/nk-csp/x.css"?>`,
  `<x:script xmlns:x="${XHTML}">${PWN}</x:script>`,
  `<p xmlns="${XHTML}" style="color:red">ns</p>`,
  `<img src="x" onerror&#x3D;"${PWN}">`,
  `<a href="#" onclick="${PWN}" style="color:red">a</a>`,
  `<marquee onstart="${PWN}">m</marquee>`,
  `<isindex type=image src=1 onerror=${PWN}>`,
  `<table background="javascript:${PWN}"><tr><td style="color:red">t</td></tr></table>`,
  '<img src=`x` onerror=`window.nkPwned=1`>',
  `<a href="javas\u0000cript:${PWN}">nul</a>`,
];

const URL_HTML = (url: string) => [
  `<a href="${url}">link</a>`,
  `<img src="${url}" alt="pic">`,
  `<iframe src="${url}"></iframe>`,
  `<svg><a xlink:href="${url}" href="${url}"><text>t</text></a></svg>`,
  `<math><mi href="${url}">m</mi></math>`,
];

const HTML_PAYLOADS = [
  ...ACTIVE_HTML,
  ...HANDLERS.flatMap((on) => HANDLER_HOSTS.map((host) => host(on))),
  ...SCRIPT_URLS.flatMap(URL_HTML),
];

/**
 * XML that, parsed as it stands, makes XHTML, SVG or MathML elements (whose styles and handlers
 * Chromium reports), or would have the DTD or an instruction do so. Each is placed raw in a feed.
 */
const XHTML_SPELLINGS = [
  XHTML,
  'http&#58;//www.w3.org/1999/xhtml',
  'http&#x3a;//www.w3.org/1999/xhtml',
  '&#104;ttp://www.w3.org/1999/xhtml',
  '&#x68;ttp://www.w3.org/1999/xhtml',
  '&#X68;ttp://www.w3.org/1999/xhtml',
  '&#0000104;ttp://www.w3.org/1999/xhtml',
  '&#x00000068;ttp://www.w3.org/1999/xhtm&#x6c;',
  'http&colon;&sol;&sol;www&period;w3&period;org&sol;1999&sol;xhtml',
  '&#104;&#116;&#116;&#112;&#58;&#47;&#47;&#119;&#119;&#119;&#46;&#119;&#51;&#46;&#111;&#114;&#103;&#47;&#49;&#57;&#57;&#57;&#47;&#120;&#104;&#116;&#109;&#108;',
];
const SVG_SPELLINGS = [SVG, 'http://www.w3.org/2000/sv&#x67;', '&#x68;ttp://www.w3.org/2000/svg'];
const MATHML_SPELLINGS = [MATHML, 'http://www.w3.org/1998/Math/MathM&#76;'];

const ACTIVE_XHTML = (prefix: string) => {
  const p = prefix ? `${prefix}:` : '';
  return `<${p}p style="color:red" onclick="${PWN}">p<${p}img src="${IMAGE}" onerror="${PWN}"/>` +
    `<${p}style>*{color:red}</${p}style><${p}script>${PWN}</${p}script>` +
    `<${p}iframe srcdoc="&lt;script&gt;parent.nkPwned=1&lt;/script&gt;"/>` +
    `<${p}a href="javascript:${PWN}">a</${p}a><${p}link rel="stylesheet" href="/nk-csp/x.css"/></${p}p>`;
};
const ACTIVE_SVG = (prefix: string) => {
  const p = prefix ? `${prefix}:` : '';
  return `<${p}svg onload="${PWN}" style="fill:red"><${p}style>*{color:red}</${p}style>` +
    `<${p}script>${PWN}</${p}script><${p}animate attributeName="x" dur="1s" onbegin="${PWN}"/>` +
    `<${p}set attributeName="onmouseover" to="${PWN}"/></${p}svg>`;
};
const ACTIVE_MATHML = (prefix: string) => {
  const p = prefix ? `${prefix}:` : '';
  return `<${p}math style="color:red" onclick="${PWN}" xmlns:xlink="http://www.w3.org/1999/xlink">` +
    `<${p}mi xlink:href="javascript:${PWN}" style="color:red">x</${p}mi></${p}math>`;
};

const XML_PAYLOADS = [
  ...XHTML_SPELLINGS.flatMap((ns) => [
    `<div xmlns="${ns}">${ACTIVE_XHTML('')}</div>`,
    `<h:div xmlns:h='${ns}'>${ACTIVE_XHTML('h')}</h:div>`,
    `<div xmlns\n  =\n  "${ns}">${ACTIVE_XHTML('')}</div>`,
    `<div XMLNS="${ns}" xmlns="${ns}">${ACTIVE_XHTML('')}</div>`,
  ]),
  ...SVG_SPELLINGS.flatMap((ns) => [`<svg xmlns="${ns}">${ACTIVE_SVG('')}</svg>`, `<s:g xmlns:s="${ns}">${ACTIVE_SVG('s')}</s:g>`]),
  ...MATHML_SPELLINGS.flatMap((ns) => [`<math xmlns="${ns}">${ACTIVE_MATHML('')}</math>`, `<m:x xmlns:m="${ns}">${ACTIVE_MATHML('m')}</m:x>`]),
  // Undeclared prefixes the reader declares itself must not become a way in.
  `<html:p style="color:red" onclick="${PWN}">undeclared</html:p>`,
  `<svg:svg onload="${PWN}"><svg:style>*{}</svg:style></svg:svg>`,
  // Text or another attribute that looks like a declaration must not hide the real one after it.
  `<q>xmlns="<p xmlns="${XHTML}" style="color:red" onclick="${PWN}">after text</p></q>`,
  `<q t='xmlns="' xmlns="${XHTML}" u='"' style="color:red" onclick="${PWN}">after an attribute</q>`,
  // Text that only looks like a declaration stays text.
  `<q>xmlns="${XHTML}" &lt;p style="color:red"&gt;</q>`,
  `<q><![CDATA[<p xmlns="${XHTML}" style="color:red" onclick="${PWN}">cdata</p>]]></q>`,
];

/** Document-level hostility: a DTD that expands or defaults its way to XHTML, and instructions. */
const PROLOGS = [
  '',
  `<!DOCTYPE rss [<!ENTITY x "<p xmlns='${XHTML}' style='color:red' onclick='${PWN}'>entity</p>">]>`,
  `<!DOCTYPE rss [<!ATTLIST item xmlns CDATA #FIXED "${XHTML}" style CDATA "color:red" onclick CDATA "${PWN}">` +
    `<!ATTLIST title xmlns CDATA "${XHTML}" style CDATA "color:red">]>`,
  `<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">` +
    `<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!-- ]> --><?pi ]>?>]>`,
  `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">`,
  `<?xml-stylesheet href="/nk-csp/x.css" type="text/css"?><?xml-stylesheet href="data:text/css,*{color:red}" type="text/css"?>`,
  `<?xml-stylesheet type="text/xsl" href="data:text/xml,<x/>"?>`,
];
/** Where the DTD's entities are used, when it has them. */
const ENTITY_USES = '&x; &e;';

/**
 * XML the browser's parser rejects, one kind of malformation each: Chromium makes its error message
 * an element with an inline style, which the page's CSP reports. A string goes inside an item or an
 * entry; a function changes the whole feed. Entities, a bare "&", control characters, undeclared
 * prefixes and misplaced instructions or DOCTYPEs are not here: the reader mends those.
 */
const BROKEN_XML: Record<string, string | ((feed: string) => string)> = {
  // Elements and tags
  'an element never closed': '<title>never closed',
  'an end tag of another element': '<title>x</link>',
  'an end tag that closes nothing': '<title>x</title></title>',
  'overlapping elements': '<title><b>x</title></b>',
  'an end tag in another case': '<Title>x</title>',
  'an end tag with an attribute': '<title>x</title a="1">',
  'an end tag closed like an empty element': '<title>x</title/>',
  'an end tag without its ">"': '<title>x</title<link/>',
  'a start tag without its ">"': '<title<link/>',
  'a space after "<"': '< title>x</title>',
  'a "<" in text': '<title>1 < 2</title>',
  'a "]]>" in text': '<title>a ]]> b</title>',
  // Attributes
  'an unquoted attribute value': '<title a=b>x</title>',
  'an attribute without a value': '<title hidden>x</title>',
  'an attribute without "="': '<title a "1">x</title>',
  'an attribute given twice': '<title a="1" a="2">x</title>',
  'attributes without space between them': '<title a="1"b="2">x</title>',
  'a "<" in an attribute value': '<title a="1<2">x</title>',
  'an attribute value never closed': '<title a="x>x</title>',
  'mismatched quotes': `<title a="x'>x</title>`,
  'a value in backticks': '<title a=`x`>x</title>',
  'a reference in a tag': '<title &amp;>x</title>',
  // Names
  'a name starting with a digit': '<1st>x</1st>',
  'a name starting with "-"': '<-x>x</-x>',
  'a name starting with "."': '<.x/>',
  'an attribute name starting with a digit': '<title 1a="x">x</title>',
  'a character no name holds': '<ti\u00D7tle>x</ti\u00D7tle>',
  'a punctuation mark in a name': '<a@b/>',
  // Comments, CDATA sections, instructions, declarations
  'a "--" in a comment': '<!-- a -- b -->',
  'a comment ending in "--->"': '<!-- a --->',
  'a comment never closed': '<!-- never closed',
  'a CDATA section never closed': '<title><![CDATA[never closed</title>',
  'a misspelt CDATA section': '<title><![CDATA x]]></title>',
  'a markup declaration in an element': '<!ELEMENT x ANY>',
  'an instruction never closed': '<?pi never closed',
  // The document
  'a CDATA section before the root': (feed) => feed.replace('?>', '?><![CDATA[x]]>'),
  'text before the root': (feed) => feed.replace('?>', '?>junk'),
  'text after the root': (feed) => `${feed} trailing`,
  'a second root element': (feed) => `${feed}<rss/>`,
  'no root element': (feed) => feed.slice(0, feed.indexOf('?>') + 2),
  'cut off in transfer inside text': (feed) => feed.slice(0, feed.lastIndexOf('<title>') + 9),
  'cut off in transfer inside a tag': (feed) => feed.slice(0, feed.lastIndexOf('</') + 4),
  'a lower-case DOCTYPE': (feed) => feed.replace('?>', '?><!doctype rss>'),
  'a DOCTYPE whose subset never ends': (feed) => feed.replace('?>', '?><!DOCTYPE rss [<!ENTITY e "x"><!--]>'),
  'elements nested past the browsers\' limit': `${'<x>'.repeat(6000)}${'</x>'.repeat(6000)}`,
  // The XML declaration
  'an XML declaration without a version': (feed) => feed.replace(/^<\?xml[^?]*\?>/, '<?xml encoding="UTF-8"?>'),
  'an XML version 2.0': (feed) => feed.replace(/^<\?xml[^?]*\?>/, '<?xml version="2.0"?>'),
  'an empty standalone': (feed) => feed.replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0" standalone=""?>'),
  'declaration attributes out of order': (feed) => feed.replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0" standalone="yes" encoding="UTF-8"?>'),
  'declaration attributes without space': (feed) => feed.replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0" encoding="UTF-8"standalone="no"?>'),
  'an unknown declaration attribute': (feed) => feed.replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0" charset="UTF-8"?>'),
  'an XML declaration never closed': (feed) => feed.replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0"'),
  // Namespaces
  'a prefix outside the element that declares it': '<x xmlns:p="urn:p"/><p:y/>',
  'an attribute prefix outside its scope': '<x xmlns:p="urn:p"/><y p:a="1"/>',
  'a prefix undeclared (xmlns:p="")': '<p:x xmlns:p="urn:p"><y xmlns:p=""/></p:x>',
  'one attribute twice under two prefixes': '<x xmlns:a="urn:u" xmlns:b="urn:u" a:y="1" b:y="2"/>',
  'one attribute twice under a prefix the reader declares': '<x media:y="1" m:y="2" xmlns:m="http://search.yahoo.com/mrss/"/>',
  'an element with the prefix xmlns': '<xmlns:x/>',
  'an element with the prefix xml': '<xml:x/>',
  'the prefix xml bound to another namespace': '<x xmlns:xml="urn:x"/>',
  'the prefix xmlns declared': '<x xmlns:xmlns="urn:x"/>',
  'the XML namespace as the default': '<x xmlns="http://www.w3.org/XML/1998/namespace"/>',
  'the xmlns namespace as the default': '<x xmlns="http://www.w3.org/2000/xmlns/"/>',
  'two colons in a name': '<a:b:c xmlns:a="urn:a"/>',
  'a name ending in a colon': '<a: xmlns:a="urn:a"/>',
  'a name starting with a colon': '<:x/>',
  'an attribute name starting with a colon': '<x :y="1"/>',
  'a declaration of the empty prefix': '<x xmlns:="urn:x"/>',
  'a prefixed attribute without a local name': '<x xmlns:a="urn:a" a:="1"/>',
};

// ---- Feeds -------------------------------------------------------------------------------------

const DATE_RFC822 = 'Tue, 29 Jul 2025 08:00:00 GMT';
const DATE_ISO = '2025-07-29T08:00:00Z';
const FEED_URL = new URL('/nk-csp/feed', location.origin).href;

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text inside a CDATA section, as publishers put HTML there: the section cannot end early. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Splits a list into feeds the readers take whole (they read at most 500 items). */
function chunks<T>(list: readonly T[], size = 120): T[][] {
  return Array.from({length: Math.ceil(list.length / size)}, (_, i) => list.slice(i * size, (i + 1) * size));
}

/** An RSS 2.0 item with `payload` in each field that holds text or HTML, escaped or in CDATA. */
function rssItem(payload: string, i: number, inCdata: boolean): string {
  const html = inCdata ? cdata(payload) : xmlEscape(payload);
  return `<item><guid isPermaLink="false">${inCdata ? 'c' : 'r'}${i}</guid><title>T${i} ${html}</title>` +
    `<link>${xmlEscape(payload)}</link><description>${html}</description>` +
    `<content:encoded>${cdata(payload)}</content:encoded><pubDate>${DATE_RFC822}</pubDate>` +
    `<category>${html}</category><dc:creator>${html}</dc:creator><author>${html}</author>` +
    `<source url="${xmlEscape(payload)}">${html}</source><dc:subject>${html}</dc:subject>` +
    `<enclosure url="${xmlEscape(payload)}" type="image/png" length="1"/>` +
    `<media:content url="${IMAGE}?m${i}" medium="image"><media:title type="html">${html}</media:title>` +
    `<media:description type="html">${html}</media:description></media:content>` +
    `<media:thumbnail url="${xmlEscape(payload)}"/></item>`;
}

/** An RSS 2.0 item whose links are script URLs as written, references and all (only "<" and '"' escaped). */
function rssUrlItem(written: string, i: number): string {
  const url = written.replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<item><guid>${url}</guid><title>U${i}</title><link>${url}</link>` +
    `<description>&lt;a href="${url}"&gt;x&lt;/a&gt;</description><pubDate>${DATE_RFC822}</pubDate>` +
    `<enclosure url="${url}" type="image/png"/><media:content url="${url}" medium="image"/></item>`;
}

function rss(items: string[], prolog = '', extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">` +
    `<channel><title>Hostile ${extra}</title><link>${FEED_URL}</link>${items.join('')}</channel></rss>`;
}

function rdf(items: string[]): string {
  return `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
    `<channel rdf:about="${FEED_URL}"><title>Hostile RDF</title><link>${FEED_URL}</link></channel>` +
    `${items.join('')}</rdf:RDF>`;
}

function rdfItem(payload: string, i: number): string {
  const html = xmlEscape(payload);
  return `<item rdf:about="${html}"><title>T${i} ${html}</title><link>${html}</link>` +
    `<description>${html}</description><content:encoded>${cdata(payload)}</content:encoded>` +
    `<dc:date>${DATE_ISO}</dc:date><dc:subject>${html}</dc:subject><dc:creator>${html}</dc:creator></item>`;
}

/** An Atom entry with `payload` as HTML, as text, in its links and in its xml:base. */
function atomEntry(payload: string, i: number): string {
  const escaped = xmlEscape(payload);
  return `<entry xml:base="${escaped}"><id>a${i}</id><title type="html">T${i} ${escaped}</title>` +
    `<updated>${DATE_ISO}</updated><summary type="text">${escaped}</summary>` +
    `<content type="html">${escaped}</content><link rel="alternate" href="${escaped}"/>` +
    `<link rel="enclosure" type="image/png" href="${escaped}"/>` +
    `<author><name>${escaped}</name><uri>${escaped}</uri></author>` +
    `<category term="${escaped}" label="${escaped}"/><rights type="html">${escaped}</rights></entry>`;
}

/** An Atom entry whose xhtml content is `xml`, raw. */
function atomXhtmlEntry(xml: string, i: number): string {
  return `<entry><id>x${i}</id><title type="xhtml"><div xmlns="${XHTML}">X${i} <b style="color:red">b</b></div></title>` +
    `<updated>${DATE_ISO}</updated><summary type="xhtml"><div xmlns="${XHTML}">${xml}</div></summary>` +
    `<content type="xhtml"><div xmlns="${XHTML}">${xml}<img src="${IMAGE}?x${i}" onerror="${PWN}"/></div></content>` +
    `<content type="application/xhtml+xml">${xml}</content></entry>`;
}

function atom(entries: string[], prolog = ''): string {
  return `<?xml version="1.0"?>${prolog}<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${FEED_URL}">` +
    `<title type="html">Hostile &lt;style&gt;*{}&lt;/style&gt;</title><id>hostile</id><updated>${DATE_ISO}</updated>` +
    `${entries.join('')}</feed>`;
}

function jsonFeed(payloads: string[], n: number): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '<style>*{color:red}</style>Hostile',
    home_page_url: 'javascript:window.nkPwned=1',
    icon: 'javascript:window.nkPwned=1',
    items: payloads.map((payload, i) => ({
      id: `j${n}-${i}`,
      url: payload,
      external_url: payload,
      title: `T${i} ${payload}`,
      content_html: payload,
      content_text: payload,
      summary: payload,
      image: i % 2 ? payload : `${IMAGE}?j${i}`,
      banner_image: payload,
      date_published: DATE_ISO,
      authors: [{name: payload, url: payload, avatar: payload}],
      tags: [payload],
      attachments: [{url: payload, mime_type: 'text/html'}],
    })),
  });
}

/** nk-news JSON with `payload` in every field; an article with a script URL is skipped, by design. */
function nkJson(payloads: string[], n: number): string {
  return JSON.stringify({
    version: 1,
    articles: payloads.flatMap((payload, i) => [
      {
        id: `n${n}-${i}`, title: `T${i} ${payload}`, summary: payload, body: payload, published: DATE_ISO,
        category: payload, topics: [payload], sources: [payload], entities: [payload],
        image: {url: `${IMAGE}?n${i}`, alt: payload},
      },
      {id: `u${n}-${i}`, title: `U${i}`, url: payload, published: DATE_ISO, image: {url: payload, alt: payload}},
    ]),
  });
}

/** Each kind of broken XML in an RSS and in an Atom feed: the kind, the feed's media type, its text. */
function brokenFeeds(): [string, string, string][] {
  const wrappers: [string, string, (inner: string) => string][] = [
    ['RSS', 'application/rss+xml', (inner) => rss([`<item><guid>b</guid><title>B</title><pubDate>${DATE_RFC822}</pubDate>${inner}</item>`])],
    ['Atom', 'application/atom+xml', (inner) => atom([`<entry><id>b</id><title>B</title><updated>${DATE_ISO}</updated>${inner}</entry>`])],
  ];
  return wrappers.flatMap(([format, type, wrap]) => Object.entries(BROKEN_XML).map(([kind, broken]): [string, string, string] =>
    [`${format}: ${kind}`, type, typeof broken === 'string' ? wrap(broken) : broken(wrap(''))]));
}

/** Every hostile feed, by format, as text for `parseFeed`. */
function corpus(): Record<string, string[]> {
  const rssFeeds = [
    ...chunks(HTML_PAYLOADS).map((list, n) => rss(list.map((p, i) => rssItem(p, n * 1000 + i, false)))),
    ...chunks(HTML_PAYLOADS).map((list, n) => rss(list.map((p, i) => rssItem(p, n * 1000 + i, true)))),
    rss(SCRIPT_URLS.map(rssUrlItem)),
    // Raw XML in the item, in the description, and in the channel.
    ...chunks(XML_PAYLOADS, 20).map((list, n) => rss(list.map((xml, i) =>
      `<item><guid>x${n}-${i}</guid><title>X${i}</title><pubDate>${DATE_RFC822}</pubDate>${xml}` +
      `<description>${xml}</description></item>`), '', XML_PAYLOADS[n] ?? '')),
    ...PROLOGS.map((prolog, n) => rss([
      `<item><guid>p${n}</guid><title>P${n} ${prolog.includes('ENTITY') ? ENTITY_USES : ''}</title>` +
      `<description>${prolog.includes('ENTITY') ? ENTITY_USES : 'd'} &mdash; Caf&eacute;s</description>` +
      `<pubDate>${DATE_RFC822}</pubDate></item>`,
    ], prolog)),
  ];
  const rdfFeeds = chunks(HTML_PAYLOADS).map((list, n) => rdf(list.map((p, i) => rdfItem(p, n * 1000 + i))));
  const atomFeeds = [
    ...chunks(HTML_PAYLOADS).map((list, n) => atom(list.map((p, i) => atomEntry(p, n * 1000 + i)))),
    atom(XML_PAYLOADS.map(atomXhtmlEntry)),
    ...PROLOGS.map((prolog, n) => atom([
      `<entry><id>p${n}</id><title>P${n} ${prolog.includes('ENTITY') ? ENTITY_USES : ''}</title>` +
      `<updated>${DATE_ISO}</updated><content type="xhtml"><div xmlns="${XHTML}">Caf&eacute;s</div></content></entry>`,
    ], prolog)),
  ];
  const everything = [...HTML_PAYLOADS, ...SCRIPT_URLS, ...XML_PAYLOADS];
  return {
    'RSS 2.0': rssFeeds,
    'RSS 1.0': rdfFeeds,
    Atom: atomFeeds,
    'JSON Feed': chunks(everything, 400).map(jsonFeed),
    'nk-news JSON': chunks(everything, 240).map(nkJson),
  };
}

// ---- Checks ------------------------------------------------------------------------------------

/** Tag and attribute names the payloads use, lower-cased. */
const PAYLOAD_NAMES = (() => {
  const all = [...HTML_PAYLOADS, ...XML_PAYLOADS].join(' ');
  return {
    tags: new Set(Array.from(all.matchAll(/<([a-z][\w-]*:)?([a-z][\w-]*)/gi), (m) => m[2]!.toLowerCase())),
    attributes: new Set(Array.from(all.matchAll(/[\s/]([a-z][\w:-]*)\s*=/gi), (m) => m[1]!.toLowerCase())),
  };
})();

/** Attributes that run script, style, load or navigate: nk-news-feed never writes them for a story. */
const ACTIVE_ATTRIBUTE = /^(?:on.*|style|srcdoc|srcset|formaction|action|background|data|xlink:href|http-equiv|autofocus|attributename|to|values)$/i;

/** DOMParser's calls while `run` runs: only XML may be parsed by it. */
function domParserTypes(run: () => void): string[] {
  const types: string[] = [];
  const original = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (this: DOMParser, text, type) {
    types.push(type);
    return original.call(this, text, type);
  } as typeof original;
  try {
    run();
  } finally {
    DOMParser.prototype.parseFromString = original;
  }
  return types;
}

/** The elements of a parsed feed in namespaces whose elements meet the page's CSP. */
function hostileElements(doc: FeedDocument): string[] {
  const found: string[] = [];
  const walk = (el: FeedElement): void => {
    if (HOSTILE_NAMESPACES.includes(el.namespaceURI ?? '')) found.push(`${el.namespaceURI} ${el.localName}`);
    el.children.forEach(walk);
  };
  walk(doc.documentElement);
  return found;
}

/** Everything in a shadow root and the shadow roots inside it. */
function allElements(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

async function render(articles: Article[]): Promise<NkNewsFeed> {
  const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="500"></nk-news-feed>`);
  feed.articles = articles;
  await showing(feed);
  await until(() => shownArticles(feed).length === Math.min(articles.length, 500), 'not every story showed');
  return feed;
}

/** What nk-news-feed draws for a harmless story: the tag names and attributes it may use. */
let benign: {tags: Set<string>; attributes: Set<string>};

function shape(feed: NkNewsFeed): {tags: Set<string>; attributes: Set<string>} {
  const elements = allElements(feed.shadowRoot!);
  return {
    tags: new Set(elements.map((el) => el.localName)),
    attributes: new Set(elements.flatMap((el) => el.getAttributeNames())),
  };
}

function expectHarmless(feed: NkNewsFeed): void {
  const elements = allElements(feed.shadowRoot!);
  const {tags, attributes} = shape(feed);
  // A payload's element or attribute that stories of a harmless feed never have came from the feed.
  expect([...tags].filter((tag) => PAYLOAD_NAMES.tags.has(tag) && !benign.tags.has(tag)), 'elements from the feed')
    .to.deep.equal([]);
  expect([...attributes].filter((name) => PAYLOAD_NAMES.attributes.has(name) && !benign.attributes.has(name)),
    'attributes from the feed').to.deep.equal([]);
  expect([...attributes].filter((name) => ACTIVE_ATTRIBUTE.test(name)), 'active attributes').to.deep.equal([]);
  expect([...tags].filter((tag) => ['script', 'style', 'iframe', 'object', 'embed', 'base', 'meta', 'link'].includes(tag)))
    .to.deep.equal([]);
  for (const link of elements.filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement && el.hasAttribute('href'))) {
    expect(['http:', 'https:'], link.getAttribute('href')!).to.include(new URL(link.href).protocol);
  }
  for (const img of elements.filter((el): el is HTMLImageElement => el instanceof HTMLImageElement)) {
    expect(new URL(img.src).origin, img.src).to.equal(location.origin);
  }
  expect(window.nkPwned).to.equal(undefined);
}

describe('under a strict CSP (no inline script or style, Trusted Types)', () => {
  before(async () => {
    const story = {summary: 'A summary', published: DATE_ISO, topics: ['t'], sources: ['s'], entities: ['e']};
    const feed = await render([
      {...story, id: 'b1', title: 'Benign', url: 'https://example.com/a', image: {url: new URL(IMAGE, location.origin).href, alt: 'alt'}, category: 'c', lang: 'en'},
      {...story, id: 'b2', title: '北韓', body: 'Body', lang: 'zh-Hant-TW'},
    ]);
    benign = shape(feed);
    await reported();
  });

  beforeEach(async () => {
    await reported();
  });

  afterEach(() => {
    delete window.nkPwned;
  });

  it('reports a violation this page makes on purpose (the listener works in this browser)', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    probe.setAttribute('style', 'color: red');
    const seen = await reported();
    probe.remove();
    expect(seen).to.deep.equal({'style-src-attr inline': 1});
  });

  for (const [format, feeds] of Object.entries(corpus())) {
    it(`reads and shows hostile ${format} (${feeds.length} feeds) without a violation`, async function () {
      this.timeout(60_000);
      const articles: Article[] = [];
      const types = domParserTypes(() => {
        for (const text of feeds) {
          const result = parseFeed(text, {url: FEED_URL});
          expect(result.ok || result.error.message, text.slice(0, 300)).to.equal(true);
          if (result.ok) articles.push(...result.value);
        }
      });
      expect(await reported(), 'violations while parsing').to.deep.equal({});
      // What Chromium would report, where Firefox reports nothing: DOMParser asked for HTML.
      expect(types.filter((type) => type !== 'application/xml').length, 'DOMParser calls not for XML').to.equal(0);
      expect(articles.length).to.be.greaterThan(feeds.length);

      for (const batch of chunks(articles, 500)) {
        const feed = await render(batch);
        expectHarmless(feed);
        feed.remove();
      }
      expect(await reported(), 'violations while rendering').to.deep.equal({});
      expect(window.nkPwned).to.equal(undefined);
    });
  }

  it('makes no XHTML, SVG or MathML element of a feed, however the namespace is spelled', () => {
    const feeds = [
      ...chunks(XML_PAYLOADS, 20).map((list) => rss(list.map((xml, i) =>
        `<item><guid>x${i}</guid><title>X</title><pubDate>${DATE_RFC822}</pubDate>${xml}</item>`))),
      atom(XML_PAYLOADS.map(atomXhtmlEntry)),
      ...PROLOGS.map((prolog) => rss([`<item><title>${ENTITY_USES}</title></item>`], prolog)),
    ];
    for (const text of feeds) {
      const parsed = parseXml(text);
      expect(parsed.ok, text.slice(0, 300)).to.equal(true);
      if (parsed.ok) expect(hostileElements(parsed.value), text.slice(0, 300)).to.deep.equal([]);
    }
  });

  it('refuses an RSS item with 100,000 attributes as a parse error, without a violation', async function () {
    this.timeout(30_000);
    // About 1 MB: well-formed XML that Chromium's DOMParser refuses (it takes 65,536 attributes).
    const attributes = Array.from({length: 100_000}, (_, i) => `a${i}="x"`).join(' ');
    const text = rss([`<item ${attributes}><title>Many attributes</title><pubDate>${DATE_RFC822}</pubDate></item>`]);
    let result: ReturnType<typeof parseFeed> | undefined;
    const types = domParserTypes(() => {
      result = parseFeed(text, {url: FEED_URL});
    });
    expect(result!.ok || `${result!.error.code}: ${result!.error.message}`).to.match(/^parse: .*<item> has 100000 attributes/);
    expect(types, 'the browser was asked to parse it').to.deep.equal([]);
    expect(await reported()).to.deep.equal({});
  });

  it('refuses broken feeds and HTML pages without a violation (Chromium styles its own parse error inline)', async () => {
    const broken = [
      rss([`<item><title>Cut off in transfer`]).replace(/<\/item>.*$/, ''),
      rss([`<item><title>Unclosed HTML<br></title><pubDate>${DATE_RFC822}</pubDate></item>`]),
      rss([`<item><title a=b>Unquoted</title></item>`]),
      rss([`<item><title a="1" a="2">Twice</title></item>`]),
      rss([`<item><title>1 < 2</title></item>`]),
      `${rss([])}<rss/>`,
      `${rss([])} trailing text`,
      '<!doctype rss><rss/>',
      `<rss><![CDATA[never ends</rss>`,
      '<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"><style>*{}</style></head>' +
        `<body style="color:red" onload="${PWN}"><p>Home page<br></body></html>`,
      `<html><body><img src=x onerror="${PWN}"></body></html>`,
    ];
    const types = domParserTypes(() => {
      for (const text of broken) {
        const result = parseFeed(text, {url: FEED_URL});
        expect(result.ok, text).to.equal(false);
      }
    });
    expect(await reported()).to.deep.equal({});
    expect(types, 'the browser was asked to parse these').to.deep.equal([]);
  });

  it(`refuses ${Object.keys(BROKEN_XML).length} kinds of broken XML in RSS and Atom as parse errors, without a violation`, async function () {
    this.timeout(30_000);
    const feeds = brokenFeeds();
    const read: string[] = [];
    const reachedBrowser: string[] = [];
    for (const [kind, type, text] of feeds) {
      let result: ReturnType<typeof parseFeed> | undefined;
      const types = domParserTypes(() => {
        result = parseFeed(text, {url: FEED_URL, contentType: type});
      });
      if (result!.ok || result!.error.code !== 'parse') read.push(`${kind}: ${result!.ok ? 'read' : result!.error.code}`);
      if (types.length) reachedBrowser.push(kind);
    }
    expect(await reported(), `violations from ${feeds.length} broken feeds`).to.deep.equal({});
    expect(read, 'not refused as parse errors').to.deep.equal([]);
    // What would make Chromium report, in Firefox too: the browser's parser asked to read them.
    expect(reachedBrowser, 'given to the browser to parse').to.deep.equal([]);
  });

  it('shows hostile text as the text it is', async () => {
    const payload = `<script>${PWN}</script><img src=x onerror="${PWN}"> & <b style="color:red">`;
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{id: 'lit', title: payload, content_text: `Body ${payload}`, date_published: DATE_ISO}],
    });
    const result = parseFeed(text, {url: FEED_URL});
    const feed = await render(result.ok ? result.value : []);
    const headline = feed.shadowRoot!.querySelector('[part~="headline"]')!;
    expect(headline.textContent!.trim()).to.equal(payload);
    expectHarmless(feed);
    expect(await reported()).to.deep.equal({});
  });

  it('loads feeds with scripts, handlers and script links from src without a violation but refused pictures', async () => {
    for (const src of ['/feeds/rss2.xml', '/feeds/atom.xml', '/test/fixtures/feeds/real-world/wild.xml']) {
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} limit="100"></nk-news-feed>`);
      await showing(feed);
      await until(() => feed.status === 'ready', `${src} did not load`);
      for (const link of feed.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        expect(['http:', 'https:'], link.href).to.include(new URL(link.href).protocol);
      }
      expect(feed.shadowRoot!.querySelectorAll('script, [style], [onerror], [onclick]').length).to.equal(0);
      feed.remove();
    }
    // The fixtures' pictures are on other sites: this page's img-src refuses them, which is its right.
    const seen = Object.keys(await reported()).filter((kind) => !kind.startsWith('img-src '));
    expect(seen).to.deep.equal([]);
    expect(window.nkPwned).to.equal(undefined);
  });
});
