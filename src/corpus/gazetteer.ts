import type {GazetteerEntry} from './gazetteer-types.js';

/**
 * Every person, place, organization and medium the bundled corpus names, as Taiwan, Hong Kong and
 * the mainland write it. `zh-TW` is the form the (Taiwanese) corpus text uses, or the fuller form
 * when the text uses a short one (then the short one is an alias). Foreign people go by surname
 * only, the way the texts and chips name them; Korean people by their full Hanja name.
 *
 * Regional names are not a character conversion of each other: script conversion (OpenCC) leaves
 * 川普 as 川普 rather than 特朗普, so the regional wording has to come from here. Aliases are the
 * other forms the corpus text itself uses for the same entity.
 */
export const gazetteer: readonly GazetteerEntry[] = [
  // ── People ────────────────────────────────────────────────────────────────────────────────────
  {id: 'kim-jong-un', kind: 'person',
    names: {'zh-TW': '金正恩', 'zh-HK': '金正恩', 'zh-CN': '金正恩', en: 'Kim Jong Un'}},
  {id: 'kim-yo-jong', kind: 'person',
    names: {'zh-TW': '金與正', 'zh-HK': '金與正', 'zh-CN': '金与正', en: 'Kim Yo Jong'}},
  // Taiwan transliterates Trump as 川普; Hong Kong and the mainland both write 特朗普.
  {id: 'donald-trump', kind: 'person',
    names: {'zh-TW': '川普', 'zh-HK': '特朗普', 'zh-CN': '特朗普', en: 'Donald Trump'}},
  // Taiwan 普丁; Hong Kong and the mainland 普京.
  {id: 'vladimir-putin', kind: 'person',
    names: {'zh-TW': '普丁', 'zh-HK': '普京', 'zh-CN': '普京', en: 'Vladimir Putin'}},
  {id: 'sergei-lavrov', kind: 'person',
    names: {'zh-TW': '拉夫羅夫', 'zh-HK': '拉夫羅夫', 'zh-CN': '拉夫罗夫', en: 'Sergei Lavrov'}},
  {id: 'choe-son-hui', kind: 'person',
    names: {'zh-TW': '崔善姬', 'zh-HK': '崔善姬', 'zh-CN': '崔善姬', en: 'Choe Son Hui'}},
  // Hong Kong media follow Xinhua's 格雷內爾 (not a Cantonese reading).
  {id: 'richard-grenell', kind: 'person',
    names: {'zh-TW': '格雷內爾', 'zh-HK': '格雷內爾', 'zh-CN': '格雷内尔', en: 'Richard Grenell'}},
  // Commander of US Forces Korea. Taiwanese outlets also write 布朗森; the corpus uses 布倫森,
  // which is also the Hong Kong and mainland (布伦森) form.
  {id: 'xavier-brunson', kind: 'person',
    names: {'zh-TW': '布倫森', 'zh-HK': '布倫森', 'zh-CN': '布伦森', en: 'Xavier Brunson'}},
  {id: 'elbridge-colby', kind: 'person',
    names: {'zh-TW': '科爾比', 'zh-HK': '科爾比', 'zh-CN': '科尔比', en: 'Elbridge Colby'}},
  {id: 'lee-jae-myung', kind: 'person',
    names: {'zh-TW': '李在明', 'zh-HK': '李在明', 'zh-CN': '李在明', en: 'Lee Jae-myung'}},
  {id: 'yoon-suk-yeol', kind: 'person',
    names: {'zh-TW': '尹錫悅', 'zh-HK': '尹錫悅', 'zh-CN': '尹锡悦', en: 'Yoon Suk Yeol'}},
  {id: 'kim-jong-gyu', kind: 'person',
    names: {'zh-TW': '金正奎', 'zh-HK': '金正奎', 'zh-CN': '金正奎', en: 'Kim Jong Gyu'}},
  {id: 'andrey-rudenko', kind: 'person',
    names: {'zh-TW': '魯登科', 'zh-HK': '魯登科', 'zh-CN': '鲁登科', en: 'Andrey Rudenko'}},
  {id: 'alexander-kozlov', kind: 'person',
    names: {'zh-TW': '科茲洛夫', 'zh-HK': '科茲洛夫', 'zh-CN': '科兹洛夫', en: 'Alexander Kozlov'}},

  // ── Places ────────────────────────────────────────────────────────────────────────────────────
  // Hong Kong media mostly write 北韓 (朝鮮 for the state's official name); the mainland 朝鲜.
  {id: 'north-korea', kind: 'place',
    names: {'zh-TW': '北韓', 'zh-HK': '北韓', 'zh-CN': '朝鲜', en: 'North Korea'}},
  // The mainland calls the South 韩国 (南韩 reads as a Taiwan/Hong Kong usage).
  {id: 'south-korea', kind: 'place',
    names: {'zh-TW': '南韓', 'zh-HK': '南韓', 'zh-CN': '韩国', en: 'South Korea'}},
  {id: 'united-states', kind: 'place',
    names: {'zh-TW': '美國', 'zh-HK': '美國', 'zh-CN': '美国', en: 'United States'}},
  {id: 'russia', kind: 'place',
    names: {'zh-TW': '俄羅斯', 'zh-HK': '俄羅斯', 'zh-CN': '俄罗斯', en: 'Russia'}},
  {id: 'ukraine', kind: 'place',
    names: {'zh-TW': '烏克蘭', 'zh-HK': '烏克蘭', 'zh-CN': '乌克兰', en: 'Ukraine'}},
  {id: 'china', kind: 'place',
    names: {'zh-TW': '中國', 'zh-HK': '中國', 'zh-CN': '中国', en: 'China'}},
  {id: 'japan', kind: 'place',
    names: {'zh-TW': '日本', 'zh-HK': '日本', 'zh-CN': '日本', en: 'Japan'}},
  {id: 'united-kingdom', kind: 'place',
    names: {'zh-TW': '英國', 'zh-HK': '英國', 'zh-CN': '英国', en: 'United Kingdom'}},
  {id: 'pyongyang', kind: 'place',
    names: {'zh-TW': '平壤', 'zh-HK': '平壤', 'zh-CN': '平壤', en: 'Pyongyang'}},
  {id: 'moscow', kind: 'place',
    names: {'zh-TW': '莫斯科', 'zh-HK': '莫斯科', 'zh-CN': '莫斯科', en: 'Moscow'}},
  {id: 'sheremetyevo-airport', kind: 'place',
    names: {'zh-TW': '謝列梅捷沃機場', 'zh-HK': '謝列梅捷沃機場', 'zh-CN': '谢列梅捷沃机场',
      en: 'Sheremetyevo Airport'}},
  {id: 'wonsan', kind: 'place',
    names: {'zh-TW': '元山', 'zh-HK': '元山', 'zh-CN': '元山', en: 'Wonsan'}},
  {id: 'kalma-airport', kind: 'place',
    names: {'zh-TW': '葛麻機場', 'zh-HK': '葛麻機場', 'zh-CN': '葛麻机场', en: 'Kalma Airport'}},
  // Taiwan drops the r (庫斯克); Hong Kong and the mainland write 庫爾斯克 / 库尔斯克.
  {id: 'kursk', kind: 'place',
    names: {'zh-TW': '庫斯克', 'zh-HK': '庫爾斯克', 'zh-CN': '库尔斯克', en: 'Kursk'}},
  {id: 'seoul', kind: 'place',
    names: {'zh-TW': '首爾', 'zh-HK': '首爾', 'zh-CN': '首尔', en: 'Seoul'}},
  {id: 'yeouido', kind: 'place',
    names: {'zh-TW': '汝矣島', 'zh-HK': '汝矣島', 'zh-CN': '汝矣岛', en: 'Yeouido'}},
  {id: 'maryland', kind: 'place',
    names: {'zh-TW': '馬里蘭州', 'zh-HK': '馬里蘭州', 'zh-CN': '马里兰州', en: 'Maryland'}},
  {id: 'oxon-hill', kind: 'place',
    names: {'zh-TW': '奧克森山', 'zh-HK': '奧克森山', 'zh-CN': '奥克森山', en: 'Oxon Hill'}},
  {id: 'washington-dc', kind: 'place',
    names: {'zh-TW': '華盛頓', 'zh-HK': '華盛頓', 'zh-CN': '华盛顿', en: 'Washington, D.C.'}},
  {id: 'taiwan-strait', kind: 'place',
    names: {'zh-TW': '台海', 'zh-HK': '台海', 'zh-CN': '台海', en: 'Taiwan Strait'}},
  {id: 'asia-pacific', kind: 'place',
    names: {'zh-TW': '亞太', 'zh-HK': '亞太', 'zh-CN': '亚太', en: 'Asia-Pacific'}},

  // ── Organizations ─────────────────────────────────────────────────────────────────────────────
  {id: 'white-house', kind: 'organization',
    names: {'zh-TW': '白宮', 'zh-HK': '白宮', 'zh-CN': '白宫', en: 'White House'}},
  {id: 'kremlin', kind: 'organization',
    names: {'zh-TW': '克里姆林宮', 'zh-HK': '克里姆林宮', 'zh-CN': '克里姆林宫', en: 'Kremlin'}},
  {id: 'workers-party-of-korea', kind: 'organization',
    names: {'zh-TW': '朝鮮勞動黨', 'zh-HK': '朝鮮勞動黨', 'zh-CN': '朝鲜劳动党',
      en: "Workers' Party of Korea"},
    aliases: ['勞動黨']},
  {id: 'wpk-central-military-commission', kind: 'organization',
    names: {'zh-TW': '勞動黨中央軍事委員會', 'zh-HK': '勞動黨中央軍事委員會',
      'zh-CN': '劳动党中央军事委员会', en: "Central Military Commission of the Workers' Party of Korea"}},
  {id: 'dprk-state-affairs-commission', kind: 'organization',
    names: {'zh-TW': '國務委員會', 'zh-HK': '國務委員會', 'zh-CN': '国务委员会',
      en: 'State Affairs Commission (North Korea)'}},
  // North Korea's foreign ministry: Taiwanese and Hong Kong media mostly keep its own name 外務省
  // (the mainland 外务省); the corpus also calls it 北韓外交部, which Hong Kong's papers write
  // 北韓外務省 and the mainland's 朝鲜外务省 (新华社: 朝鲜外务省发言人).
  {id: 'dprk-foreign-ministry', kind: 'organization',
    names: {'zh-TW': '外務省', 'zh-HK': '外務省', 'zh-CN': '外务省',
      en: 'Ministry of Foreign Affairs (North Korea)'},
    aliases: ['北韓外交部'],
    aliasNames: {'北韓外交部': {'zh-HK': '北韓外務省', 'zh-CN': '朝鲜外务省'}}},
  // Taiwan writes missile 飛彈; Hong Kong and the mainland 導彈 / 导弹.
  {id: 'dprk-missile-administration', kind: 'organization',
    names: {'zh-TW': '飛彈總局', 'zh-HK': '導彈總局', 'zh-CN': '导弹总局',
      en: 'Missile Administration (North Korea)'}},
  {id: 'russia-foreign-ministry', kind: 'organization',
    names: {'zh-TW': '俄羅斯外交部', 'zh-HK': '俄羅斯外交部', 'zh-CN': '俄罗斯外交部',
      en: 'Ministry of Foreign Affairs (Russia)'}},
  // The mainland's official rendering joins the two with 与, not 和.
  {id: 'russia-natural-resources-ministry', kind: 'organization',
    names: {'zh-TW': '自然資源和生態部', 'zh-HK': '自然資源和生態部', 'zh-CN': '自然资源与生态部',
      en: 'Ministry of Natural Resources and Environment (Russia)'}},
  {id: 'boeing', kind: 'organization',
    names: {'zh-TW': '波音', 'zh-HK': '波音', 'zh-CN': '波音', en: 'Boeing'}},
  {id: 'usfk', kind: 'organization',
    names: {'zh-TW': '駐韓美軍', 'zh-HK': '駐韓美軍', 'zh-CN': '驻韩美军', en: 'United States Forces Korea'}},
  {id: 'rok-nis', kind: 'organization',
    names: {'zh-TW': '國家情報院', 'zh-HK': '國家情報院', 'zh-CN': '国家情报院',
      en: 'National Intelligence Service (South Korea)'},
    aliases: ['國情院']},
  {id: 'rok-national-assembly', kind: 'organization',
    names: {'zh-TW': '南韓國會', 'zh-HK': '南韓國會', 'zh-CN': '韩国国会',
      en: 'National Assembly (South Korea)'},
    aliases: ['國會']},
  {id: 'rok-defense-ministry', kind: 'organization',
    names: {'zh-TW': '南韓國防部', 'zh-HK': '南韓國防部', 'zh-CN': '韩国国防部',
      en: 'Ministry of National Defense (South Korea)'}},
  {id: 'rok-defense-intelligence-agency', kind: 'organization',
    names: {'zh-TW': '國防情報本部', 'zh-HK': '國防情報本部', 'zh-CN': '国防情报本部',
      en: 'Defense Intelligence Agency (South Korea)'}},
  {id: 'democratic-party-of-korea', kind: 'organization',
    names: {'zh-TW': '共同民主黨', 'zh-HK': '共同民主黨', 'zh-CN': '共同民主党', en: 'Democratic Party of Korea'}},
  {id: 'rebuilding-korea-party', kind: 'organization',
    names: {'zh-TW': '祖國革新黨', 'zh-HK': '祖國革新黨', 'zh-CN': '祖国革新党', en: 'Rebuilding Korea Party'}},
  {id: 'progressive-party-korea', kind: 'organization',
    names: {'zh-TW': '進步黨', 'zh-HK': '進步黨', 'zh-CN': '进步党', en: 'Progressive Party (South Korea)'}},
  // A conference, run by the Conservative Political Action Coalition; kept as an organization
  // because the gazetteer has no kind for events. Taiwan adds 派; Hong Kong and the mainland write
  // 保守政治行動會議 / 保守政治行动会议.
  {id: 'cpac', kind: 'organization',
    names: {'zh-TW': '保守派政治行動會議', 'zh-HK': '保守政治行動會議', 'zh-CN': '保守政治行动会议',
      en: 'Conservative Political Action Conference'}},

  // ── Media ─────────────────────────────────────────────────────────────────────────────────────
  // Taiwan's short form 路透; Hong Kong and the mainland write the agency out, 路透社.
  {id: 'reuters', kind: 'medium',
    names: {'zh-TW': '路透', 'zh-HK': '路透社', 'zh-CN': '路透社', en: 'Reuters'}},
  {id: 'yonhap', kind: 'medium',
    names: {'zh-TW': '韓聯社', 'zh-HK': '韓聯社', 'zh-CN': '韩联社', en: 'Yonhap News Agency'}},
  {id: 'kcna', kind: 'medium',
    names: {'zh-TW': '朝中社', 'zh-HK': '朝中社', 'zh-CN': '朝中社', en: 'Korean Central News Agency'}},
  // Taiwan and Hong Kong say 彭博; the mainland usually 彭博社.
  {id: 'bloomberg', kind: 'medium',
    names: {'zh-TW': '彭博', 'zh-HK': '彭博', 'zh-CN': '彭博社', en: 'Bloomberg'}},
  // The corpus's 《國防時報》 is a South Korean defence outlet; which one (Defense Times, 디펜스타임즈,
  // is the likeliest reading) is not certain.
  {id: 'defense-times', kind: 'medium',
    names: {'zh-TW': '國防時報', 'zh-HK': '國防時報', 'zh-CN': '国防时报', en: 'Defense Times'}},
  // Chinese-language media keep the Latin name.
  {id: 'nk-news', kind: 'medium',
    names: {'zh-TW': 'NK News', 'zh-HK': 'NK News', 'zh-CN': 'NK News', en: 'NK News'}},
  {id: 'rodong-sinmun', kind: 'medium',
    names: {'zh-TW': '勞動新聞', 'zh-HK': '勞動新聞', 'zh-CN': '劳动新闻', en: 'Rodong Sinmun'}},
];

/** The gazetteer keyed by id. */
export const gazetteerById: ReadonlyMap<string, GazetteerEntry> =
  new Map(gazetteer.map((entry) => [entry.id, entry]));
