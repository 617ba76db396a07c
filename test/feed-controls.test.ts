// The controls around a list as a reader meets them: where "more" and the search box sit, the
// chips by keyboard (WAI-ARIA toolbar pattern), visible focus, and the controls in the error and
// empty states (issue #25, items 9, 10 and 13).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/news-feed/define.js';
import '../src/timeline/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {clickOn, makeArticle, part, showing, shownArticles} from './helpers.js';
import {deepActive, describe as name, press, ringProblem, tabUntil} from './focus.js';
import {frames} from './host-page.js';

const chips = (feed: Element, row: number) => [...feed.shadowRoot!.querySelectorAll('.chip-row')[row]!.querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
const tabStopsOf = (row: HTMLButtonElement[]) => row.filter((chip) => chip.tabIndex === 0);

/** The distance from the last story's bottom to the top of "more". */
function gapAboveMore(feed: Element) {
  const last = shownArticles(feed).at(-1)!.getBoundingClientRect();
  return part(feed, 'more')!.getBoundingClientRect().top - last.bottom;
}

describe('list controls', () => {
  beforeEach(forgetVariant);

  it('keeps "more" as far from the last story with a search box as without, and the box as wide as the stories', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 600px">
      <nk-news-feed limit="3"></nk-news-feed>
      <nk-news-feed limit="3" searchable></nk-news-feed>
      <nk-timeline limit="3" searchable></nk-timeline>
    </div>`);
    const [plain, searchable, timeline] = [...wrap.children] as NkNewsFeed[];
    for (const list of [plain!, searchable!, timeline!]) await showing(list, 3);
    await frames();
    const gap = gapAboveMore(plain!);
    expect(gap, 'a list without a search box leaves a gap').to.be.above(8);
    expect(gapAboveMore(searchable!)).to.be.closeTo(gap, 0.5);
    expect(gapAboveMore(timeline!)).to.be.closeTo(gap, 0.5);
    const box = part(searchable!, 'search')!.getBoundingClientRect();
    const story = shownArticles(searchable!)[0]!.getBoundingClientRect();
    expect(box.left).to.be.closeTo(story.left, 0.5);
    expect(box.width).to.be.closeTo(story.width, 0.5);
    // With a count beside it, the box gives the count its room.
    searchable!.query = '川普';
    await waitUntil(() => part(searchable!, 'status')!.textContent!.trim() !== '', 'no count by the box');
    expect(part(searchable!, 'search')!.getBoundingClientRect().width).to.be.below(story.width - 20);
    await expect(searchable).to.be.accessible();
    await expect(timeline).to.be.accessible();
  });

  it('reaches the first story of a searchable, filterable feed in at most 4 Tabs, each stop with a visible ring', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 360px">
      <button id="before">before</button>
      <nk-news-feed searchable filterable limit="3"></nk-news-feed>
    </div>`);
    const feed = wrap.querySelector<NkNewsFeed>('nk-news-feed')!;
    await showing(feed, 3);
    await waitUntil(() => chips(feed, 1).length > 1, 'no entity chips');
    expect(chips(feed, 0).length + chips(feed, 1).length, 'chips to pass').to.be.above(8);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    const first = shownArticles(feed)[0]!;
    const stops = await tabUntil((focused) => focused === first);
    expect(stops.map(name)).to.have.length.at.most(4);
    expect(stops.map((stop) => stop.getAttribute('part'))).to.deep.equal(['search', 'chip', 'chip', 'article']);
    expect(stops.rings).to.deep.equal(['', '', '', '']);
    // Shift+Tab returns through the same stops.
    const back = await tabUntil((focused) => focused?.getAttribute('part') === 'search', 6, 'Shift+Tab');
    expect(back.map((stop) => stop.getAttribute('part'))).to.deep.equal(['chip', 'chip', 'search']);
    expect(back.rings).to.deep.equal(['', '', '']);
    await expect(feed).to.be.accessible();
  });

  it('moves within a chip row with the arrow keys, Home and End, keeping one tab stop per row', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed filterable limit="3" style="width: 320px"></nk-news-feed>`);
    await showing(feed, 3);
    await waitUntil(() => chips(feed, 1).length > 1, 'no entity chips');
    const sources = chips(feed, 0);
    expect(sources[0]!.textContent!.trim()).to.equal('全部');
    expect(tabStopsOf(sources)).to.deep.equal([sources[0]]);
    expect(tabStopsOf(chips(feed, 1))).to.have.length(1);
    // Not a tab stop of its own, in either browser: the row that scrolls.
    for (const row of feed.shadowRoot!.querySelectorAll<HTMLElement>('.chip-row')) {
      expect(row.getAttribute('role')).to.equal('toolbar');
      expect(row.tabIndex).to.equal(-1);
    }
    sources[0]!.focus();
    await sendKeys({press: 'ArrowRight'});
    expect(deepActive()).to.equal(sources[1]);
    await sendKeys({press: 'End'});
    const last = sources.at(-1)!;
    expect(deepActive()).to.equal(last);
    await frames();
    // Scrolled into view short of the row's fading edge, its ring whole.
    const row = last.parentElement!.getBoundingClientRect();
    expect(last.getBoundingClientRect().right).to.be.at.most(row.right - 16);
    expect(ringProblem(last)).to.equal('');
    await sendKeys({press: 'ArrowRight'});
    expect(deepActive(), 'wraps to the first').to.equal(sources[0]);
    await sendKeys({press: 'ArrowLeft'});
    expect(deepActive(), 'wraps to the last').to.equal(last);
    await sendKeys({press: 'Home'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    expect(tabStopsOf(sources)).to.deep.equal([sources[2]]);
    // Tab leaves the row for the next; Shift+Tab comes back to the chip the reader left.
    await sendKeys({press: 'Tab'});
    expect(chips(feed, 1)).to.include(deepActive());
    await press('Shift+Tab');
    expect(deepActive()).to.equal(sources[2]);
    // Space presses it: the row's one stop stays on the pressed chip.
    // In the source's own variant a medium's chip reads as its name.
    const source = sources[2]!.textContent!.trim();
    await sendKeys({press: ' '});
    await waitUntil(() => feed.source === source && sources[2]!.getAttribute('aria-pressed') === 'true', 'Space did not press the chip');
    await feed.updateComplete;
    expect(tabStopsOf(chips(feed, 0))).to.deep.equal([sources[2]]);
    expect(deepActive()).to.equal(sources[2]);
    await expect(feed).to.be.accessible();
  });

  it('shows a visible ring on "more" and retry', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="2"></nk-news-feed>`);
    await showing(feed, 2);
    const more = part(feed, 'more')!;
    shownArticles(feed)[1]!.focus();
    const failed = await fixture<NkNewsFeed>(html`<nk-news-feed src="/feeds/fault/500" searchable filterable></nk-news-feed>`);
    await waitUntil(() => failed.status === 'error', 'no error', {timeout: 5000});
    await failed.updateComplete;
    failed.shadowRoot!.querySelector<HTMLElement>('summary')!.focus();
    expect((await tabUntil((focused) => focused === part(failed, 'retry'), 2)).rings.at(-1)).to.equal('');
  });

  it('draws no search box and no chips over a failed feed: its error and retry fill the room', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed src="/feeds/fault/500" searchable filterable limit="3"></nk-news-feed>`);
    // While it loads, the controls keep their places.
    expect(part(feed, 'search')).to.not.equal(null);
    expect(part(feed, 'filters')).to.not.equal(null);
    await waitUntil(() => feed.status === 'error', 'no error', {timeout: 5000});
    await feed.updateComplete;
    expect(part(feed, 'search')).to.equal(null);
    expect(part(feed, 'filters')).to.equal(null);
    expect(part(feed, 'chip')).to.equal(null);
    expect(part(feed, 'more')).to.equal(null);
    const error = part(feed, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(feed.shadowRoot!.querySelector('.frame')!.firstElementChild).to.equal(error);
    await expect(feed).to.be.accessible();
    // Retry brings them back while it loads again (briefly: the source fails at once).
    let back = false;
    const observer = new MutationObserver(() => (back ||= part(feed, 'search') !== null));
    observer.observe(feed.shadowRoot!, {childList: true, subtree: true});
    await clickOn(part(feed, 'retry')!);
    await waitUntil(() => back, 'the search box did not come back while retrying');
    observer.disconnect();
  });

  it('disables search and draws no lone "all" chip over a source with no stories', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed searchable filterable></nk-news-feed>`);
    await showing(feed);
    const height = part(feed, 'filters')!.getBoundingClientRect().height;
    for (const chip of feed.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chip"]')) {
      // A chip is one line of small text, padded: never stretched over the rows' reserved height.
      expect(chip.getBoundingClientRect().height).to.be.below(34);
    }
    feed.articles = [];
    await waitUntil(() => part(feed, 'status')!.textContent!.includes('目前沒有'), 'no empty message');
    await feed.updateComplete;
    expect(part(feed, 'chip')).to.equal(null);
    expect(part<HTMLInputElement>(feed, 'search')!.disabled).to.equal(true);
    // The rows keep their height, so the empty panel below does not move.
    expect(part(feed, 'filters')!.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
    await expect(feed).to.be.accessible();
  });
});
