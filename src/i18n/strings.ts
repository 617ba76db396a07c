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
    'not-found': '找不到這則新聞。',
  },
};

const zhHans: UiStrings = {
  feedLabel: '朝鲜新闻',
  more: '更多新闻',
  loading: '加载中…',
  retry: '重试',
  details: '技术细节',
  empty: '目前没有新闻。',
  noMatch: '没有符合条件的新闻。',
  search: '搜索新闻',
  searchPlaceholder: '搜索标题、正文、人名…',
  filters: '筛选',
  all: '全部',
  sources: '消息来源',
  entities: '相关人物与地点',
  related: '相关报道',
  refreshFailed: '更新失败，以下为此前加载的新闻。',
  partlyFailed: '部分新闻来源无法加载，以下为其他来源的新闻。',
  shown: (shown, total) => `显示 ${shown} 条，共 ${total} 条`,
  errors: {
    http: '新闻来源返回错误。',
    timeout: '新闻来源超时未响应。',
    network: '无法连接新闻来源。',
    parse: '新闻来源格式有误，无法读取。',
    'not-a-feed': '该网址不是新闻订阅源。',
    empty: '新闻来源是空的。',
    'too-large': '新闻来源过大，已停止读取。',
    invalid: '新闻数据有字段无法读取。',
    'not-found': '找不到这条新闻。',
  },
};

const en: UiStrings = {
  feedLabel: 'North Korea news',
  more: 'More stories',
  loading: 'Loading…',
  retry: 'Try again',
  details: 'Technical details',
  empty: 'No stories yet.',
  noMatch: 'No stories match.',
  search: 'Search stories',
  searchPlaceholder: 'Search headlines, text, names…',
  filters: 'Filters',
  all: 'All',
  sources: 'Sources',
  entities: 'People and places',
  related: 'Related coverage',
  refreshFailed: 'Could not update; showing the stories loaded earlier.',
  partlyFailed: 'Some sources could not be loaded; showing the others.',
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  errors: {
    http: 'The news source answered with an error.',
    timeout: 'The news source did not answer in time.',
    network: 'Could not reach the news source.',
    parse: 'The news source is malformed and could not be read.',
    'not-a-feed': 'This address is not a news feed.',
    empty: 'The news source is empty.',
    'too-large': 'The news source is too large; reading stopped.',
    invalid: 'A field of the news data could not be read.',
    'not-found': 'This story could not be found.',
  },
};

/** Hong Kong writes like Taiwan here, but for 報道 (Taiwan 報導). */
const zhHantHK: UiStrings = {...zhHant, related: '相關報道'};

const table: Record<UiLang, UiStrings> = {'zh-Hant': zhHant, 'zh-Hant-HK': zhHantHK, 'zh-Hans': zhHans, en};

export function uiStrings(lang: UiLang): UiStrings {
  return table[lang];
}
