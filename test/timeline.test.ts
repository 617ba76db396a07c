import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/timeline/define.js';
import type {NkTimeline} from '../src/timeline/timeline.js';
import {corpus} from '../src/corpus/index.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {clickOn, makeArticle, part, showing, shownArticles, until} from './helpers.js';

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

function headings(el: Element, name: string) {
  return [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)].map((h) => h.textContent!.trim());
}

describe('nk-timeline', () => {
  beforeEach(forgetVariant);

  it('groups the corpus under month and day headings, newest first', async () => {
    const stories = (await corpus()).slice(0, 10);
    const timeline = await fixture<NkTimeline>(html`<nk-timeline></nk-timeline>`);
    await showing(timeline, 10);
    const months = [...new Set(stories.map((s) => s.published.slice(0, 7)))];
    expect(headings(timeline, 'month')).to.deep.equal(months.map((m) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`));
    const days = [...new Set(stories.map((s) => s.published))];
    const dayHeadings = headings(timeline, 'day-heading');
    expect(dayHeadings).to.have.length(days.length);
    days.forEach((day, i) => {
      const date = new Date(`${day}T00:00:00Z`);
      expect(dayHeadings[i]).to.equal(`${date.getUTCMonth() + 1}月${date.getUTCDate()}日週${weekdays[date.getUTCDay()]}`);
    });
    // Each story sits under the heading of its own day.
    for (const day of timeline.shadowRoot!.querySelectorAll('[part~="day"]')) {
      const key = day.querySelector('time')!.getAttribute('datetime');
      for (const time of day.querySelectorAll('[part~="meta"] time')) expect(time.getAttribute('datetime')).to.equal(key);
    }
    await expect(timeline).to.be.accessible();
  });

  it('shows more on a click, and selects a story on click and on Enter', async () => {
    const timeline = await fixture<NkTimeline>(html`<nk-timeline limit="4" layout="compact"></nk-timeline>`);
    await showing(timeline, 4);
    await clickOn(part(timeline, 'more')!);
    await showing(timeline, 8);
    const stories = await corpus();
    let selected = oneEvent(timeline, 'nk-article-select');
    await clickOn(shownArticles(timeline)[2]!.querySelector('[part~="meta"]')!);
    expect((await selected).detail.article.id).to.equal(stories[2]!.id);
    shownArticles(timeline)[5]!.focus();
    selected = oneEvent(timeline, 'nk-article-select');
    await sendKeys({press: 'Enter'});
    expect((await selected).detail.article.id).to.equal(stories[5]!.id);
  });

  it('writes its headings as mainland readers do with variant="zh-CN"', async () => {
    const timeline = await fixture<NkTimeline>(html`<nk-timeline variant="zh-CN" limit="1"></nk-timeline>`);
    await waitUntil(() => shownArticles(timeline)[0]?.lang === 'zh-Hans-CN', 'not converted', {timeout: 5000});
    expect(headings(timeline, 'day-heading')[0]).to.equal('7月29日周二');
    expect(part(timeline, 'timeline')!.getAttribute('aria-label')).to.equal('朝鲜新闻');
  });

  it('puts stories with a time under the reader’s own day', async () => {
    const timeline = await fixture<NkTimeline>(html`<nk-timeline></nk-timeline>`);
    const noon = new Date(2025, 0, 2, 12, 0, 0);
    timeline.articles = [
      {id: 'a', title: 'A', summary: '', published: noon.toISOString(), topics: [], sources: [], entities: [], lang: 'en'},
      {id: 'b', title: 'B', summary: '', published: new Date(2025, 0, 1, 23, 30).toISOString(), topics: [], sources: [], entities: [], lang: 'en'},
    ];
    await showing(timeline, 2);
    expect([...timeline.shadowRoot!.querySelectorAll('[part~="day-heading"] time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-01-02',
      '2025-01-01',
    ]);
    expect(headings(timeline, 'month')).to.deep.equal(['January 2025']);
  });

  it('is accessible while loading, empty, filtered and failed', async () => {
    const loading = await fixture<NkTimeline>(html`<nk-timeline src="/feeds/fault/slow?ms=2000"></nk-timeline>`);
    expect(part(loading, 'timeline')!.getAttribute('aria-busy')).to.equal('true');
    await expect(loading).to.be.accessible();

    const filtered = await fixture<NkTimeline>(html`<nk-timeline query="拉夫羅夫" searchable filterable></nk-timeline>`);
    await showing(filtered);
    await expect(filtered).to.be.accessible();

    const empty = await fixture<NkTimeline>(html`<nk-timeline query="沒有這種新聞"></nk-timeline>`);
    await waitUntil(() => part(empty, 'status')!.textContent!.includes('沒有符合'));
    await expect(empty).to.be.accessible();

    const failed = await fixture<NkTimeline>(html`<nk-timeline src="/feeds/fault/404"></nk-timeline>`);
    await waitUntil(() => failed.status === 'error', 'no error', {timeout: 5000});
    expect(part(failed, 'error')).to.not.equal(null);
    await expect(failed).to.be.accessible();
  });

  it('draws articles handed over while the corpus waits for its frame, and never the corpus', async () => {
    // No animation frame comes (its 100 ms timer stands in): the corpus, once derived, waits long
    // enough for the page to hand its own articles over, as a page does once its fetch is in.
    const frame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      const timeline = await fixture<NkTimeline>(html`<nk-timeline limit="4"></nk-timeline>`);
      const drawn = new Set<string>();
      const observer = new MutationObserver(() => shownArticles(timeline).forEach((article) => drawn.add(article.dataset.id!)));
      observer.observe(timeline.shadowRoot!, {subtree: true, childList: true});
      await until(() => timeline.articles.length > 0, 'the corpus derived', {interval: 0});
      expect(shownArticles(timeline), 'the corpus, drawn before its frame').to.have.length(0);
      // Not on screen yet, so not ready.
      expect(timeline.status).to.equal('loading');
      const own = ['2025-04-05', '2025-03-05', '2025-02-05', '2025-01-05'].map((published, i) => makeArticle({id: `own-${i}`, published}));
      timeline.articles = own;
      await showing(timeline, 4);
      observer.disconnect();
      expect([...drawn]).to.deep.equal(own.map((article) => article.id));
    } finally {
      window.requestAnimationFrame = frame;
    }
  });

  it('lays out the articles its window can show, the later ones as they near it, each at its height', async () => {
    await setViewport({width: 800, height: 600});
    const timeline = await fixture<NkTimeline>(html`<nk-timeline limit="12"></nk-timeline>`);
    timeline.articles = Array.from({length: 12}, (_, i) => makeArticle({id: `a${i}`, summary: '北韓'.repeat(40), published: `2025-01-${String(20 - i).padStart(2, '0')}`}));
    await showing(timeline, 12);
    const articles = shownArticles(timeline);
    // 600 px over the least an article takes (14.5em, 232 px at 16px): three laid out at once.
    expect(articles.map((article) => getComputedStyle(article).getPropertyValue('content-visibility'))).to.deep.equal([
      ...Array<string>(3).fill('visible'),
      ...Array<string>(9).fill('auto'),
    ]);
    // Every article that starts in the window is among them.
    for (const article of articles) {
      if (article.getBoundingClientRect().top < innerHeight) expect(getComputedStyle(article).getPropertyValue('content-visibility')).to.equal('visible');
    }
    // Skipping their contents changes no size: the later ones take the height the first ones do.
    const heights = articles.map((article) => article.getBoundingClientRect().height);
    for (const height of heights) expect(height).to.be.closeTo(heights[0]!, 0.5);
  });

  it('lays out as many more as a site’s smaller text fits in the window', async () => {
    await setViewport({width: 800, height: 600});
    const timeline = await fixture<NkTimeline>(html`<nk-timeline limit="12" style="--nk-font-size: 10px"></nk-timeline>`);
    timeline.articles = Array.from({length: 12}, (_, i) => makeArticle({id: `s${i}`, summary: '北韓'.repeat(40), published: `2025-01-${String(20 - i).padStart(2, '0')}`}));
    await showing(timeline, 12);
    const articles = shownArticles(timeline);
    const laidOut = articles.filter((article) => getComputedStyle(article).getPropertyValue('content-visibility') === 'visible');
    // 600 px over 14.5em of 10px text: five.
    expect(laidOut.length).to.equal(5);
    for (const article of articles) {
      if (article.getBoundingClientRect().top < innerHeight) expect(laidOut).to.include(article);
    }
  });

  it('nests month, day and story headings from heading-level', async () => {
    const timeline = await fixture<NkTimeline>(html`<nk-timeline heading-level="2" limit="2"></nk-timeline>`);
    await showing(timeline, 2);
    expect(part(timeline, 'month')!.tagName).to.equal('H2');
    expect(part(timeline, 'day-heading')!.tagName).to.equal('H3');
    expect(part(timeline, 'headline')!.tagName).to.equal('H4');
  });

  describe('geometry', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    const height = (el: Element) => part(el, 'timeline')!.getBoundingClientRect().height;
    /** Four stories on four days of four months, or all on one day. */
    const spread = ['2025-01-05', '2025-02-05', '2025-03-05', '2025-04-05'].map((published, i) => makeArticle({id: `m${i}`, title: `第${i}則`, published}));
    const oneDay = spread.map((article) => ({...article, published: '2025-04-05'}));

    it('takes the same height on one day or across four months, as its placeholders did', async () => {
      await setViewport({width: 390, height: 844});
      const loading = await fixture<NkTimeline>(html`<nk-timeline limit="4" src="/feeds/fault/slow?ms=3000"></nk-timeline>`);
      expect(loading.shadowRoot!.querySelectorAll('.skeleton')).to.have.length(4);
      const placeholders = height(loading);
      const [months, day] = [spread, oneDay].map((articles) => {
        const timeline = document.createElement('nk-timeline');
        timeline.articles = articles;
        return timeline;
      });
      const wrapper = await fixture(html`<div>${months}${day}</div>`);
      await Promise.all([showing(months!, 4), showing(day!, 4)]);
      expect(headings(months!, 'month')).to.have.length(4);
      expect(headings(day!, 'month')).to.have.length(1);
      expect(height(months!)).to.be.closeTo(placeholders, 1);
      expect(height(day!)).to.be.closeTo(placeholders, 1);
      // Stories come at an even step, however they fall on days.
      for (const timeline of [months!, day!]) {
        const tops = shownArticles(timeline).map((article) => article.getBoundingClientRect().top);
        const steps = tops.slice(1).map((top, i) => top - tops[i]!);
        for (const step of steps) expect(step).to.be.closeTo(steps[0]!, 1);
      }
      wrapper.remove();
    });

    for (const width of [390, 1280]) {
      it(`puts a day's date, and a new month, on one line above its first story at ${width} px`, async () => {
        await setViewport({width, height: 900});
        const timeline = await fixture<NkTimeline>(html`<nk-timeline lang="en"></nk-timeline>`);
        timeline.articles = spread.map((article) => ({...article, lang: 'en'}));
        await showing(timeline, 4);
        const line = part(timeline, 'timeline')!.getBoundingClientRect();
        for (const day of timeline.shadowRoot!.querySelectorAll('[part~="day"]')) {
          const [month, date, story] = ['month', 'day-heading', 'article'].map((name) => day.querySelector(`[part~="${name}"]`)!.getBoundingClientRect());
          // Month and day side by side on one line, whole, inside the timeline, above the story.
          expect(Math.abs(month!.top - date!.top)).to.be.below(2);
          expect(date!.left).to.be.above(month!.right);
          expect(date!.height).to.be.below(month!.height * 1.5);
          expect(date!.right).to.be.at.most(line.right);
          expect(date!.bottom).to.be.at.most(story!.top);
          expect(story!.top - date!.bottom).to.be.below(12);
          expect(story!.right).to.be.at.most(line.right + 0.5);
        }
        // Newest first.
        expect(headings(timeline, 'month')).to.deep.equal(['April 2025', 'March 2025', 'February 2025', 'January 2025']);
        expect(headings(timeline, 'day-heading')).to.deep.equal(['Sat, April 5', 'Wed, March 5', 'Wed, February 5', 'Sun, January 5']);
      });
    }

    it('shows no date heading over a day’s later stories', async () => {
      const timeline = await fixture<NkTimeline>(html`<nk-timeline></nk-timeline>`);
      timeline.articles = oneDay;
      await showing(timeline, 4);
      expect(headings(timeline, 'day-heading')).to.have.length(1);
      const [first, second] = shownArticles(timeline).map((article) => article.getBoundingClientRect());
      const date = part(timeline, 'day-heading')!.getBoundingClientRect();
      expect(date.bottom).to.be.at.most(first!.top);
      expect(date.top).to.be.below(first!.top);
      // The later story keeps the blank date line: the same step as a new day.
      expect(second!.top - first!.bottom).to.be.above(first!.top - date.top);
      // On the line, a ring instead of a dot says "the same day"; the day itself has a dot.
      const [day, later] = [part(timeline, 'day')!, shownArticles(timeline)[1]!.parentElement!].map((item) => getComputedStyle(item, '::before'));
      expect(later!.borderRadius).to.equal('50%');
      expect(later!.backgroundColor).to.not.equal(day!.backgroundColor);
      expect(parseFloat(later!.width)).to.be.below(parseFloat(day!.width));
    });
  });

  it('shows the count by the box for a query the page set, and says it aloud only when the reader searches', async () => {
    const timeline = await fixture<NkTimeline>(html`<nk-timeline searchable query="川普" limit="3"></nk-timeline>`);
    await showing(timeline);
    const status = part(timeline, 'status')!;
    const live = timeline.shadowRoot!.querySelector('[role="status"]')!;
    await until(() => status.textContent!.includes('共'), 'the count');
    expect(status.textContent).to.match(/顯示 \d+ 則，共 \d+ 則/);
    expect(timeline.shadowRoot!.querySelector('mark')!.textContent).to.equal('川普');
    // Beside the box, where the reader is looking.
    const box = part(timeline, 'search')!.getBoundingClientRect();
    const line = status.getBoundingClientRect();
    expect(line.top).to.be.within(box.top - 1, box.bottom);
    expect(line.left).to.be.at.least(box.right);
    // On the page as it loads: read where it stands, not announced.
    expect(live.textContent!.trim()).to.equal('');
    expect(status.getAttribute('aria-hidden')).to.equal(null);
    await expect(timeline).to.be.accessible();

    const input = part<HTMLInputElement>(timeline, 'search')!;
    input.value = '普丁';
    input.dispatchEvent(new InputEvent('input'));
    await until(() => live.textContent!.includes('共'), 'the announcement');
    expect(live.textContent!.trim()).to.equal(status.textContent!.trim());
    // Heard once: the visible copy is hidden from screen readers while the live one says it.
    expect(status.getAttribute('aria-hidden')).to.equal('true');
    expect(live.getBoundingClientRect().width).to.be.at.most(1);
    await expect(timeline).to.be.accessible();
  });
});
