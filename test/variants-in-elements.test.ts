// The reader's script and wording, as the feed and the card show it (issue 4, end to end).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/news-feed/define.js';
import '../src/event-card/define.js';
import '../src/script-switch/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import type {NkEventCard} from '../src/event-card/event-card.js';
import {corpus} from '../src/corpus/index.js';
import {forgetVariant, saveVariant} from '../src/i18n/variant-store.js';
import {clickOn, headlines, part, showing, shownArticles} from './helpers.js';

const KIM_YO_JONG = 'nk-20250729-kim-yo-jong-no-denuclearization';

async function firstStory() {
  return (await corpus()).find((story) => story.id === KIM_YO_JONG)!;
}

const text = (el: Element) => shownArticles(el).map((a) => a.textContent!.replace(/\s+/g, ' ')).join(' ');

describe('variants in the elements', () => {
  // The saved choice lives in localStorage and in memory (for pages where storage throws).
  beforeEach(forgetVariant);
  afterEach(forgetVariant);

  it('variant="zh-CN" reads as a mainland outlet writes: characters, names, quotation marks, UI', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed variant="zh-CN" limit="1"></nk-news-feed>`);
    await waitUntil(() => shownArticles(feed)[0]?.getAttribute('lang') === 'zh-Hans-CN', 'never converted', {timeout: 5000});
    const article = shownArticles(feed)[0]!;
    const summary = part(feed, 'summary')!.textContent!;
    expect(summary).to.contain('朝鲜最高领导人金正恩的妹妹');
    expect(summary).to.contain('美国总统特朗普');
    expect(summary).to.contain('“还不错”');
    expect(summary).to.not.match(/北韓|川普|「|」/);
    const entities = [...article.querySelectorAll('[part~="entity"]')].map((e) => e.textContent);
    expect(entities).to.include('特朗普').and.to.include('朝鲜');
    expect(part(feed, 'feed')!.getAttribute('aria-label')).to.equal('朝鲜新闻');
    expect(part(feed, 'more')!.textContent!.trim()).to.equal('更多新闻');
    expect(article.querySelector('time')!.textContent).to.equal('2025年7月29日');
    await expect(feed).to.be.accessible();
  });

  it('variant="zh-HK" reads as a Hong Kong outlet writes', async () => {
    const card = await fixture<NkEventCard>(html`<nk-event-card variant="zh-HK" article-id=${KIM_YO_JONG}></nk-event-card>`);
    await waitUntil(() => shownArticles(card)[0]?.getAttribute('lang') === 'zh-Hant-HK', 'never converted', {timeout: 5000});
    const summary = part(card, 'summary')!.textContent!;
    expect(summary).to.contain('美國總統特朗普');
    expect(summary).to.contain('「還不錯」');
    expect(summary).to.not.contain('川普');
    await expect(card).to.be.accessible();
  });

  it('one click on the switch converts every element without its own variant, live, and back again', async () => {
    const story = await firstStory();
    const page = await fixture(html`<div>
      <nk-script-switch></nk-script-switch>
      <nk-news-feed limit="2"></nk-news-feed>
      <nk-event-card .article=${story}></nk-event-card>
      <nk-event-card variant="zh-TW" .article=${story}></nk-event-card>
    </div>`);
    const feed = page.querySelector('nk-news-feed')!;
    const [card, pinned] = page.querySelectorAll('nk-event-card');
    await showing(feed, 2);
    await showing(card!, 1);
    const before = {feed: headlines(feed), card: text(card!)};
    expect(before.card).to.contain('川普');

    const simplified = page.querySelector('nk-script-switch')!.shadowRoot!.querySelector('input[value="zh-CN"]')!;
    await clickOn(simplified);
    await waitUntil(() => text(card!).includes('特朗普') && shownArticles(feed)[0]!.lang === 'zh-Hans-CN', 'did not follow', {timeout: 5000});
    expect(headlines(feed)[0]).to.equal('金与正：任何会谈都无法让朝鲜放弃核武');
    expect(localStorage.getItem('nk-news:variant')).to.equal('zh-CN');
    expect(text(pinned!)).to.contain('川普');

    await clickOn(page.querySelector('nk-script-switch')!.shadowRoot!.querySelector('input[value="zh-TW"]')!);
    // The feed and the card each convert on their own: wait for both before comparing.
    await waitUntil(() => shownArticles(feed)[0]!.lang === 'zh-Hant-TW' && shownArticles(card!)[0]?.lang === 'zh-Hant-TW',
      'did not come back', {timeout: 5000});
    expect(headlines(feed)).to.deep.equal(before.feed);
    expect(text(card!)).to.equal(before.card);
  });

  it('follows the saved choice, else the nearest Chinese lang; an explicit variant wins', async () => {
    const inMainlandPage = await fixture(html`<section lang="zh-CN"><nk-news-feed limit="1"></nk-news-feed></section>`);
    const feed = inMainlandPage.querySelector('nk-news-feed')!;
    await waitUntil(() => shownArticles(feed)[0]?.lang === 'zh-Hans-CN', 'ignored lang', {timeout: 5000});

    saveVariant('zh-HK');
    const saved = await fixture<NkNewsFeed>(html`<nk-news-feed limit="1"></nk-news-feed>`);
    await waitUntil(() => shownArticles(saved)[0]?.lang === 'zh-Hant-HK', 'ignored the saved choice', {timeout: 5000});

    const pinned = await fixture<NkNewsFeed>(html`<nk-news-feed variant="zh-TW" limit="1"></nk-news-feed>`);
    await showing(pinned, 1);
    expect(shownArticles(pinned)[0]!.lang).to.equal('zh-Hant-TW');
  });

  it('finds stories across scripts and regional names: 特朗普 finds 川普, 朝鲜 finds 北韓', async () => {
    const stories = await corpus();
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="100" query="特朗普"></nk-news-feed>`);
    const trump = stories.filter((s) => s.summary.includes('川普'));
    await showing(feed, trump.length);
    expect(headlines(feed)).to.deep.equal(trump.map((s) => s.title));
    feed.query = '朝鲜 拉夫罗夫';
    const both = stories.filter((s) => s.summary.includes('北韓') && s.summary.includes('拉夫羅夫'));
    await showing(feed, both.length);
  });

  it('applies a site glossary on top of the regional wording', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed variant="zh-CN" limit="1" .glossary=${[{'zh-TW': '笑柄', 'zh-CN': '笑话'}]}></nk-news-feed>`);
    await waitUntil(() => part(feed, 'summary')?.textContent?.includes('笑话'), 'glossary not applied', {timeout: 5000});
  });

  it('labels source chips as the reader’s region writes them, and filters by them', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed variant="zh-CN" filterable limit="100"></nk-news-feed>`);
    await waitUntil(() => shownArticles(feed)[0]?.lang === 'zh-Hans-CN', 'not converted', {timeout: 5000});
    const chips = [...feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
    const yonhap = chips.find((chip) => chip.textContent!.trim() === '韩联社')!;
    expect(yonhap, chips.map((c) => c.textContent).join()).to.exist;
    await clickOn(yonhap);
    const expected = (await corpus()).filter((s) => s.sources.includes('韓聯社'));
    await showing(feed, expected.length);
  });
});
