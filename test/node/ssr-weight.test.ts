// The weight of nk-news/ssr's output (issue 22, Weight): the budgets of scripts/bench-ssr.mjs
// (bytes are deterministic, so a test holds them), the packed snapshot read back to the view the
// server had, and the stylesheet minified, pruned to what was drawn, or linked.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {transform} from 'esbuild';
import type {Article} from '../../src/core/vocabulary.js';
import {articles as corpus} from '../../src/corpus/articles.js';
import {NkEventCard} from '../../src/event-card/event-card.js';
import {NkNewsFeed} from '../../src/news-feed/news-feed.js';
import * as ssr from '../../src/ssr/index.js';
import {renderFeed, renderStyles} from '../../src/ssr/index.js';
import {jsonLd} from '../../src/ssr/json-ld.js';
import {minifyCss} from '../../src/ssr/minify-css.js';
import {packSnapshot, unpackSnapshot} from '../../src/view/snapshot-pack.js';
import {fromCardSnapshot, fromListSnapshot, type CardSnapshot, type ListSnapshot} from '../../src/view/snapshot.js';
// @ts-expect-error: a plain .mjs script with no types
import {GROWTH_BUDGET, measure, RATIO_BUDGET} from '../../scripts/bench-ssr.mjs';

const story = (i: number): Article => ({...corpus[i % corpus.length]!, id: `s${i}`, published: new Date(Date.UTC(2025, 6, 29) - i * 3_600_000).toISOString()});
const feedOf = (count: number) => Array.from({length: count}, (_, i) => story(i));
const reader = (list: Article[]) => async () => ({ok: true as const, value: list, warnings: []});

/** The snapshot the server derives for an element with these attributes, as renderElement does. */
async function serverSnapshot(element: typeof NkNewsFeed | typeof NkEventCard, attributes: Record<string, string>, list?: Article[]) {
  const probe = new element();
  for (const [name, value] of Object.entries(attributes)) probe.attributeChangedCallback(name, null, value);
  return (await probe.prerender(list && reader(list))).snapshot!;
}

/** The snapshot packed, through JSON as a page carries it, read back with the page's JSON-LD and entity names. */
function roundTrip(snapshot: ListSnapshot | CardSnapshot, fromFeed: boolean) {
  const view = 'matching' in snapshot ? fromListSnapshot(snapshot)! : fromCardSnapshot(snapshot)!;
  const shown = 'shown' in view ? view.shown : [view.article];
  const graph = jsonLd(shown, (id) => view.entityName(id, view.variant))['@graph'];
  const packed = JSON.parse(JSON.stringify(packSnapshot(snapshot, fromFeed, graph)));
  const drawn = [...shown, ...('related' in view ? view.related : [])];
  const names = new Map(drawn.flatMap((a) => a.entities.map((id) => [id, view.entityName(id, view.variant ?? 'zh-TW')] as const)));
  const unpacked = unpackSnapshot(packed, {graph: JSON.parse(JSON.stringify(graph)), ids: shown.map((a) => a.id), names});
  return {view, packed, read: 'matching' in snapshot ? fromListSnapshot(unpacked) : fromCardSnapshot(unpacked)};
}

describe('the weight of a server-rendered page', () => {
  test(`a 10-story feed is at most ${RATIO_BUDGET}× its hand-written twin; limit=10 over 300 stories no heavier than over 10`, async () => {
    const rows = await measure(ssr, corpus);
    for (const row of rows) assert.ok(row.value <= row.budget, `${row.name}: ${row.value}${row.unit} (${row.note}), budget ${row.budget}`);
    assert.equal(rows[1].budget, GROWTH_BUDGET);
  });

  test('the page does not grow with the source: 300 and 500 stories weigh the same but for digits', async () => {
    const sizes = await Promise.all([100, 300, 500].map(async (n) => (await renderFeed({limit: '10', src: `https://f.example/${n}`}, {read: reader(feedOf(n))})).length));
    assert.ok(Math.max(...sizes) - Math.min(...sizes) < 40, String(sizes));
  });
});

describe('the packed snapshot', () => {
  const cases: [string, typeof NkNewsFeed | typeof NkEventCard, Record<string, string>, Article[] | undefined, boolean][] = [
    ['the corpus, 10 of 20 shown', NkNewsFeed, {limit: '10'}, undefined, true],
    ['the corpus in zh-CN', NkNewsFeed, {limit: '4', variant: 'zh-CN'}, undefined, true],
    ['a feed of 300, 10 shown', NkNewsFeed, {limit: '10', src: 'https://f.example/300'}, feedOf(300), true],
    ['a feed of 3, 1 shown', NkNewsFeed, {limit: '1', src: 'https://f.example/3'}, feedOf(3), true],
    ['a feed of 2, 1 shown', NkNewsFeed, {limit: '1', src: 'https://f.example/2'}, feedOf(2), false],
    ['a card of the corpus', NkEventCard, {'article-id': 'nk-20241120-storm-shadow'}, undefined, true],
    ['a card in zh-HK', NkEventCard, {'article-id': 'nk-20241120-storm-shadow', variant: 'zh-HK'}, undefined, true],
  ];
  for (const [name, element, attributes, list, partial] of cases) {
    test(`reads back to the server's view: ${name}`, async () => {
      const snapshot = await serverSnapshot(element, attributes, list);
      const {view, read} = roundTrip(snapshot, 'src' in attributes);
      assert.ok(read, 'it reads');
      assert.equal(read.incomplete === true, partial);
      if ('matching' in view && 'matching' in read) {
        assert.deepEqual(read.shown, view.shown);
        assert.equal(read.matching.length, view.matching.length);
        assert.deepEqual(read.matching.slice(0, view.shown.length), view.matching.slice(0, view.shown.length));
        assert.deepEqual(read.chips, view.chips);
        assert.equal(read.variant, view.variant);
        assert.equal(read.loaded.length, partial ? view.shown.length : view.loaded.length);
        assert.deepEqual(read.loaded, view.loaded.filter((a) => read.loaded.some((b) => b.id === a.id)));
      } else if ('article' in view && 'article' in read) {
        assert.deepEqual([read.article, read.related, read.given], [view.article, view.related, view.given]);
      }
      for (const article of 'shown' in view ? view.shown : [view.article]) {
        for (const id of article.entities) assert.equal(read.entityName(id, view.variant), view.entityName(id, view.variant));
      }
    });
  }

  test('a packed snapshot out of step with the page is dropped: stories reordered, or an id the markup does not draw', async () => {
    const snapshot = await serverSnapshot(NkNewsFeed, {limit: '3'});
    const view = fromListSnapshot(snapshot)!;
    const graph = jsonLd(view.shown, (id) => id)['@graph'];
    const packed = JSON.parse(JSON.stringify(packSnapshot(snapshot, false, graph)));
    const ids = view.shown.map((a) => a.id);
    const read = (p: unknown, drawn = ids) => fromListSnapshot(unpackSnapshot(p, {graph, ids: drawn, names: new Map()}));
    assert.ok(read(packed));
    assert.equal(read({...packed, shown: [...packed.shown].reverse()}), undefined);
    assert.equal(read(packed, [...ids].reverse()), undefined);
    assert.equal(read({...packed, loaded: [...packed.loaded, {id: 7}]}), undefined);
  });

  test('carries each story once: no text the JSON-LD holds, no story the page does not show', async () => {
    const snapshot = await serverSnapshot(NkNewsFeed, {limit: '10', src: 'https://f.example/300'}, feedOf(300));
    const {packed} = roundTrip(snapshot, true);
    const text = JSON.stringify(packed);
    assert.equal(packed.total, 300);
    assert.ok(!text.includes(corpus[0]!.summary.slice(0, 40)), 'no summary');
    assert.ok(!text.includes('"s10"'), 'no story past those shown');
  });
});

describe('the stylesheet', () => {
  for (const element of [NkNewsFeed, NkEventCard]) {
    test(`minified, it is the same stylesheet (esbuild reads both the same): ${element.name}`, async () => {
      void element.observedAttributes;
      const tag = element === NkNewsFeed ? 'nk-news-feed' : 'nk-event-card';
      const ours = renderStyles(tag);
      // esbuild keeps the space after `:` and `,` in custom property values, which our minifier
      // drops (a custom property's leading whitespace is trimmed; var() substitution re-tokenizes).
      const theirs = async (css: string) => (await transform(css, {loader: 'css', minify: true})).code.replace(/([:,]) /g, '$1');
      const whole = (await import(`../../src/${tag.slice(3)}/${tag.slice(3)}.styles.ts`)).styles.cssText as string;
      assert.ok(ours.includes(minifyCss(whole)), 'the element\'s own styles, minified, are in it');
      assert.equal(await theirs(minifyCss(whole)), await theirs(whole));
      assert.ok(!/\/\*|\n/.test(ours), 'no comment, no line break');
    });
  }

  test('inline, only the rules that can match what was drawn; the host\'s other attributes kept', async () => {
    const css = (html: string) => /<style>([^<]*)<\/style>/.exec(html)![1]!;
    const plain = css(await renderFeed({limit: '3'}));
    assert.ok(plain.includes(':host([hidden])'));
    assert.ok(plain.includes("[part~='article']"));
    assert.ok(!plain.includes("[part~='search']") && !plain.includes('.skeleton{') && !/theme='?dark/.test(plain));
    const dark = css(await renderFeed({limit: '3', theme: 'dark', searchable: true}));
    assert.ok(/theme='?dark/.test(dark) && dark.includes("[part~='search']") && !/theme='?auto/.test(dark));
    assert.ok(renderStyles('nk-news-feed').includes("[part~='search']"), 'the whole sheet keeps them all');
  });

  test('styles: {base} links the element\'s stylesheet instead: each element carries it once, by URL', async () => {
    const html = await renderFeed({limit: '3'}, {styles: {base: '/assets/nk-news'}});
    assert.ok(html.includes('<link rel="stylesheet" href="/assets/nk-news/nk-news-feed.css">'));
    assert.ok(!html.includes('<style>'));
    await assert.rejects(renderFeed({}, {styles: {} as never}), TypeError);
    assert.throws(() => renderStyles('nk-nothing'), TypeError);
  });
});
