import type {UiLang} from '../core/vocabulary.js';
import type {FeedErrorCode} from '../data/errors.js';

export interface UiStrings {
  feedLabel: string;
  more: string;
  loading: string;
  retry: string;
  /** Label of the folded technical detail of an error. */
  details: string;
  empty: string;
  noMatch: string;
  search: string;
  searchPlaceholder: string;
  filters: string;
  all: string;
  sources: string;
  entities: string;
  related: string;
  refreshFailed: string;
  partlyFailed: string;
  shown: (shown: number, total: number) => string;
  errors: Record<FeedErrorCode, string>;
}

const zhHant: UiStrings = {
  feedLabel: '北韓新聞',
  more: '更多新聞',
  loading: '載入中…',
  retry: '重試',
  details: '技術細節',
  empty: '目前沒有新聞。',
  noMatch: '沒有符合條件的新聞。',
  search: '搜尋新聞',
  searchPlaceholder: '搜尋標題、內文、人名…',
  filters: '篩選',
  all: '全部',
  sources: '消息來源',
  entities: '相關人物與地點',
  related: '相關報導',
  refreshFailed: '更新失敗，以下為先前載入的新聞。',
  partlyFailed: '部分新聞來源無法載入，以下為其他來源的新聞。',
  shown: (shown, total) => `顯示 ${shown} 則，共 ${total} 則`,
  errors: {
    http: '新聞來源回應錯誤。',
    timeout: '新聞來源逾時未回應。',
    network: '無法連線至新聞來源。',
    parse: '新聞來源的格式有誤，無法讀取。',
    'not-a-feed': '這個網址不是新聞訂閱來源。',
    empty: '新聞來源是空的。',
    'too-large': '新聞來源太大，已停止讀取。',
    invalid: '新聞資料有欄位無法讀取。',
    'not-allowed': '本站的新聞代理不提供這個來源。',
    'blocked-address': '這個新聞來源位於內部網路，無法讀取。',
    'not-found': '找不到這則新聞。',
  },
};

/** Hong Kong writes like Taiwan here, but for 報道 (Taiwan 報導). */
const zhHantHK: UiStrings = {...zhHant, related: '相關報道'};

/**
 * The words at hand. Taiwan's and Hong Kong's come with the elements (the bundled corpus is
 * Taiwanese, and most pages show it as written); the mainland's and English are fetched when a list
 * or card first needs them, alongside the conversion or the articles that call for them.
 */
const table: Partial<Record<UiLang, UiStrings>> = {'zh-Hant': zhHant, 'zh-Hant-HK': zhHantHK};
const loaders: Partial<Record<UiLang, () => Promise<{strings: UiStrings}>>> = {
  'zh-Hans': () => import('./strings-zh-hans.js'),
  en: () => import('./strings-en.js'),
};
const loading = new Map<UiLang, Promise<boolean>>();

/** Makes `lang`'s words available to `uiStrings` (hydration registers what the server used up front). */
export function addUiStrings(lang: UiLang, strings: UiStrings): void {
  table[lang] = strings;
}

/**
 * Fetches `lang`'s words once; true when they are there. Never rejects: words that fail to download
 * leave Taiwan's in their place (a feed in the wrong script beats no feed), and a later call tries again.
 */
export function loadUiStrings(lang: UiLang): Promise<boolean> {
  const load = loaders[lang];
  if (table[lang] || !load) return Promise.resolve(!!table[lang]);
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      ({strings}) => (addUiStrings(lang, strings), true),
      () => (loading.delete(lang), false)
    );
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * The words in `lang` once loaded, else Taiwan's (`lang` says which they are, for the `lang`
 * attribute around them). `loaded` hears when `lang`'s arrive, to draw again (not when they fail:
 * drawing again would only ask again).
 */
export function uiStrings(lang: UiLang, loaded?: () => void): {lang: UiLang; ui: UiStrings} {
  const ui = table[lang];
  if (ui) return {lang, ui};
  if (loaded) void loadUiStrings(lang).then((ok) => ok && loaded());
  return {lang: 'zh-Hant', ui: zhHant};
}
