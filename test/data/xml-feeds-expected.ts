// What the RSS 0.91, 0.92, 1.0 (RDF), 2.0 and Atom 1.0 and 0.3 fixtures read as: the same in both
// browsers (test/data/xml-tree.test.ts) and in Node, Deno and Bun (test/node/xml-feeds.test.ts).
// The values agree with the hand-written expectations of rss.test.ts, atom.test.ts and
// real-world.test.ts; nothing here may import a browser or a runtime API.
import type {Article} from '../../src/core/vocabulary.js';

export interface Essentials {
  title: string;
  published: string;
  url: string | undefined;
  summary: string;
}

export function essentials(articles: readonly Article[]): Essentials[] {
  return articles.map(({title, published, url, summary}) => ({title, published, url, summary}));
}

/** Each fixture (under test/fixtures/feeds/), the URL it is read as served from, and its articles. */
export const XML_FEEDS: {format: string; file: string; url: string; articles: Essentials[]}[] = [
  {
    format: 'RSS 0.91', file: 'real-world/rss091.xml', url: 'http://www.koreawire.example.net/rss.xml',
    articles: [
      {title: 'Seoul & Tokyo protest launch', published: '2025-07-29T11:00:00.000Z', url: 'http://www.koreawire.example.net/stories/0729-1.html',
        summary: 'Both governments lodged protests — the third this year… "We will respond," an official said.'},
      {title: 'Border village reopens to visitors', published: '2025-07-29T11:00:00.000Z', url: 'http://www.koreawire.example.net/stories/0729-2.html',
        summary: 'Cafés and a museum in Panmunjom’s shadow.'},
    ],
  },
  {
    format: 'RSS 0.92', file: 'rss092.xml', url: 'https://notes.example.kr/rss',
    articles: [
      {title: '통일부 브리핑', published: '2025-07-29T23:15:00.000Z', url: 'https://notes.example.kr/2025/07/briefing',
        summary: 'The ministry declined to comment.'},
      {title: 'A note without a title: the summary stands in for one.', published: '2025-07-29T09:00:00.000Z', url: 'https://notes.example.kr/2025/07/untitled',
        summary: 'A note without a title: the summary stands in for one.'},
      {title: 'Balloons over Paju', published: '2025-07-29T07:30:00.000Z', url: 'https://notes.example.kr/2025/07/balloons',
        summary: 'Residents reported dozens of balloons.'},
    ],
  },
  {
    format: 'RSS 1.0 (RDF)', file: 'rss1.rdf', url: 'https://nk.example.jp/rss1.rdf',
    articles: [
      {title: '北朝鮮、弾道ミサイル発射', published: '2025-07-29T08:30:00.000Z', url: 'https://nk.example.jp/news/1',
        summary: '防衛省によると、北朝鮮は29日午前、弾道ミサイル1発を発射した。'},
      {title: '南北境界で拡声器放送', published: '2025-07-28', url: 'https://nk.example.jp/news/2',
        summary: '韓国軍は放送を再開した。'},
    ],
  },
  {
    format: 'RSS 2.0', file: 'rss2.xml', url: 'https://feeds.example/rss2.xml',
    articles: [
      {title: '北韓週二試射短程彈道飛彈', published: '2025-07-29T13:30:00.000Z', url: 'https://feeds.example/articles/2025/07/missile-test.html',
        summary: '南韓聯合參謀本部表示，北韓於週二上午向東部海域發射一枚短程彈道飛彈。日本防衛省 亦證實。'},
      {title: 'Kim Yo Jong statement on talks', published: '2025-07-29T06:15:00.000Z', url: 'https://news.example.tw/en/kim-statement',
        summary: 'Kim said the U.S. & South Korea must change course.'},
      {title: 'US & ROK begin Freedom Edge drills', published: '2025-07-30T00:00:00.000Z', url: 'https://news.example.tw/en/drills',
        summary: 'Three-way exercise starts off Jeju.'},
      {title: 'Pyongyang marks armistice anniversary', published: '2025-07-30T12:00:00.000Z', url: 'https://news.example.tw/en/armistice',
        summary: 'Parades in the capital.'},
      {title: 'Satellite launch window notice', published: '2025-07-31T14:00:00.000Z', url: 'https://news.example.tw/en/satellite',
        summary: 'Japan Coast Guard relays a navigational warning.'},
      {title: 'Statement on border', published: '2025-08-01T11:00:00.000Z', url: undefined,
        summary: 'Border guards reported movement.'},
      {title: 'Rodong Sinmun editorial', published: '2025-07-27T11:00:00.000Z', url: 'https://news.example.tw/en/editorial',
        summary: 'Editorial on “Victory Day”.'},
    ],
  },
  {
    format: 'Atom 1.0', file: 'atom.xml', url: 'https://feeds.example/atom.xml',
    articles: [
      {title: 'Talks resume at Panmunjom', published: '2025-07-29T08:30:00.000Z', url: 'https://example.org/nk/2025/07/talks',
        summary: 'Working-level talks resumed.'},
      {title: 'Prices < expectations & rising', published: '2025-07-28T06:00:00.000Z', url: 'https://example.org/nk/2025/07/prices',
        summary: 'Rice prices in Pyongyang markets. Second paragraph.'},
      {title: 'Drone incursion claim', published: '2025-07-28T04:59:59.250Z', url: undefined,
        summary: 'KCNA claims a drone entered its airspace.'},
    ],
  },
  {
    format: 'Atom 0.3', file: 'atom03.xml', url: 'https://old.example/atom.xml',
    articles: [
      {title: 'A bold claim', published: '2025-07-29T08:30:00.000Z', url: 'https://old.example/1',
        summary: 'The claim, in short.'},
      {title: 'Inline XHTML', published: '2025-07-28T09:00:00.000Z', url: 'https://old.example/2',
        summary: 'Read as markup.'},
      {title: 'Base64 content', published: '2025-07-27T12:00:00.000Z', url: 'https://old.example/3',
        summary: 'Only the summary is text.'},
    ],
  },
];
