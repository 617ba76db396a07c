/**
 * The vocabulary every layer speaks: an article, the three regional variants, the language of the
 * elements' own words, and the small rules that connect them. Imports nothing of ours.
 */

/** A display script and regional wording: Taiwan, Hong Kong or mainland China. */
export type Variant = 'zh-TW' | 'zh-HK' | 'zh-CN';

export const variants: readonly Variant[] = ['zh-TW', 'zh-HK', 'zh-CN'];

/** The language of the elements' own words (buttons, labels, messages). */
export type UiLang = 'zh-Hant' | 'zh-Hant-HK' | 'zh-Hans' | 'en';

/** One news article, whatever feed it came from (docs/feeds.md, "The `Article`"). */
export interface Article {
  /** Stable and unique within a feed; a feed's guid or link when it has no id. */
  id: string;
  title: string;
  /** Plain text, never HTML. */
  summary: string;
  body?: string;
  /** Only http: or https: URLs survive parsing. */
  url?: string;
  image?: {url: string; alt: string};
  /**
   * Who wrote it, as the feed names them (JSON Feed `authors`, RSS `dc:creator`/`author`, Atom
   * `author`): a name, and a page about them when the feed gives an http(s) one.
   */
  authors?: Author[];
  /**
   * ISO 8601. A bare date (`2025-07-29`) when only the day is known: it is shown as that calendar
   * day in every time zone. Otherwise an instant with its offset (`2025-07-29T08:30:00Z`).
   */
  published: string;
  /** When it was last changed (JSON Feed `date_modified`, Atom `updated`), in the same ISO 8601 forms as `published`. */
  modified?: string;
  category?: string;
  topics: string[];
  /** The media the article cites (路透, 韓聯社, 朝中社…). */
  sources: string[];
  /** Gazetteer ids of the people, places, organizations and media the article names. */
  entities: string[];
  /** BCP 47 tag of the text, e.g. `zh-Hant-TW`. */
  lang: string;
}

/** A writer of an article: a person or an organization, by name. */
export interface Author {
  name: string;
  /** Only http: or https: URLs survive parsing. */
  url?: string;
}

/**
 * An article as a page may hand it over (the `articles` property): the fields an nk-news JSON item
 * needs; the rest default (`topics`, `sources`, `entities` empty; `lang` guessed).
 */
export type ArticleInput = Pick<Article, 'id' | 'title' | 'published'> & Partial<Omit<Article, 'id' | 'title' | 'published'>>;

/** Whether a string is one of the three variants, exactly. */
export function isVariant(value: unknown): value is Variant {
  return value === 'zh-TW' || value === 'zh-HK' || value === 'zh-CN';
}

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
  // Remembered per tag as written: a list asks it of the same few tags for every article it shows.
  let variant = tagVariants.get(lang);
  if (variant === undefined && !tagVariants.has(lang)) {
    if (tagVariants.size >= 1000) tagVariants.clear();
    tagVariants.set(lang, (variant = readVariant(lang)));
  }
  return variant;
}

const tagVariants = new Map<string, Variant | undefined>();

function readVariant(lang: string): Variant | undefined {
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
 * The variant text in `lang` is shown in: the one the reader asked for, else the text's own
 * (undefined when the text is not Chinese). The one rule for articles, chips and the UI alike.
 */
export function shownVariant(requested: Variant | undefined, lang: string): Variant | undefined {
  return requested ?? variantOfLang(lang);
}

const uiLangs: Record<Variant, UiLang> = {'zh-TW': 'zh-Hant', 'zh-HK': 'zh-Hant-HK', 'zh-CN': 'zh-Hans'};

/**
 * The language of the elements' own words: the script the reader chose, else the script of the
 * source text, else English for a source that is not Chinese. With no source text yet, the bundled
 * corpus's: Taiwan's.
 */
export function uiLang(requested: Variant | undefined, sourceLang = 'zh-Hant-TW'): UiLang {
  const shown = shownVariant(requested, sourceLang);
  return shown ? uiLangs[shown] : 'en';
}

const commonLang = new WeakMap<readonly Article[], string | undefined>();

/** The language most of the articles are in: a list's own words follow it, not the first article's. */
export function mostCommonLang(articles: readonly Article[]): string | undefined {
  // Asked at every update, of the same array until another load: counted once per array.
  if (!commonLang.has(articles)) commonLang.set(articles, countLangs(articles));
  return commonLang.get(articles);
}

function countLangs(articles: readonly Article[]): string | undefined {
  const counts = new Map<string, number>();
  for (const {lang} of articles) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
