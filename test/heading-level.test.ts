// Headings fit the page's outline: one level below the nearest heading before the element, unless
// `heading-level` says otherwise (issue #25, item 11).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/event-card/define.js';
import '../src/news-feed/define.js';
import '../src/timeline/define.js';
import {corpus} from '../src/corpus/index.js';
import type {NkEventCard} from '../src/event-card/event-card.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import type {NkTimeline} from '../src/timeline/timeline.js';
import {givenLevel} from '../src/view/heading-level.js';
import {precedingHeadingLevel} from '../src/view/page-outline.js';
import {showing} from './helpers.js';

const tagOf = (host: Element, part: string) => host.shadowRoot!.querySelector(`[part~="${part}"]`)?.localName;

/** The page, with its card showing the newest corpus story (looked up by id: with related coverage). */
async function cardIn(page: ReturnType<typeof html>) {
  const wrap = await fixture<HTMLElement>(page);
  const card = wrap.querySelector<NkEventCard>('nk-event-card')!;
  card.articleId = (await corpus())[0]!.id;
  await waitUntil(() => tagOf(card, 'headline'), 'no headline');
  return {wrap, card};
}

describe('heading levels', () => {
  it('reads the nearest heading before an element in document order, through shadow roots to their hosts', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <h1>報導</h1>
      <section><h2>相關</h2><p>內文</p></section>
      <div id="a"></div>
      <h4 hidden>隱藏</h4>
      <div role="heading" aria-level="5">角色標題</div>
      <span id="b"></span>
      <div id="host"></div>
    </div>`);
    expect(precedingHeadingLevel(wrap.querySelector('#a')!)).to.equal(2);
    expect(precedingHeadingLevel(wrap.querySelector('#b')!)).to.equal(5);
    const root = wrap.querySelector('#host')!.attachShadow({mode: 'open'});
    root.innerHTML = '<p>no heading in here</p><i></i>';
    expect(precedingHeadingLevel(root.querySelector('i')!)).to.equal(5);
    root.innerHTML = '<h6>own</h6><i></i>';
    expect(precedingHeadingLevel(root.querySelector('i')!)).to.equal(6);
    // Before the page's first heading (the test page has none of its own): none.
    const lone = document.createElement('p');
    wrap.before(lone);
    expect(precedingHeadingLevel(lone)).to.equal(undefined);
    lone.remove();
    expect(precedingHeadingLevel(document.createElement('div')), 'not in a page').to.equal(undefined);
  });

  it('takes a level a host gives as a number or a numeric string, 1–6', () => {
    expect([givenLevel(2), givenLevel('4'), givenLevel(' 5 '), givenLevel(9), givenLevel(0), givenLevel(2.6)]).to.deep.equal([2, 4, 5, 6, 1, 3]);
    expect([givenLevel(null), givenLevel(undefined), givenLevel(''), givenLevel('two'), givenLevel(Number.NaN)]).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives a card under the story\'s <h1> an <h2> headline and an <h3> for its related coverage, and passes axe\'s heading-order', async () => {
    const {wrap, card} = await cardIn(html`<main><h1>北韓新聞</h1><p>導言</p><nk-event-card></nk-event-card></main>`);
    expect(card.headingLevel).to.equal(2);
    expect(tagOf(card, 'headline')).to.equal('h2');
    await waitUntil(() => tagOf(card, 'related-heading'), 'no related coverage');
    expect(tagOf(card, 'related-heading')).to.equal('h3');
    await expect(wrap).to.be.accessible();
  });

  it('lets heading-level override the page, as attribute or property (numeric strings too), and goes back to the page without it', async () => {
    const {wrap, card} = await cardIn(html`<main><h1>北韓新聞</h1><nk-event-card heading-level="4"></nk-event-card></main>`);
    expect(tagOf(card, 'headline')).to.equal('h4');
    // What the page's outline check exists for: axe does flag an h1 → h4 jump.
    await expect(wrap).not.to.be.accessible();
    (card as unknown as {headingLevel: string}).headingLevel = '5';
    await card.updateComplete;
    expect(tagOf(card, 'headline')).to.equal('h5');
    card.removeAttribute('heading-level');
    await waitUntil(() => tagOf(card, 'headline') === 'h2', `without heading-level, the headline is ${tagOf(card, 'headline')}`);
  });

  it('keeps <h3> where no heading comes before, and follows the page when the element moves', async () => {
    const {wrap, card} = await cardIn(html`<div><nk-event-card></nk-event-card><h1>之後</h1><section><h3>小節</h3><div id="later"></div></section></div>`);
    expect(precedingHeadingLevel(card)).to.equal(undefined);
    expect(tagOf(card, 'headline')).to.equal('h3');
    wrap.querySelector('#later')!.append(card);
    await waitUntil(() => tagOf(card, 'headline') === 'h4', `moved under an <h3>, the headline is ${tagOf(card, 'headline')}`);
  });

  it('nests a feed\'s headlines and a timeline\'s months, days and stories below the heading before them', async () => {
    const wrap = await fixture<HTMLElement>(html`<main>
      <h1>北韓新聞</h1>
      <section><h2>最新</h2><nk-news-feed limit="2"></nk-news-feed></section>
      <section><h2>時間軸</h2><nk-timeline limit="2"></nk-timeline></section>
    </main>`);
    const feed = wrap.querySelector<NkNewsFeed>('nk-news-feed')!;
    const timeline = wrap.querySelector<NkTimeline>('nk-timeline')!;
    await showing(feed, 2);
    await showing(timeline, 2);
    expect(tagOf(feed, 'headline')).to.equal('h3');
    expect([tagOf(timeline, 'month'), tagOf(timeline, 'day-heading'), tagOf(timeline, 'headline')]).to.deep.equal(['h3', 'h4', 'h5']);
    await expect(wrap).to.be.accessible();
  });
});
