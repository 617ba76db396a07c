import {LitElement, type PropertyDeclarations} from 'lit';
import type {Variant} from '../core/vocabulary.js';
import type {SortOrder} from '../data/filter.js';
import type {FeedFormat} from '../data/parse.js';
import type {Glossary} from '../text/glossary.js';

/**
 * The attributes and properties the feed and the timeline share: ArticleList's public API, read by
 * the list's behaviour in article-list.ts.
 *
 * Declared with Lit's `static properties` rather than its decorators: this class is in the CDN
 * entry, where the decorators' calls and their helper cost 0.4 KB of its 18 KB budget (issue #12).
 * Each property's type, default and documentation are on its field.
 */
export abstract class ListProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {}, format: {}, category: {}, source: {}, entity: {}, since: {}, until: {}, query: {}, sort: {}, label: {},
    variant: {reflect: true}, layout: {reflect: true}, theme: {reflect: true},
    searchable: {type: Boolean, reflect: true}, filterable: {type: Boolean, reflect: true},
    limit: {type: Number}, timeout: {type: Number}, refreshInterval: {type: Number, attribute: 'refresh-interval'},
    headingLevel: {type: Number, attribute: 'heading-level'}, deepLink: {type: Boolean, attribute: 'deep-link'},
    glossary: {attribute: false},
  };

  /** Feed URL(s), whitespace-separated. Absent, with no `articles`: the bundled corpus. */
  src?: string;
  /** `auto` (sniffed from content type and body), `json`, `jsonfeed`, `rss` or `atom`. */
  format: FeedFormat = 'auto';
  /** Script and regional wording: `zh-TW`, `zh-HK`, `zh-CN`. Absent: the reader's choice, else the page's `lang`, else the source's own. */
  variant?: Variant;
  /** How many articles show before "more"; "more" shows this many again. */
  limit = 10;
  /** Only articles of this category. */
  category?: string;
  /** Only articles citing this medium, e.g. 路透. */
  source?: string;
  /** Only articles naming this entity: a gazetteer id or any regional name (川普, 特朗普, Donald Trump). */
  entity?: string;
  /** Only articles published on or after this ISO 8601 date. */
  since?: string;
  /** Only articles published on or before this ISO 8601 date (the whole day). */
  until?: string;
  /** Free-text search, matched across scripts and regional names (特朗普 finds 川普). */
  query = '';
  /** `newest` (default) or `oldest` first. */
  sort: SortOrder = 'newest';
  /** `list`, `grid` or `compact` (headline and meta only). */
  layout: 'list' | 'grid' | 'compact' = 'list';
  /** Seconds between re-fetches of `src`; 0 never. Backs off while failing. */
  refreshInterval = 0;
  /** Seconds before a fetch is given up. */
  timeout = 15;
  /** Shows a search box. */
  searchable = false;
  /** Shows filter chips for the sources and entities in the feed. */
  filterable = false;
  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Accessible name of the feed. Default: "北韓新聞" / "朝鲜新闻" / "North Korea news". */
  label?: string;
  /** The site's own phrase pairs, applied on top of the regional wording. */
  glossary?: Glossary;
  /** Outline level of the list's top headings (article headlines, or the timeline's months), 1–6. */
  headingLevel = 3;
  /** Selecting an article puts `#nk-<id>` in the address; a page opened with one shows, scrolls to and focuses that article. */
  deepLink = false;
}
