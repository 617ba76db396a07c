// What frameworks and page scripts hand the elements: Vue sets `limit="5"` in a template as a
// property, a string (docs/frameworks.md's snippet, run here with Vue's own template compiler), and
// so may a page's script. Every numeric property takes a numeric string and reads back its number.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {createApp, ref} from 'vue/dist/vue.esm-browser.js';
import '../src/news-feed/define.js';
import '../src/timeline/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import type {NkTimeline} from '../src/timeline/timeline.js';
import type {Article} from '../src/core/vocabulary.js';
import type {FeedErrorEvent} from '../src/view/events.js';
import {corpus} from '../src/corpus/index.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {clickOn, headlines, part, requestCount, showing, shownArticles, uniqueKey, until} from './helpers.js';

/** A property set as a page's script may: a string where a number is declared. */
function setAsString(element: object, name: string, value: string) {
  (element as Record<string, unknown>)[name] = value;
}

describe('frameworks: Vue 3 and numbers set as strings', () => {
  beforeEach(forgetVariant);

  it("runs docs/frameworks.md's Vue snippet as written: limit=\"5\", :articles.prop, @nk-article-select", async () => {
    const stories = (await corpus()).slice(0, 8);
    const opened: Article[] = [];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const app = createApp({
      setup: () => ({stories: ref(stories), open: (article: Article) => opened.push(article)}),
      template: `<nk-news-feed limit="5" :articles.prop="stories" @nk-article-select="open($event.detail.article)" />`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('nk-');
    app.mount(host);
    try {
      const feed = host.querySelector('nk-news-feed') as NkNewsFeed;
      expect(feed.hasAttribute('limit'), 'Vue set limit as a property, not an attribute').to.equal(false);
      await showing(feed, 5);
      expect(feed.limit).to.equal(5);
      expect(headlines(feed)).to.deep.equal(stories.slice(0, 5).map((story) => story.title));
      expect(part(feed, 'more'), '"more" shows the next 5').to.not.equal(null);
      await clickOn(shownArticles(feed)[1]!.querySelector('[part~="summary"]')!);
      expect(opened.map((article) => article.id)).to.deep.equal([stories[1]!.id]);
    } finally {
      app.unmount();
    }
  });

  it('keeps limit an attribute with ^limit, for reserve.css (docs/frameworks.md)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const app = createApp({template: `<nk-news-feed ^limit="4" />`});
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('nk-');
    app.mount(host);
    try {
      const feed = host.querySelector('nk-news-feed') as NkNewsFeed;
      expect(feed.getAttribute('limit')).to.equal('4');
      await showing(feed, 4);
    } finally {
      app.unmount();
    }
  });

  it('takes limit and heading-level as strings from a script', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    setAsString(feed, 'limit', '3');
    setAsString(feed, 'headingLevel', '2');
    await showing(feed, 3);
    expect(feed.limit).to.equal(3);
    expect(feed.headingLevel).to.equal(2);
    expect(shownArticles(feed).map((article) => article.querySelector('[part~="headline"]')!.closest('h2'))).to.not.include(null);
  });

  it("puts the timeline's headings one below another from a string heading-level", async () => {
    const timeline = await fixture<NkTimeline>(html`<nk-timeline limit="2"></nk-timeline>`);
    setAsString(timeline, 'headingLevel', '2');
    await showing(timeline, 2);
    const levels = (part: string) => [...timeline.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((el) => el.closest('h1, h2, h3, h4, h5, h6')?.localName);
    expect(levels('month')[0]).to.equal('h2');
    expect(levels('day-heading')[0]).to.equal('h3');
    expect(levels('headline')[0]).to.equal('h4');
  });

  it('gives up a fetch after a timeout set as a string', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    setAsString(feed, 'timeout', '0.5');
    expect(feed.timeout).to.equal(0.5);
    const started = performance.now();
    feed.src = '/feeds/fault/slow?ms=4000';
    const {detail} = await oneEvent(feed, 'nk-error') as FeedErrorEvent;
    expect(detail.error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('polls every refresh-interval seconds set as a string', async () => {
    const key = uniqueKey('string-interval');
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed src=${`/feeds/rss2.xml?key=${key}`}></nk-news-feed>`);
    setAsString(feed, 'refreshInterval', '0.2');
    expect(feed.refreshInterval).to.equal(0.2);
    await until(async () => (await requestCount(key)) >= 3, 'polled twice more');
    feed.remove();
  });
});
