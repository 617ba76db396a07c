import {expect} from '@open-wc/testing';
import type {Article} from '../src/core/vocabulary.js';
import {checkArticles, feedView} from '../src/view/present.js';

const article = (id: string, published: string, sources: string[], entities: string[]): Article => ({
  id, title: `標題 ${id}`, summary: '', published, topics: [], sources, entities, lang: 'zh-Hant-TW',
});

describe('feedView (the list view the feed and the timeline draw)', () => {
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
    const bare = await feedView(given, filters, 1, undefined, undefined, {chips: false});
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
    const checked = await checkArticles([
      tidy,
      {...tidy, id: ' y ', title: ' 北韓 ', category: '軍\n事', sources: ['路透', '路透']},
      {...tidy, id: 'z', published: 'yesterday'},
      {...tidy, id: 'w', sources: [' 路透']},
    ]);
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
    const checked = await checkArticles(frozen);
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
    const bare = {chips: false};

    it('gives its first stories, checked, before the rest, and they are the first the whole list shows', async () => {
      let head: Article[] = [];
      const checked = await checkArticles(stories, (first) => (head = first));
      expect(ids(head)).to.deep.equal(ids(stories.slice(0, 200)));
      expect(checked.ok && checked.value.length).to.equal(500);
      if (!checked.ok) return;
      const early = await feedView(head, filters, 40, undefined, undefined, bare);
      const whole = await feedView(checked.value, filters, 40, undefined, undefined, bare);
      expect(early.partial).to.equal(true);
      expect(whole.partial).to.equal(false);
      expect(ids(early.shown)).to.deep.equal(ids(whole.shown));
      // A search over the first stories finds the first of what it finds over all of them.
      const query = {...filters, query: '標題 s1'};
      expect(ids((await feedView(head, query, 5, undefined, undefined, bare)).shown)).to.deep.equal(ids((await feedView(checked.value, query, 5, undefined, undefined, bare)).shown));
    });

    it('shows none of them where they would not be first, or where chips count every story', async () => {
      let head: Article[] = [];
      await checkArticles(stories, (first) => (head = first));
      for (const view of [await feedView(head, {...filters, sort: 'oldest'}, 40, undefined, undefined, bare), await feedView(head, filters, 40)]) {
        expect(view.partial).to.equal(true);
        expect(view.shown).to.deep.equal([]);
        expect(view.chips).to.deep.equal({sources: [], entities: []});
      }
    });

    it('checks a short array, or one out of order, whole before showing any', async () => {
      const swapped = [stories[1]!, stories[0]!, ...stories.slice(2)];
      for (const given of [stories.slice(0, 200), swapped]) {
        let early = false;
        const checked = await checkArticles(given, () => (early = true));
        expect(early).to.equal(false);
        expect(checked.ok && checked.value.length).to.equal(given.length);
      }
    });
  });
});
