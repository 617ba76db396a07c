/** The elements' words in mainland script and wording, loaded when a reader reads the mainland variant. */
import type {UiStrings} from './strings-zh-hant.js';

export const strings: UiStrings = {
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
  // No blank between Chinese and digits, as the stories' mainland text sets them (typography.ts).
  shown: (shown, total) => `显示${shown}条，共${total}条`,
  errors: {
    http: '新闻来源返回错误。',
    timeout: '新闻来源超时未响应。',
    network: '无法连接新闻来源。',
    parse: '新闻来源格式有误，无法读取。',
    'not-a-feed': '该网址不是新闻订阅源。',
    empty: '新闻来源是空的。',
    'too-large': '新闻来源过大，已停止读取。',
    invalid: '新闻数据有字段无法读取。',
    'not-allowed': '本站的新闻代理不提供这个来源。',
    'blocked-address': '这个新闻来源位于内部网络，无法读取。',
    'not-found': '找不到这条新闻。',
  },
};
