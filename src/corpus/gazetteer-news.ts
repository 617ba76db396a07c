import type {GazetteerEntry} from './gazetteer-types.js';

/**
 * People the beat's news names (North Korea, the peninsula, Russia, the US, Japan, the UN) beyond
 * the bundled corpus, where the regions write their names differently or OpenCC gets one wrong:
 * the corpus's own names are in gazetteer.ts. They convert both ways like the corpus's names, in
 * the text only: they are not entities, so the CDN entry does not carry them (docs/entities.md).
 *
 * `forms` are other spellings a region's outlets use (CNA's 盧比歐 against 聯合報's 魯比歐, the
 * mainland's 卢比奥 beside Xinhua's 鲁比奥): read from that region's text, written as the target's
 * main name. Sources: Taiwan — 中央社 (CNA), 自由時報, 聯合報; Hong Kong — 明報, RTHK, HK01; the
 * mainland — 新华社, 人民日报, 中新社 (docs/variants.md § 7).
 */
export const newsPeople: readonly GazetteerEntry[] = [
  // US
  {id: 'jd-vance', kind: 'person', names: {'zh-TW': '范斯', 'zh-HK': '萬斯', 'zh-CN': '万斯', en: 'JD Vance'}},
  {id: 'marco-rubio', kind: 'person', names: {'zh-TW': '盧比歐', 'zh-HK': '魯比奧', 'zh-CN': '鲁比奥', en: 'Marco Rubio'},
    forms: {'zh-TW': ['魯比歐'], 'zh-HK': ['盧比奧'], 'zh-CN': ['卢比奥']}},
  {id: 'pete-hegseth', kind: 'person', names: {'zh-TW': '赫格塞斯', 'zh-HK': '赫格塞思', 'zh-CN': '赫格塞思', en: 'Pete Hegseth'},
    forms: {'zh-TW': ['赫塞斯'], 'zh-CN': ['赫格塞斯']}},
  {id: 'steve-witkoff', kind: 'person', names: {'zh-TW': '魏科夫', 'zh-HK': '威特科夫', 'zh-CN': '威特科夫', en: 'Steve Witkoff'},
    forms: {'zh-CN': ['维特科夫']}},
  // The White House's spokeswoman: Taiwan 李維特; Hong Kong 萊維特; the mainland 莱维特.
  {id: 'karoline-leavitt', kind: 'person', names: {'zh-TW': '李維特', 'zh-HK': '萊維特', 'zh-CN': '莱维特', en: 'Karoline Leavitt'}},
  // The UN and the IAEA
  {id: 'antonio-guterres', kind: 'person', names: {'zh-TW': '古特瑞斯', 'zh-HK': '古特雷斯', 'zh-CN': '古特雷斯', en: 'António Guterres'}},
  // The Secretary-General's spokesman: Taiwan 杜雅瑞克; Hong Kong 杜雅里克; Xinhua 迪雅里克.
  {id: 'stephane-dujarric', kind: 'person', names: {'zh-TW': '杜雅瑞克', 'zh-HK': '杜雅里克', 'zh-CN': '迪雅里克', en: 'Stéphane Dujarric'}},
  {id: 'rafael-grossi', kind: 'person', names: {'zh-TW': '葛羅西', 'zh-HK': '格羅西', 'zh-CN': '格罗西', en: 'Rafael Grossi'}},
  // Russia and Ukraine
  {id: 'sergei-shoigu', kind: 'person', names: {'zh-TW': '蕭伊古', 'zh-HK': '紹伊古', 'zh-CN': '绍伊古', en: 'Sergei Shoigu'}},
  // The foreign ministry's spokeswoman: Taiwan 札哈洛娃; 扎哈羅娃 / 扎哈罗娃 elsewhere.
  {id: 'maria-zakharova', kind: 'person', names: {'zh-TW': '札哈洛娃', 'zh-HK': '扎哈羅娃', 'zh-CN': '扎哈罗娃', en: 'Maria Zakharova'}},
  {id: 'andrei-belousov', kind: 'person', names: {'zh-TW': '別洛烏索夫', 'zh-HK': '別洛烏索夫', 'zh-CN': '别洛乌索夫', en: 'Andrei Belousov'}},
  {id: 'volodymyr-zelensky', kind: 'person', names: {'zh-TW': '澤倫斯基', 'zh-HK': '澤連斯基', 'zh-CN': '泽连斯基', en: 'Volodymyr Zelensky'},
    forms: {'zh-CN': ['泽伦斯基']}},
  // South Korea: Xinhua writes 韩德洙 for the Hanja 韓悳洙.
  {id: 'han-duck-soo', kind: 'person', names: {'zh-TW': '韓悳洙', 'zh-HK': '韓悳洙', 'zh-CN': '韩德洙', en: 'Han Duck-soo'},
    forms: {'zh-TW': ['韓德洙'], 'zh-HK': ['韓德洙']}},
  {id: 'choi-sang-mok', kind: 'person', names: {'zh-TW': '崔相穆', 'zh-HK': '崔相穆', 'zh-CN': '崔相穆', en: 'Choi Sang-mok'}},
  {id: 'chung-dong-young', kind: 'person', names: {'zh-TW': '鄭東泳', 'zh-HK': '鄭東泳', 'zh-CN': '郑东泳', en: 'Chung Dong-young'}},
  // North Korea: the surname 朴 stays 朴 (OpenCC's Simplified → Traditional makes it 樸).
  {id: 'pak-jong-chon', kind: 'person', names: {'zh-TW': '朴正天', 'zh-HK': '朴正天', 'zh-CN': '朴正天', en: 'Pak Jong Chon'}},
  {id: 'pak-thae-song', kind: 'person', names: {'zh-TW': '朴泰成', 'zh-HK': '朴泰成', 'zh-CN': '朴泰成', en: 'Pak Thae Song'}},
  {id: 'kim-ju-ae', kind: 'person', names: {'zh-TW': '金主愛', 'zh-HK': '金主愛', 'zh-CN': '金主爱', en: 'Kim Ju Ae'}},
  // Japan
  {id: 'sanae-takaichi', kind: 'person', names: {'zh-TW': '高市早苗', 'zh-HK': '高市早苗', 'zh-CN': '高市早苗', en: 'Sanae Takaichi'}},
  {id: 'shigeru-ishiba', kind: 'person', names: {'zh-TW': '石破茂', 'zh-HK': '石破茂', 'zh-CN': '石破茂', en: 'Shigeru Ishiba'}},
  // China
  {id: 'xi-jinping', kind: 'person', names: {'zh-TW': '習近平', 'zh-HK': '習近平', 'zh-CN': '习近平', en: 'Xi Jinping'}},
];
