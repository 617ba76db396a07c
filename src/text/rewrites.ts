import type {Variant} from '../core/vocabulary.js';

/*
 * Rewrites that depend on the words around them, run on the source text before the phrase tables
 * (convert.ts). Like the wording table (wording.ts), written once for every direction and cut by
 * scripts/split-wording.mjs into the direction modules of wording-pairs/, which convert.ts loads:
 * run that script again after changing a rule.
 */

const TW: readonly Variant[] = ['zh-TW'];
const TRAD: readonly Variant[] = ['zh-TW', 'zh-HK'];
const CN: readonly Variant[] = ['zh-CN'];

/** A rewrite that depends on the words around it, applied to the source text before the table. */
export interface Rewrite {
  readonly from: readonly Variant[];
  readonly to: readonly Variant[];
  /** Global; matches the source's form. */
  readonly pattern: RegExp;
  readonly replacement: string;
}

const JAPAN_PM = /(?<![今明昨前每當当本次同終终平翌隔數数整半週周月元兩两一二三四五六七八九十0-9])日相(?![關关比同當当處处繼继互信應应對对約约距識识似近連连])/g;

export const rewrites: readonly Rewrite[] = [
  // 釋出 is 释放 on the mainland (释放善意, 释放信号), but a position or an attitude is not released
  // there, it is shown: 釋出對美強硬立場 → 亮明对美强硬立场. Within one clause only.
  {from: TRAD, to: CN, pattern: /釋出(?=[^，。；：？！,.;:?!「」]{0,12}?(?:立場|態度))/g, replacement: '亮明'},
  // Japan's prime minister: Taiwan's headline 日相 (日相石破茂) is 日本首相 on the mainland and in
  // Hong Kong's body text, but not the 日 of a date or a day before 相 (今日相比, 14日相關, 每日相同).
  {from: TW, to: ['zh-HK', 'zh-CN'], pattern: JAPAN_PM, replacement: '日本首相'},
  {from: ['zh-HK'], to: CN, pattern: JAPAN_PM, replacement: '日本首相'},
  // The mainland's 通过 is "by means of" (Taiwan's and Hong Kong's 透過) before a channel, a means or
  // a go-between (通过外交渠道, 通过视频系统, 通过发言人); otherwise it may be "to pass" (通过决议).
  {
    from: CN,
    to: TRAD,
    pattern: /通过(?=视频|外交|对话|谈判|协商|发言人|电话|中间人|第三方|各种|多种|社交媒体|媒体|卫星|调解|斡旋|[^，。；：？！“”、]{0,10}?(?:渠道|途径|方式|手段|平台))/g,
    replacement: '透过',
  },
];
