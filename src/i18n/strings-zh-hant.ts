/**
 * The elements' words in Traditional Chinese, as Taiwan and Hong Kong write them: they come with
 * the elements (the bundled corpus is Taiwanese, and most pages show it as written). The shape of
 * every language's words is declared here, so the other languages' files (fetched on demand by
 * strings.ts) import nothing that imports them.
 */
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

export const zhHant: UiStrings = {
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

/**
 * Hong Kong writes like Taiwan here, but for 報道 (Taiwan 報導), 連接 and 網絡 (Taiwan 連線, 網路), and
 * no blank between Chinese and digits, as its stories are set (typography.ts).
 */
export const zhHantHK: UiStrings = {
  ...zhHant,
  related: '相關報道',
  shown: (shown, total) => `顯示${shown}則，共${total}則`,
  errors: {
    ...zhHant.errors,
    network: '無法連接新聞來源。',
    'blocked-address': '這個新聞來源位於內部網絡，無法讀取。',
  },
};
