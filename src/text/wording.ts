import type {Variant} from '../core/vocabulary.js';
import type {GazetteerEntry} from '../corpus/gazetteer-types.js';
import {newsPeople} from '../corpus/gazetteer-news.js';

/**
 * One term as Taiwan, Hong Kong and the mainland write it, each form in its own region's script
 * and glyphs (Hong Kong forms in OpenCC's Hong Kong glyph standard, e.g. 着, 説, 裏).
 *
 * Conversion from region A to region B replaces A's form with B's, longest match first, before
 * OpenCC sees the text (so 飛彈 becomes 导弹, not OpenCC's 飞弹). Names of the people, places,
 * organizations and media the bundled corpus names come from the gazetteer (with ids, English names
 * and search); the table's last sections carry only the names that sites' own Taiwanese news
 * commonly uses, that the corpus does not, and that the three regions write differently.
 *
 * Search reads this table whole; conversion reads it cut per direction (wording-pairs/, loaded by
 * direction-wording.ts), so that a switch fetches only the pairs it applies. After changing the
 * table, run `node --import tsx scripts/split-wording.mjs` (test/text/wording.test.ts checks).
 */
export interface Wording {
  readonly 'zh-TW': string;
  readonly 'zh-HK': string;
  readonly 'zh-CN': string;
  /**
   * The regions whose form is recognised in source text; absent, all three. A term is one-way when
   * its target form also has other meanings in the target region, so mapping it back would
   * mistranslate (mainland 通过 is both "through" and "to pass a bill"; Taiwan's 透過 is only the
   * former).
   */
  readonly sources?: readonly Variant[];
  /** A spelling rather than a word (夥伴 / 伙伴, 報導 / 報道): it also applies inside a 《title》. */
  readonly spelling?: true;
}

const TW: readonly Variant[] = ['zh-TW'];
const TRAD: readonly Variant[] = ['zh-TW', 'zh-HK'];
const CN: readonly Variant[] = ['zh-CN'];

function term(tw: string, hk: string, cn: string, sources?: readonly Variant[]): Wording {
  return sources ? {'zh-TW': tw, 'zh-HK': hk, 'zh-CN': cn, sources} : {'zh-TW': tw, 'zh-HK': hk, 'zh-CN': cn};
}

/** A spelling: see `Wording.spelling`. */
function spelling(tw: string, hk: string, cn: string): Wording {
  return {...term(tw, hk, cn), spelling: true};
}

/** A word kept whole so that a shorter term or name inside it is not matched (四川 protects 川普). */
function guard(tw: string, hk: string, cn: string): Wording {
  return term(tw, hk, cn);
}

/**
 * Guards from a list `traditional simplified traditional simplified…`: words whose Traditional form
 * is the same in Taiwan and Hong Kong.
 */
function pairs(list: string): Wording[] {
  const words = list.split(' ');
  const out: Wording[] = [];
  for (let i = 0; i < words.length; i += 2) out.push(guard(words[i]!, words[i]!, words[i + 1]!));
  return out;
}

/** A guard written alike in all three regions. */
function same(word: string): Wording {
  return term(word, word, word);
}

/*
 * Researched and left out because the three regions write them alike (OpenCC's character
 * conversion is all they need): 外長, 防長, 國防部長, 總書記, 峰會, 航空母艦, 外務相, 記者會,
 * 核武, 棄核, 官方媒體, 首度, 國務卿, 議定書, 閉門座談會, 戒嚴, 在野黨, 中國大陸, 台海, 炮彈/砲彈,
 * 無人機, 參議院, 眾議院, 安理會, 脫北者, 非軍事區, 板門店, 寧邊, 豐溪里, 東倉里, 北約, 歐盟,
 * 東方經濟論壇, 驅逐艦, 拜登, 習近平, 石破茂, 岸田文雄, 高市早苗, 文在寅. 彈道飛彈, 洲際彈道飛彈,
 * 極音速飛彈, 巡航飛彈 and 核子武器 need no entry of their own: 飛彈, 極音速 and 核子 below convert
 * them (洲際彈道導彈 / 洲际弹道导弹, 高超音速导弹, 核武器).
 * Left out on purpose: 俄烏戰爭 → 俄乌冲突 and similar framing the mainland's state media prefer;
 * that is an editorial choice, not regional wording. Also left out, because a short form has other
 * meanings or the regions' usage is split:
 * - 資訊 on its own (the mainland writes 资讯 too, for news updates): only 資訊戰, 資訊科技 below.
 * - 數位 on its own (數位官員 is "several officials"): only 數位化, 數位轉型, 數位貨幣.
 * - 戰車 on its own (綁上美國戰車, "tied to America's war chariot", is an idiom in all three):
 *   only 主力戰車 and 反戰車.
 * - 品質 on its own (the mainland writes 品质 too): only 空氣品質.
 * - 哈薩克, 烏茲別克: Taiwan's country names are also the peoples' (哈薩克族, 哈薩克語), and Hong Kong
 *   media write both 哈薩克 and 哈薩克斯坦.
 * - 教宗 → 教皇 (Xinhua): 教宗 is also inside 宗教宗旨, 佛教宗派, 道教宗師; too many guards for a rare term.
 * - 梅德維傑夫, 荷莫茲海峽, 利雅德, 開城工業區: Taiwanese or Hong Kong media use several forms.
 */
export const wording: readonly Wording[] = [
  // Taiwan's 司令官 for a serving commander; Hong Kong and mainland media write 司令 (新华社: 驻韩美军司令).
  term('駐韓美軍司令官', '駐韓美軍司令', '驻韩美军司令', TRAD),
  // ── Weapons and the military ──────────────────────────────────────────────────────────────────
  // Taiwan 飛彈; Hong Kong and the mainland 導彈 / 导弹 (OpenCC alone would give 飞弹).
  term('飛彈', '導彈', '导弹'),
  // Cruise missile: Taiwan 巡弋飛彈, elsewhere 巡航導彈 / 巡航导弹.
  term('巡弋飛彈', '巡航導彈', '巡航导弹'),
  // Long-range: Taiwan 長程, Hong Kong and the mainland 遠程 / 远程 (only in these compounds:
  // 長程 on its own also means "long-term").
  term('長程飛彈', '遠程導彈', '远程导弹'),
  term('長程彈道飛彈', '遠程彈道導彈', '远程弹道导弹'),
  // Storm Shadow: Taiwan 暴風影, Hong Kong media 風暴之影, the mainland 风暴阴影.
  term('暴風影', '風暴之影', '风暴阴影'),
  // Aegis: Taiwan 神盾, elsewhere 宙斯盾.
  term('神盾艦', '宙斯盾艦', '宙斯盾舰'),
  term('神盾', '宙斯盾', '宙斯盾'),
  // Taiwan's military says 潛艦 for submarine; 潛艇 / 潜艇 elsewhere (and in Taiwan too, so one-way).
  term('潛艦', '潛艇', '潜艇', TW),
  // Taiwan's short form for aircraft carrier; 航母 elsewhere (Taiwan writes 航母 too).
  term('航艦', '航母', '航母', TW),
  // Stealth: Taiwan 匿蹤 (匿蹤戰機), elsewhere 隱形 / 隐形.
  term('匿蹤', '隱形', '隐形', TW),
  // Mercenary: Taiwan 傭兵; 僱傭兵 / 雇佣兵 elsewhere. The guard keeps 僱傭兵 from becoming 僱雇佣兵.
  guard('僱傭兵', '僱傭兵', '雇佣兵'),
  term('傭兵', '僱傭兵', '雇佣兵', TW),
  // War game: Taiwan's clipped 兵推.
  term('兵推', '兵棋推演', '兵棋推演', TW),
  // Taiwan's 核子 (nuclear, as in 核子武器, 核子潛艦) is plain 核 elsewhere.
  term('核子', '核', '核', TW),
  // Nuclear test: Taiwan 核子試爆 / 核試爆; Hong Kong 核試; the mainland 核试验.
  term('核子試爆', '核試', '核试验', TW),
  term('核試爆', '核試', '核试验', TW),
  // Reactor: Taiwan 反應爐; Hong Kong and the mainland 反應堆 / 反应堆.
  term('反應爐', '反應堆', '反应堆'),
  // Intelligence: Taiwan's 情資 is 情報 / 情报 elsewhere; its 單位 (agency) is 部門 / 部门.
  term('情資', '情報', '情报', TW),
  term('情報單位', '情報部門', '情报部门', TW),
  term('相關單位', '相關部門', '相关部门', TW),
  // Astronaut: 太空人 in Taiwan and Hong Kong; 宇航员 on the mainland.
  term('太空人', '太空人', '宇航员'),
  // Solid/liquid fuel: Taiwan writes 固態燃料 as well as 固體燃料; 固體燃料 / 固体燃料 elsewhere.
  term('固態燃料', '固體燃料', '固体燃料', TW),
  term('液態燃料', '液體燃料', '液体燃料', TW),
  // Frigate: Taiwan's navy says 巡防艦; 護衞艦 / 护卫舰 elsewhere (and in Taiwan too, so one-way).
  term('巡防艦', '護衞艦', '护卫舰', TW),
  // Tank: Taiwan's military says 戰車; 坦克 elsewhere. Compounds only (see the note above the table).
  term('主力戰車', '主戰坦克', '主战坦克', TW),
  term('反戰車', '反坦克', '反坦克', TW),
  term('延伸嚇阻', '延伸威懾', '延伸威慑'),
  term('核嚇阻', '核威懾', '核威慑'),
  // Satellite imagery (of 寧邊, 豐溪里…): Taiwan 衛星影像; 衞星圖像 / 卫星图像 elsewhere.
  term('衛星影像', '衞星圖像', '卫星图像'),
  // The Pentagon: Taiwan 五角大廈; Hong Kong 五角大樓; the mainland 五角大楼.
  term('五角大廈', '五角大樓', '五角大楼'),
  // The US Joint Chiefs of Staff: Taiwan 參謀首長聯席會議; 參謀長聯席會議 / 参谋长联席会议 elsewhere.
  term('參謀首長聯席會議', '參謀長聯席會議', '参谋长联席会议', TW),

  // ── Korea ─────────────────────────────────────────────────────────────────────────────────────
  // Both Koreas: Taiwan and Hong Kong 兩韓 / 南北韓; the mainland 朝韩.
  term('兩韓', '兩韓', '朝韩'),
  term('南北韓', '南北韓', '朝韩', TRAD),
  // The mainland also writes the South first (韩朝军事会谈).
  term('兩韓', '兩韓', '韩朝', CN),
  // Taiwan sometimes writes 韓半島; Hong Kong and the mainland say 朝鮮半島 / 朝鲜半岛.
  term('韓半島', '朝鮮半島', '朝鲜半岛', TW),
  // Proper names with 朝鮮 in them stay 朝鮮 in Taiwan: without these, mainland 朝鲜 (= 北韓)
  // inside them would turn 朝鲜半岛 into 北韓半島.
  guard('朝鮮半島', '朝鮮半島', '朝鲜半岛'),
  guard('朝鮮族', '朝鮮族', '朝鲜族'),
  guard('朝鮮語', '朝鮮語', '朝鲜语'),
  guard('朝鮮王朝', '朝鮮王朝', '朝鲜王朝'),
  guard('朝鮮人民軍', '朝鮮人民軍', '朝鲜人民军'),
  guard('朝鮮中央通訊社', '朝鮮中央通訊社', '朝鲜中央通讯社'),
  guard('朝鮮民主主義人民共和國', '朝鮮民主主義人民共和國', '朝鲜民主主义人民共和国'),
  // A South Korean daily and the North's television keep 朝鮮 in their names too.
  guard('朝鮮日報', '朝鮮日報', '朝鲜日报'),
  guard('朝鮮中央電視台', '朝鮮中央電視台', '朝鲜中央电视台'),
  // KCNA's full name: Taiwan's 通信社 (the Japanese and Korean word) is 通訊社 / 通讯社 elsewhere.
  term('北韓中央通信社', '朝鮮中央通訊社', '朝鲜中央通讯社', TW),
  term('朝鮮中央通信社', '朝鮮中央通訊社', '朝鲜中央通讯社', TW),
  // Denuclearization: Taiwan writes 非核化 (the Korean 비핵화) as well as 無核化; 無核化 / 无核化
  // elsewhere.
  term('非核化', '無核化', '无核化', TW),
  // North Korea's offices and titles: its ministries are 省 and its ministers 相 (外務省, 外務相,
  // 國防省, 國防相). Taiwanese news often writes them as if they were Taiwan's (北韓外交部, 北韓外相);
  // Hong Kong's papers write 北韓外務省, 北韓國防省 and keep 外相; the mainland's 朝鲜外务省,
  // 朝鲜外务相, 朝鲜国防省, 朝鲜国防相 (新华社). Only after 北韓: Japan's 外相 is 外相 everywhere.
  // 北韓外交部 itself is an alias of the gazetteer's 外務省 (aliasNames).
  term('北韓外相', '北韓外相', '朝鲜外务相', TRAD),
  term('北韓外長', '北韓外長', '朝鲜外务相', TRAD),
  term('北韓外交部長', '北韓外交部長', '朝鲜外务相', TRAD),
  term('北韓國防部', '北韓國防省', '朝鲜国防省', TW),
  term('北韓國防部長', '北韓國防相', '朝鲜国防相', TW),
  // Trump–Kim and Trump–Xi summits follow the regional name of Trump (川普 / 特朗普).
  term('川金會', '特金會', '特金会'),
  term('川習會', '特習會', '特习会'),

  // ── Politics and diplomacy ────────────────────────────────────────────────────────────────────
  // President-elect: Taiwan and Hong Kong 候任總統 (Taiwan also 總統當選人); the mainland 当选总统.
  term('候任總統', '候任總統', '当选总统', TRAD),
  term('總統當選人', '當選總統', '当选总统', TW),
  // Taiwan's 高峰會 is 峰會 / 峰会 elsewhere (峯 is the Hong Kong standard glyph).
  term('高峰會', '峯會', '峰会', TW),
  // To respond to: Taiwan's 因應 is 应对 on the mainland (Hong Kong writes both). One-way: 应对 is
  // also "to cope with". The guards stop 原因應該 (the reason should…) from matching 因應.
  term('因應', '因應', '应对', TRAD),
  ...['原因', '基因', '主因', '成因', '起因', '死因', '病因', '肇因', '近因', '外因'].map(same),
  guard('誘因', '誘因', '诱因'),
  guard('遠因', '遠因', '远因'),
  guard('內因', '內因', '内因'),
  // Via, through: 透過 in Taiwan and Hong Kong, 通过 on the mainland (which also means "to pass").
  term('透過', '透過', '通过', TRAD),
  // Level, standard: Taiwan 水準, elsewhere 水平.
  term('水準', '水平', '水平', TW),
  // Inflation: Taiwan 通膨, Hong Kong 通脹, the mainland 通胀.
  term('通膨', '通脹', '通胀'),
  // Shipping container: 貨櫃 in Taiwan and Hong Kong, 集装箱 on the mainland (OpenCC: 货柜).
  term('貨櫃', '貨櫃', '集装箱'),
  // Plan: Taiwan's standard is 計畫; Hong Kong and the mainland 計劃 / 计划.
  spelling('計畫', '計劃', '计划'),
  // ASEAN: Taiwan 東協; Hong Kong 東盟; the mainland 东盟. The guards keep 中東協議, 廣東協會,
  // 遠東協調… (the Middle East's agreement, …) whole; ASEAN's own 會議 and 會員國 are spelt out.
  term('東協', '東盟', '东盟'),
  term('東協會議', '東盟會議', '东盟会议'),
  term('東協會員國', '東盟成員國', '东盟成员国', TW),
  guard('東協議', '東協議', '东协议'),
  guard('東協會', '東協會', '东协会'),
  guard('東協調', '東協調', '东协调'),
  guard('東協商', '東協商', '东协商'),
  guard('東協助', '東協助', '东协助'),
  guard('東協定', '東協定', '东协定'),
  // G7: Taiwan 七大工業國集團 (CNA also writes 7大工業國集團); 七國集團 / 七国集团 elsewhere.
  term('七大工業國集團', '七國集團', '七国集团', TW),
  term('7大工業國集團', '七國集團', '七国集团', TW),
  term('七大工業國組織', '七國集團', '七国集团', TW),
  term('七大工業國', '七國集團', '七国集团', TW),
  // APEC: Taiwan 亞太經合會; 亞太經合組織 / 亚太经合组织 elsewhere.
  term('亞太經合會', '亞太經合組織', '亚太经合组织'),
  term('國際原子能總署', '國際原子能機構', '国际原子能机构'),
  // The Fed: Taiwan 聯準會; Hong Kong 聯儲局; the mainland 美联储.
  term('聯準會', '聯儲局', '美联储'),
  // Rate rises and cuts: Taiwan 升息 / 降息; Hong Kong 加息 / 減息; the mainland 加息 / 降息.
  term('升息', '加息', '加息'),
  term('降息', '減息', '降息'),
  // Growth: Taiwan 成長; 增長 / 增长 elsewhere (成長 on its own is also "to grow up": compounds only).
  term('經濟成長', '經濟增長', '经济增长'),
  term('成長率', '增長率', '增长率'),
  // GDP: Taiwan 國內生產毛額; 國內生產總值 / 国内生产总值 elsewhere (Hong Kong's own is 本地生產總值).
  term('國內生產毛額', '國內生產總值', '国内生产总值'),

  // The Asia-Pacific (and Indo-Pacific) region: Taiwan writes 區域 as well as 地區; Hong Kong and the
  // mainland 地區 / 地区.
  term('亞太區域', '亞太地區', '亚太地区', TW),
  term('印太區域', '印太地區', '印太地区', TW),
  // To announce, publish, make public, be distributed: Taiwan's standard and its papers write 布;
  // Hong Kong's papers 佈 (宣佈, 發佈), which is also what OpenCC gives from the mainland's 布. (From
  // Simplified and Hong Kong text to Taiwan, typography.ts turns OpenCC's 佈 into 布.)
  spelling('宣布', '宣佈', '宣布'),
  spelling('發布', '發佈', '发布'),
  spelling('公布', '公佈', '公布'),
  spelling('分布', '分佈', '分布'),
  // OpenCC's Simplified → Traditional leaves 伙伴 and 借此; Taiwan and Hong Kong write 夥伴, 藉此.
  spelling('夥伴', '夥伴', '伙伴'),
  spelling('藉此', '藉此', '借此'),

  // ── Media and reporting ───────────────────────────────────────────────────────────────────────
  // Report: Taiwan 報導; Hong Kong and the mainland 報道 / 报道 (OpenCC alone would give 报导).
  spelling('報導', '報道', '报道'),
  // State media: Taiwan and Hong Kong say 官媒; the mainland writes 官方媒体 out.
  term('官媒', '官媒', '官方媒体', TRAD),
  // Bloomberg is 彭博 in the gazetteer for Taiwan and Hong Kong, 彭博社 on the mainland. Taiwanese
  // and Hong Kong text that writes 彭博社 out must not become 彭博社社 there: the first entry is
  // Taiwan's 彭博社 (→ Hong Kong's 彭博), the second Hong Kong's 彭博社 (→ Taiwan's 彭博).
  term('彭博社', '彭博', '彭博社', TW),
  term('彭博', '彭博社', '彭博社', ['zh-HK']),
  // To release, to signal (釋出善意): the mainland says 释放. The guards keep 解釋出兵 and
  // 保釋出獄 (explain…, bailed out) from matching.
  term('釋出', '釋出', '释放', TRAD),
  guard('解釋', '解釋', '解释'),
  guard('詮釋', '詮釋', '诠释'),
  guard('闡釋', '闡釋', '阐释'),
  guard('稀釋', '稀釋', '稀释'),
  guard('保釋', '保釋', '保释'),
  guard('假釋', '假釋', '假释'),
  guard('註釋', '註釋', '注释'),
  // Signal, message: Taiwan and Hong Kong 訊號 / 訊息; the mainland 信号 / 信息.
  term('訊號', '訊號', '信号', TRAD),
  term('訊息', '訊息', '信息', TRAD),
  // Video: 影片 in Taiwan and Hong Kong, 视频 on the mainland.
  term('影片', '影片', '视频'),
  // Social media: Taiwan 社群媒體, elsewhere 社交媒體 / 社交媒体.
  term('社群媒體', '社交媒體', '社交媒体'),
  term('社群平台', '社交平台', '社交平台'),
  // Video call: Taiwan 視訊 (視訊會議); Hong Kong 視像; the mainland 视频 (视频会议). Not from the
  // mainland: its 视频 is also Taiwan's 影片.
  term('視訊', '視像', '视频', TRAD),
  // …but these compounds are video calls in every region, so they come back.
  term('視訊會議', '視像會議', '视频会议'),
  term('視訊通話', '視像通話', '视频通话'),
  term('視訊連線', '視像連線', '视频连线'),

  // ── Technology (North Korea's hackers, chips and sanctions) ───────────────────────────────────
  term('駭客', '黑客', '黑客'),
  term('網際網路', '互聯網', '互联网'),
  term('網路', '網絡', '网络'),
  // Cybersecurity: Taiwan's 資安.
  term('資安', '網絡安全', '网络安全', TW),
  term('軟體', '軟件', '软件'),
  // Molluscs keep their 軟體.
  guard('軟體動物', '軟體動物', '软体动物'),
  term('硬體', '硬件', '硬件'),
  // Chip: 晶片 in Taiwan and Hong Kong, 芯片 on the mainland.
  term('晶片', '晶片', '芯片'),
  term('人工智慧', '人工智能', '人工智能'),
  term('伺服器', '伺服器', '服务器'),
  term('雷射', '激光', '激光'),
  term('簡訊', '短訊', '短信'),
  // Keeps 简短信息 (a short message) from matching 短信.
  guard('簡短', '簡短', '简短'),
  term('智慧型手機', '智能手機', '智能手机'),
  term('數位貨幣', '數碼貨幣', '数字货币'),
  term('數位化', '數碼化', '数字化'),
  term('數位轉型', '數碼轉型', '数字化转型'),
  term('智慧手機', '智能手機', '智能手机', TW),
  // Information warfare and IT: 資訊 in Taiwan and Hong Kong, 信息 on the mainland (which also
  // writes 资讯, so only these compounds, and only to the mainland).
  term('資訊戰', '資訊戰', '信息战', TRAD),
  term('資訊科技', '資訊科技', '信息技术', TRAD),
  // Nanometre (chips): Taiwan 奈米; Hong Kong 納米; the mainland 纳米.
  term('奈米', '納米', '纳米'),
  // Space station: 太空站 in Taiwan and Hong Kong; the mainland 空间站.
  term('太空站', '太空站', '空间站'),

  // ── Everyday ──────────────────────────────────────────────────────────────────────────────────
  // Taxi. Never from Hong Kong: its 的士 is also the middle of 的士兵 (…'s soldiers).
  term('計程車', '的士', '出租车', ['zh-TW', 'zh-CN']),
  // Units: Taiwan's 公尺 / 公分 are 米 / 厘米 elsewhere; its 浬 / 海浬 (nautical mile) is 海里.
  // 公噸 is Hong Kong's too; the mainland writes 吨 (not from the mainland: 吨位 is not 公噸位).
  term('公尺', '米', '米', TW),
  term('公分', '厘米', '厘米', TW),
  same('公分母'),
  term('海浬', '海里', '海里', TW),
  term('浬', '海里', '海里', TW),
  term('公噸', '公噸', '吨', TRAD),
  // Air quality: Taiwan 空氣品質; Hong Kong 空氣質素; the mainland 空气质量.
  term('空氣品質', '空氣質素', '空气质量'),
  // Keeps 四川普… (Sichuan, then 普) from matching Taiwan's 川普.
  same('四川'),

  // ── Places not in the corpus ──────────────────────────────────────────────────────────────────
  // Country names as Taiwan's foreign ministry and CNA, Hong Kong's RTHK and 明報, and Xinhua write
  // them. Where Hong Kong follows the mainland, the forms differ only in script.
  term('紐西蘭', '新西蘭', '新西兰'),
  term('義大利', '意大利', '意大利'),
  // Saudi: 沙烏地 (阿拉伯) in Taiwan; 沙特 (阿拉伯) elsewhere (the Hong Kong government's 沙地 is rare
  // in its news).
  term('沙烏地', '沙特', '沙特'),
  term('寮國', '老撾', '老挝'),
  term('葉門', '也門', '也门'),
  term('肯亞', '肯尼亞', '肯尼亚'),
  term('奈及利亞', '尼日利亞', '尼日利亚'),
  term('坦尚尼亞', '坦桑尼亞', '坦桑尼亚'),
  term('辛巴威', '津巴布韋', '津巴布韦'),
  term('索馬利亞', '索馬里', '索马里'),
  term('衣索比亞', '埃塞俄比亞', '埃塞俄比亚'),
  term('賽普勒斯', '塞浦路斯', '塞浦路斯'),
  term('克羅埃西亞', '克羅地亞', '克罗地亚'),
  term('亞塞拜然', '阿塞拜疆', '阿塞拜疆'),
  // Georgia the country: Taiwan 喬治亞; 格魯吉亞 / 格鲁吉亚 elsewhere. The US state is 喬治亞州 in
  // Taiwan and Hong Kong and 佐治亚州 on the mainland; the guards keep it and its university.
  term('喬治亞', '格魯吉亞', '格鲁吉亚'),
  guard('喬治亞州', '喬治亞州', '佐治亚州'),
  guard('喬治亞大學', '喬治亞大學', '佐治亚大学'),
  // Australia: 澳洲 in Taiwan and Hong Kong; 澳大利亚 on the mainland.
  term('澳洲', '澳洲', '澳大利亚'),
  // Sydney: Taiwan 雪梨; 悉尼 elsewhere. 雪梨 is also a pear, which Taiwanese news calls 水梨; a
  // mainland 雪梨 is never taken for Sydney (only 悉尼 is).
  term('雪梨', '悉尼', '悉尼'),
  term('卡達', '卡塔爾', '卡塔尔'),
  term('阿拉伯聯合大公國', '阿拉伯聯合酋長國', '阿拉伯联合酋长国'),
  // Taiwan's short form 阿聯; 阿聯酋 / 阿联酋 elsewhere. The one-way guard keeps a Taiwanese 阿聯酋
  // from becoming 阿联酋酋.
  term('阿聯', '阿聯酋', '阿联酋'),
  term('阿聯酋', '阿聯酋', '阿联酋', TW),
  // Dubai: 杜拜 in Taiwan and Hong Kong; 迪拜 on the mainland.
  term('杜拜', '杜拜', '迪拜'),
  term('伊斯坦堡', '伊斯坦布爾', '伊斯坦布尔'),
  // San Francisco: Taiwan 舊金山; Hong Kong 三藩市; the mainland 旧金山.
  term('舊金山', '三藩市', '旧金山'),
  // Gaza: Taiwan 加薩 (走廊); 加沙 (地帶 / 地带) elsewhere. Hamas: Taiwan 哈瑪斯; 哈馬斯 / 哈马斯.
  term('加薩走廊', '加沙地帶', '加沙地带'),
  term('加薩', '加沙', '加沙'),
  term('哈瑪斯', '哈馬斯', '哈马斯'),
  // Vladivostok, where the 東方經濟論壇 meets: Taiwan and Hong Kong 海參崴; Xinhua and 人民日报 write
  // 符拉迪沃斯托克 (海参崴 also appears on the mainland, in brackets after it).
  term('海參崴', '海參崴', '符拉迪沃斯托克'),

  // ── People not in the corpus ──────────────────────────────────────────────────────────────────
  // Surnames as the news writes them. Taiwanese outlets disagree on some (CNA 蒲亭, 盧比歐, 尼坦雅胡;
  // 自由時報 普廷, 艾多根, 納坦雅胡; 聯合報 普亭, 赫塞斯): the other forms are one-way, the most common
  // one is what the other regions' forms become in Taiwan. Hong Kong follows Xinhua except where it
  // has its own (賀錦麗, 施紀賢, 布殊, 澤連斯基).
  // Putin, whose usual Taiwanese form 普丁 is in the gazetteer.
  term('蒲亭', '普京', '普京', TW),
  term('普亭', '普京', '普京', TW),
  term('普廷', '普京', '普京', TW),
  term('馬克宏', '馬克龍', '马克龙'),
  term('蕭茲', '朔爾茨', '朔尔茨'),
  term('梅爾茨', '默茨', '默茨'),
  term('施凱爾', '施紀賢', '斯塔默'),
  term('艾爾段', '埃爾多安', '埃尔多安'),
  term('艾多根', '埃爾多安', '埃尔多安', TW),
  term('納坦雅胡', '內塔尼亞胡', '内塔尼亚胡'),
  term('尼坦雅胡', '內塔尼亞胡', '内塔尼亚胡', TW),
  term('魯卡申柯', '盧卡申科', '卢卡申科'),
  // Harris: 賀錦麗 (her own Chinese name) in Taiwan and Hong Kong; 哈里斯 on the mainland, which
  // is every other Harris too, so not back.
  term('賀錦麗', '賀錦麗', '哈里斯', TRAD),
  term('歐巴馬', '奧巴馬', '奥巴马'),
  term('柯林頓', '克林頓', '克林顿'),
  // Spellings the mainland's (and Hong Kong's) outlets write besides Xinhua's, brought back to
  // Taiwan's: 泽伦斯基, 肖尔茨, 卢比奥, 卢卡申柯, 赫格塞斯, 维特科夫, and 金汝贞 / 金汝貞 for 金與正
  // (Kim Yo Jong, as some mainland and Hong Kong outlets write her).
  term('蕭茲', '朔爾茨', '肖尔茨', CN),
  term('魯卡申柯', '盧卡申科', '卢卡申柯', CN),
  term('金與正', '金與正', '金汝贞', CN),
  term('金與正', '金汝貞', '金与正', ['zh-HK']),
  // Medvedev: Taiwanese outlets disagree (梅德維傑夫, 梅德韋傑夫, 梅德維捷夫), so only from the
  // mainland, to CNA's form.
  term('梅德維傑夫', '梅德韋傑夫', '梅德韦杰夫', CN),
  // Other names of North Korea and Korea news the regions write differently.
  term('龐培歐', '蓬佩奧', '蓬佩奥'),
  term('蘇利文', '沙利文', '沙利文'),
  term('波頓', '博爾頓', '博尔顿'),
  term('裴洛西', '佩洛西', '佩洛西'),
  term('梅克爾', '默克爾', '默克尔'),
  term('杜魯道', '杜魯多', '特鲁多'),
  term('馬杜洛', '馬杜羅', '马杜罗'),
  // Bush: Taiwan 布希; Hong Kong 布殊; the mainland 布什 (not back: 布什尔 is Iran's Bushehr).
  term('布希', '布殊', '布什', TRAD),
  // The beat's people beyond the corpus, both ways, with the other spellings each region's outlets use.
  ...newsPeople.flatMap(nameTerms),

  // ── The beat's shorthand and each region's register (issue 24) ───────────────────────────────
  // Sources as above: how CNA, 自由時報 and 聯合報; 明報, RTHK and HK01; 新华社, 人民日报 and 中新社
  // write the same story (docs/variants.md § 7). Taiwan's headline shorthand first.
  // North Korea and Russia: Taiwan 北俄; 朝俄 in Hong Kong and on the mainland (俄亥俄 is Ohio).
  term('北俄', '朝俄', '朝俄'),
  // Vance's 万斯 / 萬斯 is also 一万 then 斯里兰卡, 斯洛伐克…
  ...pairs('萬斯里蘭卡 万斯里兰卡 萬斯洛伐克 万斯洛伐克 萬斯德哥爾摩 万斯德哥尔摩 萬斯坦 万斯坦'),
  same('北俄亥俄'),
  guard('朝俄羅斯', '朝俄羅斯', '朝俄罗斯'),
  // The US and North Korea: Taiwan 美北 (美北峰會, 美北對話); Hong Kong 美朝; the mainland 朝美. The
  // guards keep 南美北部, 歐美北約, 北美… and a mainland 朝 (towards) 美国 whole.
  term('美北', '美朝', '朝美'),
  ...pairs('美北部 美北部 美北方 美北方 美北約 美北约 美北極 美北极 美北京 美北京 美北美 美北美 朝美國 朝美国'),
  // Trump and Kim: 川金 (川金會談) as 特金 (特金會 above).
  term('川金', '特金', '特金'),
  // The Korean War: 韓戰 in Taiwan and Hong Kong, 朝鲜战争 on the mainland. The guards keep 美韓戰略,
  // 美韓戰時作戰指揮權, 南韓戰機… whole (韓 then 戰…).
  term('韓戰', '韓戰', '朝鲜战争'),
  ...pairs('韓戰略 韩战略 韓戰術 韩战术 韓戰時 韩战时 韓戰機 韩战机 韓戰艦 韩战舰 韓戰力 韩战力 韓戰備 韩战备 韓戰場 韩战场 韓戰區 韩战区 韓戰鬥 韩战斗 韓戰車 韩战车 韓戰線 韩战线 韓戰後 韩战后'),
  // Japan's prime minister: Taiwan's 日揆 (and 日相, see the rewrites below) is 日本首相 elsewhere.
  term('日揆', '日本首相', '日本首相', TW),
  // Policy towards the North: Taiwan 對北 (政策, 制裁…); Hong Kong 對北韓; the mainland 对朝.
  term('對北政策', '對北韓政策', '对朝政策', TW),
  term('對北韓政策', '對北韓政策', '对朝政策'),
  term('對北制裁', '對北韓制裁', '对朝制裁', TW),
  term('對北嚇阻', '對北韓威懾', '对朝威慑', TW),
  term('對北談判', '對北韓談判', '对朝谈判', TW),
  term('對北施壓', '對北韓施壓', '对朝施压', TW),
  term('對北韓', '對北韓', '对朝', CN),
  // …and a mainland 对朝 that is not "towards the North": 对朝鲜 (written out), 朝野, 朝着, 朝向.
  guard('對北韓', '對北韓', '对朝鲜'),
  ...pairs('對朝野 对朝野 對朝着 对朝着 對朝向 对朝向 對朝廷 对朝廷 對朝陽 对朝阳 對朝代 对朝代'),
  // Deterrence: Taiwan 嚇阻; Hong Kong 威懾; the mainland 威慑.
  term('嚇阻', '威懾', '威慑'),
  // The US and China: Taiwan 美中; Hong Kong and the mainland 中美. The guards keep what is 美 then
  // 中… (美中情局, 美中程飛彈, 美中將, 美中東…) and Central America (中美洲) whole.
  term('美中', '中美', '中美'),
  ...pairs('美中不足 美中不足 美中部 美中部 美中西部 美中西部 美中情局 美中情局 美中程 美中程 美中央 美中央 美中將 美中将 美中東 美中东 美中期 美中期 美中心 美中心 美中間 美中间 美中文 美中文 美中校 美中校'),
  guard('中美洲', '中美洲', '中美洲'),
  // Acting president: Taiwan 代理總統; Hong Kong 署理總統; the mainland 代总统. Hong Kong's 署理
  // (署理國防部長) is 代理 elsewhere.
  term('代理總統', '署理總統', '代总统'),
  term('代理', '署理', '代理', ['zh-HK']),
  // Rocket artillery: Taiwan 多管火箭砲 / 火箭砲; Hong Kong 多管火箭炮; Xinhua 火箭炮.
  term('多管火箭砲', '多管火箭炮', '火箭炮', TW),
  term('火箭砲', '火箭炮', '火箭炮', TW),
  term('砲彈', '炮彈', '炮弹', TW),
  term('砲兵', '炮兵', '炮兵', TW),
  // Hypersonic: Taiwan 極音速; Hong Kong 高超音速; the mainland 高超声速 (Xinhua also 高超音速).
  term('極音速', '高超音速', '高超声速'),
  term('極音速', '高超音速', '高超音速', CN),
  // Video links: Taiwan 視訊, Hong Kong 視像, the mainland 视频, in the compounds that are calls.
  term('視訊系統', '視像系統', '视频系统'),
  term('視訊會晤', '視像會晤', '视频会晤'),
  term('視訊講話', '視像講話', '视频讲话'),
  term('視訊方式', '視像方式', '视频方式'),
  term('視訊致詞', '視像致辭', '视频致辞'),
  // Channels: 渠道 in Hong Kong and on the mainland is Taiwan's 管道 (外交管道, 溝通管道); Taiwan's
  // 管道 is also a pipe, so it goes back as 渠道 except in the pipes' own compounds.
  term('管道', '渠道', '渠道'),
  ...pairs('輸油管道 输油管道 輸氣管道 输气管道 天然氣管道 天然气管道 油氣管道 油气管道 排水管道 排水管道 供水管道 供水管道 地下管道 地下管道 管道破裂 管道破裂 管道工 管道工'),
  // The mainland's and Hong Kong's 朝方 (North Korea's side) is Taiwan's 北韓方面.
  // (朝方向… is 朝方 then 向 in the news: 朝方向东部海域发射; "towards" is 朝着…方向.)
  term('北韓方面', '朝方', '朝方', ['zh-HK', 'zh-CN']),
  // Exclusive economic zone: Taiwan 專屬經濟海域; 專屬經濟區 / 专属经济区 elsewhere.
  term('專屬經濟海域', '專屬經濟區', '专属经济区'),
  // The IAEA and its head: Taiwan 國際原子能總署 and its 署長; 國際原子能機構 / 国际原子能机构 and its
  // 總幹事 / 总干事 elsewhere.
  term('國際原子能總署署長', '國際原子能機構總幹事', '国际原子能机构总干事'),
  // South Korea's ministers are 长官 in Xinhua's copy (韩国统一部长官); Taiwan and Hong Kong write 部長.
  // 統一部 is South Korea's alone; 国防部长官, 外交部长官 come back, but a 國防部長 is not always Korean.
  term('統一部長', '統一部長', '统一部长官'),
  term('統一部長官', '統一部長官', '统一部长官', TRAD),
  term('國防部長', '國防部長', '国防部长官', CN),
  term('南韓國防部長', '南韓國防部長', '韩国国防部长官', CN),
  term('外交部長', '外交部長', '外交部长官', CN),
  // Communications between the Koreas: Taiwan and Hong Kong 通訊聯絡; the mainland 通信联络.
  term('通訊聯絡', '通訊聯絡', '通信联络'),
  // A country's ambassador to the UN: Xinhua 常驻联合国代表.
  term('駐聯合國大使', '駐聯合國大使', '常驻联合国代表'),
  // Identity: Taiwan's standard 身分 (身分證); 身份 in Hong Kong and on the mainland.
  spelling('身分', '身份', '身份'),
  // Nuclear test: 核試 in Taiwan and Hong Kong, 核试验 on the mainland (核試場 → 核试验场).
  term('核試', '核試', '核试验', TRAD),
  guard('核試驗', '核試驗', '核试验'),
  term('核試場', '核試場', '核试验场', TRAD),
  // Pilot: 機師 in Taiwan and Hong Kong; 飞行员 on the mainland (where 机师 is also a mechanic).
  term('機師', '機師', '飞行员', TRAD),

  // Hong Kong's register, read back as Taiwan and the mainland write it (one-way: the other regions'
  // forms are not Hong Kong's only word). 今日 for 今天 goes both ways; 今日俄羅斯 (RT), 今日美國
  // (USA Today) and 今日頭條 are names.
  term('今天', '今日', '今天'),
  ...pairs('今日俄羅斯 今日俄罗斯 今日美國 今日美国 今日頭條 今日头条'),
  term('影片', '短片', '视频', ['zh-HK']),
  term('品質', '質素', '质量', ['zh-HK']),
  term('落海', '墮海', '坠海', ['zh-HK', 'zh-CN']),
  term('這次', '今次', '这次', ['zh-HK']),
  term('這次', '是次', '此次', ['zh-HK']),
  term('媒體', '傳媒', '媒体', ['zh-HK']),
  guard('傳媒大學', '傳媒大學', '传媒大学'),
  term('北韓領導人', '北韓領袖', '朝鲜领导人', ['zh-HK']),
  // Yesterday, tomorrow, that day: Hong Kong's papers write 昨日, 明日 and 當日 as they write 今日.
  term('昨天', '昨日', '昨天'),
  term('明天', '明日', '明天'),
  term('當天', '當日', '当天', ['zh-HK']),
  // Netizens: Taiwan 網友; Hong Kong 網民; the mainland 网民 as well as 网友.
  term('網友', '網民', '网友'),
  term('網友', '網民', '网民', CN),
  // Phones, e-mail and lasers in Hong Kong's words.
  term('手機', '手提電話', '手机', ['zh-HK']),
  term('電子郵件', '電郵', '电子邮件', ['zh-HK']),
  term('雷射', '鐳射', '激光', ['zh-HK']),
  // Anniversary: Taiwan's standard 週年; 周年 in Hong Kong and on the mainland.
  spelling('週年', '周年', '周年'),
  // Artillery: Taiwan's military 火砲; 火炮 elsewhere.
  term('火砲', '火炮', '火炮', TW),

  // Outlets whose names hold a word the table converts: they keep their names in every region
  // (朝鮮新報 is not 北韓新報, 韓國日報 not 南韓日報).
  ...pairs('朝鮮新報 朝鲜新报 朝鮮之聲 朝鲜之声 民主朝鮮 民主朝鲜 朝鮮新聞 朝鲜新闻 韓國日報 韩国日报 韓國時報 韩国时报 韓國經濟新聞 韩国经济新闻 今日韓國 今日韩国'),
];

/** A gazetteer entry's names as a two-way term, and its other spellings as one-way ones from their region. */
function nameTerms({names, forms = {}}: GazetteerEntry): Wording[] {
  const terms = [term(names['zh-TW'], names['zh-HK'], names['zh-CN'])];
  for (const [region, spellings] of Object.entries(forms) as Array<[Variant, readonly string[]]>) {
    for (const spelling of spellings) terms.push({...names, [region]: spelling, sources: [region]} as Wording);
  }
  return terms;
}
