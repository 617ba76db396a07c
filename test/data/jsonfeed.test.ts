import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseJsonFeed} from '../../src/data/formats/jsonfeed.js';
import {
  articles, byTitle, collapsed, expectResult, fixture, instants, jsonSoup, offsets, rfc3339, visibleText,
} from './helpers.js';

describe('parseJsonFeed', () => {
  let url: string;
  let result: ReturnType<typeof parseJsonFeed>;
  before(async () => {
    const feed = await fixture('jsonfeed.json');
    url = feed.url;
    result = parseJsonFeed(feed.text, url);
  });

  it('reads a JSON Feed 1.1 and skips the undated item with a warning', () => {
    expect(articles(result).map((a) => a.id)).to.deep.equal(['2025-07-29-missile', '42', 'micro-1']);
    expect(result.ok && result.warnings.join()).to.contain('no date');
  });

  it('prefers summary, and turns content_html into plain text with paragraphs in the body', () => {
    const missile = byTitle(result, 'North Korea fires missile');
    expect(missile.summary).to.equal('A short-range ballistic missile.');
    expect(missile.body).to.equal('The launch was the first in months.\n\nMore soon.');
    const linked = byTitle(result, 'Linked: market report');
    expect(linked.summary).to.equal('Prices rose. Again.');
    expect(linked.body).to.equal('Prices rose.\n\nAgain.');
  });

  it('makes a headline from the content of an untitled post', () => {
    const micro = articles(result).find((a) => a.id === 'micro-1')!;
    expect(micro.title).to.equal('Short post about the DMZ & more.');
    expect(micro.summary).to.equal('Short post about the DMZ & more.');
  });

  it('reads date_published, else date_modified, as exact instants', () => {
    expect(byTitle(result, 'North Korea fires missile').published).to.equal('2025-07-28T23:30:00.000Z');
    expect(byTitle(result, 'Linked: market report').published).to.equal('2025-07-28T12:00:00.000Z');
  });

  it('reads url (else external_url), image (else banner_image, resolved), tags, authors and language', () => {
    const missile = byTitle(result, 'North Korea fires missile');
    expect(missile.url).to.equal('https://dprk.example.com/2025/07/29/missile');
    expect(missile.image).to.deep.equal({url: 'https://dprk.example.com/img/missile.jpg', alt: ''});
    expect(missile.topics).to.deep.equal(['missiles', 'military']);
    expect(missile.sources).to.deep.equal(['Kim Ji-won', 'Reuters']);
    expect(missile.lang).to.equal('en-US');
    const linked = byTitle(result, 'Linked: market report');
    expect(linked.url).to.equal('https://www.nknews.example/market-report');
    expect(linked.image?.url).to.equal(new URL('img/banner.png', url).href);
    expect(linked.sources).to.deep.equal(['DPRK Daily staff']);
    expect(linked.lang).to.equal('ko');
  });

  it('reads JSON Feed 1.0 with its single author objects', async () => {
    const feed = await fixture('jsonfeed-1.0.json');
    const old = parseJsonFeed(feed.text, feed.url);
    expect(byTitle(old, 'JSON Feed 1.0 item').sources).to.deep.equal(['Item Author']);
    expect(byTitle(old, 'JSON Feed 1.0 item').published).to.equal('2025-07-26T13:00:00.000Z');
    expect(byTitle(old, 'Second item').sources).to.deep.equal(['Feed Author']);
    expect(byTitle(old, 'Second item').lang).to.equal('und');
  });

  it('names the field when the feed itself is wrong', () => {
    const cases: [string, string, string][] = [
      ['{"version": "https://jsonfeed.org/version/2", "items": []}', 'invalid', 'version'],
      ['{"items": []}', 'invalid', 'version'],
      ['{"version": "https://jsonfeed.org/version/1.1"}', 'invalid', 'items'],
      ['[]', 'invalid', '(root)'],
      ['{"version": ', 'parse', ''],
    ];
    for (const [text, code, field] of cases) {
      const r = parseJsonFeed(text);
      expect(r.ok, text).to.equal(false);
      if (!r.ok) {
        expect(r.error.code, text).to.equal(code);
        if (field) expect(r.error.field, text).to.equal(field);
        if (field) expect(r.error.message, text).to.contain(field);
      }
    }
  });

  it('answers any JSON with articles or a typed error, never a throw', () => {
    fc.assert(fc.property(jsonSoup, (text) => expectResult(parseJsonFeed(text, 'https://feed.example/feed.json'))),
      {numRuns: 300});
  });

  it('gives back the items a producer wrote, whatever their text', () => {
    const item = fc.record({
      id: fc.string({minLength: 1}).filter((s) => s.trim() === s && s.length > 0),
      title: visibleText(),
      summary: visibleText(200),
      path: fc.webPath(),
      ms: instants,
      offset: offsets,
      tags: fc.array(visibleText(20), {maxLength: 4}),
    });
    fc.assert(fc.property(fc.uniqueArray(item, {minLength: 1, maxLength: 8, selector: (i) => i.id}), (items) => {
      const json = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Gen',
        items: items.map((it) => ({
          id: it.id, title: it.title, summary: it.summary, url: `https://gen.example${it.path || '/'}`,
          date_published: rfc3339(it.ms, it.offset), tags: it.tags,
        })),
      });
      const list = articles(parseJsonFeed(json));
      expect(list).to.have.length(items.length);
      list.forEach((article, i) => {
        const it = items[i]!;
        expect(article.id).to.equal(it.id);
        expect(article.title).to.equal(collapsed(it.title));
        expect(article.summary).to.equal(collapsed(it.summary));
        expect(article.url).to.equal(new URL(`https://gen.example${it.path || '/'}`).href);
        expect(article.published).to.equal(new Date(it.ms).toISOString());
        expect(article.topics).to.deep.equal([...new Set(it.tags.map(collapsed))]);
      });
    }), {numRuns: 60});
  });

  it('guesses the language of items when neither they nor the feed declare one', () => {
    const item = (id: string, title: string, extra: Record<string, unknown> = {}) =>
      ({id, title, date_published: '2025-07-29T08:00:00Z', ...extra});
    const json = (language?: string) => JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', language,
      items: [item('a', '北韓試射飛彈'), item('b', '朝鲜试射导弹'), item('c', 'Talks resume'), item('d', '平壤', {language: 'ko'})],
    });
    expect(articles(parseJsonFeed(json())).map((a) => a.lang)).to.deep.equal(['zh-Hant', 'zh-Hans', 'und', 'ko']);
    expect(articles(parseJsonFeed(json('zh-TW'))).map((a) => a.lang)).to.deep.equal(['zh-TW', 'zh-TW', 'zh-TW', 'ko']);
  });

  it('reads a date_published with no zone as UTC+8 in a Chinese feed (declared or guessed), as UTC otherwise', () => {
    const json = (title: string, date: string, language?: string, itemLanguage?: string) => JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', language,
      items: [{id: 'a', title, date_published: date, language: itemLanguage}],
    });
    const published = (text: string) => articles(parseJsonFeed(text)).map((a) => a.published);
    expect(published(json('朝鲜试射导弹', '2026-11-28T04:42:18'))).to.deep.equal(['2026-11-27T20:42:18.000Z']);
    expect(published(json('Talks resume', '2026-11-28T04:42:18', 'zh-Hant'))).to.deep.equal(['2026-11-27T20:42:18.000Z']);
    expect(published(json('Talks resume', '2026-11-28T04:42:18', 'en', 'zh-MO'))).to.deep.equal(['2026-11-27T20:42:18.000Z']);
    expect(published(json('Talks resume', '2026-11-28T04:42:18'))).to.deep.equal(['2026-11-28T04:42:18.000Z']);
    expect(published(json('朝鲜试射导弹', '2026-11-28T04:42:18', 'en'))).to.deep.equal(['2026-11-28T04:42:18.000Z']);
    expect(published(json('朝鲜试射导弹', '2026-11-28T04:42:18-05:00'))).to.deep.equal(['2026-11-28T09:42:18.000Z']);
  });

  it('puts no space for a line break between Chinese text in content_text summaries, and keeps typed spaces', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{id: 'a', title: '北韓今晨\n發射飛彈 南韓：嚴密監控', date_published: '2025-07-29T08:00:00Z',
        content_text: '李在明今 (4) 日表示，\n北韓今晨發射飛彈。\n\nSeoul said\nit was watching.'}],
    });
    const [a] = articles(parseJsonFeed(json));
    expect(a!.title).to.equal('北韓今晨發射飛彈 南韓：嚴密監控');
    expect(a!.summary).to.equal('李在明今 (4) 日表示，北韓今晨發射飛彈。 Seoul said it was watching.');
    expect(a!.body).to.equal('李在明今 (4) 日表示，\n北韓今晨發射飛彈。\n\nSeoul said\nit was watching.');
  });
});
