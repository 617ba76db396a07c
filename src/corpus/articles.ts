import type {Article} from '../core/vocabulary.js';

/**
 * The bundled corpus: the seed listing (a copy is test/fixtures/seed/listing.txt) as structured articles, newest first.
 * Generated once from the seed and then kept by hand; README.md next to this file says how (the
 * split, the one mended scraping slip, and how each date was resolved). Summaries are the seed
 * text with Taiwan's full-width punctuation put back (the scrape had turned ，：？（） into ASCII),
 * written by `node scripts/punctuate-corpus.mjs`, which `npm test` runs with --check: edit the
 * script, not the summaries. Published dates are bare dates: only the day is known.
 */
export const articles: readonly Article[] = [
  {
    id: 'nk-20250729-kim-yo-jong-no-denuclearization',
    title: '金與正：任何會談都無法讓北韓放棄核武',
    summary:
      '北韓近日再度釋出對美強硬立場，明確表明未來任何形式的會談都無法讓其放棄核武計畫，強調美國必須接受現實已然改變的事實。根據《路透》報導，北韓最高領導人金正恩的妹妹、被視為政權發言人的金與正強硬表示，即使金正恩與美國總統川普之間的私人關係「還不錯」，但若美國妄想藉此推動北韓棄核，只會淪為「笑柄」。',
    published: '2025-07-29',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['路透'],
    entities: ['north-korea', 'united-states', 'reuters', 'kim-jong-un', 'kim-yo-jong', 'donald-trump'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250727-moscow-pyongyang-flights',
    title: '俄羅斯恢復莫斯科直飛平壤定期航班',
    summary:
      '俄羅斯週日（27 日）表示，俄羅斯將恢復自莫斯科直飛北韓首都平壤的定期航班，是兩國自 1990 年代中期以來，首次開通首都之間的定期航班。此舉正值俄烏戰爭爆發後，俄羅斯與北韓正加強雙邊關係之際。根據《路透》報導，首班航班將於週日莫斯科時間晚上 7 時從莫斯科謝列梅捷沃機場（Sheremetyevo Airport）起飛，由波音 777-200ER 機型執飛，機上座位多達 440 席。',
    published: '2025-07-27',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['路透'],
    entities: ['russia', 'moscow', 'north-korea', 'pyongyang', 'reuters', 'sheremetyevo-airport', 'boeing'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250713-shells-to-russia',
    title: '南韓軍方：北韓供俄炮彈逾1,200萬枚',
    summary:
      '南韓軍方情報單位周日（13 日）表示，北韓持續向俄羅斯提供炮彈，以 152 毫米口徑炮彈為準，供應量超過 1,200 萬枚。據《韓聯社》報導，南韓國防部國防情報本部在周日向國會提交的資料中推測，北韓近些年發往俄方的炮彈貨櫃共計約 2.8 萬個，並提出上述估算值。',
    published: '2025-07-13',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['韓聯社'],
    entities: [
      'south-korea', 'north-korea', 'russia', 'yonhap', 'rok-defense-ministry',
      'rok-defense-intelligence-agency', 'rok-national-assembly',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250713-lavrov-arrives-wonsan',
    title: '拉夫羅夫抵元山 金正恩會見俄外長',
    summary:
      '應北韓外務省邀請，俄羅斯外長拉夫羅夫上周五（11 日）晚抵達元山葛麻機場，上周六北韓勞動黨總書記、國務委員長金正恩會見拉夫羅夫，當天拉夫羅夫與北韓外務相崔善姬舉行第二輪外長級戰略對話。俄羅斯外交部表示，拉夫羅夫對金正恩說，此次兩國外長級戰略對話持續 3 個多小時，討論具「實質性，重點突出，且富有成效」。',
    published: '2025-07-13',
    category: '國際政經',
    topics: ['北韓'],
    sources: [],
    entities: [
      'north-korea', 'dprk-foreign-ministry', 'russia', 'sergei-lavrov', 'wonsan', 'kalma-airport',
      'workers-party-of-korea', 'kim-jong-un', 'choe-son-hui', 'russia-foreign-ministry',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250713-kim-unconditional-support',
    title: '金正恩：北韓將「無條件支持」俄羅斯',
    summary:
      '《路透》引述北韓官媒報導，北韓領導人金正恩在近期與俄羅斯外長拉夫羅夫（Sergei Lavrov）會晤時公開表態，北韓將「無條件支持」俄羅斯為解決烏克蘭衝突所採取的所有行動。兩國於北韓東部城市元山舉行高層戰略會談，展現出更緊密的雙邊合作。金正恩指出，面對全球地緣政治劇烈變化，北韓與俄羅斯作為盟國所採取的應對措施，將大幅促進世界和平與安全。',
    published: '2025-07-13',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['路透'],
    entities: ['reuters', 'north-korea', 'kim-jong-un', 'russia', 'sergei-lavrov', 'ukraine', 'wonsan'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250712-lavrov-three-day-visit',
    title: '拉夫羅夫訪北韓：平壤明確支持俄對烏行動',
    summary:
      '俄羅斯外交部長拉夫羅夫（Sergei Lavrov）近日展開為期三天的北韓訪問行程。他指出，北韓已明確支持俄羅斯對烏克蘭的軍事行動，並表示克里姆林宮的領導地位獲得平壤「明確支持」，兩國在俄烏戰爭中的戰略合作關係持續加深。根據《彭博》報導，拉夫羅夫與北韓外相崔善姬（Choe Son Hui）會談後提到了北韓軍隊在俄羅斯庫斯克地區的部署，稱北韓支援行動證實了雙方「強大的兄弟情誼」。',
    published: '2025-07-12',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['彭博'],
    entities: [
      'russia', 'russia-foreign-ministry', 'sergei-lavrov', 'north-korea', 'ukraine', 'kremlin',
      'pyongyang', 'bloomberg', 'choe-son-hui', 'kursk',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250611-trump-letter-refused',
    title: 'NK News：北韓外交官拒收川普親筆信',
    summary:
      '美國專門報導北韓消息的「NK News」宣稱，北韓駐美外交官拒收美國總統川普寫給國家領導人金正恩的親筆信。白宮發言人回應，川普仍樂於與金正恩通信。NK News 引述匿名的「知情高層消息人士」報導，川普親自起草致金正恩的信函，目的是為了重啟對話。',
    published: '2025-06-11',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['NK News'],
    entities: ['united-states', 'north-korea', 'nk-news', 'donald-trump', 'kim-jong-un', 'white-house'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250527-golden-dome-condemned',
    title: '北韓譴責美國「金穹」飛彈防禦系統',
    summary:
      '《路透》引述北韓官方媒體朝中社週二（27 日）報導指出，北韓外交部對美國最新推動的「金穹」（Golden Dome）飛彈防禦系統提出強烈譴責，批評該計畫是「極度危險的威脅性舉措」。美國總統川普於 5 月 20 日表示，他已選定「金穹」飛彈防禦系統的核心設計，並正式任命計畫領導人。',
    published: '2025-05-27',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['路透', '朝中社'],
    entities: ['reuters', 'north-korea', 'kcna', 'dprk-foreign-ministry', 'united-states', 'donald-trump'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250525-brunson-usfk-role',
    title: '布倫森：南韓宛如固定航空母艦',
    summary:
      '駐韓美軍司令官布倫森近日表示，南韓在戰略至關重要，是美國距離中國最近的同盟存在，宛如漂浮在日本與中國大陸之間的島嶼或固定航空母艦。據《國防時報》周日（25 日）報導，按照他所說，駐韓美軍的活動並不僅限於對付北韓。言下之意，這是想要讓駐韓美軍配合美國更大的戰略，比如在亞太區域裡行動，因應中國和俄羅斯的威脅？值得一提的是，在這之前，美國副防長科爾比曾經公開說過一句話，如果台海發生緊急情況，那麼駐韓美軍應該轉入「遏制中國」的角色中。',
    published: '2025-05-25',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['國防時報'],
    entities: [
      'usfk', 'xavier-brunson', 'south-korea', 'united-states', 'china', 'japan', 'defense-times',
      'north-korea', 'asia-pacific', 'russia', 'elbridge-colby', 'taiwan-strait',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250430-nis-casualties',
    title: '國情院：北韓援俄部隊4,700人傷亡',
    summary:
      '南韓國家情報院（國情院）周三（30 日）在國會情報委員會閉門座談會上匯報中表示，北韓派兵援助俄羅斯，已有 4,700 人傷亡，其中 600 人陣亡。據《韓聯社》報導，北韓將 1.5 萬名士兵分兩批派至俄羅斯邊境州庫斯克參戰，其中 4,100 人受傷，600 人陣亡。',
    published: '2025-04-30',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['韓聯社'],
    entities: ['south-korea', 'rok-nis', 'rok-national-assembly', 'north-korea', 'russia', 'yonhap', 'kursk'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250428-kcna-confirms-troops',
    title: '北韓首度證實向俄羅斯派兵',
    summary:
      '據《朝中社》周一（28 日）報導，北韓勞動黨中央軍事委員會前一天向《勞動新聞》等官媒發送書面立場文件，首度證實向俄羅斯派兵，參加烏克蘭戰爭。北韓勞動黨中央軍事委員會說，北韓部隊根據國家元首的命令，前往俄羅斯邊境州庫斯克參戰，北韓勞動黨中央軍事委員會強調，派兵是根據國務委員會委員長金正恩的決定。',
    published: '2025-04-28',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['朝中社'],
    entities: [
      'kcna', 'north-korea', 'workers-party-of-korea', 'wpk-central-military-commission', 'rodong-sinmun',
      'russia', 'ukraine', 'kursk', 'dprk-state-affairs-commission', 'kim-jong-un',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250321-air-defense-missile-test',
    title: '北韓試射最新型防空飛彈 金正恩觀摩',
    summary:
      '據《朝中社》周五（21 日）報導，北韓飛彈總局周四試射由軍工企業正式開始生產的最新型防空飛彈，檢驗相關武器系統的綜合戰鬥性能。北韓國務委員會委員長金正恩與勞動黨中央軍事委員會主要成員一同觀摩試射。北韓媒體公開了疑似飛彈命中海上靶標爆炸，以及金正恩對試射結果表示滿意的照片，但北韓媒體未提及具體發射位置和武器系統名稱。',
    published: '2025-03-21',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['朝中社'],
    entities: [
      'kcna', 'north-korea', 'dprk-missile-administration', 'dprk-state-affairs-commission', 'kim-jong-un',
      'workers-party-of-korea', 'wpk-central-military-commission',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20250223-grenell-cpac',
    title: '格雷內爾：川普可以與金正恩見面',
    summary:
      '據《韓聯社》報導，美國總統特使格雷內爾上周五（21 日）強調以對話解決安全問題的必要性，並表示川普總統可以與北韓最高領導人金正恩見面。格雷內爾在馬里蘭州奧克森山舉行的 2025 年保守派政治行動會議上說：「我不認為對話意味著示弱。事實上，我認為對話是實現目標的一種策略。',
    published: '2025-02-23',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['韓聯社'],
    entities: [
      'yonhap', 'united-states', 'richard-grenell', 'donald-trump', 'north-korea', 'kim-jong-un',
      'maryland', 'oxon-hill', 'cpac',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20241219-putin-year-end-press-conference',
    title: '普丁年度記者會談烏克蘭戰爭與北韓派兵',
    summary:
      '俄羅斯總統普丁在年度記者會上，就烏克蘭戰爭、與即將上任的美國總統川普的關係、北韓派兵援助俄羅斯以及其他國際議題發表談話。他宣稱俄軍在烏克蘭前線持續推進，並否認俄羅斯處於弱勢，同時表示願意與川普會面。此外，南韓情報部門則指出已有北韓士兵進入烏克蘭參與戰事，人數可能高達數千，但普丁未具體回答。',
    published: '2024-12-19',
    category: '國際政經',
    topics: ['北韓'],
    sources: [],
    entities: [
      'russia', 'vladimir-putin', 'ukraine', 'united-states', 'donald-trump', 'north-korea', 'south-korea',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20241204-treaty-in-force',
    title: '北韓與俄羅斯《全面戰略夥伴關係條約》生效',
    summary:
      '在美國與南韓指控北韓派兵助俄之際，北韓與俄羅斯《全面戰略夥伴關係條約》周三（4 日）正式生效。北韓與俄羅斯《全面戰略夥伴關係條約》批准書周三在莫斯科交換，北韓外務省副相金正奎和俄羅斯外交部副部長魯登科簽署了批准書交換議定書。依條約第 22 條，《全面戰略夥伴關係條約》周三起生效。',
    published: '2024-12-04',
    category: '國際政經',
    topics: ['北韓'],
    sources: [],
    entities: [
      'united-states', 'south-korea', 'north-korea', 'russia', 'moscow', 'dprk-foreign-ministry',
      'kim-jong-gyu', 'russia-foreign-ministry', 'andrey-rudenko',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20241204-lee-jae-myung-martial-law',
    title: '李在明：尹錫悅恐蓄意刺激北韓挑起衝突',
    summary:
      '南韓最大在野黨共同民主黨主席李在明今（4）日就總統尹錫悅宣佈戒嚴又解嚴一事表示，在認為動用武力實施緊急戒嚴無效時，尹錫悅可能蓄意刺激北韓挑起武裝衝突。今日上午，在位於首爾汝矣島的國會議事堂前，共同民主黨、祖國革新黨、進步黨等在野黨議員和市民團體舉行「尹錫悅總統彈劾推進緊急時局大會」，敦促尹錫悅下台。',
    published: '2024-12-04',
    category: '國際政經',
    topics: ['北韓'],
    sources: [],
    entities: [
      'south-korea', 'democratic-party-of-korea', 'lee-jae-myung', 'yoon-suk-yeol', 'north-korea', 'seoul',
      'yeouido', 'rok-national-assembly', 'rebuilding-korea-party', 'progressive-party-korea',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20241126-trump-team-direct-talks',
    title: '川普團隊討論與金正恩舉行直接會談',
    summary:
      '兩名知情人士透露，美國候任總統川普的團隊正在討論尋求與北韓領導人金正恩「舉行直接會談」，降低武裝衝突的風險。據《路透》周二（26 日）報導，消息人士表示，川普團隊中的一些人現在認為，最有可能讓美國與北韓關係破冰的方法，是讓川普和金正恩直接對話。',
    published: '2024-11-26',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['路透'],
    entities: ['united-states', 'donald-trump', 'north-korea', 'kim-jong-un', 'reuters'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20241121-economic-protocol',
    title: '北韓與俄羅斯簽議定書擴大經濟合作',
    summary:
      '據北韓官媒朝中社周四（21 日）報導，北韓和俄羅斯本周在平壤舉行高層會談後簽署議定書，達成擴大經濟合作的新協議，雙方在面對與華盛頓的對抗時繼續保持一致。朝中社沒有詳細說明合作細節，俄羅斯自然資源和生態部長科茲洛夫（Alexandr Kozlov）率領的代表團，周三與北韓官員進行會談。',
    published: '2024-11-21',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['朝中社'],
    entities: [
      'north-korea', 'kcna', 'russia', 'pyongyang', 'washington-dc', 'russia-natural-resources-ministry',
      'alexander-kozlov',
    ],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20241120-storm-shadow',
    title: '烏軍首度發射英國「暴風影」飛彈攻擊俄境',
    summary:
      '在烏克蘭戰爭爆發 1,000 天之際，據《彭博》周三（20 日）報導，一名匿名西方國家官員透露，烏克蘭軍隊首度發射英國「暴風影」長程飛彈，攻擊俄羅斯境內軍事目標。一名匿名西方國家官員表示，俄羅斯在烏克蘭戰爭中部署北韓部隊，英國政府認為此舉是態勢升級，因此批准烏軍動用「暴風影」巡弋飛彈。',
    published: '2024-11-20',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['彭博'],
    entities: ['ukraine', 'bloomberg', 'united-kingdom', 'russia', 'north-korea'],
    lang: 'zh-Hant-TW',
  },
  {
    id: 'nk-20241120-nis-kim-russia-visit',
    title: '國情院：金正恩可能訪俄 北韓或增兵',
    summary:
      '南韓國家情報院（國情院）周三（20 日）在國會情報委員會全體會議上提出北韓國務委員會委員長金正恩訪問俄羅斯的可能性，並表示北韓可能會增兵。據《韓聯社》報導，國情院就北韓外務相崔善姬 4 日訪俄，並拜會俄羅斯總統普丁，國情院表示，此次會晤並非禮節性拜訪，可能涉及相當敏感的事宜，雙方可能進行密切磋商。',
    published: '2024-11-20',
    category: '國際政經',
    topics: ['北韓'],
    sources: ['韓聯社'],
    entities: [
      'south-korea', 'rok-nis', 'rok-national-assembly', 'north-korea', 'dprk-state-affairs-commission',
      'kim-jong-un', 'russia', 'yonhap', 'choe-son-hui', 'vladimir-putin',
    ],
    lang: 'zh-Hant-TW',
  },
];
