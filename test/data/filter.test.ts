import {expect} from '@open-wc/testing';
import type {Article} from '../../src/data/article.js';
import {filterArticles} from '../../src/data/filter.js';

function story(id: string, published: string): Article {
  return {id, title: id, summary: '', published, topics: [], sources: [], entities: [], lang: 'und'};
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
});
