import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/news-feed/define.js';
import {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {corpus} from '../src/corpus/index.js';
import type {Article} from '../src/core/vocabulary.js';
import type {LoadEvent} from '../src/view/events.js';
import {captureWarnings, clickOn, headlines, makeArticle, part, showing, shownArticles} from './helpers.js';

describe('nk-news-feed', () => {
  beforeEach(forgetVariant);

  it('shows the bundled corpus with no configuration: the first 10 stories, newest first', async () => {
    const stories = await corpus();
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    await showing(feed, 10);
    expect(feed.status).to.equal('ready');
    expect(headlines(feed)).to.deep.equal(stories.slice(0, 10).map((s) => s.title));
    const times = shownArticles(feed).map((a) => a.querySelector('time')!.getAttribute('datetime')!);
    expect(times).to.deep.equal([...times].sort().reverse());
  });

  it('shows every field of a story: linked headline, date, category, sources, summary, entities', async () => {
    const stories = await corpus();
    const first = stories[0]!;
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="1"></nk-news-feed>`);
    await showing(feed, 1);
    const article = shownArticles(feed)[0]!;
    expect(article.querySelector('time')!.getAttribute('datetime')).to.equal(first.published);
    const [year, month, day] = first.published.split('-').map(Number);
    expect(article.querySelector('time')!.textContent).to.equal(`${year}年${month}月${day}日`);
    expect(part(feed, 'category')!.textContent).to.equal('國際政經');
    expect([...article.querySelectorAll('[part~="source"]')].map((s) => s.textContent)).to.deep.equal(first.sources);
    expect(part(feed, 'summary')!.textContent).to.equal(first.summary);
    const chips = [...article.querySelectorAll('[part~="entity"]')].map((e) => e.textContent);
    expect(chips).to.include('金與正').and.to.include('川普');
    expect(article.getAttribute('lang')).to.equal('zh-Hant-TW');
  });

  it('links a headline only to http(s), skips a story with another kind of link, and renders every string as text', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    const console = captureWarnings();
    feed.articles = [
      makeArticle({id: 'a', title: '<img src=x onerror="window.pwned=1">Evil', url: 'https://example.com/a', published: '2025-01-03'}),
      makeArticle({id: 'b', title: 'Script link', url: 'javascript:alert(1)', published: '2025-01-02'}),
    ];
    await showing(feed, 1);
    const [a] = shownArticles(feed);
    expect(a!.querySelector('a')!.href).to.equal('https://example.com/a');
    expect(a!.querySelector('img')).to.equal(null);
    expect(a!.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal('<img src=x onerror="window.pwned=1">Evil');
    await waitUntil(() => console.warnings.some((w) => w.includes('url')), 'the skipped story is not named');
    console.restore();
    expect(feed.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as unknown as {pwned?: number}).pwned).to.equal(undefined);
  });

  it('shows limit stories, and the next limit with each click on more, until all show', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="8"></nk-news-feed>`);
    await showing(feed, 8);
    await clickOn(part(feed, 'more')!);
    await showing(feed, 16);
    expect(feed.shadowRoot!.activeElement).to.equal(shownArticles(feed)[8]);
    await clickOn(part(feed, 'more')!);
    await showing(feed, 20);
    expect(part(feed, 'more')).to.equal(null);
    expect(part(feed, 'status')!.textContent).to.contain('20');
  });

  it('follows the WAI-ARIA feed pattern: labelled feed, positions, Page Down / Page Up, Enter selects', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="3"></nk-news-feed>`);
    await showing(feed, 3);
    const list = part(feed, 'feed')!;
    expect(list.getAttribute('role')).to.equal('feed');
    expect(list.getAttribute('aria-label')).to.equal('北韓新聞');
    expect(list.getAttribute('aria-busy')).to.equal('false');
    const [first, second] = shownArticles(feed);
    expect(first!.getAttribute('aria-posinset')).to.equal('1');
    expect(first!.getAttribute('aria-setsize')).to.equal('20');
    first!.focus();
    await sendKeys({press: 'PageDown'});
    expect(feed.shadowRoot!.activeElement).to.equal(second);
    await sendKeys({press: 'PageUp'});
    expect(feed.shadowRoot!.activeElement).to.equal(first);
    const selected = oneEvent(feed, 'nk-article-select');
    await sendKeys({press: 'Enter'});
    const event = await selected;
    expect(event.detail.article.id).to.equal((await corpus())[0]!.id);
  });

  it('fires nk-article-select when a reader clicks a story, and nk-load when its own load ends', async () => {
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('nk-load', (e) => resolve(e as CustomEvent), {once: true}));
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="2"></nk-news-feed>`);
    expect((await loaded).detail.count).to.equal(20);
    await showing(feed, 2);
    const selected = oneEvent(feed, 'nk-article-select');
    await clickOn(shownArticles(feed)[1]!.querySelector('[part~="summary"]')!);
    expect((await selected).detail.article.id).to.equal((await corpus())[1]!.id);
  });

  it('does not fire events when the host sets a property', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    await showing(feed);
    let fired = 0;
    for (const name of ['nk-load', 'nk-filter-change', 'nk-article-select']) feed.addEventListener(name, () => fired++);
    feed.articles = [makeArticle({id: 'only', title: 'Title'})];
    feed.query = 'Title';
    await showing(feed, 1);
    expect(fired).to.equal(0);
  });

  it('skips a malformed story handed over as a property and names the field; all malformed is an error', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    const console = captureWarnings();
    try {
      feed.articles = [makeArticle({id: 'good'}), {...makeArticle({id: 'bad'}), published: 'yesterday'}];
      await showing(feed, 1);
      expect(console.warnings.join()).to.contain('published');
      expect(part(feed, 'error')).to.equal(null);
    } finally {
      console.restore();
    }
    feed.articles = [{...makeArticle({id: 'bad'}), sources: 'Reuters'} as unknown as Article];
    await waitUntil(() => feed.status === 'error', 'not an error');
    expect(shownArticles(feed)).to.have.length(0);
    expect(part(feed, 'error')!.textContent).to.contain('sources');
    await expect(feed).to.be.accessible();
  });

  it('keeps every article a page hands over, past the cap on fetched feeds', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="5"></nk-news-feed>`);
    const given = Array.from({length: 1200}, (_, i) => makeArticle({id: `a${i}`, title: `第 ${i} 則`, published: '2025-01-01'}));
    const console = captureWarnings();
    try {
      feed.articles = given;
      await showing(feed, 5);
      await waitUntil(() => feed.status === 'ready', 'not ready');
      expect(feed.articles).to.have.length(1200);
      expect(console.warnings.join()).not.to.contain('only the first');
    } finally {
      console.restore();
    }
  });

  it('reads back the stories it shows through articles', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed sort="oldest"></nk-news-feed>`);
    feed.articles = [makeArticle({id: 'new', published: '2025-02-01'}), makeArticle({id: 'old', published: '2024-02-01'})];
    await showing(feed, 2);
    expect(feed.articles.map((a) => a.id)).to.deep.equal(['old', 'new']);
  });

  it('reads inline stories from a child script', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed>
      <script type="application/json">
        {"version": 1, "articles": [{"id": "i1", "title": "內嵌新聞", "summary": "內文", "published": "2025-03-01", "topics": [], "sources": ["路透"], "entities": [], "lang": "zh-Hant-TW"}]}
      </script>
    </nk-news-feed>`);
    await showing(feed, 1);
    expect(headlines(feed)).to.deep.equal(['內嵌新聞']);
  });

  it('filters by category, source, entity and dates, and sorts oldest first', async () => {
    const stories = await corpus();
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="100" source="彭博"></nk-news-feed>`);
    await showing(feed, stories.filter((s) => s.sources.includes('彭博')).length);
    feed.source = undefined;
    feed.entity = '特朗普';
    const trump = stories.filter((s) => s.entities.includes('donald-trump'));
    await showing(feed, trump.length);
    expect(headlines(feed)).to.deep.equal(trump.map((s) => s.title));
    feed.entity = undefined;
    feed.since = '2025-07-01';
    feed.until = '2025-07-13';
    feed.sort = 'oldest';
    const july = stories.filter((s) => s.published >= '2025-07-01' && s.published <= '2025-07-13');
    await showing(feed, july.length);
    expect(shownArticles(feed).map((a) => a.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(
      july.map((s) => s.published).sort()
    );
  });

  it('searches as the reader types, and says so with nk-filter-change', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed searchable limit="100"></nk-news-feed>`);
    await showing(feed, 20);
    const changed = oneEvent(feed, 'nk-filter-change');
    await clickOn(part(feed, 'search')!);
    await sendKeys({type: '拉夫羅夫'});
    expect((await changed).detail.query).to.not.equal(undefined);
    const expected = (await corpus()).filter((s) => s.summary.includes('拉夫羅夫'));
    await showing(feed, expected.length);
    expect(headlines(feed)).to.deep.equal(expected.map((s) => s.title));
    await expect(feed).to.be.accessible();
  });

  it('filters with chips the reader presses', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed filterable limit="100"></nk-news-feed>`);
    await showing(feed, 20);
    const chip = [...feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="chip"]')].find((c) => c.textContent!.trim() === '韓聯社')!;
    const changed = oneEvent(feed, 'nk-filter-change');
    await clickOn(chip);
    expect((await changed).detail.source).to.equal('韓聯社');
    const expected = (await corpus()).filter((s) => s.sources.includes('韓聯社'));
    await showing(feed, expected.length);
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    await expect(feed).to.be.accessible();
  });

  it('says so when nothing matches, and when there is nothing at all', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed query="zzzz-no-such-story"></nk-news-feed>`);
    await waitUntil(() => part(feed, 'status')!.textContent!.includes('沒有符合'));
    expect(shownArticles(feed)).to.have.length(0);
    await expect(feed).to.be.accessible();
    feed.query = '';
    feed.articles = [];
    await waitUntil(() => part(feed, 'status')!.textContent!.includes('目前沒有'));
    await expect(feed).to.be.accessible();
  });

  it('is accessible while loading, with placeholders and aria-busy', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed src="/feeds/fault/slow?ms=2000" limit="3"></nk-news-feed>`);
    expect(feed.status).to.equal('loading');
    expect(part(feed, 'feed')!.getAttribute('aria-busy')).to.equal('true');
    expect(feed.shadowRoot!.querySelectorAll('.skeleton')).to.have.length(3);
    await expect(feed).to.be.accessible();
  });

  it('is accessible in the list, grid, compact and dark forms', async () => {
    for (const layout of ['list', 'grid', 'compact'] as const) {
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed layout=${layout} theme="dark" limit="4"></nk-news-feed>`);
      await showing(feed, 4);
      expect(part(feed, 'summary') === null).to.equal(layout === 'compact');
      await expect(feed).to.be.accessible();
    }
  });

  it('takes its colours from the global tokens, and dark fallbacks with theme=dark', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="1" style="--nk-color-accent: rgb(1, 2, 3)"></nk-news-feed>`);
    await showing(feed, 1);
    expect(getComputedStyle(part(feed, 'category')!).color).to.equal('rgb(1, 2, 3)');
    feed.theme = 'dark';
    await feed.updateComplete;
    expect(getComputedStyle(part(feed, 'headline')!).color).to.equal('rgb(236, 236, 236)');
  });

  it('takes stories a page set before the element was defined', async () => {
    const early = document.createElement('nk-early-feed') as NkNewsFeed;
    early.articles = [makeArticle({id: 'early', title: '先到的新聞'})];
    document.body.append(early);
    try {
      customElements.define('nk-early-feed', class extends NkNewsFeed {});
      await showing(early, 1);
      expect(headlines(early)).to.deep.equal(['先到的新聞']);
    } finally {
      early.remove();
    }
  });

  it('reads a limit that is not a number as the default, and goes back to the corpus when articles is cleared', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="abc"></nk-news-feed>`);
    await showing(feed, 10);
    feed.articles = [makeArticle({id: 'only'})];
    await showing(feed, 1);
    feed.articles = undefined;
    await showing(feed, 10);
  });

  it('never says "no match" while the first stories are on their way, and counts only when the reader asks', async () => {
    const said: string[] = [];
    const feed = document.createElement('nk-news-feed');
    feed.limit = 3;
    document.body.append(feed);
    try {
      await feed.updateComplete;
      const status = part(feed, 'status')!;
      new MutationObserver(() => said.push(status.textContent!.trim())).observe(status, {childList: true, subtree: true, characterData: true});
      await showing(feed, 3);
      await feed.updateComplete;
      expect(said.join('|')).to.not.contain('沒有符合');
      expect(part(feed, 'status')!.textContent!.trim()).to.equal('');
      await clickOn(part(feed, 'more')!);
      await showing(feed, 6);
      expect(part(feed, 'status')!.textContent).to.contain('顯示 6 則，共 20 則');
    } finally {
      feed.remove();
    }
  });

  it('marks its own words with the language it shows, and nests its headlines at heading-level', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed lang="en" variant="zh-CN" heading-level="2" limit="1"></nk-news-feed>`);
    await waitUntil(() => shownArticles(feed)[0]?.lang === 'zh-Hans-CN', 'not converted', {timeout: 5000});
    expect(part(feed, 'more')!.closest('[lang]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(part(feed, 'headline')!.tagName).to.equal('H2');
  });

  it('tells the site which items it skipped: console and nk-load, with the technical detail folded for readers', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const loaded = new Promise<LoadEvent>((resolve) => document.addEventListener('nk-load', (e) => resolve(e as LoadEvent), {once: true}));
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed>
        <script type="application/json">
          {"version": 1, "articles": [
            {"id": "ok", "title": "好", "summary": "", "published": "2025-03-01"},
            {"id": "bad", "title": "壞", "summary": "", "published": "someday"}
          ]}
        </script>
      </nk-news-feed>`);
      await showing(feed, 1);
      const event = await loaded;
      expect(event.warnings).to.have.length(1);
      expect(event.warnings[0]).to.contain('published');
      expect(warnings.some((w) => w.includes('published'))).to.equal(true);
    } finally {
      restore();
    }
    const failed = await fixture<NkNewsFeed>(html`<nk-news-feed src="/feeds/fault/404"></nk-news-feed>`);
    await waitUntil(() => failed.status === 'error', 'no error', {timeout: 5000});
    const details = part(failed, 'error')!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.textContent).to.contain('404');
  });

  it('reads a Chinese lang written on the element itself, as a CMS editor would', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed lang="zh-CN" limit="1"></nk-news-feed>`);
    await waitUntil(() => shownArticles(feed)[0]?.lang === 'zh-Hans-CN', 'ignored its own lang', {timeout: 5000});
    expect(part(feed, 'feed')!.getAttribute('aria-label')).to.equal('朝鲜新闻');
  });

  it('speaks the language most of its stories are in', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    feed.articles = [
      makeArticle({id: 'a', lang: 'zh-Hans-CN', published: '2025-01-05'}),
      makeArticle({id: 'b', lang: 'zh-Hant-TW', published: '2025-01-04'}),
      makeArticle({id: 'c', lang: 'zh-Hant-TW', published: '2025-01-03'}),
    ];
    await showing(feed, 3);
    expect(part(feed, 'feed')!.getAttribute('aria-label')).to.equal('北韓新聞');
  });

  it('presses the chip of a filter the site set, whatever name it used', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed filterable entity="Donald Trump" source="路透" limit="100"></nk-news-feed>`);
    await showing(feed);
    const pressed = [...feed.shadowRoot!.querySelectorAll('[part~="chip"][aria-pressed="true"]')].map((c) => c.textContent!.trim());
    expect(pressed).to.have.members(['路透', '川普']);
  });

  it('does not repeat a headline that a feed made from the summary', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    feed.articles = [makeArticle({id: 'same', title: '同一句話', summary: '同一句話'})];
    await showing(feed, 1);
    expect(part(feed, 'summary')).to.equal(null);
  });
});
