import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseAtom} from '../../src/data/formats/atom.js';
import {
  articles, byTitle, collapsed, expectResult, fixture, htmlEscape, instants, offsets, rfc3339, visibleText, xmlEscape,
  xmlSoup,
} from './helpers.js';

describe('parseAtom', () => {
  let result: ReturnType<typeof parseAtom>;
  before(async () => {
    const feed = await fixture('atom.xml');
    result = parseAtom(feed.text, feed.url);
  });

  it('reads titles of type text, html and xhtml as plain text', () => {
    expect(articles(result).map((a) => a.title)).to.deep.equal([
      'Talks resume at Panmunjom',
      'Prices < expectations & rising',
      'Drone incursion claim',
    ]);
    expect(result.ok && result.warnings.join()).to.contain('Undated');
  });

  it('reads summary and content of each type, with paragraphs kept in the body', () => {
    const talks = byTitle(result, 'Talks resume at Panmunjom');
    expect(talks.summary).to.equal('Working-level talks resumed.');
    expect(talks.body).to.equal('First paragraph.\n\nSecond paragraph.');
    const prices = byTitle(result, 'Prices < expectations & rising');
    expect(prices.summary).to.equal('Rice prices in Pyongyang markets. Second paragraph.');
    expect(prices.body).to.equal('Rice prices in Pyongyang markets.\n\nSecond paragraph.');
  });

  it('uses published, else updated, as exact instants', () => {
    expect(byTitle(result, 'Talks resume at Panmunjom').published).to.equal('2025-07-29T08:30:00.000Z');
    expect(byTitle(result, 'Prices < expectations & rising').published).to.equal('2025-07-28T06:00:00.000Z');
    expect(byTitle(result, 'Drone incursion claim').published).to.equal('2025-07-28T04:59:59.250Z');
  });

  it('takes the alternate link (or one without rel), resolved against xml:base, and drops javascript:', () => {
    expect(byTitle(result, 'Talks resume at Panmunjom').url).to.equal('https://example.org/nk/2025/07/talks');
    expect(byTitle(result, 'Prices < expectations & rising').url).to.equal('https://example.org/nk/2025/07/prices');
    expect(byTitle(result, 'Drone incursion claim').url).to.equal(undefined);
  });

  it('reads id, categories (label, else term), authors with inheritance, image enclosures and xml:lang', () => {
    const talks = byTitle(result, 'Talks resume at Panmunjom');
    expect(talks.id).to.equal('tag:example.org,2025:talks');
    expect(talks.category).to.equal('Diplomacy');
    expect(talks.topics).to.deep.equal(['Diplomacy', 'dmz']);
    expect(talks.sources).to.deep.equal(['Lee Min-ji']);
    expect(talks.image).to.deep.equal({url: 'https://example.org/img/talks.jpg', alt: 'Delegates at the truce village'});
    expect(talks.lang).to.equal('en');
    const prices = byTitle(result, 'Prices < expectations & rising');
    expect(prices.sources).to.deep.equal(['NK Watch Desk']);
    expect(prices.lang).to.equal('ko');
    expect(byTitle(result, 'Drone incursion claim').sources).to.deep.equal(['KCNA Watch']);
  });

  it('reads the Atom 0.3 drafts some publishers still serve', () => {
    const r = parseAtom('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><entry>' +
      '<title mode="escaped" type="text/html">A &lt;b&gt;bold&lt;/b&gt; claim</title><link rel="alternate" href="https://old.example/1"/>' +
      '<id>old-1</id><issued>2025-07-29T17:30:00+09:00</issued><modified>2025-07-30T00:00:00Z</modified></entry></feed>');
    const [entry] = articles(r);
    expect([entry!.title, entry!.url, entry!.published]).to.deep.equal(
      ['A bold claim', 'https://old.example/1', '2025-07-29T08:30:00.000Z']);
  });

  it('reports malformed XML as parse, other XML as not-a-feed', () => {
    const broken = parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><entry></feed>');
    expect(broken.ok || broken.error.code).to.equal('parse');
    const rss = parseAtom('<rss version="2.0"><channel/></rss>');
    expect(rss.ok || rss.error.code).to.equal('not-a-feed');
  });

  it('answers any document with articles or a typed error, never a throw', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), xmlSoup), (text) => {
      expectResult(parseAtom(text, 'https://feed.example/atom.xml'));
    }), {numRuns: 300});
  });

  it('gives back the entries a careful producer wrote, in every text type', () => {
    const entry = fc.record({
      title: visibleText(),
      summary: visibleText(200),
      type: fc.constantFrom('text', 'html', 'xhtml'),
      path: fc.webPath(),
      ms: instants,
      offset: offsets,
      author: visibleText(30),
    });
    const construct = (name: string, type: string, text: string) =>
      type === 'text' ? `<${name} type="text">${xmlEscape(text)}</${name}>`
      : type === 'html' ? `<${name} type="html">${xmlEscape(htmlEscape(text))}</${name}>`
      : `<${name} type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${xmlEscape(text)}</div></${name}>`;
    fc.assert(fc.property(fc.array(entry, {minLength: 1, maxLength: 6}), (entries) => {
      const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title>Gen</title>' + entries.map((e, i) =>
        `<entry><id>urn:gen:${i}</id>${construct('title', e.type, e.title)}${construct('summary', e.type, e.summary)}` +
        `<link href="${xmlEscape(`https://gen.example${e.path || '/'}`)}"/><updated>${rfc3339(e.ms, e.offset)}</updated>` +
        `<author><name>${xmlEscape(e.author)}</name></author></entry>`).join('') + '</feed>';
      const list = articles(parseAtom(xml));
      expect(list).to.have.length(entries.length);
      list.forEach((article, i) => {
        const e = entries[i]!;
        expect(article.id).to.equal(`urn:gen:${i}`);
        expect(article.title).to.equal(collapsed(e.title));
        expect(article.summary).to.equal(collapsed(e.summary));
        expect(article.url).to.equal(new URL(`https://gen.example${e.path || '/'}`).href);
        expect(article.published).to.equal(new Date(e.ms).toISOString());
        expect(article.sources).to.deep.equal([collapsed(e.author)]);
      });
    }), {numRuns: 60});
  });

  it('guesses the language of entries without xml:lang from their text, and keeps a declared one', () => {
    const entry = (title: string, lang = '') =>
      `<entry${lang}><id>urn:${title}</id><title>${title}</title><updated>2025-07-29T08:00:00Z</updated></entry>`;
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>' + entry('北韓試射飛彈') + entry('朝鲜试射导弹') +
      entry('Talks resume') + entry('朝鲜试射导弹 (HK)', ' xml:lang="zh-HK"') + '</feed>';
    expect(articles(parseAtom(xml)).map((a) => a.lang)).to.deep.equal(['zh-Hant', 'zh-Hans', 'und', 'zh-HK']);
  });

  it('reads an updated date with no zone as UTC+8 in a Chinese feed (declared or guessed), as UTC otherwise', () => {
    const feed = (title: string, date: string, lang = '') => `<feed xmlns="http://www.w3.org/2005/Atom"${lang}><title>T</title>` +
      `<entry><id>urn:a</id><title>${title}</title><updated>${date}</updated></entry></feed>`;
    const published = (xml: string) => articles(parseAtom(xml)).map((a) => a.published);
    expect(published(feed('北韓試射飛彈', '2026-11-28T04:42:18'))).to.deep.equal(['2026-11-27T20:42:18.000Z']);
    expect(published(feed('Talks resume', '2026-11-28T04:42:18', ' xml:lang="zh-TW"'))).to.deep.equal(['2026-11-27T20:42:18.000Z']);
    expect(published(feed('Talks resume', '2026-11-28T04:42:18'))).to.deep.equal(['2026-11-28T04:42:18.000Z']);
    expect(published(feed('北韓試射飛彈', '2026-11-28T04:42:18', ' xml:lang="en"'))).to.deep.equal(['2026-11-28T04:42:18.000Z']);
    expect(published(feed('北韓試射飛彈', '2026-11-28T04:42:18+09:00'))).to.deep.equal(['2026-11-27T19:42:18.000Z']);
  });

  it('puts no space for a line break between Chinese text in titles and summaries of every type', () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>urn:a</id>' +
      '<title type="text">北韓今晨\n發射飛彈</title><summary type="html">&lt;p&gt;南韓軍方表示。&lt;/p&gt;&lt;p&gt;日本也證實。&lt;/p&gt;</summary>' +
      '<updated>2025-07-29T08:00:00Z</updated></entry><entry><id>urn:b</id>' +
      '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">金正恩<br/>視察</div></title>' +
      '<updated>2025-07-29T08:00:00Z</updated></entry></feed>';
    const [a, b] = articles(parseAtom(xml));
    expect(a!.title).to.equal('北韓今晨發射飛彈');
    expect(a!.summary).to.equal('南韓軍方表示。日本也證實。');
    expect(b!.title).to.equal('金正恩視察');
  });
});
