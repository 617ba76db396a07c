import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/news-feed/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {useFakeTimers} from 'sinon';
import {captureWarnings, headlines, makeArticle, part, realDelay, shownArticles, until} from './helpers.js';

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
    await until(() => feed.status === 'ready', 'every article checked');
    const [first] = shownArticles(feed);
    expect(first!.getAttribute('aria-setsize')).to.equal(String(COUNT));
    await until(() => shownArticles(feed).length === COUNT, () => `all ${COUNT} articles, saw ${shownArticles(feed).length}`, {timeout: 30_000});
    // Fully drawn: the feed is no longer busy, and no "more" is offered for what is already there.
    expect(part(feed, 'feed')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(feed, 'more')).to.equal(null);
    const last = shownArticles(feed).at(-1)!;
    expect(last.getAttribute('aria-posinset')).to.equal(String(COUNT));
    expect(last.getAttribute('aria-setsize')).to.equal(String(COUNT));
    // A reader scrolls to the end. (Not scrollIntoView(): Firefox does not yet scroll to an element
    // inside a block that content-visibility skips; see docs/decisions.md.)
    window.scrollTo(0, document.documentElement.scrollHeight);
    const headline = last.querySelector<HTMLElement>('[part~="headline"]')!;
    expect(headline.textContent!.trim()).to.equal(`第${COUNT}則新聞`);
    await drawnInView(headline, 'the last headline to be drawn once scrolled to');
    window.scrollTo(0, 0);
  });

  /**
   * Resolves once `headline` is laid out and painted where the reader looks (off screen,
   * content-visibility skipped it and its block; the browser draws them a frame or two after).
   */
  async function drawnInView(headline: HTMLElement, what: string) {
    await until(() => headline.checkVisibility({contentVisibilityAuto: true}), what);
    await frame();
    const box = headline.getBoundingClientRect();
    expect(box.height).to.be.above(0);
    expect(box.top).to.be.at.least(0).and.below(window.innerHeight);
  }

  it('gives a block it skips off screen the height it has once drawn, so nothing moves as the reader reaches it', async () => {
    for (const layout of ['full', 'compact']) {
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="300" layout=${layout} .articles=${manyArticles().slice(0, 300)}></nk-news-feed>`);
      await until(() => shownArticles(feed).length === 300, () => `300 articles, saw ${shownArticles(feed).length}`, {timeout: 20_000});
      // The browser decides what content-visibility skips at its next frame.
      await frame();
      const blocks = [...feed.shadowRoot!.querySelectorAll<HTMLElement>('[part~="feed"] > *')];
      expect(blocks.map((block) => block.querySelectorAll('[part~="article"]').length), layout).to.deep.equal([100, 100, 100]);
      const [, second, third] = blocks;
      const headline = second!.lastElementChild!.querySelector<HTMLElement>('[part~="headline"]')!;
      expect(headline.checkVisibility({contentVisibilityAuto: true}), `${layout}: skipped before it is reached`).to.equal(false);
      const skipped = second!.getBoundingClientRect().height;
      const below = third!.getBoundingClientRect().top - second!.getBoundingClientRect().top;
      window.scrollTo(0, window.scrollY + second!.lastElementChild!.getBoundingClientRect().top);
      await until(() => headline.checkVisibility({contentVisibilityAuto: true}), `${layout}: the block to be drawn once reached`);
      await frame();
      // Within 2 px of 20,000: Chromium rounds a block's height to whole pixels while it is skipped.
      expect(second!.getBoundingClientRect().height, `${layout}: the block's height once drawn`).to.be.closeTo(skipped, 2);
      expect(third!.getBoundingClientRect().top - second!.getBoundingClientRect().top, `${layout}: where the next block starts`).to.be.closeTo(below, 2);
      window.scrollTo(0, 0);
      feed.remove();
    }
  });

  it('lets find-in-page reach article 10,000, far below what is on screen', async () => {
    window.scrollTo(0, 0);
    const feed = await bigFeed();
    await until(() => shownArticles(feed).length === COUNT, () => `all ${COUNT} articles, saw ${shownArticles(feed).length}`, {timeout: 30_000});
    const headline = shownArticles(feed).at(-1)!.querySelector<HTMLElement>('[part~="headline"]')!;
    // The browser decides what content-visibility skips at its next frame.
    await frame();
    expect(headline.checkVisibility({contentVisibilityAuto: true}), 'skipped before it is found').to.equal(false);
    // window.find is what the browser's own find bar does, in both browsers the tests run.
    const find = (window as unknown as {find(text: string): boolean}).find.bind(window);
    expect(find(`第${COUNT}則新聞`)).to.equal(true);
    await drawnInView(headline, 'the found headline to be drawn');
    getSelection()?.removeAllRanges();
    window.scrollTo(0, 0);
  });

  it('moves on with Page Down past the articles drawn so far, to article 10,000', async () => {
    const feed = await bigFeed();
    // Straight after the first articles appear: Page Down from the last one drawn does not stop.
    const drawn = shownArticles(feed);
    const edge = drawn.at(-1)!;
    edge.focus();
    await sendKeys({press: 'PageDown'});
    await until(() => feed.shadowRoot!.activeElement !== edge, () => `focus to move on: active ${feed.shadowRoot!.activeElement?.getAttribute('aria-posinset')} doc ${document.activeElement?.localName} drawn ${drawn.length} now ${shownArticles(feed).length}`);
    expect(feed.shadowRoot!.activeElement!.getAttribute('aria-posinset')).to.equal(String(drawn.length + 1));
    await until(() => shownArticles(feed).length === COUNT, () => `all ${COUNT} articles, saw ${shownArticles(feed).length}`, {timeout: 30_000});
    shownArticles(feed).at(-2)!.focus();
    await sendKeys({press: 'PageDown'});
    const active = feed.shadowRoot!.activeElement!;
    expect(active.getAttribute('aria-posinset')).to.equal(String(COUNT));
    expect(active.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal(`第${COUNT}則新聞`);
  });

  /** What a reader (and a screen reader) finds the moment the first articles are drawn (the feed in the document, none drawn yet). */
  function atFirstSight(feed: NkNewsFeed) {
    return new Promise<{status: string; busy: string | null; setsize: string | null; first: HTMLElement; headlines: string[]}>((resolve) => {
      const look = () => {
        const [first] = shownArticles(feed);
        if (!first) return false;
        observer.disconnect();
        resolve({status: feed.status, busy: part(feed, 'feed')!.getAttribute('aria-busy'), setsize: first.getAttribute('aria-setsize'), first, headlines: headlines(feed)});
        return true;
      };
      const observer = new MutationObserver(look);
      observer.observe(feed.shadowRoot!, {childList: true, subtree: true});
      look();
    });
  }

  it('draws the first of a long array while it checks the rest: busy, its size not yet known, the first already the list\'s first', async () => {
    const stories = manyArticles();
    // Skipped once every story is checked: one without a headline, one repeating a drawn story's id.
    stories[5000] = {...stories[5000]!, title: ''};
    stories[6000] = {...stories[6000]!, id: 'a2'};
    const console = captureWarnings();
    try {
      const feed = document.createElement('nk-news-feed');
      feed.limit = COUNT;
      feed.articles = stories;
      document.body.append(feed);
      const early = await atFirstSight(feed);
      expect(early.status).to.equal('loading');
      expect(early.busy).to.equal('true');
      expect(early.setsize).to.equal('-1');
      expect(early.headlines.slice(0, 3)).to.deep.equal(['第1則新聞', '第2則新聞', '第3則新聞']);
      await until(() => feed.status === 'ready', 'every article checked');
      // The same article, where it was: drawn once, not again in another order.
      expect(shownArticles(feed)[0]).to.equal(early.first);
      expect(early.first.getAttribute('aria-setsize')).to.equal(String(COUNT - 2));
      expect(part(feed, 'feed')!.getAttribute('aria-busy')).to.equal('false');
      expect(console.warnings.filter((w) => w.includes('articles[5000]') || w.includes('articles[6000]'))).to.have.length(2);
      feed.remove();
    } finally {
      console.restore();
    }
  });

  it('checks every story before drawing any where the first few would not be the list\'s first (oldest first, or with chips)', async () => {
    for (const attributes of [{sort: 'oldest'}, {filterable: true}]) {
      const feed = document.createElement('nk-news-feed');
      Object.assign(feed, {limit: 20, ...attributes, articles: manyArticles()});
      document.body.append(feed);
      const early = await atFirstSight(feed);
      expect(early.status, JSON.stringify(attributes)).to.equal('ready');
      expect(early.setsize).to.equal(String(COUNT));
      expect(early.headlines[0]).to.equal(attributes.sort === 'oldest' ? `第${COUNT}則新聞` : '第1則新聞');
      feed.remove();
    }
  });

  it('is accessible while it checks the rest of a long array', async () => {
    // The rest are checked after the next frame, or after 100 ms when no frame comes: frames are
    // held here, and the clock moves on only while axe waits on a timer of its own (1 ms ones), so
    // however slow the machine, no more time passes on it than axe's own steps.
    const held: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => held.push(callback);
    const clock = useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    try {
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed searchable limit="5" .articles=${manyArticles()}></nk-news-feed>`);
      await until(() => shownArticles(feed).length === 5, 'the first articles');
      let audited = false;
      const audit = Promise.resolve(expect(feed).to.be.accessible()).finally(() => (audited = true));
      const ours = clock.countTimers();
      while (!audited) {
        if (clock.countTimers() > ours) clock.tick(1);
        await realDelay(5);
      }
      await audit;
      expect(feed.status).to.equal('loading');
      expect(part(feed, 'status')!.textContent).to.contain('載入中');
      expect(shownArticles(feed)[0]!.getAttribute('aria-setsize')).to.equal('-1');
      window.requestAnimationFrame = requestFrame;
      for (const callback of held) callback(performance.now());
      await clock.tickAsync(200);
      await until(() => feed.status === 'ready', 'every article checked');
      expect(shownArticles(feed)[0]!.getAttribute('aria-setsize')).to.equal(String(COUNT));
    } finally {
      window.requestAnimationFrame = requestFrame;
      clock.restore();
    }
  });
});
