import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/news-feed/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {makeArticle, part, shownArticles, until} from './helpers.js';

const COUNT = 10_000;

/** 10,000 articles, one a day going back from 2025-07-31, so newest first is the order given. */
function manyArticles() {
  const day = Date.UTC(2025, 6, 31);
  return Array.from({length: COUNT}, (_, i) =>
    makeArticle({id: `a${i + 1}`, title: `第${i + 1}則新聞`, published: new Date(day - i * 86_400_000).toISOString().slice(0, 10)}));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('nk-news-feed with 10,000 articles from the page', function () {
  // Drawing 10,000 articles a block per frame takes seconds in a loaded CI browser; the waits below
  // are bounds for "it never gets there", not timings.
  this.timeout(40_000);
  beforeEach(forgetVariant);

  async function bigFeed() {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit=${COUNT} .articles=${manyArticles()}></nk-news-feed>`);
    await until(() => shownArticles(feed).length > 0, 'the first articles', {timeout: 20_000});
    return feed;
  }

  it('shows all of them, the last one reachable by scrolling, and says the feed holds 10,000', async () => {
    const feed = await bigFeed();
    const [first] = shownArticles(feed);
    expect(first!.getAttribute('aria-setsize')).to.equal(String(COUNT));
    await until(() => shownArticles(feed).length === COUNT, () => `all ${COUNT} articles, saw ${shownArticles(feed).length}`, {timeout: 30_000});
    // Fully drawn: the feed is no longer busy, and no "more" is offered for what is already there.
    expect(part(feed, 'feed')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(feed, 'more')).to.equal(null);
    const last = shownArticles(feed).at(-1)!;
    expect(last.getAttribute('aria-posinset')).to.equal(String(COUNT));
    expect(last.getAttribute('aria-setsize')).to.equal(String(COUNT));
    last.scrollIntoView();
    // Scrolled to, it is laid out and painted where the reader looks, with its own headline (off
    // screen, content-visibility skipped it; the browser draws it within a frame or two of arriving).
    const headline = last.querySelector<HTMLElement>('[part~="headline"]')!;
    expect(headline.textContent!.trim()).to.equal(`第${COUNT}則新聞`);
    await until(() => headline.checkVisibility({contentVisibilityAuto: true}), 'the last headline to be drawn once scrolled to');
    await frame();
    const box = headline.getBoundingClientRect();
    expect(box.height).to.be.above(0);
    expect(box.top).to.be.at.least(0).and.below(window.innerHeight);
  });

  it('moves on with Page Down past the articles drawn so far, to article 10,000', async () => {
    const feed = await bigFeed();
    // Straight after the first articles appear: Page Down from the last one drawn does not stop.
    const drawn = shownArticles(feed);
    const edge = drawn.at(-1)!;
    edge.focus();
    await sendKeys({press: 'PageDown'});
    await until(() => feed.shadowRoot!.activeElement !== edge, 'focus to move on');
    expect(feed.shadowRoot!.activeElement!.getAttribute('aria-posinset')).to.equal(String(drawn.length + 1));
    await until(() => shownArticles(feed).length === COUNT, () => `all ${COUNT} articles, saw ${shownArticles(feed).length}`, {timeout: 30_000});
    shownArticles(feed).at(-2)!.focus();
    await sendKeys({press: 'PageDown'});
    const active = feed.shadowRoot!.activeElement!;
    expect(active.getAttribute('aria-posinset')).to.equal(String(COUNT));
    expect(active.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal(`第${COUNT}則新聞`);
  });
});
