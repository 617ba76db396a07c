export type EntityKind = 'person' | 'place' | 'organization' | 'medium';

/** One person, place, organization or medium, named as each region writes it. */
export interface GazetteerEntry {
  /** Stable kebab-case id, e.g. `kim-jong-un`. */
  id: string;
  kind: EntityKind;
  names: {'zh-TW': string; 'zh-HK': string; 'zh-CN': string; en: string};
  /** Other forms the texts use for the same entity (short forms, e.g. 國情院), in zh-TW script. */
  aliases?: string[];
  /**
   * How the other regions write an alias, where that is not just a change of script: the mainland's
   * 朝鲜外务省 for the corpus's 北韓外交部. Aliases without an entry keep their short form.
   */
  aliasNames?: Readonly<Record<string, {'zh-HK': string; 'zh-CN': string}>>;
  /**
   * Other spellings a region's outlets use (CNA's 盧比歐 beside 聯合報's 魯比歐): recognised in that
   * region's text and written as the target region's name, never written themselves.
   */
  forms?: Readonly<Partial<Record<'zh-TW' | 'zh-HK' | 'zh-CN', readonly string[]>>>;
}
