/**
 * ISO 8601 dates as feeds write them, read into the two forms `Article.published` takes (a bare
 * date, or an instant as `toISOString()` writes it), and read back for sorting, merging and the
 * `since`/`until` filters. Written by hand rather than with `Date.parse`, whose handling of anything
 * but ECMAScript's own strict format differs between browsers: the same feed must give the same
 * instant in Chromium and Firefox, in every time zone. Showing a date needs none of this (the two
 * forms are that strict format: i18n/format-date reads them with `Date.parse`), so the elements'
 * first download leaves this module to the parsers' and filters' lazy chunks.
 */

export const MINUTE = 60_000;

/** A calendar day with no time, `2025-07-29`: shown as that day in every time zone. */
export const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch for a UTC wall time, or NaN when a field is out of range. */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return NaN;
  if (hour > 24 || minute > 59 || second > 60) return NaN;
  // 24:00 is ISO's end of day; 60 is a leap second, which JavaScript time cannot hold.
  if (hour === 24 && (minute || second || ms)) return NaN;
  if (day > daysInMonth(year, month)) return NaN;
  // Date.UTC needs no Date object, but maps years 0–99 to 1900–1999: those take setUTCFullYear.
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, Math.min(second, 59), ms);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function instant(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  // An offset can push 0001-01-01 or 9999-12-31 out of the four-digit years ISO strings keep.
  return year >= 1 && year <= 9999 ? date.toISOString() : undefined;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * ISO 8601 / RFC 3339 (Atom, JSON Feed, dc:date, nk-news JSON). A time without an offset is read
 * as UTC: RFC 3339 requires the offset, and the reader's own zone would make the instant depend on
 * where the page is opened.
 */
export function parseIsoDate(input: string): string | undefined {
  // Most dates are written by a program in one of the forms returned here (a page's own articles
  // always are): those are checked in place, with no parse and no new string.
  if (isCanonical(input)) return input;
  const m = ISO.exec(input.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (h === undefined) {
    return Number.isNaN(utc(year, month, day)) ? undefined : `${y}-${mo}-${d}`;
  }
  // Digits, not arithmetic: 0.57 * 1000 is 569.999….
  const ms = frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0;
  const wall = utc(year, month, day, Number(h), Number(mi), Number(s ?? 0), ms);
  return instant(wall - numericOffset(zone) * MINUTE);
}

/** A bare date, or an instant exactly as `toISOString()` writes it. Digits and calendar are checked apart. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/;

/** True when `parseIsoDate` would return `text` unchanged: a real day, and for an instant a real time of it. */
function isCanonical(text: string): boolean {
  if ((text.length !== 10 && text.length !== 24) || !CANONICAL.test(text)) return false;
  const year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  // 24:00 and a leap second are read, but as another instant: they take the long way.
  return text.length === 10 || (digits(text, 11, 2) < 24 && digits(text, 14, 2) < 60 && digits(text, 17, 2) < 60);
}

/** The number `count` ASCII digits at `start` spell, without slicing a string. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * Minutes east of UTC for `Z`, `GMT`, `+09`, `+0900`, `+09:00`, `GMT+0900`, `GMT+9`; NaN when out
 * of range.
 */
export function numericOffset(zone: string | undefined): number {
  if (!zone || /^(z|ut|utc|gmt)$/i.test(zone)) return 0;
  const m = /^(?:gmt|utc)?([+-])(\d{2}):?(\d{2})?$/i.exec(zone) ?? /^(?:gmt|utc)([+-])(\d{1,2})(?::(\d{2}))?$/i.exec(zone);
  if (!m) return NaN;
  const hours = Number(m[2]), minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return NaN;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Milliseconds for sorting and comparing `Article.published`, and for the `since`/`until` filters:
 * an ISO date as `parseIsoDate` reads it (a time without an offset is UTC), a bare date as that day
 * 00:00 UTC. NaN for anything else.
 */
export function publishedMs(published: string): number {
  // The forms a checked article holds: read from the digits, with no match array or parse.
  if (isCanonical(published)) {
    const day = utc(digits(published, 0, 4), digits(published, 5, 2), digits(published, 8, 2));
    return published.length === 10 ? day
      : day + ((digits(published, 11, 2) * 60 + digits(published, 14, 2)) * 60 + digits(published, 17, 2)) * 1000 + digits(published, 20, 3);
  }
  const bare = BARE_DATE.exec(published);
  if (bare) return utc(Number(bare[1]), Number(bare[2]), Number(bare[3]));
  const iso = parseIsoDate(published);
  return iso ? new Date(iso).getTime() : NaN;
}
