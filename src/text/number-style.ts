import type {Variant} from '../core/vocabulary.js';

/*
 * Each region's number, date and mark style, on converted text (typography.ts runs it last). How
 * the outlets write them (docs/variants.md § 6): Taiwan's CNA 1萬5000人, 3成, 1950年代, ⋯⋯ and ──;
 * Xinhua 1.5万人, 三成, 20世纪50年代, …… and ——, no thousands separator below 10,000 (4700人);
 * Hong Kong's 明報 and RTHK 1.5萬人, 三成, 1950年代, …… and ——, and 4,700人 with the separator.
 * Every pattern is one scan with lookarounds of one character: linear in the text.
 */

/** Whether the character before `at` may not precede a number's first digit (it would be inside another). */
function inNumber(text: string, at: number, also: string): boolean {
  const before = text.charAt(at - 1);
  return (before >= '0' && before <= '9') || also.includes(before);
}

/** `1萬5000` → `1.5萬`, `1億2000萬` → `1.2億`: the part below the unit as a decimal of it. */
function decimalUnits(text: string): string {
  if (!/[萬万億亿]/.test(text)) return text;
  const decimal = (whole: string, part: string, unit: string) => {
    let fraction = part.padStart(4, '0');
    while (fraction.endsWith('0')) fraction = fraction.slice(0, -1);
    return fraction ? `${whole}.${fraction}${unit}` : `${whole}${unit}`;
  };
  // Each pattern starts with a digit, so the engine scans for one; what stands around it is checked in the callback.
  return text
    .replace(/(\d{1,4})([億亿])(\d{1,4})([萬万])/g, (found: string, whole: string, unit: string, part: string, _: string, at: number, all: string) =>
      inNumber(all, at, '.,') || /[\d,.]/.test(all.charAt(at + found.length)) ? found : decimal(whole, part, unit))
    .replace(/(\d{1,4})([萬万])(\d{4})/g, (found: string, whole: string, unit: string, part: string, at: number, all: string) =>
      inNumber(all, at, '.,') || /[\d,.萬万]/.test(all.charAt(at + found.length)) ? found : decimal(whole, part, unit));
}

const NUMERALS = '〇一二三四五六七八九';

/** `逾3成` → `逾三成`: tenths in Chinese numerals after a word of quantity (逾, 約, 近, 增加…). */
function tenths(text: string): string {
  if (!text.includes('成')) return text;
  return text.replace(/([1-9])成(?![员員立功为為本交果绩績长長熟])/g, (found: string, digit: string, at: number, all: string) =>
    QUANTITY.includes(all.charAt(at - 1)) && at > 0 ? `${NUMERALS[Number(digit)]}成` : found);
}

const QUANTITY = '逾约約近超过過达達占佔增减減降升跌有少多至到及的了、将將';

/** `⋯⋯` and `──` (Taiwan's) as `……` and `——`. */
function marks(text: string): string {
  if (!text.includes('⋯') && !text.includes('──')) return text;
  return text.replace(/⋯/g, '…').replace(/──/g, '——');
}

/** `20世紀50年代` → `1950年代`: decades by year in Taiwan and Hong Kong (OpenCC has written 紀 by now). */
function decadesByYear(text: string): string {
  if (!text.includes('年代')) return text;
  return text.replace(/(?<![\d.])(1\d|2[01])世[紀纪]([1-9])0年代/g, (_, century: string, decade: string) => `${Number(century) - 1}${decade}0年代`);
}

/** What a count is of, after its digits: the thousands separator goes only before these. */
const COUNTED = '人名位枚發发萬万億亿公千米噸吨元架艘輛辆門门個个件頁页戶户宗單单座條条隻只桶箱份多餘余平';

/** `4700人` → `4,700人`: Hong Kong's separator, on whole numbers of people and things (not 2025年). */
function thousands(text: string): string {
  return text.replace(/\d{4,}/g, (digits: string, at: number, whole: string) => {
    if (inNumber(whole, at, '.,-/:#') || /[A-Za-z]/.test(whole.charAt(at - 1))) return digits;
    if (!COUNTED.includes(whole.charAt(at + digits.length)) || !whole.charAt(at + digits.length)) return digits;
    let out = '';
    for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : '');
    return out;
  });
}

/** The mainland's style: no thousands separator below 10,000; decades by century. */
function mainlandNumbers(text: string): string {
  let out = text;
  if (out.includes(',')) out = out.replace(/(?<![\d.,])(\d),(\d{3})(?![\d,])/g, '$1$2');
  if (out.includes('年代')) {
    out = out.replace(/(?<![\d.])(1\d|20)([1-9])0年代/g, (_, century: string, decade: string) => `${Number(century) + 1}世纪${decade}0年代`);
  }
  return out;
}

/** Converted text in `to`'s number and mark style. */
export function numberStyle(text: string, to: Variant): string {
  if (to === 'zh-TW') return decadesByYear(text);
  const out = marks(tenths(decimalUnits(text)));
  return to === 'zh-HK' ? thousands(decadesByYear(out)) : mainlandNumbers(out);
}
