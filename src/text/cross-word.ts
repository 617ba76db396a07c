import type {DictGroup} from 'opencc-js/core';

/**
 * OpenCC reads a phrase across a word's edge where one Simplified character has two Traditional
 * ones: 垂直发射 as 垂直髮射 (直发, straight hair), 外长发表 as 外長髮表, 军人参与 as Hong Kong's 軍人蔘與
 * (人参, ginseng). Hair and ginseng are never followed by these characters, so the pair is mended in
 * OpenCC's output, as one more dictionary group from Simplified (outside the kept stretches). 瞭解
 * is OpenCC's; Taiwan's and Hong Kong's news write 了解. A module of its own: script-converter.ts
 * loads it with the Simplified dictionaries, not with the CDN entry.
 */
const HAIR_BEFORE = '表射布佈出起展動現言放揮電行送給函聲售酵炎燒明掘覺難怒誓財';
const GINSENG_BEFORE = '與加觀戰選議謀考訪展賽閱照演軍拜政院眾事贊';
const CROSS_WORD: DictGroup = [
  [...[...HAIR_BEFORE].map((next) => `髮${next} 發${next}`), ...[...GINSENG_BEFORE].map((next) => `蔘${next} 參${next}`), '瞭解 了解'].join('|'),
];

/**
 * OpenCC's Hong Kong standard writes every 參 it finds outside a phrase as 蔘 (聯參 → 聯蔘, the
 * Joint Chiefs; 黨參); Hong Kong's papers write 參 but for ginseng itself.
 */
const HONG_KONG_GINSENG: DictGroup = ['蔘 參|人蔘 人蔘|紅蔘 紅蔘|花旗蔘 花旗蔘|高麗蔘 高麗蔘|洋蔘 洋蔘|蔘茸 蔘茸'];

/** The mends for one direction (`zh-CN>zh-HK`…), as dictionary groups run after OpenCC's. */
export function mendsFor(direction: string): DictGroup[] {
  const groups: DictGroup[] = [];
  if (direction.startsWith('zh-CN>')) groups.push(CROSS_WORD);
  if (direction.endsWith('>zh-HK')) groups.push(HONG_KONG_GINSENG);
  return groups;
}
