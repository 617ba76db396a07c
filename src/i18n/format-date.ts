import type {UiLang} from '../core/vocabulary.js';

export const intlLocale: Record<UiLang, string> = {'zh-Hant': 'zh-Hant-TW', 'zh-Hant-HK': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-CN', en: 'en'};
const formatters = new Map<string, Intl.DateTimeFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();
const DAY = 86_400_000;
export const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Milliseconds of an `Article.published` as parsing leaves it: a bare date, or an instant with its
 * offset, both checked (data/iso-date reads whatever a feed wrote and writes one of the two). Both
 * are ECMAScript's own date format, which `Date.parse` reads alike in every browser (a bare date as
 * that day 00:00 UTC), so the full ISO 8601 reader stays out of the elements' first download, with
 * the parsers and filters that need it. NaN for anything else: a time without an offset, which
 * `Date.parse` would read in the reader's zone, included.
 */
export function publishedMs(published: string): number {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(published) ? Date.parse(published) : NaN;
}

/** `name` keys the options, so a feed's thousand dates do not serialize them a thousand times. */
export function dateFormat(locale: string, name: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${name}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * A `YYYY-MM-DD` day as Intl's three Chinese locales write it, long: 2025年7月29日, or 2025年7月 for
 * its month (test/i18n/format-date.test.ts checks both against Intl, day by day, in both browsers).
 * Written here, not asked of Intl, because a page's first Intl formatter costs 20 to 40 ms while
 * ICU loads its data, and a timeline's first articles waited on it (issue #23: 40 ms of 330 ms).
 */
export function chineseDay(day: string, part: 'date' | 'month' = 'date'): string {
  const month = `${+day.slice(0, 4)}年${+day.slice(5, 7)}月`;
  return part === 'month' ? month : `${month}${+day.slice(8, 10)}日`;
}

/** Whether chineseDay writes a day: in Chinese, from the year 1000 (Intl writes the year 0 as 1). */
export const writesChinese = (lang: UiLang, day: string) => lang !== 'en' && day >= '1';

/**
 * An IANA time zone name as Intl knows it (`asia/taipei` → `Asia/Taipei`), or a TypeError naming
 * what it is not.
 */
export function checkTimeZone(zone: unknown): string {
  if (typeof zone === 'string' && zone) {
    try {
      return new Intl.DateTimeFormat('en', {timeZone: zone}).resolvedOptions().timeZone;
    } catch {
      // Named below.
    }
  }
  throw new TypeError(`nk-news: timeZone must be an IANA time zone name such as "Asia/Taipei" or "UTC", not ${String(zone).slice(0, 100)}`);
}

/** How an instant older than a day is written, in a locale. */
export type InstantFormat = (time: number, locale: string) => string;

/** In the reader's zone. */
const readerInstant: InstantFormat = (time, locale) => dateFormat(locale, 'instant', {dateStyle: 'long', timeStyle: 'short'}).format(time);

/**
 * In `timeZone`, with its name ("上午11:45 [UTC]"): a server's, which does not know the reader's.
 * dateStyle and timeStyle cannot name the zone: the same fields, one by one. Only server rendering
 * and hydration ask for it, so the elements' first download does not carry it.
 */
export function zonedInstant(timeZone: string): InstantFormat {
  const options = {year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short'} as const;
  return (time, locale) => dateFormat(locale, `instant ${timeZone}`, options).format(time);
}

/**
 * How a reader sees an article's date. A bare date is a calendar day, shown as that day wherever the
 * reader is; an instant is shown relatively ("3 hours ago") within the last day, as readers expect
 * of fresh news, else by `instant`: in the reader's time zone unless a server's is given.
 */
export function formatPublished(published: string, lang: UiLang, now = Date.now(), instant = readerInstant) {
  const locale = intlLocale[lang];
  const time = publishedMs(published);
  if (Number.isNaN(time)) return published;
  if (published.length === 10) {
    // A variant switch redraws every date: the Chinese ones are written at once, without Intl.
    if (writesChinese(lang, published)) return chineseDay(published);
    return dateFormat(locale, 'date', {dateStyle: 'long', timeZone: 'UTC'}).format(time);
  }
  const age = now - time;
  if (age >= 0 && age < DAY) {
    let format = relative.get(locale);
    if (!format) relative.set(locale, (format = new Intl.RelativeTimeFormat(locale, {numeric: 'auto'})));
    const minutes = Math.round(age / 60_000);
    return minutes < 60 ? format.format(-minutes, 'minute') : format.format(-Math.round(minutes / 60), 'hour');
  }
  return instant(time, locale);
}
