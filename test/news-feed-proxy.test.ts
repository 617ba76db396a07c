// A page on one origin showing another origin's RSS through the site's feed proxy, named once for
// the page (<meta name="nk-news-proxy">): the proxy (test/server/feed-proxy.mjs) answers in nk-news
// JSON, so the page downloads no XML reader. This file loads no other feed, so the modules the page
// fetched are this feed's alone.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/news-feed/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {crossOrigin, headlines, showing, uniqueKey} from './helpers.js';

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
