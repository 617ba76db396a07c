// The elements' own words in the reader's script (issue #12: the mainland's and English words are
// fetched when first needed, not carried by every page). In a file of its own: the first switch to
// the mainland variant in this page is the one that fetches them.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/news-feed/define.js';
import '../src/event-card/define.js';
import '../src/script-switch/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import type {NkEventCard} from '../src/event-card/event-card.js';
import {corpus} from '../src/corpus/index.js';
import {uiStrings} from '../src/i18n/strings.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {clickOn, part, showing, shownArticles} from './helpers.js';

/** Every state the element's shadow root passes through, as [article lang, the words a reader sees]. */
function record(el: Element, words: () => string | null | undefined) {
  const seen: string[][] = [];
  const look = () => seen.push([shownArticles(el)[0]?.getAttribute('lang') ?? '', words() ?? '']);
  const observer = new MutationObserver(look);
  observer.observe(el.shadowRoot!, {subtree: true, childList: true, attributes: true, characterData: true});
  return {seen, stop: () => observer.disconnect()};
}

describe('the elements’ own words', () => {
  beforeEach(forgetVariant);
  afterEach(forgetVariant);

  // First, while no English words are in this page: a list's view is ready only with its words.
  it('a list’s view comes with the words of its language (English stories: English words)', async () => {
    const [story] = await corpus();
    expect(uiStrings('en').lang, 'English words carried by every page').to.equal('zh-Hant');
    const english = {...story!, id: 'en-1', lang: 'en', title: 'Talks resume'};
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed .articles=${[english]}></nk-news-feed>`);
    await waitUntil(() => feed.status === 'ready', 'the view was never derived');
    expect(uiStrings('en').lang).to.equal('en');
    expect(part(feed, 'feed')!.getAttribute('aria-label')).to.equal('North Korea news');
    expect(uiStrings('en').ui.more).to.equal('More stories');
  });

  it('a reader’s first switch to 简: the feed’s words change with its articles, never after them', async () => {
    const page = await fixture(html`<div>
      <nk-script-switch></nk-script-switch>
      <nk-news-feed limit="2" searchable></nk-news-feed>
    </div>`);
    const feed = page.querySelector<NkNewsFeed>('nk-news-feed')!;
    await showing(feed, 2);
    expect(part(feed, 'more')!.textContent!.trim()).to.equal('更多新聞');

    const words = () => `${part(feed, 'more')?.textContent?.trim()} ${part(feed, 'search')?.getAttribute('aria-label')}`;
    const {seen, stop} = record(feed, words);
    await clickOn(page.querySelector('nk-script-switch')!.shadowRoot!.querySelector('input[value="zh-CN"]')!);
    await waitUntil(() => shownArticles(feed)[0]?.lang === 'zh-Hans-CN', 'never converted', {timeout: 5000});
    stop();
    expect(words()).to.equal('更多新闻 搜索新闻');
    expect(feed.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('zh-Hans');
    // No moment with mainland articles under Taiwanese words.
    expect(seen.filter(([lang, shown]) => lang === 'zh-Hans-CN' && shown !== '更多新闻 搜索新闻')).to.deep.equal([]);
    await expect(feed).to.be.accessible();
  });

  it('a mainland card shows its related coverage under the mainland’s heading', async () => {
    const card = await fixture<NkEventCard>(
      html`<nk-event-card variant="zh-CN" article-id="nk-20250729-kim-yo-jong-no-denuclearization"></nk-event-card>`
    );
    const heading = () => part(card, 'related')?.getAttribute('aria-label');
    const {seen, stop} = record(card, heading);
    await waitUntil(() => shownArticles(card)[0]?.lang === 'zh-Hans-CN' && part(card, 'related'), 'never shown', {timeout: 5000});
    stop();
    expect(heading()).to.equal('相关报道');
    expect(seen.filter(([lang, shown]) => lang === 'zh-Hans-CN' && shown !== '相关报道')).to.deep.equal([]);
    await expect(card).to.be.accessible();
  });
});
