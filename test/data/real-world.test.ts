// Feeds shaped like what popular publishers actually serve (test/fixtures/feeds/real-world/), read
// end to end: bytes through fetchFeed's charset handling, then parseFeed's sniffing. Every expected
// value is written out by hand.
import {expect} from '@open-wc/testing';
import type {Article} from '../../src/core/vocabulary.js';
import {decodeFeed} from '../../src/data/charset.js';
import {fetchFeed} from '../../src/data/fetch-feed.js';
import {parseFeedDate} from '../../src/data/formats/date.js';
import {clearFeedCache, loadFeed} from '../../src/data/load.js';
import {parseFeed} from '../../src/data/parse.js';
import {articles, byTitle, expectResult} from './helpers.js';
import {makeArticle} from '../helpers.js';

/** The fixture's bytes as the loader reads them, parsed as if served from the publisher's `feedUrl`. */
async function read(name: string, feedUrl: string): Promise<ReturnType<typeof parseFeed>> {
  const fetched = await fetchFeed(new URL(`/test/fixtures/feeds/real-world/${name}`, location.href).href);
  if (!fetched.ok) throw new Error(`fixture ${name}: ${fetched.error.message}`);
  const result = parseFeed(fetched.value.text, {url: feedUrl, contentType: fetched.value.contentType});
  expectResult(result);
  return result;
}

/** An article as the parsers build it: the fields every article has, plus the given ones. */
function article(fields: Partial<Article> & Pick<Article, 'id' | 'title' | 'published'>): Article {
  return makeArticle({lang: 'und', ...fields});
}

describe('real-world feeds', () => {
  it('WordPress RSS 2.0: content:encoded figure as the picture, CDATA categories, dc:creator, +0000', async () => {
    const result = await read('wordpress.xml', 'https://koreadesk.example.com/feed/');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'https://koreadesk.example.com/?p=4821',
        title: 'North Korea fires ballistic missile into East Sea',
        summary: 'North Korea fired a short-range ballistic missile on Tuesday, South Korea’s Joint Chiefs of Staff ' +
          'said, its first launch in two months. The missile flew about 600 km […]',
        // The figure's picture is the article's image: its alt text is not repeated in the body.
        body: 'North Korea fired a short-range ballistic missile on Tuesday, South Korea’s Joint Chiefs of Staff said.' +
          '\n\nThe launch in a KCNA photo\n\nThe missile flew about 600 km “on an irregular trajectory”.',
        url: 'https://koreadesk.example.com/2025/07/29/north-korea-fires-ballistic-missile/',
        image: {
          url: 'https://koreadesk.example.com/wp-content/uploads/2025/07/launch-1024x683.jpg',
          alt: 'A missile lifts off from a mobile launcher',
        },
        published: '2025-07-29T08:30:00.000Z',
        authors: [{name: 'Jane Park'}],
        category: 'Military',
        topics: ['Military', 'Missiles'],
        sources: ['Jane Park'],
        lang: 'en-US',
      }),
      article({
        id: 'https://koreadesk.example.com/?p=4815',
        title: 'Q&A: What the Kim–Putin summit means for Seoul',
        summary: 'Our diplomatic editor answers readers’ questions. The post Q&A: What the Kim–Putin summit means ' +
          'for Seoul appeared first on Korea Desk.',
        body: 'Our diplomatic editor answers readers’ questions.',
        url: 'https://koreadesk.example.com/2025/07/28/qa-kim-putin-summit/',
        published: '2025-07-28T22:05:17.000Z',
        authors: [{name: 'Min-jun Lee'}],
        category: 'Analysis',
        topics: ['Analysis'],
        sources: ['Min-jun Lee'],
        lang: 'en-US',
      }),
    ]);
    expect(result.ok && result.warnings).to.deep.equal([]);
  });

  it('Google News RSS: "Headline - Source" titles lose the source <source> credits; link lists are no summary', async () => {
    const result = await read('google-news.xml', 'https://news.google.com/rss/search?q=North+Korea&hl=en-US&gl=US&ceid=US:en');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'CBMiWkFVX3lxTE1abc123',
        title: 'North Korea fires ballistic missile toward East Sea, Seoul says',
        url: 'https://news.google.com/rss/articles/CBMiWkFVX3lxTE1abc123?oc=5',
        published: '2025-07-29T08:03:00.000Z',
        sources: ['Reuters'],
        lang: 'en-US',
      }),
      article({
        // Only the trailing " - Source" goes: the hyphen inside the headline stays.
        id: 'CBMiXkFVX3lxTE5def456',
        title: 'Kim Jong Un - Putin summit: what we know',
        url: 'https://news.google.com/rss/articles/CBMiXkFVX3lxTE5def456?oc=5',
        published: '2025-07-28T23:10:00.000Z',
        sources: ['The Korea Herald'],
        lang: 'en-US',
      }),
    ]);
  });

  it('a Traditional Chinese newsroom RSS: +0800 dates, enclosure over thumbnail, e-mail authors not credited', async () => {
    const result = await read('zh-newsroom.xml', 'https://news.example.com.tw/rss/world.xml');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'https://news.example.com.tw/news/world/20250729/4821',
        title: '北韓今晨朝東部海域發射彈道飛彈　南韓軍方嚴密監控',
        summary: '南韓聯合參謀本部指出，北韓今天上午7時許從平安南道一帶朝東部海域發射1枚短程彈道飛彈，飛行距離約600公里。',
        url: 'https://news.example.com.tw/news/world/20250729/4821',
        // The full-size enclosure, not the 150 px thumbnail.
        image: {url: 'https://img.example.com.tw/photos/20250729/4821_1200.jpg', alt: ''},
        published: '2025-07-29T00:15:00.000Z',
        category: '國際',
        topics: ['國際'],
        // <author> is only an e-mail address: the channel is credited instead.
        sources: ['即時新聞 - 國際'],
        lang: 'zh-TW',
      }),
      article({
        id: 'https://news.example.com.tw/news/world/20250728/4790',
        title: '金正恩視察軍工企業　強調「戰爭準備」',
        summary: '北韓官方媒體朝中社今天報導，金正恩視察軍工企業。（中央社）',
        url: 'https://news.example.com.tw/news/world/20250728/4790',
        image: {url: 'https://img.example.com.tw/photos/20250728/4790_150.jpg', alt: ''},
        published: '2025-07-28T13:40:00.000Z', // 21:40 +0800 (CST)
        authors: [{name: '記者王小明'}],
        category: '國際',
        topics: ['國際'],
        sources: ['記者王小明'],
        lang: 'zh-TW',
      }),
      article({
        id: 'https://news.example.com.tw/news/world/20250728/4775',
        title: '脫北者團體放送氣球　統一部：將依法處理',
        summary: '南韓統一部表示……',
        url: 'https://news.example.com.tw/news/world/20250728/4775',
        // An enclosure without a type is a picture when its file name says so.
        image: {url: 'https://img.example.com.tw/photos/20250728/4775.jpg', alt: ''},
        published: '2025-07-28T01:05:00.000Z', // 2025/07/28 09:05:00 GMT+8
        category: '國際',
        topics: ['國際'],
        sources: ['即時新聞 - 國際'],
        lang: 'zh-TW',
      }),
    ]);
  });

  it('Medium RSS: no description, so the summary is the story without its figure; the tracking pixel is ignored', async () => {
    const result = await read('medium.xml', 'https://medium.com/feed/@janepark');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'https://medium.com/p/4b1c2d3e4f5a',
        title: 'Inside Pyongyang’s new satellite program',
        summary: 'North Korea has rebuilt its launch pad at Sohae. A new engine Analysts say the engine is new.',
        body: 'Sohae launch site, 2023 (Planet Labs)\n\nNorth Korea has rebuilt its launch pad at Sohae.\n\nA new engine' +
          '\n\nAnalysts say the engine is new.',
        url: 'https://medium.com/@janepark/inside-pyongyangs-new-satellite-program-4b1c2d3e4f5a?source=rss-3f2a1b0c9d8e------2',
        image: {url: 'https://cdn-images-1.medium.com/max/1024/1*Xy9_satellite.jpeg', alt: ''},
        published: '2025-07-29T09:58:41.000Z',
        authors: [{name: 'Jane Park'}],
        category: 'north-korea',
        topics: ['north-korea', 'space'],
        sources: ['Jane Park'],
      }),
    ]);
  });

  it('Substack RSS: the enclosure picture, the subtitle as summary', async () => {
    const result = await read('substack.xml', 'https://peninsulanotes.substack.com/feed');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'https://peninsulanotes.substack.com/p/why-the-balloons-keep-coming',
        title: 'Why the balloons keep coming',
        summary: 'Trash, leaflets and the politics of the border',
        body: 'The first balloons crossed in May.\n\nA balloon over Seoul\n\nPhoto: Yonhap\n\nThey have not stopped since.' +
          '\n\nThanks for reading Peninsula Notes! Subscribe for free to receive new posts.',
        url: 'https://peninsulanotes.substack.com/p/why-the-balloons-keep-coming',
        image: {
          url: 'https://substackcdn.com/image/fetch/$s_!Xq7Z!,w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/' +
            'https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fballoon.jpeg',
          alt: '',
        },
        published: '2025-07-29T11:00:36.000Z',
        authors: [{name: 'Min-jun Lee'}],
        sources: ['Min-jun Lee'],
        lang: 'en',
      }),
    ]);
  });

  it('RSS 0.91 with an external DTD, HTML entities, windows-1252 references and undated items', async () => {
    const result = await read('rss091.xml', 'http://www.koreawire.example.net/rss.xml');
    const common = {published: '2025-07-29T11:00:00.000Z', sources: ['Korea Wire'], lang: 'en-US'};
    expect(articles(result)).to.deep.equal([
      article({
        ...common,
        id: 'http://www.koreawire.example.net/stories/0729-1.html',
        title: 'Seoul & Tokyo protest launch',
        summary: 'Both governments lodged protests — the third this year… "We will respond," an official said.',
        url: 'http://www.koreawire.example.net/stories/0729-1.html',
      }),
      article({
        ...common,
        id: 'http://www.koreawire.example.net/stories/0729-2.html',
        title: 'Border village reopens to visitors',
        summary: 'Cafés and a museum in Panmunjom’s shadow.',
        url: 'http://www.koreawire.example.net/stories/0729-2.html',
      }),
    ]);
    const warnings = result.ok ? result.warnings.join('\n') : '';
    expect(warnings).to.contain('not well-formed');
    expect(warnings).to.contain('No item has a date');
  });

  it('a BOM, blank lines and xml-stylesheet instructions before the feed; a feedburner pixel is no picture', async () => {
    const expected = [article({
      id: 'https://unification.example.org/2025/07/29/talks',
      title: 'Ministry proposes working-level talks',
      summary: 'The ministry proposed talks at Panmunjom.',
      url: 'https://unification.example.org/2025/07/29/talks',
      published: '2025-07-29T01:00:00.000Z',
      sources: ['Unification Daily'],
      lang: 'ko',
    })];
    expect(articles(await read('stylesheet-bom.xml', 'https://feeds.example.org/unificationdaily'))).to.deep.equal(expected);
    clearFeedCache();
    const loaded = await loadFeed('/test/fixtures/feeds/real-world/stylesheet-bom.xml', {format: 'rss'});
    expect(articles(loaded)).to.deep.equal(expected);
    clearFeedCache();
  });

  it('Blogger Atom: xhtml content under xml:base, its picture, several link rels, thr:total', async () => {
    const result = await read('blogger.xml', 'https://dmzwatch.blogspot.com/feeds/posts/default');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'tag:blogger.com,1999:blog-7311529467.post-5550001',
        title: 'Launch seen from Paju',
        summary: 'We heard the launch at 07:10. See the map. More missile posts.',
        body: 'We heard the launch at 07:10. See the map.\n\nMore missile posts.',
        url: 'https://dmzwatch.blogspot.com/2025/07/launch-seen-from-paju.html',
        image: {url: 'https://dmzwatch.blogspot.com/2025/07/images/paju-sky.jpg', alt: 'Contrail over Paju'},
        published: '2025-07-29T09:05:00.000Z',
        modified: '2025-07-29T09:20:31.404Z',
        authors: [{name: 'Han Seo-yeon', url: 'http://www.blogger.com/profile/0123456789'}],
        category: 'missiles',
        topics: ['missiles'],
        sources: ['Han Seo-yeon'],
      }),
      article({
        id: 'tag:blogger.com,1999:blog-7311529467.post-5550000',
        title: 'Armistice Day at Imjingak',
        summary: 'Ribbons on the fence at Imjingak.',
        body: 'Ribbons on the fence at Imjingak.',
        url: 'https://dmzwatch.blogspot.com/2025/07/armistice-day-at-imjingak.html',
        // The entry's own picture (a Media RSS thumbnail) comes before one found in its HTML.
        image: {url: 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/s72-c/imjingak.jpg', alt: ''},
        published: '2025-07-27T00:00:00.000Z',
        modified: '2025-07-27T00:00:00.000Z',
        authors: [{name: 'Han Seo-yeon'}],
        sources: ['Han Seo-yeon'],
      }),
    ]);
  });

  it('YouTube Atom: the media:group description is the summary, its thumbnail the picture', async () => {
    const result = await read('youtube.xml', 'https://www.youtube.com/feeds/videos.xml?channel_id=UCx1y2z3a4b5c6d7e8f9g0h');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'yt:video:dQw4w9WgXcQ',
        title: 'North Korea missile launch: what we know | Korea Now',
        summary: 'Pyongyang fired a ballistic missile early on Tuesday. Our correspondent explains what it means. ' +
          '#NorthKorea #Missile',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        image: {url: 'https://i1.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg', alt: ''},
        published: '2025-07-29T09:30:05.000Z',
        modified: '2025-07-29T11:02:44.000Z',
        authors: [{name: 'Korea Now TV', url: 'https://www.youtube.com/channel/UCx1y2z3a4b5c6d7e8f9g0h'}],
        sources: ['Korea Now TV'],
      }),
    ]);
  });

  it('Atom entries with only <updated>', async () => {
    const result = await read('atom-updated.xml', 'https://briefs.example.org/atom.xml');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        title: 'Sinpo shipyard & the new submarine',
        summary: 'Imagery shows a new hull.',
        url: 'https://briefs.example.org/sinpo',
        published: '2025-07-29T15:45:30.500Z',
        modified: '2025-07-29T15:45:30.500Z',
        authors: [{name: 'Briefs Desk'}],
        sources: ['Briefs Desk'],
        lang: 'en',
      }),
      article({
        id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b',
        title: 'Yongbyon update',
        summary: 'Reactor cooling water outflow continues.',
        url: 'https://briefs.example.org/yongbyon',
        published: '2025-07-28',
        modified: '2025-07-28',
        authors: [{name: 'Briefs Desk'}],
        sources: ['Briefs Desk'],
        lang: 'en',
      }),
    ]);
  });

  it('JSON Feed with only content_html, relative URLs and author objects', async () => {
    const result = await read('jsonfeed-relative.json', 'https://pyongyangnotes.example.net/feed.json');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'https://pyongyangnotes.example.net/2025/07/29/metro',
        title: 'The Pyongyang Metro’s new cars entered service this week.',
        summary: 'The Pyongyang Metro’s new cars entered service this week.',
        body: 'The Pyongyang Metro’s new cars entered service this week.',
        url: 'https://pyongyangnotes.example.net/2025/07/29/metro',
        image: {url: 'https://pyongyangnotes.example.net/media/metro-car.jpg', alt: 'A new metro car at Puhung station'},
        published: '2025-07-29T00:00:00.123Z',
        authors: [{name: 'Ri Su-jin', url: 'https://pyongyangnotes.example.net/authors/ri'}],
        sources: ['Ri Su-jin'],
        lang: 'en',
      }),
      article({
        id: '2025-07-28-market',
        // WordPress-made JSON Feeds write titles with HTML character references.
        title: 'Tongil market prices – July',
        summary: 'Rice: 6,200 won/kg.',
        body: 'Rice: 6,200 won/kg.',
        url: 'https://pyongyangnotes.example.net/2025/07/28/market',
        published: '2025-07-28T18:30:00.000Z',
        modified: '2025-07-28T18:30:00.000Z',
        authors: [{name: 'Pyongyang Notes', url: 'https://pyongyangnotes.example.net/about'}],
        sources: ['Pyongyang Notes'],
        lang: 'en',
      }),
    ]);
  });

  it('a mainland Java CMS RSS without <language>: guessed Simplified, CST as +0800, no spaces for Chinese line breaks', async () => {
    const result = await read('zh-cms-cst.xml', 'https://www.example.com.cn/rss/world.xml');
    expect(articles(result)).to.deep.equal([
      article({
        id: 'https://www.example.com.cn/world/20250729/001.html',
        title: '朝鲜今天上午发射弹道导弹',
        summary: '韩国联合参谋本部说，朝鲜今天上午向东部海域发射一枚弹道导弹。日本防卫省也证实了这一消息。美国白宫表示正在关注。',
        url: 'https://www.example.com.cn/world/20250729/001.html',
        published: '2025-07-29T01:30:00.000Z', // Tue, 29 Jul 2025 09:30:00 CST (China)
        sources: ['国际新闻'],
        lang: 'zh-Hans',
      }),
      article({
        id: 'https://www.example.com.cn/world/20250728/002.html',
        title: '金正恩视察军工企业',
        // Latin text on one side of a <br>: a space, as before.
        summary: '朝中社28日报道，金正恩视察了军工企业。 Kim Jong Un inspected a munitions factory.',
        url: 'https://www.example.com.cn/world/20250728/002.html',
        published: '2025-07-28T13:40:00.000Z', // Mon Jul 28 21:40:00 CST 2025 (Java's Date.toString)
        sources: ['国际新闻'],
        lang: 'zh-Hans',
      }),
    ]);
    expect(result.ok && result.warnings).to.deep.equal([]);
  });

  describe('dates, titles, pictures and links in the wild', () => {
    let result: ReturnType<typeof parseFeed>;
    before(async () => {
      result = await read('wild.xml', 'https://wild.example/feed.xml');
    });

    it('reads every date as the exact instant', () => {
      const published = Object.fromEntries(articles(result).filter((a) => /^d\d/.test(a.id)).map((a) => [a.id, a.published]));
      expect(published).to.deep.equal({
        d1: '2025-07-29T00:00:00.000Z', // Tue, 29 Jul 2025 08:00:00 +0800 (CST)
        d2: '2025-07-29T08:00:00.000Z', // 29 Jul 2025 08:00 GMT
        d3: '2025-07-29T00:00:00.000Z', // Tue, 29 Jul 2025 8:00:00 +0800
        d4: '2025-07-29T08:00:00.000Z', // 2025-07-29 08:00:00 (no zone: UTC)
        d5: '2025-07-29T00:00:00.123Z', // 2025-07-29T08:00:00.123456+08:00
        d6: '2025-07-29T00:00:00.000Z', // tue, 29 jul 2025 08:00:00 +0800
        d7: '2025-09-01T00:00:00.000Z', // Mon, 1 Sept 2025 08:00:00 +0800
        d8: '2025-07-29T00:00:00.000Z', // Tuesday, 29 July 2025 08:00:00 +08:00
        d9: '2025-07-29T00:00:00.000Z', // Tue, 29 Jul 2025 08:00:00 GMT+8
        d10: '2025-07-29T00:00:00.000Z', // 2025/07/29 08:00:00 +0800
        d11: '2025-07-29T00:00:00.000Z', // dc:date 2025-07-29T08:00:00+08:00
      });
      expect(result.ok && result.warnings).to.deep.equal([]);
    });

    it('does not take a guid that is not a URL for a link', () => {
      expect(articles(result).find((a) => a.id === 'd1')!.url).to.equal(undefined);
    });

    it('takes the first <img> of the description as the picture, with its alt, and does not repeat the alt', () => {
      const a = byTitle(result, 'Image only in the description');
      expect(a.image).to.deep.equal({url: 'https://wild.example/uploads/2025/07/kim-parade.jpg', alt: 'Kim Jong Un at the parade'});
      expect(a.summary).to.equal('Troops marched through Kim Il Sung Square.');
    });

    it('decodes double-encoded entities in titles and collapses whitespace in them', () => {
      expect(articles(result).find((a) => a.id === 't1')!.title).to.equal('US & ROK: "ironclad" alliance – again');
      expect(articles(result).find((a) => a.id === 't2')!.title).to.equal('Leaders meet at the border');
    });

    it('drops javascript: links, falling back to a permalink guid', () => {
      expect(byTitle(result, 'Script link').url).to.equal(undefined);
      expect(byTitle(result, 'Script link with a permalink guid').url).to.equal('https://wild.example/2025/07/29/permalink');
    });
  });

  it('reads the other date shapes feeds write', () => {
    const cases: [string, string | undefined][] = [
      ['Tue, 29 Jul 2025 08:00:00 +0800 (CST)', '2025-07-29T00:00:00.000Z'],
      ['29 Jul 2025 08:00 GMT', '2025-07-29T08:00:00.000Z'],
      ['Tue, 29 Jul 2025 8:00:00 +0800', '2025-07-29T00:00:00.000Z'],
      ['2025-07-29 08:00:00', '2025-07-29T08:00:00.000Z'],
      ['2025-07-29T08:00:00.123456+08:00', '2025-07-29T00:00:00.123Z'],
      ['tue, 29 jul 2025 08:00:00 +0800', '2025-07-29T00:00:00.000Z'],
      ['29 sept 2025 08:00:00 GMT', '2025-09-29T08:00:00.000Z'],
      ['Tue, 29 Jul 2025 08:00:00 GMT+8', '2025-07-29T00:00:00.000Z'],
      ['Tue, 29 Jul 2025 08:00:00 UTC+05:30', '2025-07-29T02:30:00.000Z'],
      ['2025/7/29 8:00:00', '2025-07-29T08:00:00.000Z'],
      ['2025/7/29 08:00', '2025-07-29T08:00:00.000Z'],
      ['2025/07/29 08:00:00 GMT+8', '2025-07-29T00:00:00.000Z'],
      ['2025-07-29T08:00:00 GMT+0800', '2025-07-29T00:00:00.000Z'],
      ['29/07/2025 08:00', undefined], // day first or month first: not guessed
    ];
    for (const [input, instant] of cases) expect(parseFeedDate(input), input).to.equal(instant);
  });

  it('mends undeclared namespace prefixes (media:, dc:) instead of failing the feed', () => {
    const result = parseFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>p1</guid><title>Prefixed</title>' +
      '<pubDate>Tue, 29 Jul 2025 08:00:00 GMT</pubDate><dc:creator>Yonhap</dc:creator>' +
      '<media:content url="https://img.example/a.jpg" medium="image"><media:title>Launch site</media:title></media:content>' +
      '<foo:bar x:y="1">ignored</foo:bar></item></channel></rss>', {url: 'https://x.example/rss'});
    expect(articles(result)).to.deep.equal([article({
      id: 'p1',
      title: 'Prefixed',
      image: {url: 'https://img.example/a.jpg', alt: 'Launch site'},
      published: '2025-07-29T08:00:00.000Z',
      authors: [{name: 'Yonhap'}],
      sources: ['Yonhap'],
    })]);
    expect(result.ok && result.warnings.join()).to.contain('not well-formed');
  });

  it('does not repeat as text the alt of a picture the item also carries as its own (a featured image)', () => {
    const result = parseFeed('<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><item>' +
      '<guid>f1</guid><title>Featured</title><pubDate>Tue, 29 Jul 2025 08:00:00 GMT</pubDate>' +
      '<media:content url="https://x.example/img/kim.jpg" medium="image"/>' +
      '<description>&lt;img src="/img/kim.jpg" alt="Kim Jong Un"&gt; Kim inspected a factory.</description>' +
      '</item></channel></rss>', {url: 'https://x.example/rss'});
    expect(articles(result)).to.deep.equal([article({
      id: 'f1',
      title: 'Featured',
      summary: 'Kim inspected a factory.',
      image: {url: 'https://x.example/img/kim.jpg', alt: ''},
      published: '2025-07-29T08:00:00.000Z',
      sources: ['T'],
    })]);
  });

  it('reads an XML declaration after leading whitespace for the charset', () => {
    const big5 = [0xa5, 0x5f, 0xc1, 0xfa]; // 北韓
    const bytes = Uint8Array.from([...new TextEncoder().encode('\r\n  <?xml version="1.0" encoding="Big5"?><t>'), ...big5]);
    expect(decodeFeed(bytes, 'text/xml').text).to.equal('\r\n  <?xml version="1.0" encoding="Big5"?><t>北韓');
  });

  it('reads 500 of 501 items, with a warning', () => {
    const items = Array.from({length: 501}, (_, i) =>
      `<item><guid isPermaLink="false">n${i}</guid><title>Item ${i}</title><pubDate>Tue, 29 Jul 2025 08:00:00 GMT</pubDate></item>`);
    const result = parseFeed(`<rss version="2.0"><channel><title>Many</title>${items.join('')}</channel></rss>`);
    const list = articles(result);
    expect(list).to.have.length(500);
    expect([list[0]!.id, list[499]!.id]).to.deep.equal(['n0', 'n499']);
    expect(result.ok && result.warnings).to.deep.equal(['The feed has 501 items; only the first 500 are read']);
  });
});
