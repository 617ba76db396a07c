// A page that enforces Trusted Types, with the policies docs/embedding.md tells embedders to allow.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/news-feed/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {headlines, showing} from './helpers.js';

const meta = Object.assign(document.createElement('meta'), {
  httpEquiv: 'Content-Security-Policy',
  content: "require-trusted-types-for 'script'; trusted-types lit-html nk-news",
});
document.head.append(meta);

describe('under Trusted Types (trusted-types lit-html nk-news)', () => {
  it('is enforced on this page where the browser has Trusted Types: a plain string into a sink is refused', () => {
    // Firefox enforces Trusted Types from 148; ESR 140 ignores the directives, and the feeds below
    // must load all the same.
    const enforced = 'trustedTypes' in globalThis;
    const parse = () => new DOMParser().parseFromString('<p>x</p>', 'text/html');
    if (enforced) expect(parse).to.throw();
    else expect(parse).not.to.throw();
  });

  it('loads and shows RSS, Atom and JSON Feed from src', async () => {
    for (const src of ['/feeds/rss2.xml', '/feeds/atom.xml', '/feeds/jsonfeed.json']) {
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed src=${src} limit="3"></nk-news-feed>`);
      await showing(feed, 3);
      await waitUntil(() => feed.status === 'ready', `${src} did not load`, {timeout: 5000});
      expect(headlines(feed).every((title) => title.length > 0)).to.equal(true);
    }
  });
});
