import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {Article} from '../../src/core/vocabulary.js';
import {orderAsWritten, parseJson, readJson} from '../../src/data/formats/json.js';
import {filterArticles} from '../../src/data/filter.js';
import {finish} from '../../src/data/formats/item.js';
import {parseIsoDate} from '../../src/data/iso-date.js';
import {httpUrl} from '../../src/data/url.js';
import {articles, byTitle, expectResult, fixture, instants, jsonSoup} from './helpers.js';

describe('parseJson (nk-news JSON)', () => {
  let result: ReturnType<typeof parseJson>;
  before(async () => {
    const feed = await fixture('nk-news.json');
    result = parseJson(feed.text, feed.url);
  });

  it('reads valid articles field by field', () => {
    expect(byTitle(result, '北韓試射飛彈')).to.deep.equal({
      id: 'nk-2025-0729-01',
      title: '北韓試射飛彈',
      summary: '北韓週二向東部海域發射短程彈道飛彈。',
      url: 'https://news.example.tw/a/1',
      image: {url: 'https://img.example.tw/1.jpg', alt: '發射畫面'},
      published: '2025-07-28T23:30:00.000Z',
      category: '軍事',
      topics: ['飛彈'],
      sources: ['韓聯社', '路透'],
      entities: ['kim-jong-un'],
      lang: 'zh-Hant-TW',
    });
  });

  it('keeps bare dates and takes the feed language when the article has none', () => {
    const talks = byTitle(result, '板門店會談恢復');
    expect(talks.published).to.equal('2025-07-28');
    expect(talks.lang).to.equal('zh-Hant-TW');
    expect(talks.topics).to.deep.equal([]);
  });

  it('skips invalid articles with a warning naming the field', () => {
    expect(articles(result)).to.have.length(2);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.find((w) => w.startsWith('articles[2]'))).to.contain('"published"').and.contain('yesterday');
    expect(warnings.find((w) => w.startsWith('articles[3]'))).to.contain('"url"');
  });

  it('accepts a bare array of articles', () => {
    const r = parseJson(JSON.stringify([{id: 'a', title: 'A', summary: 's', published: '2025-07-29'}]));
    expect(articles(r).map((a) => a.id)).to.deep.equal(['a']);
    expect(articles(r)[0]!.lang).to.equal('und');
  });

  it('names the field of each kind of invalid article', () => {
    const base = {id: 'x', title: 'T', summary: 'S', published: '2025-07-29'};
    const cases: [Record<string, unknown>, string][] = [
      [{...base, id: undefined}, '"id"'],
      [{...base, title: 42}, '"title"'],
      [{...base, summary: ['x']}, '"summary"'],
      [{...base, published: '29/07/2025'}, '"published"'],
      [{...base, url: 'ftp://x.example/'}, '"url"'],
      [{...base, image: {url: 'data:image/png;base64,AAAA', alt: ''}}, '"image.url"'],
      [{...base, image: {url: 'https://x.example/a.png', alt: 3}}, '"image.alt"'],
      [{...base, topics: 'military'}, '"topics"'],
      [{...base, sources: [1]}, '"sources"'],
      [{...base, entities: {}}, '"entities"'],
      [{...base, lang: 'not a language tag'}, '"lang"'],
      [{...base, category: true}, '"category"'],
    ];
    for (const [article, field] of cases) {
      const r = parseJson(JSON.stringify({version: 1, articles: [article, base]}));
      expect(articles(r), field).to.have.length(1);
      expect(r.ok && r.warnings.join(), field).to.contain(field);
    }
  });

  it('rejects an unknown major version, and a wrong shape, as invalid naming the field', () => {
    const cases: [unknown, string][] = [
      [{version: 2, articles: []}, 'version'],
      [{version: '2.0', articles: []}, 'version'],
      [{version: 'one', articles: []}, 'version'],
      [{version: 1, articles: {}}, 'articles'],
      ['hello', '(root)'],
    ];
    for (const [value, field] of cases) {
      const r = parseJson(JSON.stringify(value));
      expect(r.ok || [r.error.code, r.error.field], JSON.stringify(value)).to.deep.equal(['invalid', field]);
    }
    expect(articles(parseJson(JSON.stringify({version: '1.2', articles: []})))).to.deep.equal([]);
  });

  it('reports malformed JSON as parse', () => {
    const r = parseJson('{"version": 1, "articles": [');
    expect(r.ok || r.error.code).to.equal('parse');
  });

  it('answers any JSON with articles or a typed error, never a throw', () => {
    fc.assert(fc.property(jsonSoup, (text) => expectResult(parseJson(text, 'https://feed.example/news.json'))),
      {numRuns: 300});
  });

  it('round-trips any valid article list', () => {
    const label = fc.string({minLength: 1, maxLength: 20}).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const article: fc.Arbitrary<Article> = fc.record({
      id: label,
      title: fc.string({minLength: 1, maxLength: 200}).map((s) => s.trim()).filter(Boolean),
      summary: fc.string({maxLength: 500}).map((s) => s.trim()),
      url: fc.webUrl().map((u) => new URL(u).href),
      published: fc.oneof(instants.map((ms) => new Date(ms).toISOString()), instants.map((ms) => new Date(ms).toISOString().slice(0, 10))),
      topics: fc.uniqueArray(label, {maxLength: 4}),
      sources: fc.uniqueArray(label, {maxLength: 4}),
      entities: fc.uniqueArray(label, {maxLength: 4}),
      lang: fc.constantFrom('zh-TW', 'zh-Hant-HK', 'zh-CN', 'en', 'ko-KP', 'und'),
    });
    fc.assert(fc.property(fc.uniqueArray(article, {maxLength: 10, selector: (a) => a.id}), (list) => {
      const r = parseJson(JSON.stringify({version: 1, articles: list}));
      expect(articles(r)).to.deep.equal(list);
    }), {numRuns: 80});
  });

  it('tidies labels and language tags that are not tidy yet, whatever came before them', () => {
    const tidy = {id: 'a', title: '北韓', published: '2025-07-29', sources: ['路透', '韓聯社'], lang: 'zh-TW'};
    const untidy = {
      id: 'b', title: '北韓', published: '2025-07-29', lang: ' zh_tw ',
      sources: [' 路透', '韓聯社\n', '路透', '', 'Associated  Press', '北韓　南韓'],
      entities: ['會面。\n白宮'],
    };
    const [first, second] = articles(readJson([tidy, untidy, tidy].map((a, i) => ({...a, id: `${a.id}${i}`}))));
    expect(first!.sources).to.deep.equal(['路透', '韓聯社']);
    expect(second!.sources).to.deep.equal(['路透', '韓聯社', 'Associated Press', '北韓　南韓']);
    expect(second!.entities).to.deep.equal(['會面。白宮']);
    expect([first!.lang, second!.lang]).to.deep.equal(['zh-TW', 'zh-TW']);
    // The page's arrays are read, never changed.
    expect(tidy.sources).to.deep.equal(['路透', '韓聯社']);
    expect(untidy.sources).to.deep.equal([' 路透', '韓聯社\n', '路透', '', 'Associated  Press', '北韓　南韓']);
  });

  it('guesses the language of articles without lang in a feed without language; a declared one wins', () => {
    const list = [
      {id: 'a', title: '北韓試射飛彈', summary: '北韓週二向東部海域發射短程彈道飛彈。', published: '2025-07-29'},
      {id: 'b', title: '朝鲜试射导弹', published: '2025-07-29'},
      {id: 'c', title: '平壤', published: '2025-07-29'},
      {id: 'd', title: 'Talks', published: '2025-07-29'},
      {id: 'e', title: '朝鲜试射导弹', published: '2025-07-29', lang: 'zh-HK'},
    ];
    expect(articles(parseJson(JSON.stringify(list))).map((a) => a.lang)).to.deep.equal(['zh-Hant', 'zh-Hans', 'zh', 'und', 'zh-HK']);
    expect(articles(parseJson(JSON.stringify({version: 1, articles: list}))).map((a) => a.lang))
      .to.deep.equal(['zh-Hant', 'zh-Hans', 'zh', 'und', 'zh-HK']);
    expect(articles(parseJson(JSON.stringify({version: 1, language: 'zh-Hans-CN', articles: list}))).map((a) => a.lang))
      .to.deep.equal(['zh-Hans-CN', 'zh-Hans-CN', 'zh-Hans-CN', 'zh-Hans-CN', 'zh-HK']);
  });

  it('makes a tidy item into the article `finish` would make (the one-step path restates its rules)', () => {
    const item = fc.record({
      id: fc.constantFrom('a', ' a '),
      title: fc.constantFrom('北韓試射飛彈', ' 北韓 ', '北韓\n飛彈', 'x'.repeat(501), ''),
      summary: fc.constantFrom(undefined, '摘要', ' 摘要 ', ''),
      published: fc.constantFrom('2025-07-29', '2025-07-29T08:30:00.000Z', '2025-07-29T16:30:00+08:00'),
      url: fc.constantFrom(undefined, 'https://example.com/a', 'HTTP://Example.com', '/relative'),
      category: fc.constantFrom(undefined, '軍事', '軍\n事', ''),
      sources: fc.constantFrom(undefined, ['路透'], ['路透', '路透'], [' 路透'], ['']),
      entities: fc.constantFrom(undefined, ['kim-jong-un'], []),
      topics: fc.constantFrom(undefined, ['外交'], []),
      lang: fc.constantFrom(undefined, 'zh-Hant-TW', 'zh_tw'),
    }, {requiredKeys: ['id', 'title', 'published']});
    fc.assert(fc.property(item, (given) => {
      const result = readJson([given]);
      if (!result.ok || !result.value.length) return;
      const draft = {
        ...given, id: given.id.trim(), summary: given.summary ?? '', url: given.url === undefined ? undefined : httpUrl(given.url),
        published: parseIsoDate(given.published)!, topics: [...(given.topics ?? [])], sources: [...(given.sources ?? [])], entities: [...(given.entities ?? [])],
      };
      // An item taken as given may hold an optional field as undefined, where finish leaves it out.
      const defined = (value: object) => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
      expect(defined(result.value[0]!)).to.deep.equal(finish(draft));
    }), {numRuns: 300});
  });

  it('keeps the first story of each id, in order, and names every later one', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), {minLength: 1, maxLength: 12}), (ids) => {
      const result = readJson(ids.map((id, i) => ({id, title: `t${i}`, published: '2025-07-29'})));
      const firsts = ids.flatMap((id, i) => (ids.indexOf(id) === i ? [`t${i}`] : []));
      expect(articles(result).map((a) => a.title)).to.deep.equal(firsts);
      expect(result.ok && result.warnings.filter((w) => w.includes('repeats the id'))).to.have.length(ids.length - firsts.length);
    }), {numRuns: 200});
  });

  it('takes an item that already is its article as given, and any other as a new object', () => {
    const story = {id: 'a', title: '北韓試射飛彈', summary: '', published: '2025-07-29', topics: [], sources: ['路透'], entities: [], lang: 'zh-Hant-TW'};
    expect(articles(readJson([story]))[0]).to.equal(story);
    // Each of these makes the article differ from the item, or could read otherwise next time.
    const others = [
      {...story, id: ' a '}, {...story, summary: undefined}, {...story, published: '2025-07-29T08:30:00+08:00'},
      {...story, lang: 'zh_tw'}, {...story, topics: undefined}, {...story, category: null}, {...story, url: 'HTTPS://Example.com'},
      Object.assign(Object.create({kind: 'story'}), story),
    ];
    for (const other of others) {
      const [article] = articles(readJson([other]));
      expect(article, JSON.stringify(other)).not.to.equal(other);
      expect(article!.title).to.equal(story.title);
    }
  });

  it('reads the order stories are in from their dates as written, and only from dates kept as written', () => {
    const order = (...dates: unknown[]) => orderAsWritten(dates.map((published) => ({published})));
    expect(order('2025-07-29T08:00:00.000Z', '2025-07-29', '2025-07-28')).to.deep.equal({newest: true, oldest: false});
    expect(order('2025-07-28', '2025-07-29')).to.deep.equal({newest: false, oldest: true});
    expect(order('2025-07-29', '2025-07-29')).to.deep.equal({newest: true, oldest: true});
    expect(order('2025-07-28', '2025-07-29', '2025-07-27')).to.equal(undefined);
    // Dates the check would rewrite (or skip) say nothing of the order: 08:00 in Seoul is before 00:00 UTC.
    expect(order('2025-07-29T08:00:00+09:00', '2025-07-29T00:00:00.000Z')).to.equal(undefined);
    expect(order('2025-07-29 08:00:00.000Z', '2025-07-29T07:00:00.000Z')).to.equal(undefined);
    expect(order('2025-02-30', '2025-02-01')).to.equal(undefined);
    expect(orderAsWritten([{published: '2025-07-29'}, 'not a story'])).to.equal(undefined);
  });

  it('says stories are in an order only when sorting them that way keeps them where they are', () => {
    const date = fc.oneof(
      fc.date({min: new Date('2025-07-27T00:00:00Z'), max: new Date('2025-07-30T00:00:00Z'), noInvalidDate: true}).map((d) => d.toISOString()),
      fc.constantFrom('2025-07-27', '2025-07-28', '2025-07-29', '2025-07-28T00:00:00.000Z', '2025-07-28T09:00:00+09:00'),
    );
    fc.assert(fc.property(fc.array(date, {maxLength: 8}), fc.constantFrom('as given', 'newest', 'oldest'), (dates, arranged) => {
      // As strings sort: what a page that sorts its own dates hands over.
      const written = arranged === 'as given' ? dates : arranged === 'oldest' ? [...dates].sort() : [...dates].sort().reverse();
      const stories = written.map((published, i) => ({id: `s${i}`, title: `t${i}`, published}));
      const order = orderAsWritten(stories);
      if (arranged !== 'as given' && written.every((published) => parseIsoDate(published) === published)) expect(order?.[arranged]).to.equal(true);
      const checked = articles(readJson(stories));
      for (const sort of ['newest', 'oldest'] as const) {
        if (order?.[sort]) expect(filterArticles(checked, {sort}).map((a) => a.id), sort).to.deep.equal(stories.map((story) => story.id));
      }
    }), {numRuns: 500});
  });
});
