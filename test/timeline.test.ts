import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/timeline/define.js';
import type {NkTimeline} from '../src/timeline/timeline.js';
import {corpus} from '../src/corpus/index.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {clickOn, part, showing, shownArticles} from './helpers.js';

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

  it('nests month, day and story headings from heading-level', async () => {
    const timeline = await fixture<NkTimeline>(html`<nk-timeline heading-level="2" limit="2"></nk-timeline>`);
    await showing(timeline, 2);
    expect(part(timeline, 'month')!.tagName).to.equal('H2');
    expect(part(timeline, 'day-heading')!.tagName).to.equal('H3');
    expect(part(timeline, 'headline')!.tagName).to.equal('H4');
  });
});
