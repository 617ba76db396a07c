import {expect} from '@open-wc/testing';
import type {Article, Variant} from '../src/core/vocabulary.js';
import {checkArticles, type HeadOrders} from '../src/data/check-articles.js';
import {listView, type ListQuery} from '../src/view/list-view.js';

/** A list's view as the articles controller asks for it. */
function feedView(loaded: readonly Article[], filters: ListQuery['filters'], count: number, variant?: Variant, {chips = true, head}: {chips?: boolean; head?: HeadOrders} = {}) {
  return listView({loaded, query: {filters, count, chips}, variant, lang: 'zh-Hant', head});
}

const article = (id: string, published: string, sources: string[], entities: string[]): Article => ({
  id, title: `標題 ${id}`, summary: '', published, topics: [], sources, entities, lang: 'zh-Hant-TW',
});

describe('listView (the list view the feed and the timeline draw)', () => {
  const given = [
    article('a', '2025-07-27', ['路透'], ['kim-jong-un']),
    article('b', '2025-07-29', ['韓聯社'], ['kim-jong-un', 'donald-trump']),
    article('c', '2025-07-28', ['路透'], []),
  ];
  const filters = {query: '', sort: 'newest' as const};

  it('counts the chips over every article, and skips them when nothing shows them', async () => {
    const view = await feedView(given, filters, 1);
    expect(view.chips.sources.map((chip) => chip.value)).to.deep.equal(['路透', '韓聯社']);
    expect(view.chips.entities.map((chip) => chip.value)).to.deep.equal(['kim-jong-un', 'donald-trump']);
    const bare = await feedView(given, filters, 1, undefined, {chips: false});
    expect(bare.chips).to.deep.equal({sources: [], entities: []});
    // The articles are the same either way: newest first, all of them matching, `count` shown.
    expect(bare.matching.map((a) => a.id)).to.deep.equal(['b', 'c', 'a']);
    expect(bare.shown.map((a) => a.id)).to.deep.equal(['b']);
    expect(view.matching.map((a) => a.id)).to.deep.equal(bare.matching.map((a) => a.id));
  });

  it('finds the entities of articles that name none, and keeps articles that do as they are', async () => {
    const view = await feedView(given, filters, 3);
    const c = view.matching.find((a) => a.id === 'c')!;
    expect(view.matching.find((a) => a.id === 'b')).to.equal(given[1]);
    expect(c).not.to.equal(given[2]);
    expect(c.entities).to.be.an('array');
  });

  it('checks host articles one by one: tidy ones as they are (the page\'s own objects and arrays, read, never changed), untidy ones tidied, bad ones skipped by field', async () => {
    const tidy = {id: 'x', title: '北韓', summary: '摘要', published: '2025-07-29', category: '軍事', topics: ['飛彈'], sources: ['路透'], entities: ['kim-jong-un'], lang: 'zh-Hant-TW'};
    const checked = checkArticles([
      tidy,
      {...tidy, id: ' y ', title: ' 北韓 ', category: '軍\n事', sources: ['路透', '路透']},
      {...tidy, id: 'z', published: 'yesterday'},
      {...tidy, id: 'w', sources: [' 路透']},
    ]).rest();
    expect(checked.ok).to.equal(true);
    if (!checked.ok) return;
    const [x, y, w] = checked.value;
    expect(x).to.equal(tidy);
    expect(tidy).to.deep.equal({id: 'x', title: '北韓', summary: '摘要', published: '2025-07-29', category: '軍事', topics: ['飛彈'], sources: ['路透'], entities: ['kim-jong-un'], lang: 'zh-Hant-TW'});
    expect(tidy.sources).to.deep.equal(['路透']);
    // A line break between two Chinese characters goes, as a browser would lay it out.
    expect(y).to.deep.equal({...tidy, id: 'y'});
    expect(w!.sources).to.deep.equal(['路透']);
    expect(checked.warnings).to.have.length(1);
    expect(checked.warnings[0]).to.contain('articles[2]').and.contain('"published"');
  });

  it('never changes a page\'s arrays: frozen ones pass the check, filters, search and conversion', async () => {
    const frozen = given.map((a) => ({...a, topics: Object.freeze(['飛彈']), sources: Object.freeze([...a.sources]), entities: Object.freeze([...a.entities])}));
    const checked = checkArticles(frozen).rest();
    expect(checked.ok).to.equal(true);
    if (!checked.ok) return;
    const view = await feedView(checked.value, {...filters, query: '標題', source: '路透'}, 3, 'zh-CN');
    expect(view.shown.map((a) => [a.id, a.sources, a.lang])).to.deep.equal([['c', ['路透社'], 'zh-Hans-CN'], ['a', ['路透社'], 'zh-Hans-CN']]);
    expect(frozen[0]!.sources).to.deep.equal(['路透']);
  });

  describe('a long array from the page', () => {
    const ids = (list: readonly Article[]) => list.map((a) => a.id);
    /** 500 stories, one a day going back from 2025-07-31: newest first. */
    const stories = Array.from({length: 500}, (_, i) => article(`s${i}`, new Date(Date.UTC(2025, 6, 31) - i * 86_400_000).toISOString().slice(0, 10), ['路透'], []));

    it('gives its first stories, checked, before the rest, and they are the first the whole list shows', async () => {
      const {head, rest} = checkArticles(stories, true);
      expect(ids(head!.articles)).to.deep.equal(ids(stories.slice(0, 200)));
      expect(head!.orders).to.deep.equal({newest: true, oldest: false});
      const checked = rest();
      expect(checked.ok && checked.value.length).to.equal(500);
      if (!checked.ok) return;
      const bare = {chips: false, head: head!.orders};
      const early = await feedView(head!.articles, filters, 40, undefined, bare);
      const whole = await feedView(checked.value, filters, 40, undefined, {chips: false});
      expect(early.partial).to.equal(true);
      expect(whole.partial).to.equal(false);
      expect(ids(early.shown)).to.deep.equal(ids(whole.shown));
      // A search over the first stories finds the first of what it finds over all of them.
      const query = {...filters, query: '標題 s1'};
      expect(ids((await feedView(head!.articles, query, 5, undefined, bare)).shown)).to.deep.equal(ids((await feedView(checked.value, query, 5, undefined, {chips: false})).shown));
    });

    it('shows none of them where they would not be first, or where chips count every story', async () => {
      const {head} = checkArticles(stories, true);
      const early = {head: head!.orders};
      for (const view of [await feedView(head!.articles, {...filters, sort: 'oldest'}, 40, undefined, {...early, chips: false}), await feedView(head!.articles, filters, 40, undefined, early)]) {
        expect(view.partial).to.equal(true);
        expect(view.shown).to.deep.equal([]);
        expect(view.chips).to.deep.equal({sources: [], entities: []});
      }
    });

    it('checks a short array, or one out of order, whole before showing any', async () => {
      const swapped = [stories[1]!, stories[0]!, ...stories.slice(2)];
      for (const given of [stories.slice(0, 200), swapped]) {
        const {head, rest} = checkArticles(given, true);
        expect(head).to.equal(undefined);
        const checked = rest();
        expect(checked.ok && checked.value.length).to.equal(given.length);
      }
    });
  });
});
