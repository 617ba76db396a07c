// A page on one origin showing another origin's RSS through the site's feed proxy, named once for
// the page (<meta name="nk-news-proxy">): the proxy (scripts/ssr-pages.mjs) answers in nk-news
// JSON, so the page downloads no XML reader. This file loads no other feed, so the modules the page
// fetched are this feed's alone.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/event-card/define.js';
import '../src/news-feed/define.js';
import type {NkEventCard} from '../src/event-card/event-card.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import type {FeedErrorEvent} from '../src/view/events.js';
import {crossOrigin, headlines, served, showing, uniqueKey, until} from './helpers.js';

const meta = Object.assign(document.createElement('meta'), {name: 'nk-news-proxy', content: '/nk-proxy'});
document.head.append(meta);
performance.setResourceTimingBufferSize(100_000);

describe('<nk-news-feed> with the page\'s feed proxy', () => {
  it('shows another origin\'s RSS, fetched through the proxy, with no XML reader downloaded', async () => {
    const src = crossOrigin(`/feeds/rss2.xml?key=${uniqueKey('proxied-feed')}`);
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} limit="3"></nk-news-feed>`);
    await showing(feed, 3);
    expect(feed.status).to.equal('ready');
    expect(headlines(feed)).to.have.length(3);
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched).to.include('/nk-proxy');
    expect(fetched.filter((path) => /\/data\/parse\.|\/data\/formats\/(?:xml|rss|atom)|parse-xml/.test(path))).to.deep.equal([]);
    await expect(feed).to.be.accessible();
  });
});

describe('the proxy attribute', () => {
  it('names the proxy for one element, over the page\'s, and the refusal arrives in nk-error', async () => {
    const other = new URL(crossOrigin('/feeds/rss2.xml'));
    other.port = String(Number(other.port) + 1);
    // The test proxy reads this server's own port only: another port is not on its list.
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed proxy="/nk-proxy?site=1" src=${other.href}></nk-news-feed>`);
    const failed = await new Promise<FeedErrorEvent>((resolve) => feed.addEventListener('nk-error', resolve, {once: true}));
    expect(failed.detail.error.code).to.equal('not-allowed');
    await until(() => feed.status === 'error', () => `status ${feed.status}`);
    // The browser adds the entry once the answer's body has ended, which may be after the event.
    await until(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name)).some((url) =>
      url.pathname === '/nk-proxy' && url.searchParams.get('site') === '1' && url.searchParams.get('url') === other.href),
    () => 'the page did not ask the proxy named by the attribute');
    expect(feed.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('本站的新聞代理不提供這個來源');
    await expect(feed).to.be.accessible();
  });

  it('lets a card look its article up in a proxied feed', async () => {
    const src = crossOrigin(`/feeds/nk-news.json?key=${uniqueKey('proxied-card')}`);
    const articles = await (await fetch(served('/feeds/nk-news.json'))).json() as {articles: {id: string; title: string}[]};
    const [first] = articles.articles;
    const card = await fixture<NkEventCard>(html`<nk-event-card proxy="/nk-proxy" src=${src} article-id=${first!.id}></nk-event-card>`);
    await until(() => Boolean(card.shadowRoot?.querySelector('[part~="headline"]')), () => 'no headline');
    expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.contain(first!.title.slice(0, 4));
    await expect(card).to.be.accessible();
  });
});
