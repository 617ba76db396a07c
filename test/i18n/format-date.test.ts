import {expect, fixture, html} from '@open-wc/testing';
import {formatPublished} from '../../src/i18n/format-date.js';
import {formatDay, publishedDay} from '../../src/i18n/format-day.js';
import '../../src/news-feed/define.js';
import type {NkNewsFeed} from '../../src/news-feed/news-feed.js';
import {freezeTime, showing, shownArticles} from '../helpers.js';

const HOUR = 3_600_000;
const NOW = '2025-07-29T12:00:00Z';
const now = Date.parse(NOW);

describe('dates as readers read them', () => {
  // "Now" is NOW for every test here, whatever the machine's clock says.
  let clock: ReturnType<typeof freezeTime>;
  beforeEach(() => {
    clock = freezeTime(NOW);
  });
  afterEach(() => clock.restore());

  it('shows a bare date as that calendar day, in each UI language', () => {
    expect(formatPublished('2025-07-29', 'zh-Hant')).to.equal('2025年7月29日');
    expect(formatPublished('2025-07-29', 'zh-Hans')).to.equal('2025年7月29日');
    expect(formatPublished('2025-07-29', 'en')).to.equal('July 29, 2025');
    expect(publishedDay('2025-07-29')).to.equal('2025-07-29');
  });

  it('says how long ago a story of the last day appeared', () => {
    const threeHoursAgo = new Date(now - 3 * HOUR).toISOString();
    expect(formatPublished(threeHoursAgo, 'zh-Hant', now)).to.equal('3 小時前');
    expect(formatPublished(threeHoursAgo, 'zh-Hans', now)).to.equal('3小时前');
    expect(formatPublished(threeHoursAgo, 'en', now)).to.equal('3 hours ago');
    expect(formatPublished(new Date(now - 5 * 60_000).toISOString(), 'zh-Hant', now)).to.equal('5 分鐘前');
  });

  it('counts from the present moment when given no "now"', () => {
    expect(formatPublished('2025-07-29T09:00:00Z', 'zh-Hant')).to.equal('3 小時前');
    expect(formatPublished('2025-07-29T11:35:00Z', 'zh-Hant')).to.equal('25 分鐘前');
    // A day old is no longer "ago", and a time still to come never is: both get the full date.
    const fullDate = (iso: string) => formatPublished(iso, 'en', now + 7 * 24 * HOUR);
    expect(formatPublished('2025-07-28T12:00:00Z', 'en')).to.equal(fullDate('2025-07-28T12:00:00Z'));
    expect(formatPublished('2025-07-29T13:00:00Z', 'en')).to.equal(fullDate('2025-07-29T13:00:00Z'));
  });

  it('gives older instants a full date and time in the reader’s zone', () => {
    const older = new Date(now - 3 * 24 * HOUR);
    const text = formatPublished(older.toISOString(), 'zh-Hant', now);
    expect(text).to.contain(`${older.getFullYear()}年${older.getMonth() + 1}月${older.getDate()}日`);
  });

  it('writes month and day headings in the UI language', () => {
    expect(formatDay('2025-07-01', 'zh-Hant', 'month')).to.equal('2025年7月');
    expect(formatDay('2025-07-29', 'zh-Hant', 'day')).to.equal('7月29日週二');
    expect(formatDay('2025-07-29', 'en', 'day')).to.equal('Tue, July 29');
  });

  it('writes Chinese days, months and weekdays as this browser’s Intl does, day by day', () => {
    // The Chinese forms are written without Intl (src/i18n/format-date.ts chineseDay): every day of
    // four years, leap days and every weekday among them, and the edges of the years written so.
    const intl = (locale: string, options: Intl.DateTimeFormatOptions, day: string) =>
      new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'}).format(Date.parse(`${day}T00:00:00Z`));
    const days = Array.from({length: 4 * 366}, (_, i) => new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    days.push('1000-01-01', '1999-12-31', '9999-12-31');
    const langs = {'zh-Hant': 'zh-Hant-TW', 'zh-Hant-HK': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN'} as const;
    for (const [lang, locale] of Object.entries(langs) as [keyof typeof langs, string][]) {
      const hongKongWeek = (text: string) => (lang === 'zh-Hant-HK' ? text.replace(/週/g, '周') : text);
      for (const day of days) {
        expect(formatPublished(day, lang), `${lang} ${day}`).to.equal(intl(locale, {dateStyle: 'long'}, day));
        expect(formatDay(day, lang, 'month'), `${lang} ${day} month`).to.equal(intl(locale, {year: 'numeric', month: 'long'}, day));
        expect(formatDay(day, lang, 'day'), `${lang} ${day} day`).to.equal(hongKongWeek(intl(locale, {month: 'long', day: 'numeric', weekday: 'short'}, day)));
      }
    }
    // Before the year 1000, Intl's own writing (the year 0 is its 1).
    expect(formatPublished('0000-05-06', 'zh-Hant')).to.equal(intl('zh-Hant-TW', {dateStyle: 'long'}, '0000-05-06'));
  });

  it('shows a fresh story in a feed as "… 小時前", with the instant in datetime', async () => {
    const published = '2025-07-29T10:00:00.000Z';
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
    feed.articles = [{id: 'fresh', title: '剛發生', summary: '', published, topics: [], sources: [], entities: [], lang: 'zh-Hant-TW'}];
    await showing(feed, 1);
    const time = shownArticles(feed)[0]!.querySelector('time')!;
    expect(time.textContent).to.equal('2 小時前');
    expect(Date.parse(time.getAttribute('datetime')!)).to.equal(Date.parse(published));
  });
});
