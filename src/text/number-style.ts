import type {Variant} from '../core/vocabulary.js';

/*
 * Each region's number, date and mark style, on converted text (typography.ts runs it last). How
 * the outlets write them (docs/variants.md § 6): Taiwan's CNA 1萬5000人, 3成, 1950年代, ⋯⋯ and ──;
 * Xinhua 1.5万人, 三成, 20世纪50年代, …… and ——, no thousands separator below 10,000 (4700人);
 * Hong Kong's 明報 and RTHK 1.5萬人, 三成, 1950年代, …… and ——, and 4,700人 with the separator.
 * Every pattern is one scan with lookarounds of one character: linear in the text.
 */

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Whether a digit, `.` or `,` stands at `at`: a number goes on there. */
function numberAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isDigit(code) || code === 0x2e || code === 0x2c;
}

const NUMERALS = '〇一二三四五六七八九';
/** Words of quantity before tenths (逾3成, 約4成, 增加5成). */
const QUANTITY = '逾约約近超过過达達占佔增减減降升跌有少多至到及的了、将將';
/** What 成 begins after a digit when it is not tenths (3成立, 5成员国). */
const NOT_TENTHS = '员員立功为為本交果绩績长長熟';
/** What a count is of, after its digits: Hong Kong's thousands separator goes only before these. */
const COUNTED = '人名位枚發发萬万億亿公千米噸吨元架艘輛辆門门個个件頁页戶户宗單单座條条隻只桶箱份多餘余平';

/** `1` and `5000` (of 萬) as `1.5`; `1` and `2000` (of 億) as `1.2`. */
function decimal(whole: string, part: string): string {
  let fraction = part.padStart(4, '0');
  while (fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return fraction ? `${whole}.${fraction}` : whole;
}

/** `4700` as `4,700`. */
function withSeparators(digits: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : '');
  return out;
}

/**
 * One scan over the numbers of a text, each run of digits read once: `1萬5000` → `1.5萬`,
 * `1億2000萬` → `1.2億` (the part below the unit as a decimal of it); `逾3成` → `逾三成` (tenths in
 * Chinese numerals after a word of quantity); with `separators`, Hong Kong's `4700人` → `4,700人`
 * (whole numbers of people and things, never 2025年 or 2025至2026年).
 */
function numbers(text: string, separators: boolean): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    const before = i > 0 ? text.charAt(i - 1) : '';
    const after = text.charAt(j);
    let replacement: string | undefined;
    let end = j;
    if (!numberAt(text, i - 1) && j - i <= 4 && '萬万億亿'.includes(after) && after) {
      let k = j + 1;
      while (k < text.length && isDigit(text.charCodeAt(k)) && k - j <= 4) k++;
      const part = text.slice(j + 1, k);
      const next = text.charAt(k);
      const tenThousand = next === '萬' || next === '万';
      if ((after === '萬' || after === '万') && part.length === 4 && !numberAt(text, k) && !tenThousand) {
        replacement = decimal(text.slice(i, j), part) + after;
        end = k;
      } else if ((after === '億' || after === '亿') && part.length >= 1 && part.length <= 4 && tenThousand && !numberAt(text, k + 1)) {
        replacement = decimal(text.slice(i, j), part) + after;
        end = k + 1;
      }
    } else if (j - i === 1 && after === '成' && before && QUANTITY.includes(before) && text.charCodeAt(i) !== 0x30) {
      const word = text.charAt(j + 1);
      if (!word || !NOT_TENTHS.includes(word)) {
        replacement = `${NUMERALS[text.charCodeAt(i) - 0x30]}成`;
        end = j + 1;
      }
    } else if (separators && j - i >= 4 && !numberAt(text, i - 1) && !(before && '-/:#'.includes(before)) && !/[A-Za-z]/.test(before) &&
      after && COUNTED.includes(after)) {
      replacement = withSeparators(text.slice(i, j));
    }
    if (replacement !== undefined) {
      out += text.slice(copied, i) + replacement;
      copied = end;
    }
    i = end;
  }
  return copied ? out + text.slice(copied) : text;
}

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
  const out = marks(numbers(text, to === 'zh-HK'));
  return to === 'zh-HK' ? decadesByYear(out) : mainlandNumbers(out);
}
