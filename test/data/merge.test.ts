import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {Article} from '../../src/core/vocabulary.js';
import {makeArticle} from '../helpers.js';
import {publishedMs} from '../../src/data/iso-date.js';
import {mergeArticles} from '../../src/data/merge.js';
import {instants} from './helpers.js';

function story(id: string, published: string, extra: Partial<Article> = {}): Article {
  return makeArticle({id, published, lang: 'und', ...extra});
}

describe('mergeArticles', () => {
  it('puts the newest first, a bare date counting as that day 00:00 UTC', () => {
    const merged = mergeArticles([
      [story('a', '2025-07-28T23:59:59.000Z'), story('b', '2025-07-29')],
      [story('c', '2025-07-29T00:00:01.000Z'), story('d', '2025-07-28')],
    ]);
    expect(merged.map((a) => a.id)).to.deep.equal(['c', 'b', 'a', 'd']);
  });

  it('keeps the first copy of a story, matched by id or else by link', () => {
    const merged = mergeArticles([
      [story('1', '2025-07-29', {title: 'first', url: 'https://news.example/a'})],
      [
        story('1', '2025-07-29', {title: 'same id'}),
        story('2', '2025-07-29', {title: 'same link', url: 'HTTPS://NEWS.example:443/a'}),
        story('3', '2025-07-29', {title: 'other link', url: 'https://news.example/b'}),
      ],
    ]);
    expect(merged.map((a) => a.title)).to.deep.equal(['first', 'other link']);
  });

  it('keeps ties in their original order and sorts unreadable dates last', () => {
    const merged = mergeArticles([[story('x', 'garbage'), story('a', '2025-07-29'), story('b', '2025-07-29')], [story('c', '2025-07-29')]]);
    expect(merged.map((a) => a.id)).to.deep.equal(['a', 'b', 'c', 'x']);
  });

  it('does not touch its input', () => {
    const list = [story('a', '2025-07-27'), story('b', '2025-07-29')];
    const copy = structuredClone(list);
    mergeArticles([list, list]);
    expect(list).to.deep.equal(copy);
  });

  const date = fc.oneof(instants.map((ms) => new Date(ms).toISOString()), instants.map((ms) => new Date(ms).toISOString().slice(0, 10)));
  const lists = fc.array(fc.array(fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    published: date,
    url: fc.option(fc.constantFrom('https://x.example/1', 'https://x.example/2', 'https://x.example/3'), {nil: undefined}),
  }).map(({id, published, url}) => story(id, published, url ? {url} : {})), {maxLength: 8}), {maxLength: 4});

  it('gives a sorted list of unique stories drawn from the input, first copies kept', () => {
    fc.assert(fc.property(lists, (input) => {
      const merged = mergeArticles(input);
      const all = input.flat();
      const ids = merged.map((a) => a.id);
      expect(new Set(ids).size).to.equal(ids.length);
      const urls = merged.flatMap((a) => (a.url ? [a.url] : []));
      expect(new Set(urls).size).to.equal(urls.length);
      for (const article of merged) expect(all).to.include(article);
      for (let i = 1; i < merged.length; i++) {
        expect(publishedMs(merged[i - 1]!.published)).to.be.at.least(publishedMs(merged[i]!.published));
      }
      // Every story in the input is represented: by itself, or by an earlier copy with its id or link.
      for (const article of all) {
        expect(merged.some((kept) => kept.id === article.id || (article.url && kept.url === article.url))).to.equal(true);
      }
      // The first occurrence of an id that nothing earlier shadows is the one kept.
      const first = all.find((a) => a.id === all[0]?.id);
      if (first) expect(merged).to.include(first);
    }));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(lists, (input) => {
      const once = mergeArticles(input);
      expect(mergeArticles([once])).to.deep.equal(once);
    }));
  });
});
