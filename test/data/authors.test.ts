// Who wrote a story and when it last changed, as each format says it (issue 22, JSON-LD): JSON
// Feed `authors`/`author` and `date_modified`, RSS `dc:creator`/`author`, Atom `author` (name,
// uri; the entry's, else its source's, else the feed's) and `updated`, nk-news JSON `authors` and
// `modified`. Only http(s) links survive, names are tidied and capped.
import {expect} from '@open-wc/testing';
import type {Article} from '../../src/core/vocabulary.js';
import {parseAtom} from '../../src/data/formats/atom.js';
import {MAX_AUTHORS} from '../../src/data/formats/item.js';
import {parseJson} from '../../src/data/formats/json.js';
import {parseJsonFeed} from '../../src/data/formats/jsonfeed.js';
import {parseRss} from '../../src/data/formats/rss.js';
import type {Result} from '../../src/data/errors.js';

const read = (result: Result<Article[]>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('authors and modified dates', () => {
  it('JSON Feed 1.1: item authors with their url, else the feed\'s; date_modified', () => {
    const [own, inherited] = read(parseJsonFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: '朝鮮新聞', authors: [{name: '編輯台', url: 'https://news.example/desk'}],
      items: [
        {id: 'a', title: 'A', content_text: 'a', date_published: '2026-11-30T08:00:00Z', date_modified: '2026-11-30T09:30:00+08:00',
          authors: [{name: '  王小明\n', url: '/people/wang'}, {name: '李四', url: 'javascript:alert(1)'}, {url: 'https://x.example/'}, {name: '王小明'}]},
        {id: 'b', title: 'B', content_text: 'b', date_published: '2026-11-29T08:00:00Z'},
      ],
    }), 'https://news.example/feed.json'));
    expect(own!.authors).to.deep.equal([{name: '王小明', url: 'https://news.example/people/wang'}, {name: '李四'}]);
    expect(own!.modified).to.equal('2026-11-30T01:30:00.000Z');
    expect(inherited!.authors).to.deep.equal([{name: '編輯台', url: 'https://news.example/desk'}]);
    expect(inherited!.modified).to.equal(undefined);
  });

  it('JSON Feed 1.0: the single author', () => {
    const [item] = read(parseJsonFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1', items: [{id: 'a', title: 'A', date_published: '2026-11-30T08:00:00Z', author: {name: 'Kim', url: 'https://k.example/'}}],
    })));
    expect(item!.authors).to.deep.equal([{name: 'Kim', url: 'https://k.example/'}]);
  });

  it('RSS: dc:creator and the name in <author>, never a bare e-mail address', () => {
    const [item, bare] = read(parseRss(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
      <item><title>A</title><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><dc:creator>陳記者</dc:creator><author>desk@news.example (Jane Roe)</author></item>
      <item><title>B</title><pubDate>Mon, 30 Nov 2026 07:00:00 GMT</pubDate><author>desk@news.example</author></item>
    </channel></rss>`));
    expect(item!.authors).to.deep.equal([{name: '陳記者'}, {name: 'Jane Roe'}]);
    expect(item!.modified).to.equal(undefined);
    expect(bare!.authors).to.equal(undefined);
  });

  it('Atom: the entry\'s authors with uri, else its source\'s, else the feed\'s; updated', () => {
    const [own, fromSource, fromFeed] = read(parseAtom(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <title>T</title><author><name>Feed Desk</name><uri>https://news.example/</uri></author>
      <entry><id>a</id><title>A</title><published>2026-11-30T08:00:00Z</published><updated>2026-11-30T10:00:00Z</updated>
        <author><name>Ann</name><uri>/ann</uri></author><author><name>Bo</name><uri>ftp://bo.example/</uri></author></entry>
      <entry><id>b</id><title>B</title><updated>2026-11-29T08:00:00Z</updated><source><author><name>Wire</name></author></source></entry>
      <entry><id>c</id><title>C</title><updated>2026-11-28T08:00:00Z</updated></entry>
    </feed>`, 'https://news.example/atom.xml'));
    expect(own!.authors).to.deep.equal([{name: 'Ann', url: 'https://news.example/ann'}, {name: 'Bo'}]);
    expect(own!.modified).to.equal('2026-11-30T10:00:00.000Z');
    expect(own!.published).to.equal('2026-11-30T08:00:00.000Z');
    expect(fromSource!.authors).to.deep.equal([{name: 'Wire'}]);
    expect(fromFeed!.authors).to.deep.equal([{name: 'Feed Desk', url: 'https://news.example/'}]);
  });

  it('nk-news JSON: authors and modified are checked like every field', () => {
    const base = {id: 'a', title: 'A', published: '2026-11-30T08:00:00Z', lang: 'zh-Hant-TW'};
    const result = parseJson(JSON.stringify({version: 1, articles: [
      {...base, authors: [{name: '王小明', url: 'https://news.example/wang'}], modified: '2026-11-30T09:00:00Z'},
      {...base, id: 'b', authors: [{name: 7}]},
      {...base, id: 'c', authors: [{name: 'X', url: 'javascript:void 0'}]},
      {...base, id: 'd', modified: 'yesterday'},
    ]}));
    const [article] = read(result);
    expect(article!.authors).to.deep.equal([{name: '王小明', url: 'https://news.example/wang'}]);
    expect(article!.modified).to.equal('2026-11-30T09:00:00.000Z');
    const warnings = result.ok ? result.warnings.join('\n') : '';
    expect(warnings).to.contain('authors[0].name').and.contain('authors[0].url').and.contain('"modified"');
  });

  it('keeps at most MAX_AUTHORS, each name once, on one line and capped', () => {
    const many = Array.from({length: MAX_AUTHORS + 5}, (_, i) => ({name: `作者 ${i}`}));
    const [item] = read(parseJsonFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', items: [{id: 'a', title: 'A', date_published: '2026-11-30T08:00:00Z', authors: [{name: 'x'.repeat(5000)}, ...many]}],
    })));
    expect(item!.authors).to.have.length(MAX_AUTHORS);
    expect([...item!.authors![0]!.name].length).to.equal(200);
  });
});
