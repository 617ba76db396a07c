import type {Variant} from '../data/article.js';

/**
 * One term as Taiwan, Hong Kong and the mainland write it, each form in its own region's script
 * and glyphs (Hong Kong forms in OpenCC's Hong Kong glyph standard, e.g. 着, 説, 裏).
 *
 * Conversion from region A to region B replaces A's form with B's, longest match first, before
 * OpenCC sees the text (so 飛彈 becomes 导弹, not OpenCC's 飞弹). Names of people, places,
 * organizations and media are not here: they come from the gazetteer.
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
}

const TW: readonly Variant[] = ['zh-TW'];
const TRAD: readonly Variant[] = ['zh-TW', 'zh-HK'];
const CN: readonly Variant[] = ['zh-CN'];

function term(tw: string, hk: string, cn: string, sources?: readonly Variant[]): Wording {
  return sources ? {'zh-TW': tw, 'zh-HK': hk, 'zh-CN': cn, sources} : {'zh-TW': tw, 'zh-HK': hk, 'zh-CN': cn};
}

/** A word kept whole so that a shorter term or name inside it is not matched (四川 protects 川普). */
function guard(tw: string, hk: string, cn: string): Wording {
  return term(tw, hk, cn);
}

/** A guard written alike in all three regions. */
function same(word: string): Wording {
  return term(word, word, word);
}

/*
 * Researched and left out because the three regions write them alike (OpenCC's character
 * conversion is all they need): 外長, 防長, 國防部長, 總書記, 峰會, 航空母艦, 外務相, 記者會,
 * 核武, 棄核, 官方媒體, 首度, 國務卿, 議定書, 閉門座談會, 戒嚴, 在野黨, 中國大陸, 台海, 炮彈/砲彈.
 * Left out on purpose: 俄烏戰爭 → 俄乌冲突 and similar framing the mainland's state media prefer;
 * that is an editorial choice, not regional wording.
 */
export const wording: readonly Wording[] = [
  // ── Weapons and the military ──────────────────────────────────────────────────────────────────
  // Taiwan 飛彈; Hong Kong and the mainland 導彈 / 导弹 (OpenCC alone would give 飞弹).
  term('飛彈', '導彈', '导弹'),
  // Cruise missile: Taiwan 巡弋飛彈, elsewhere 巡航導彈 / 巡航导弹.
  term('巡弋飛彈', '巡航導彈', '巡航导弹'),
  // Long-range: Taiwan 長程, Hong Kong and the mainland 遠程 / 远程 (only in these compounds:
  // 長程 on its own also means "long-term").
  term('長程飛彈', '遠程導彈', '远程导弹'),
  term('長程彈道飛彈', '遠程彈道導彈', '远程弹道导弹'),
  // Hypersonic: Taiwan 極音速, elsewhere 高超音速.
  term('極音速', '高超音速', '高超音速'),
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

  // ── Korea ─────────────────────────────────────────────────────────────────────────────────────
  // Both Koreas: Taiwan and Hong Kong 兩韓 / 南北韓; the mainland 朝韩.
  term('兩韓', '兩韓', '朝韩'),
  term('南北韓', '南北韓', '朝韩', TRAD),
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
  // The Korean War: 韓戰 in Taiwan and Hong Kong, 朝鲜战争 on the mainland. Only from the
  // mainland: in Taiwanese text 韓戰 is also the middle of 美韓戰略 (US–Korea strategy).
  term('韓戰', '韓戰', '朝鲜战争', CN),
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
  // Channels of contact: Taiwan 管道, elsewhere 渠道 (管道 alone is also a pipe, so compounds only).
  term('外交管道', '外交渠道', '外交渠道', TW),
  term('溝通管道', '溝通渠道', '沟通渠道', TW),
  // Level, standard: Taiwan 水準, elsewhere 水平.
  term('水準', '水平', '水平', TW),
  // Inflation: Taiwan 通膨, Hong Kong 通脹, the mainland 通胀.
  term('通膨', '通脹', '通胀'),
  // Shipping container: 貨櫃 in Taiwan and Hong Kong, 集装箱 on the mainland (OpenCC: 货柜).
  term('貨櫃', '貨櫃', '集装箱'),
  // Plan: Taiwan's standard is 計畫; Hong Kong and the mainland 計劃 / 计划.
  term('計畫', '計劃', '计划'),

  // OpenCC's Simplified → Traditional leaves 伙伴 and 借此; Taiwan and Hong Kong write 夥伴, 藉此.
  term('夥伴', '夥伴', '伙伴'),
  term('藉此', '藉此', '借此'),

  // ── Media and reporting ───────────────────────────────────────────────────────────────────────
  // Report: Taiwan 報導; Hong Kong and the mainland 報道 / 报道 (OpenCC alone would give 报导).
  term('報導', '報道', '报道'),
  // State media: Taiwan and Hong Kong say 官媒; the mainland writes 官方媒体 out.
  term('官媒', '官媒', '官方媒体', TRAD),
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

  // ── Everyday ──────────────────────────────────────────────────────────────────────────────────
  // Taxi. Never from Hong Kong: its 的士 is also the middle of 的士兵 (…'s soldiers).
  term('計程車', '的士', '出租车', ['zh-TW', 'zh-CN']),
  // Keeps 四川普… (Sichuan, then 普) from matching Taiwan's 川普.
  same('四川'),
];
