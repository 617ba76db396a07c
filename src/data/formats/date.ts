/**
 * Feed dates → `Article.published`: an ISO instant in UTC (`2025-07-29T08:30:00.000Z`), or a bare
 * date when the feed gives only the day. RFC 822 (RSS) and the forms found in the wild here; ISO
 * 8601 in ../iso-date.ts.
 */
import {MINUTE, instant, numericOffset, parseIsoDate, utc} from '../iso-date.js';
import {isChineseLang} from './lang-guess.js';


/** What the feed around a date tells about it. Passed in, so the parsers stay pure functions. */
export interface DateContext {
  /**
   * The feed's language, declared or guessed (BCP 47). In Chinese (`zh…`) `CST` is China Standard
   * Time, UTC+8: Chinese CMSs and Java's date formatting write it so. Otherwise it is RFC 822's US
   * Central Standard Time, UTC−6. In Chinese a date with no zone or offset at all is UTC+8 too
   * (every Chinese-speaking region — the mainland, Taiwan, Hong Kong, Macau, Singapore — keeps
   * UTC+8, and Chinese CMSs write their local time bare); otherwise it is UTC.
   */
  lang?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Offsets in hours of the zone names RFC 822 defines, then abbreviations common in the feeds this
 * library reads (Korean, Japanese, Chinese-language, European and Australian media). Ambiguous ones
 * keep RFC 822's meaning or are left out (IST); CST is China's in a Chinese feed (`DateContext`).
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

/**
 * Read after whitespace is collapsed to single spaces (parseRfc822Date), so each gap is ` ?` or
 * ` `: with `\s*` on both sides of the optional zone, a run of blanks backtracked quadratically.
 */
const RFC822 =
  /^(?:[a-z]+,? ?)?(\d{1,2}) ([a-z]+)\.? (\d{2,4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)? ?((?:gmt|utc)?[+-]\d{2}:?\d{2}|(?:gmt|utc)[+-]\d{1,2}(?::\d{2})?|[a-z]+)?(?: ?\(.*\))?$/i;

/**
 * Java's `Date.toString()` (`Tue Jul 29 08:00:00 CST 2025`), which Java CMSs print into pubDate,
 * and C's asctime (the same without a zone), which HTTP dates may use.
 */
const JAVA = /^[a-z]+,? ([a-z]+)\.? (\d{1,2}) (\d{1,2}:\d{2}(?::\d{2})?) (?:([a-z]+|[+-]\d{4}) )?(\d{4})$/i;

/**
 * RFC 822 / RFC 2822 (RSS pubDate). Lenient where feeds commonly are: the day name is optional and
 * not checked, month names may be written out, a missing zone means UTC (UTC+8 in a Chinese
 * context) and an unknown one UTC (RFC 2822 §4.3's reading of an unknown zone as -0000), and two-
 * and three-digit years follow RFC 2822 §4.3. Java's `Date.toString()` order (year last) is read
 * too. `context.lang` decides what CST and a missing zone mean.
 */
export function parseRfc822Date(input: string, context: DateContext = {}): string | undefined {
  const text = input.trim().replace(/\s+/g, ' ');
  const java = JAVA.exec(text);
  const m = RFC822.exec(java ? `${java[2]} ${java[1]} ${java[5]} ${java[3]} ${java[4] ?? ''}`.trim() : text);
  if (!m) return undefined;
  const [, d, mon, y, h, mi, s, zone] = m;
  const month = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || (mon!.length > 3 && !fullMonth(mon!))) return undefined;
  let year = Number(y);
  if (y!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (y!.length === 3) year += 1900;
  const wall = utc(year, month, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return instant(wall - rfc822OffsetMinutes(zone, context) * MINUTE);
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

function fullMonth(name: string): boolean {
  const lower = name.toLowerCase();
  // "Sept" is common enough in the wild to accept.
  return lower === 'sept' || FULL_MONTHS.some((full) => full === lower);
}

function rfc822OffsetMinutes(zone: string | undefined, context: DateContext): number {
  if (!zone) return localOffsetMinutes(context);
  if (/\d/.test(zone)) return numericOffset(zone);
  const name = zone.toUpperCase();
  if (name === 'CST' && isChineseLang(context.lang)) return 8 * 60;
  const named = ZONES[name];
  if (named !== undefined) return named * 60;
  if (zone.length === 1) return (militaryHours(zone) ?? 0) * 60;
  return 0;
}

/** Minutes east of UTC of a date written with no zone or offset: UTC+8 in Chinese, else UTC. */
function localOffsetMinutes(context: DateContext): number {
  return isChineseLang(context.lang) ? 8 * 60 : 0;
}

/** An ISO date (as `isoLike` leaves it) that ends with its time: no `Z`, offset or zone name. */
const ZONELESS_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;

/**
 * Year-first dates as CMSs print them, made ISO: `2025/07/29`, one-digit months, days and hours
 * (`2025/7/29 8:00`), and `GMT+8` zones. Day-first and month-first dates stay unreadable: which is
 * which cannot be told.
 */
function isoLike(text: string): string {
  const two = (n: string) => n.padStart(2, '0');
  return text
    .replace(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=$|[Tt ])/, (_, y: string, m: string, d: string) => `${y}-${two(m)}-${two(d)}`)
    .replace(/^(\d{4}-\d{2}-\d{2}[Tt ])(\d)(?=:)/, (_, date: string, hour: string) => `${date}0${hour}`)
    .replace(/\s?(?:gmt|utc)([+-])(\d{1,2})(?::?(\d{2}))?$/i, (_, sign: string, h: string, m?: string) => `${sign}${two(h)}:${m ?? '00'}`);
}

/**
 * Any date a feed may carry, whichever of the two syntaxes it uses; undefined when unreadable.
 * `context` is what the feed tells about its dates (its language, for CST and for a time written
 * with no zone: `2026-11-28 04:42:18` is UTC+8 in Chinese, UTC otherwise). A date with an offset,
 * and a bare day, read the same in every context.
 */
export function parseFeedDate(input: string | null | undefined, context: DateContext = {}): string | undefined {
  if (!input) return undefined;
  const text = input.trim();
  if (!/^\d{4}[-/]/.test(text)) return parseRfc822Date(text, context);
  const iso = isoLike(text);
  return parseIsoDate(isChineseLang(context.lang) && ZONELESS_TIME.test(iso) ? `${iso}+08:00` : iso);
}

