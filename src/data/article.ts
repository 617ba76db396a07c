/** A display script and regional wording: Taiwan, Hong Kong or mainland China. */
export type Variant = 'zh-TW' | 'zh-HK' | 'zh-CN';

export const variants: readonly Variant[] = ['zh-TW', 'zh-HK', 'zh-CN'];

/** One news story, whatever feed it came from (DESIGN.md §3). */
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
   * ISO 8601. A bare date (`2025-07-29`) when only the day is known: it is shown as that calendar
   * day in every time zone. Otherwise an instant with its offset (`2025-07-29T08:30:00Z`).
   */
  published: string;
  category?: string;
  topics: string[];
  /** The media the story cites (路透, 韓聯社, 朝中社…). */
  sources: string[];
  /** Gazetteer ids of the people, places, organizations and media the story names. */
  entities: string[];
  /** BCP 47 tag of the text, e.g. `zh-Hant-TW`. */
  lang: string;
}

/**
 * A story as a page may hand it over (the `articles` property): the fields an nk-news JSON item
 * needs; the rest default (`topics`, `sources`, `entities` empty; `lang` guessed).
 */
export type ArticleInput = Pick<Article, 'id' | 'title' | 'published'> & Partial<Omit<Article, 'id' | 'title' | 'published'>>;
