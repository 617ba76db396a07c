import type {Variant} from '../data/article.js';
import type {UiLang} from '../i18n/strings.js';

const tags: Record<Variant, string> = {
  'zh-TW': 'zh-Hant-TW',
  'zh-HK': 'zh-Hant-HK',
  'zh-CN': 'zh-Hans-CN',
};

/** The BCP 47 tag of text written in `v`: script and region both, so fonts and screen readers pick right. */
export function langTag(v: Variant): string {
  return tags[v];
}

/**
 * The variant a BCP 47 tag asks for, or undefined when the tag is not Chinese.
 *
 * The script subtag decides first (Hant → Taiwan unless the region is Hong Kong or Macau, Hans →
 * mainland), then the region (TW; HK, MO; anything else, e.g. CN, SG, MY). A bare `zh` is the
 * mainland: that is what browsers and CMSs mean by it. `yue` (Cantonese) is written in Hong Kong's
 * Traditional unless it says Hans. Case and `_` separators are tolerated.
 */
export function variantOfLang(lang: string): Variant | undefined {
  const [primary, ...rest] = lang.trim().toLowerCase().split(/[-_]/);
  if (primary !== 'zh' && primary !== 'cmn' && primary !== 'yue') return undefined;
  const script = rest.find((s) => s.length === 4);
  const region = rest.find((s) => s.length === 2 || /^\d{3}$/.test(s));
  const hkRegion = region === 'hk' || region === 'mo';
  if (script === 'hant') return hkRegion ? 'zh-HK' : 'zh-TW';
  if (script === 'hans') return 'zh-CN';
  if (region === 'tw') return 'zh-TW';
  if (hkRegion) return 'zh-HK';
  return primary === 'yue' && !region ? 'zh-HK' : 'zh-CN';
}

/**
 * The language of the elements' own words (buttons, labels): the script the reader chose, else
 * the script of the source text, else English for a source that is not Chinese.
 */
export function uiLang(v: Variant | undefined, sourceLang: string): UiLang {
  const shown = v ?? variantOfLang(sourceLang);
  if (!shown) return 'en';
  return ({'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant-HK', 'zh-CN': 'zh-Hans'} as const)[shown];
}

/** Whether a string is one of the three variants, exactly. */
export function isVariant(value: unknown): value is Variant {
  return value === 'zh-TW' || value === 'zh-HK' || value === 'zh-CN';
}
