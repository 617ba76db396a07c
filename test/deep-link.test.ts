// Deep links with ids a feed made up: lone surrogates (encodeURIComponent throws on them) and ids
// of a megabyte. Selecting such a story must still fire nk-article-select, so a page that cancels
// it to route in-page is never bypassed, and a link must still find its story.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/news-feed/define.js';
import type {Article} from '../src/core/vocabulary.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {makeArticle, realDelay, showing, shownArticles, until} from './helpers.js';

const LONE_HIGH = 'bad-\ud800';
const LONE_LOW = '\udc00-bad';

/** A feed with deep links whose controller (loaded on demand) is in place. */
async function deepLinkFeed(articles: Article[], limit = 10): Promise<NkNewsFeed> {
  const feed = await fixture<NkNewsFeed>(html`<nk-news-feed deep-link limit=${limit} .articles=${articles}></nk-news-feed>`);
  await showing(feed);
  // The element imports the controller when it first renders; once this import settles, its own has.
  await import('../src/view/deep-link.js');
  await realDelay(0);
  return feed;
}

/**
 * Clicks a story's headline link as the page would see it: what nk-article-select carried, and
 * whether the click's default (following the feed's link) was prevented. The last listener on the
 * way up records that, then prevents it itself, so a failing run never leaves the test page.
 */
function clickHeadline(feed: NkNewsFeed, index: number): {selected: Article[]; prevented: boolean | undefined} {
  const selected: Article[] = [];
  let prevented: boolean | undefined;
  const cancel = (event: Event) => {
    selected.push((event as Event & {article: Article}).article);
    event.preventDefault();
  };
  const last = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  feed.addEventListener('nk-article-select', cancel);
  window.addEventListener('click', last);
  try {
    shownArticles(feed)[index]!.querySelector<HTMLAnchorElement>('[part~="headline"] a')!.click();
  } finally {
    window.removeEventListener('click', last);
    feed.removeEventListener('nk-article-select', cancel);
  }
  return {selected, prevented};
}

describe('deep links with untrusted ids', () => {
  let address: string;
  beforeEach(() => (address = location.href));
  afterEach(() => history.replaceState(null, '', address));

  for (const id of [LONE_HIGH, LONE_LOW]) {
    it(`selecting a story whose id has a lone surrogate (${JSON.stringify(id)}) fires nk-article-select, and cancelling it keeps the link from being followed`, async () => {
      const story = makeArticle({id, title: '北韓新聞', url: 'https://example.com/story'});
      const feed = await deepLinkFeed([story]);
      const {selected, prevented} = clickHeadline(feed, 0);
      expect(selected.map((article) => article.id)).to.deep.equal([id]);
      expect(prevented, 'the default of a cancelled selection is prevented').to.equal(true);
      // The address links to the id with U+FFFD for the lone surrogate.
      expect(decodeURIComponent(location.hash)).to.equal(`#nk-${id.replace(/[\ud800-\udfff]/, '\ufffd')}`);
    });
  }

  it('a link to such an id finds its story, past "more"', async () => {
    const stories = [
      makeArticle({id: 'first', published: '2025-01-03'}),
      makeArticle({id: LONE_HIGH, title: '目標新聞', published: '2025-01-02'}),
    ];
    history.replaceState(null, '', `#nk-${encodeURIComponent('bad-\ufffd')}`);
    const feed = await deepLinkFeed(stories, 1);
    await until(() => (feed.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === LONE_HIGH, 'the linked story focused');
    expect(shownArticles(feed).length).to.equal(2);
  });

  it('ids and hashes of a megabyte break nothing: the selection fires, the address is left alone', async () => {
    const huge = `${'北'.repeat(1 << 19)}${'x'.repeat(1 << 19)}`;
    // Half a megabyte of hash: Firefox refuses an address of 1 MB (SecurityError).
    history.replaceState(null, '', `#nk-${'a'.repeat(1 << 19)}`);
    const feed = await deepLinkFeed([makeArticle({id: huge, title: '長編號', url: 'https://example.com/long'})]);
    history.replaceState(null, '', '#before');
    const {selected, prevented} = clickHeadline(feed, 0);
    expect(selected.length).to.equal(1);
    expect(selected[0]!.id === huge).to.equal(true);
    expect(prevented).to.equal(true);
    // (Compared as a flag: a failure must not print a megabyte of address.)
    expect(location.hash === '#before', 'the address is left alone').to.equal(true);
  });
});
