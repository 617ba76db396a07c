import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseRss} from '../../src/data/formats/rss.js';
import {
  articles, byTitle, collapsed, expectResult, fixture, htmlEscape, instants, offsets, rfc822, visibleText, xmlEscape,
  xmlSoup,
} from './helpers.js';

describe('parseRss', () => {
  describe('an RSS 2.0 feed', () => {
    let url: string;
    let result: ReturnType<typeof parseRss>;
    before(async () => {
      const feed = await fixture('rss2.xml');
      url = feed.url;
      result = parseRss(feed.text, url);
    });

    it('reads every dated item with a title or summary, and warns about the rest', () => {
      expect(articles(result).map((a) => a.title)).to.deep.equal([
        '北韓週二試射短程彈道飛彈',
        'Kim Yo Jong statement on talks',
        'US & ROK begin Freedom Edge drills',
        'Pyongyang marks armistice anniversary',
        'Satellite launch window notice',
        'Statement on border',
        'Rodong Sinmun editorial',
      ]);
      expect(result.ok && result.warnings.join('\n')).to.contain('Undated item').and.contain('no date');
      expect(result.ok && result.warnings.join('\n')).to.contain('neither a title nor a summary');
    });

    it('turns HTML descriptions in CDATA into plain text, dropping scripts', () => {
      const a = byTitle(result, '北韓週二試射短程彈道飛彈');
      // Between the paragraphs, Chinese on both sides: no space. The &nbsp; the feed typed stays one.
      expect(a.summary).to.equal('南韓聯合參謀本部表示，北韓於週二上午向東部海域發射一枚短程彈道飛彈。日本防衛省 亦證實。');
      expect(a.summary).to.not.contain('pwned');
      expect(a.body).to.equal('第一段：飛彈飛行約 600 公里。\n\n第二段，詳見國防部說明。');
      expect(document.title).to.not.equal('pwned');
    });

    it('decodes entity-encoded HTML descriptions once, as HTML, and no further', () => {
      expect(byTitle(result, 'Kim Yo Jong statement on talks').summary)
        .to.equal('Kim said the U.S. & South Korea must change course.');
      expect(byTitle(result, 'Rodong Sinmun editorial').summary).to.equal('Editorial on “Victory Day”.');
    });

    it('lets no markup through from titles or descriptions', () => {
      const a = byTitle(result, 'Statement on border');
      expect(a.summary).to.equal('Border guards reported movement.');
      for (const article of articles(result)) {
        expect(article.title + article.summary + (article.body ?? '')).to.not.match(/<[a-z!/]/i);
      }
    });

    it('reads pubDates in named zones, numeric offsets, military letters and dc:date as exact instants', () => {
      const published = Object.fromEntries(articles(result).map((a) => [a.title, a.published]));
      expect(published).to.deep.equal({
        '北韓週二試射短程彈道飛彈': '2025-07-29T13:30:00.000Z', // 08:30 EST
        'Kim Yo Jong statement on talks': '2025-07-29T06:15:00.000Z', // 23:15 PDT the day before
        'US & ROK begin Freedom Edge drills': '2025-07-30T00:00:00.000Z', // 09:00 +0900
        'Pyongyang marks armistice anniversary': '2025-07-30T12:00:00.000Z', // two-digit year, GMT
        'Satellite launch window notice': '2025-07-31T14:00:00.000Z', // 10:00 Q (UTC−4)
        'Statement on border': '2025-08-01T11:00:00.000Z', // 06:00 CDT
        'Rodong Sinmun editorial': '2025-07-27T11:00:00.000Z', // dc:date 20:00+09:00
      });
    });

    it('resolves relative links against the feed URL and drops non-http links', () => {
      expect(byTitle(result, '北韓週二試射短程彈道飛彈').url).to.equal(new URL('articles/2025/07/missile-test.html', url).href);
      expect(byTitle(result, 'Kim Yo Jong statement on talks').url).to.equal('https://news.example.tw/en/kim-statement');
      expect(byTitle(result, 'Statement on border').url).to.equal(undefined);
    });

    it('uses guid as id, else the link', () => {
      expect(byTitle(result, '北韓週二試射短程彈道飛彈').id).to.equal('kw-2025-1001');
      expect(byTitle(result, 'Pyongyang marks armistice anniversary').id).to.equal('https://news.example.tw/en/armistice');
    });

    it('takes the widest media:content image, else an image enclosure, else a thumbnail', () => {
      expect(byTitle(result, '北韓週二試射短程彈道飛彈').image)
        .to.deep.equal({url: 'https://img.example.tw/missile.jpg', alt: '飛彈發射畫面（朝中社）'});
      expect(byTitle(result, 'Kim Yo Jong statement on talks').image?.url).to.equal(new URL('//img.example.tw/kim.jpg', url).href);
      expect(byTitle(result, 'US & ROK begin Freedom Edge drills').image?.url).to.equal('https://img.example.tw/drills.jpg');
      expect(byTitle(result, 'Pyongyang marks armistice anniversary').image).to.equal(undefined);
    });

    it('maps categories, credits and language', () => {
      const first = byTitle(result, '北韓週二試射短程彈道飛彈');
      expect(first.category).to.equal('軍事');
      expect(first.topics).to.deep.equal(['軍事', '飛彈']);
      expect(first.sources).to.deep.equal(['韓聯社']);
      expect(first.entities).to.deep.equal([]);
      expect(first.lang).to.equal('zh-TW');
      expect(byTitle(result, 'Kim Yo Jong statement on talks').sources).to.deep.equal(['Jane Park']);
      expect(byTitle(result, 'US & ROK begin Freedom Edge drills').sources).to.deep.equal(['Reuters']);
      // Nobody credited: the channel is the medium.
      expect(byTitle(result, 'Pyongyang marks armistice anniversary').sources).to.deep.equal(['朝鮮半島觀察']);
    });
  });

  describe('an RSS 1.0 (RDF) feed', () => {
    let result: ReturnType<typeof parseRss>;
    before(async () => {
      const feed = await fixture('rss1.rdf');
      result = parseRss(feed.text, feed.url);
    });

    it('reads items beside the channel, with dc:date, dc:subject and dc:creator', () => {
      const first = byTitle(result, '北朝鮮、弾道ミサイル発射');
      expect(first.published).to.equal('2025-07-29T08:30:00.000Z');
      expect(first.url).to.equal('https://nk.example.jp/news/1');
      expect(first.topics).to.deep.equal(['安全保障']);
      expect(first.category).to.equal('安全保障');
      expect(first.sources).to.deep.equal(['共同通信']);
      expect(first.lang).to.equal('ja');
    });

    it('keeps a date-only dc:date as a bare date and falls back to rdf:about for the link', () => {
      const second = byTitle(result, '南北境界で拡声器放送');
      expect(second.published).to.equal('2025-07-28');
      expect(second.url).to.equal('https://nk.example.jp/news/2');
      expect(second.summary).to.equal('韓国軍は放送を再開した。');
    });
  });

  it('mends feeds that use HTML entities or a bare "&", with a warning', () => {
    const result = parseRss('<rss version="2.0"><channel><title>AT&T &mdash; news</title><item><title>Kim&nbsp;Jong Un &amp; aides</title>' +
      '<pubDate>Tue, 29 Jul 2025 08:30:00 GMT</pubDate></item></channel></rss>');
    expect(articles(result)[0]!.title).to.equal('Kim Jong Un & aides');
    expect(result.ok && result.warnings.join()).to.contain('not well-formed');
  });

  it('reports malformed XML as a parse error, and XML that is not RSS as not-a-feed', () => {
    const broken = parseRss('<rss><channel><item><title>x</channel>');
    expect(broken.ok || broken.error.code).to.equal('parse');
    const other = parseRss('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
    expect(other.ok || other.error.code).to.equal('not-a-feed');
    const noChannel = parseRss('<rss version="2.0"></rss>');
    expect(noChannel.ok || [noChannel.error.code, noChannel.error.field]).to.deep.equal(['invalid', 'channel']);
  });

  it('fails as invalid, naming the problem, when no item is usable', () => {
    const result = parseRss('<rss version="2.0"><channel><item><title>No date</title></item></channel></rss>');
    expect(result.ok || result.error.code).to.equal('invalid');
    expect(result.ok || result.error.message).to.contain('no date');
  });

  it('reads at most 500 items and caps title and summary lengths', () => {
    const item = (i: number) => `<item><guid>${i}</guid><title>${'T'.repeat(600)}</title>` +
      `<description>${'S'.repeat(2500)}</description><pubDate>Tue, 29 Jul 2025 08:30:00 GMT</pubDate></item>`;
    const result = parseRss(`<rss version="2.0"><channel>${Array.from({length: 510}, (_, i) => item(i)).join('')}</channel></rss>`);
    const list = articles(result);
    expect(list).to.have.length(500);
    expect(list[0]!.title).to.have.length(500);
    expect(list[0]!.title.endsWith('…')).to.equal(true);
    expect(list[0]!.summary).to.have.length(2000);
    expect(result.ok && result.warnings.join()).to.contain('510 items');
  });

  it('answers any document with articles or a typed error, never a throw', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), xmlSoup), (text) => {
      expectResult(parseRss(text, 'https://feed.example/rss.xml'));
    }), {numRuns: 300});
  });

  it('gives back the items a careful producer wrote, whatever their text', () => {
    const item = fc.record({
      title: visibleText(),
      summary: visibleText(200),
      path: fc.webPath(),
      ms: instants,
      offset: offsets,
      categories: fc.array(visibleText(20), {maxLength: 3}),
    });
    fc.assert(fc.property(fc.array(item, {minLength: 1, maxLength: 8}), (items) => {
      const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>Gen</title>' + items.map((it, i) =>
        `<item><title>${xmlEscape(htmlEscape(it.title))}</title><link>${xmlEscape(`https://gen.example${it.path || '/'}`)}</link>` +
        `<guid isPermaLink="false">id-${i}</guid><pubDate>${rfc822(it.ms, it.offset)}</pubDate>` +
        `<description>${xmlEscape(htmlEscape(it.summary))}</description>` +
        it.categories.map((c) => `<category>${xmlEscape(c)}</category>`).join('') + '</item>').join('') +
        '</channel></rss>';
      const list = articles(parseRss(xml));
      expect(list).to.have.length(items.length);
      list.forEach((article, i) => {
        const it = items[i]!;
        expect(article.id).to.equal(`id-${i}`);
        expect(article.title).to.equal(collapsed(it.title));
        expect(article.summary).to.equal(collapsed(it.summary));
        expect(article.url).to.equal(new URL(`https://gen.example${it.path || '/'}`).href);
        expect(article.published).to.equal(new Date(it.ms).toISOString());
        expect(article.topics).to.deep.equal([...new Set(it.categories.map(collapsed))]);
      });
    }), {numRuns: 60});
  });

  describe('a feed that declares no language', () => {
    const feed = (items: [title: string, pubDate: string][], channel = '') =>
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>' + channel + items.map(([title, pubDate], i) =>
        `<item><guid>g${i}</guid><title>${title}</title><pubDate>${pubDate}</pubDate></item>`).join('') + '</channel></rss>';
    const langs = (xml: string) => articles(parseRss(xml)).map((a) => a.lang);
    const dates = (xml: string) => articles(parseRss(xml)).map((a) => a.published);

    it('guesses each item\'s language from its text: zh-Hant, zh-Hans, zh or und', () => {
      expect(langs(feed([
        ['北韓今晨發射彈道飛彈', 'Tue, 29 Jul 2025 08:00:00 +0800'],
        ['朝鲜今晨发射弹道导弹', 'Tue, 29 Jul 2025 08:00:00 +0800'],
        ['金正恩', 'Tue, 29 Jul 2025 08:00:00 +0800'],
        ['Kim Jong Un inspects a factory', 'Tue, 29 Jul 2025 08:00:00 +0800'],
      ]))).to.deep.equal(['zh-Hant', 'zh-Hans', 'zh', 'und']);
    });

    it('keeps a declared language over the guess: the channel\'s, or the item\'s xml:lang', () => {
      expect(langs(feed([['北韓今晨發射彈道飛彈', 'Tue, 29 Jul 2025 08:00:00 +0800']], '<language>zh-cn</language>')))
        .to.deep.equal(['zh-CN']);
      expect(langs(feed([['北韓今晨發射彈道飛彈', 'Tue, 29 Jul 2025 08:00:00 +0800']], '<language>en</language>')))
        .to.deep.equal(['en']);
      const xml = '<rss version="2.0"><channel><title>T</title><item xml:lang="zh-HK"><guid>a</guid><title>朝鲜发射导弹</title>' +
        '<pubDate>Tue, 29 Jul 2025 08:00:00 +0800</pubDate></item></channel></rss>';
      expect(langs(xml)).to.deep.equal(['zh-HK']);
    });

    it('reads CST as China Standard Time when the items are Chinese, as US Central when they are not', () => {
      expect(dates(feed([['北韓今晨發射彈道飛彈', 'Tue, 29 Jul 2025 08:00:00 CST'], ['Kim', 'Tue, 29 Jul 2025 09:00:00 CST']])))
        .to.deep.equal(['2025-07-29T00:00:00.000Z', '2025-07-29T01:00:00.000Z']);
      expect(dates(feed([['Kim Jong Un inspects a factory', 'Tue, 29 Jul 2025 08:00:00 CST']])))
        .to.deep.equal(['2025-07-29T14:00:00.000Z']);
    });

    it('reads CST by the declared language first: the channel\'s, or the item\'s own', () => {
      expect(dates(feed([['Kim Jong Un inspects a factory', 'Tue, 29 Jul 2025 08:00:00 CST']], '<language>zh-TW</language>')))
        .to.deep.equal(['2025-07-29T00:00:00.000Z']);
      expect(dates(feed([['北韓今晨發射彈道飛彈', 'Tue, 29 Jul 2025 08:00:00 CST']], '<language>en-us</language>')))
        .to.deep.equal(['2025-07-29T14:00:00.000Z']);
      const xml = '<rss version="2.0"><channel><title>T</title><language>en</language><item xml:lang="zh-CN"><guid>a</guid>' +
        '<title>Kim</title><pubDate>Tue, 29 Jul 2025 08:00:00 CST</pubDate></item></channel></rss>';
      expect(dates(xml)).to.deep.equal(['2025-07-29T00:00:00.000Z']);
    });

    it('reads a date with no zone as UTC+8 when the items are Chinese, as UTC when they are not', () => {
      expect(dates(feed([['北韓今晨發射彈道飛彈', '2026-11-28 04:42:18'], ['Kim', 'Sat, 28 Nov 2026 05:00:00']])))
        .to.deep.equal(['2026-11-27T20:42:18.000Z', '2026-11-27T21:00:00.000Z']);
      expect(dates(feed([['Kim Jong Un inspects a factory', '2026-11-28 04:42:18']])))
        .to.deep.equal(['2026-11-28T04:42:18.000Z']);
      // A written offset stays as written in a Chinese feed.
      expect(dates(feed([['北韓今晨發射彈道飛彈', '2026-11-28T04:42:18Z'], ['朝鲜发射导弹', '2026-11-28 04:42:18+09:00']])))
        .to.deep.equal(['2026-11-28T04:42:18.000Z', '2026-11-27T19:42:18.000Z']);
    });

    it('reads a date with no zone by the declared language first: the channel\'s, or the item\'s own', () => {
      expect(dates(feed([['Kim Jong Un inspects a factory', '2026-11-28 04:42:18']], '<language>zh-HK</language>')))
        .to.deep.equal(['2026-11-27T20:42:18.000Z']);
      expect(dates(feed([['北韓今晨發射彈道飛彈', '2026-11-28 04:42:18']], '<language>en-us</language>')))
        .to.deep.equal(['2026-11-28T04:42:18.000Z']);
      const xml = '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>' +
        '<language>en</language><item xml:lang="zh-SG"><guid>a</guid><title>Kim</title>' +
        '<dc:date>2026-11-28T04:42:18</dc:date></item></channel></rss>';
      expect(dates(xml)).to.deep.equal(['2026-11-27T20:42:18.000Z']);
    });

    it("reads the channel's CST date in Chinese too, for a feed that dates no item", () => {
      const xml = '<rss version="0.91"><channel><title>T</title><pubDate>Tue, 29 Jul 2025 08:00:00 CST</pubDate>' +
        '<item><title>北韓今晨發射彈道飛彈</title></item></channel></rss>';
      expect(dates(xml)).to.deep.equal(['2025-07-29T00:00:00.000Z']);
    });
  });
});
