/**
 * Calendar days, for the timeline's day and month headings: a module of their own, so that the
 * feed, which shows no days, does not download them (issue #12).
 */
import type {UiLang} from '../core/vocabulary.js';
import {BARE_DATE, chineseDay, dateFormat, intlLocale, publishedMs, writesChinese} from './format-date.js';

/**
 * The calendar day an article belongs to, `YYYY-MM-DD`: its own for a bare date, else the day in
 * `timeZone` (a server's), else the reader's.
 */
export function publishedDay(published: string, timeZone?: string): string {
  if (BARE_DATE.test(published)) return published;
  const ms = publishedMs(published);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (timeZone === undefined || Number.isNaN(ms)) {
    const time = new Date(ms);
    return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  }
  const parts = dateFormat('en-US', `day ${timeZone}`, {year: 'numeric', month: 'numeric', day: 'numeric', timeZone}).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return `${part('year')}-${pad(part('month'))}-${pad(part('day'))}`;
}

/** A `YYYY-MM-DD` day as a month heading ("2025年7月") or a day heading ("7月29日週二"). */
export function formatDay(day: string, lang: UiLang, part: 'month' | 'day') {
  if (writesChinese(lang, day)) {
    // As Intl writes them (chineseDay says why not Intl), with Hong Kong's 周 as below.
    if (part === 'month') return chineseDay(day, 'month');
    const weekday = '日一二三四五六'[new Date(Date.parse(day)).getUTCDay()];
    return `${+day.slice(5, 7)}月${+day.slice(8, 10)}日${lang === 'zh-Hant' ? '週' : '周'}${weekday}`;
  }
  const locale = intlLocale[lang];
  const options: Intl.DateTimeFormatOptions =
    part === 'month' ? {year: 'numeric', month: 'long', timeZone: 'UTC'} : {month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC'};
  const text = dateFormat(locale, part, options).format(Date.parse(`${day}T00:00:00Z`));
  // Hong Kong's stories write the week 周 (src/text/typography.ts), Intl's zh-Hant-HK 週: the headings follow the stories.
  return lang === 'zh-Hant-HK' ? text.replace(/週/g, '周') : text;
}
