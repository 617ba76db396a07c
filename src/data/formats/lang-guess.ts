/**
 * The language of a feed item that declares none, guessed from its text: enough to tell Chinese
 * from everything else, and Traditional from Simplified script, so that the elements convert the
 * story to the reader's script and speak Chinese around it. Pure: text in, BCP 47 tag out.
 */

/**
 * Very common characters that exist in one script only, as Traditional/Simplified pairs. Each
 * pair was checked against OpenCC's character tables: the Simplified one has no other Traditional
 * form and is not itself Traditional, and the other way round (為 is Taiwan's and Hong Kong's form
 * where OpenCC writes 爲; both count as Traditional). Characters that are also correct
 * in the other script are left out (后 is Traditional for "queen", 台 is how Taiwan writes 臺,
 * 干 里 云 于 并 面 系 are Traditional words of their own).
 */
const PAIRS =
  '們们這这國国說说對对時时會会發发為为經经過过與与來来個个關关開开軍军韓韩鮮鲜東东華华總总統统' +
  '領领導导彈弹飛飞戰战實实現现報报議议體体應应從从還还當当點点長长電电間间問问題题無无聯联協协' +
  '區区員员際际務务將将進进動动標标島岛機机線线見见話话記记灣湾亞亚歐欧邊边認认讓让達达產产業业' +
  '頭头義义參参謀谋處处訪访談谈論论視视親亲權权歷历張张陸陆黨党傳传爭争專专勢势級级紀纪約约強强' +
  '據据壓压輪轮衛卫擊击測测試试驗验艦舰隊队難难鄰邻圍围規规則则質质門门聽听讀读識识語语書书寫写' +
  '圖图畫画場场廣广給给網网絡络節节車车馬马錢钱銀银貿贸價价幣币濟济農农糧粮災灾氣气態态變变選选' +
  '舉举憲宪條条辦办監监營营團团組组織织職职責责費费資资買买賣卖億亿萬万號号聞闻顯显驚惊觀观樂乐' +
  '歡欢舊旧雙双稱称殺杀傷伤審审陣阵戶户歲岁雖虽嗎吗麗丽樓楼熱热獨独續续斷断繼继擴扩護护環环險险' +
  '狀状況况習习學学術术藝艺師师醫医藥药擔担廠厂鐵铁礦矿頓顿紐纽羅罗蘇苏烏乌蘭兰';

/** Traditional-only characters without a pair above: 後 (its Simplified 后 is Traditional too), 爲 (為). */
const TRADITIONAL_ONLY = '後爲';

const traditional = new Set<string>(TRADITIONAL_ONLY);
const simplified = new Set<string>();
const chars = Array.from(PAIRS);
for (let i = 0; i < chars.length; i += 2) {
  traditional.add(chars[i]!);
  simplified.add(chars[i + 1]!);
}

const HAN = /\p{Script=Han}/u;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
/** Kana other than ・ and ー (which Chinese uses in foreign names) and の (a loan in Chinese ads). */
const KANA = /[\u3041-\u306D\u306F-\u3096\u30A1-\u30FA]/;

/**
 * The language tag for text that declares none:
 *
 * - no Han character → `und`;
 * - Japanese (any kana besides の, ・ and ー) or Korean (more Hangul than Han: Korean headlines
 *   write 北, 軍, 美 in Hanja) → `und`: only Chinese is guessed;
 * - otherwise Chinese: `zh-Hant` when more of its characters are Traditional-only than
 *   Simplified-only, `zh-Hans` when the other way round, and plain `zh` when they tie (or the text
 *   has none of either), which the library reads as Simplified (variantOfLang: mainland).
 */
export function guessLang(text: string): string {
  let han = 0, hangul = 0, t = 0, s = 0;
  for (const char of text) {
    if (HAN.test(char)) {
      han++;
      if (traditional.has(char)) t++;
      else if (simplified.has(char)) s++;
    } else if (HANGUL.test(char)) {
      hangul++;
    } else if (KANA.test(char)) {
      return 'und';
    }
  }
  if (han === 0 || hangul > han) return 'und';
  return t > s ? 'zh-Hant' : s > t ? 'zh-Hans' : 'zh';
}

/** Whether a BCP 47 tag names Chinese (`zh`, `zh-TW`, `zh-Hant-HK`, `cmn`, `yue`…). */
export function isChineseLang(lang: string | undefined): boolean {
  return /^(zh|cmn|yue)(?:[-_]|$)/i.test(lang?.trim() ?? '');
}
