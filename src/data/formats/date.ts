/**
 * Feed dates → `Article.published`: an ISO instant in UTC (`2025-07-29T08:30:00.000Z`), or a bare
 * date when the feed gives only the day. Written by hand rather than with `Date.parse`, whose
 * handling of anything but strict ISO differs between browsers: the same feed must give the same
 * instant in Chromium and Firefox, in every time zone the reader is in.
 */

const MINUTE = 60_000;

/** Milliseconds since the epoch for a UTC wall time, or NaN when a field is out of range. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return NaN;
  if (hour > 24 || minute > 59 || second > 60) return NaN;
  // 24:00 is ISO's end of day; 60 is a leap second, which JavaScript time cannot hold.
  if (hour === 24 && (minute || second || ms)) return NaN;
  if (day > daysInMonth(year, month)) return NaN;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, Math.min(second, 59), ms);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function instant(ms: number): string | undefined {
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

/** Minutes east of UTC for `Z`, `GMT`, `+09`, `+0900`, `+09:00`, `GMT+0900`; NaN when out of range. */
function numericOffset(zone: string | undefined): number {
  if (!zone || /^(z|ut|utc|gmt)$/i.test(zone)) return 0;
  const m = /^(?:gmt|utc)?([+-])(\d{2}):?(\d{2})?$/i.exec(zone);
  if (!m) return NaN;
  const hours = Number(m[2]), minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return NaN;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Offsets in hours of the zone names RFC 822 defines, then abbreviations common in the feeds this
 * library reads (Korean, Japanese, Chinese-language, European and Australian media). Ambiguous ones
 * (IST, and CST beyond RFC 822's US Central) keep RFC 822's meaning or are left out.
 */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  KST: 9, JST: 9, HKT: 8, SGT: 8, AWST: 8, AEST: 10, AEDT: 11, MSK: 3,
  WET: 0, WEST: 1, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3,
};

/**
 * Military letters, with the signs of the military convention (Alpha = UTC+1, November = UTC−1).
 * RFC 822 printed them reversed; RFC 1123 §5.2.14 calls that an error, and a feed that writes a
 * letter means the zone its clock was in, not the typo.
 */
function militaryHours(letter: string): number | undefined {
  const code = letter.toUpperCase().charCodeAt(0);
  if (letter.toUpperCase() === 'Z') return 0;
  if (code >= 65 && code <= 73) return code - 64; // A–I: +1…+9
  if (code >= 75 && code <= 77) return code - 65; // K–M: +10…+12 (J is local time: unknown)
  if (code >= 78 && code <= 89) return -(code - 77); // N–Y: −1…−12
  return undefined;
}

const RFC822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*((?:gmt|utc)?[+-]\d{2}:?\d{2}|[a-z]+)?(?:\s*\(.*\))?$/i;

/**
 * RFC 822 / RFC 2822 (RSS pubDate). Lenient where feeds commonly are: the day name is optional and
 * not checked, month names may be written out, a missing zone or an unknown one means UTC (RFC 2822
 * §4.3's reading of an unknown zone as -0000), and two- and three-digit years follow RFC 2822 §4.3.
 */
export function parseRfc822Date(input: string): string | undefined {
  const m = RFC822.exec(input.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const [, d, mon, y, h, mi, s, zone] = m;
  const month = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || (mon!.length > 3 && !fullMonth(mon!))) return undefined;
  let year = Number(y);
  if (y!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (y!.length === 3) year += 1900;
  const wall = utc(year, month, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return instant(wall - rfc822OffsetMinutes(zone) * MINUTE);
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

function fullMonth(name: string): boolean {
  const lower = name.toLowerCase();
  // "Sept" is common enough in the wild to accept.
  return lower === 'sept' || FULL_MONTHS.some((full) => full === lower);
}

function rfc822OffsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  if (/\d/.test(zone)) return numericOffset(zone);
  const named = ZONES[zone.toUpperCase()];
  if (named !== undefined) return named * 60;
  if (zone.length === 1) return (militaryHours(zone) ?? 0) * 60;
  return 0;
}

/** Any date a feed may carry, whichever of the two syntaxes it uses; undefined when unreadable. */
export function parseFeedDate(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  const text = input.trim();
  return /^\d{4}-/.test(text) ? parseIsoDate(text) : parseRfc822Date(text);
}

/**
 * Milliseconds for sorting, comparing and showing `Article.published`, and for the `since`/`until`
 * filters, the one reading of a date the library has: an ISO date as `parseIsoDate` reads it (a
 * time without an offset is UTC), a bare date as that day 00:00 UTC. NaN for anything else.
 */
export function publishedMs(published: string): number {
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (bare) return utc(Number(bare[1]), Number(bare[2]), Number(bare[3]));
  const iso = parseIsoDate(published);
  return iso ? new Date(iso).getTime() : NaN;
}
