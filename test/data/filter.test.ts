import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {Article} from '../../src/core/vocabulary.js';
import {makeArticle} from '../helpers.js';
import {filterArticles} from '../../src/data/filter.js';

function story(id: string, published: string): Article {
  return makeArticle({id, published, lang: 'und'});
}

// Around midnight UTC, so that reading `since`/`until` in the browser's own zone would keep other
// stories. That shows only where the zone is not UTC: run once with TZ=Asia/Seoul to see it bite.
const stories = [
  story('before', '2025-07-12T23:59:59.000Z'),
  story('midnight', '2025-07-13T00:00:00.000Z'),
  story('after', '2025-07-13T00:00:01.000Z'),
  story('next-day', '2025-07-14T00:00:00.000Z'),
];
const ids = (filters: Parameters<typeof filterArticles>[1]) => filterArticles(stories, filters).map((a) => a.id);

describe('filterArticles', () => {
  it('reads since and until without an offset as UTC, as the parsers read published', () => {
    expect(ids({since: '2025-07-13T00:00:00'})).to.deep.equal(['next-day', 'after', 'midnight']);
    expect(ids({until: '2025-07-13T00:00:00'})).to.deep.equal(['midnight', 'before']);
    expect(ids({since: '2025-07-13T09:00:00+09:00', until: '2025-07-13T00:00:00Z'})).to.deep.equal(['midnight']);
  });

  it('takes a bare until date as that whole day, and sorts oldest first when asked', () => {
    expect(ids({since: '2025-07-13', until: '2025-07-13', sort: 'oldest'})).to.deep.equal(['midnight', 'after']);
  });

  describe('a year or a month (ISO 8601 reduced precision)', () => {
    const year = [
      story('prev-year', '2024-12-31T23:59:59.999Z'),
      story('june-end', '2025-06-30T23:59:59.999Z'),
      story('july-start', '2025-07-01T00:00:00.000Z'),
      story('july-day', '2025-07-15'),
      story('july-end', '2025-07-31T23:59:59.999Z'),
      story('august', '2025-08-01T00:00:00.000Z'),
      story('december', '2025-12-31T23:59:59.999Z'),
      story('next-year', '2026-01-01T00:00:00.000Z'),
    ];
    const kept = (filters: Parameters<typeof filterArticles>[1]) =>
      filterArticles(year, {sort: 'oldest', ...filters}).map((a) => a.id);

    it('starts since at the first moment of that month or year, UTC', () => {
      expect(kept({since: '2025-07'})).to.deep.equal(['july-start', 'july-day', 'july-end', 'august', 'december', 'next-year']);
      expect(kept({since: '2025'})).to.deep.equal(['june-end', 'july-start', 'july-day', 'july-end', 'august', 'december', 'next-year']);
      expect(kept({since: '2026'})).to.deep.equal(['next-year']);
    });

    it('takes until as the whole month or year', () => {
      expect(kept({until: '2025-07'})).to.deep.equal(['prev-year', 'june-end', 'july-start', 'july-day', 'july-end']);
      expect(kept({until: '2024'})).to.deep.equal(['prev-year']);
      expect(kept({since: '2025-07', until: '2025-07'})).to.deep.equal(['july-start', 'july-day', 'july-end']);
      expect(kept({since: '2025-12', until: '2025-12'})).to.deep.equal(['december']);
      expect(kept({since: '2025', until: '2025'}))
        .to.deep.equal(['june-end', 'july-start', 'july-day', 'july-end', 'august', 'december']);
    });

    it('ignores a since or until it cannot read, as documented', () => {
      const all = year.map((a) => a.id);
      for (const value of ['July 2025', '2025-7', '2025-13', '2025-00', '0000', '25', 'soon', '2025/07']) {
        expect(kept({since: value}), value).to.deep.equal(all);
        expect(kept({until: value}), value).to.deep.equal(all);
      }
    });
  });

  it('keeps stories already in order as given, and sorts any others by instant, a day as its midnight', () => {
    // Days, instants and a day beside its own midnight as an instant: in order or shuffled, with
    // no filter, the list is what sorting by instant (stable, so ties keep their order) gives.
    const dates = ['2025-07-13', '2025-07-13T00:00:00.000Z', '2025-07-12T23:59:59.000Z', '2025-07-14', '2025-07-13T12:00:00.000Z', '2024-12-31'];
    const list = fc.array(fc.constantFrom(...dates), {maxLength: 12}).map((days) => days.map((day, i) => story(`s${i}`, day)));
    fc.assert(
      fc.property(list, fc.constantFrom('newest' as const, 'oldest' as const), (given, sort) => {
        const direction = sort === 'oldest' ? 1 : -1;
        const expected = [...given].sort((a, b) => direction * (Date.parse(a.published) - Date.parse(b.published)));
        expect(filterArticles(given, {sort}).map((a) => a.id)).to.deep.equal(expected.map((a) => a.id));
      }),
      {numRuns: 500}
    );
  });
});
