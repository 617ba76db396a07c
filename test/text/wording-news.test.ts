// The news vocabulary and names beyond the bundled corpus: sentences written for these tests in the
// style of Taiwanese wire copy (CNA, 自由時報, 聯合報), not taken from the corpus, with the Hong Kong
// and mainland versions typed out by hand as RTHK or 明報 and Xinhua or 人民日报 would write them.
import {expect} from '@open-wc/testing';
import {convertText} from '../../src/text/convert.js';

/** Taiwan, Hong Kong, mainland. */
type Case = [string, string, string];

const cases: Case[] = [
  [
    // 固態燃料, 飛彈 inside 洲際彈道飛彈; 南韓 from the gazetteer.
    '北韓14日試射一枚採用固態燃料的新型洲際彈道飛彈，南韓聯合參謀本部表示，飛彈飛行約1,000公里後落入日本海。',
    '北韓14日試射一枚採用固體燃料的新型洲際彈道導彈，南韓聯合參謀本部表示，導彈飛行約1,000公里後落入日本海。',
    '朝鲜14日试射一枚采用固体燃料的新型洲际弹道导弹，韩国联合参谋本部表示，导弹飞行约1000公里后落入日本海。',
  ],
  [
    // 參謀首長聯席會議, 視訊, 延伸嚇阻.
    '美國參謀首長聯席會議主席與南韓、日本軍方高層舉行視訊會議，重申對南韓的延伸嚇阻承諾。',
    '美國參謀長聯席會議主席與南韓、日本軍方高層舉行視像會議，重申對南韓的延伸威懾承諾。',
    '美国参谋长联席会议主席与韩国、日本军方高层举行视频会议，重申对韩国的延伸威慑承诺。',
  ],
  [
    // 古特瑞斯, 非核化, 國際原子能總署; 安理會 and 寧邊 are alike everywhere.
    '聯合國秘書長古特瑞斯呼籲北韓遵守安理會決議，朝完全且可驗證的非核化邁進；國際原子能總署則指出，寧邊的鈾濃縮設施仍在運轉。',
    '聯合國秘書長古特雷斯呼籲北韓遵守安理會決議，朝完全且可驗證的無核化邁進；國際原子能機構則指出，寧邊的鈾濃縮設施仍在運轉。',
    '联合国秘书长古特雷斯呼吁朝鲜遵守安理会决议，朝完全且可验证的无核化迈进；国际原子能机构则指出，宁边的铀浓缩设施仍在运转。',
  ],
  [
    // 蕭伊古; 海參崴 stays in Hong Kong and is 符拉迪沃斯托克 on the mainland.
    '俄羅斯國家安全會議秘書蕭伊古抵達平壤，預計與金正恩討論東方經濟論壇期間在海參崴達成的協議。',
    '俄羅斯國家安全會議秘書紹伊古抵達平壤，預計與金正恩討論東方經濟論壇期間在海參崴達成的協議。',
    '俄罗斯国家安全会议秘书绍伊古抵达平壤，预计与金正恩讨论东方经济论坛期间在符拉迪沃斯托克达成的协议。',
  ],
  [
    // European leaders; 庫斯克 from the gazetteer.
    '澤倫斯基與馬克宏、梅爾茨及施凱爾在倫敦會面後表示，北韓士兵仍在庫斯克前線作戰。',
    '澤連斯基與馬克龍、默茨及施紀賢在倫敦會面後表示，北韓士兵仍在庫爾斯克前線作戰。',
    '泽连斯基与马克龙、默茨及斯塔默在伦敦会面后表示，朝鲜士兵仍在库尔斯克前线作战。',
  ],
  [
    // CNA's own forms (盧比歐, 蒲亭) next to 魏科夫 and 沙烏地.
    '川普特使魏科夫與國務卿盧比歐抵達沙烏地阿拉伯，與俄方代表就烏克蘭停火進行會談，蒲亭則未出席。',
    '特朗普特使威特科夫與國務卿魯比奧抵達沙特阿拉伯，與俄方代表就烏克蘭停火進行會談，普京則未出席。',
    '特朗普特使威特科夫与国务卿鲁比奥抵达沙特阿拉伯，与俄方代表就乌克兰停火进行会谈，普京则未出席。',
  ],
  [
    // 赫格塞斯, 五角大廈, 澳洲 (Hong Kong keeps it), 紐西蘭, 東協.
    '美國國防部長赫格塞斯在五角大廈表示，將與澳洲、紐西蘭及東協國家擴大聯合軍演。',
    '美國國防部長赫格塞思在五角大樓表示，將與澳洲、新西蘭及東盟國家擴大聯合軍演。',
    '美国国防部长赫格塞思在五角大楼表示，将与澳大利亚、新西兰及东盟国家扩大联合军演。',
  ],
  [
    // 七大工業國集團, 義大利, 加薩走廊.
    '七大工業國集團外長在義大利發表聲明，譴責北韓向俄羅斯提供彈藥，並關切加薩走廊的人道危機。',
    '七國集團外長在意大利發表聲明，譴責北韓向俄羅斯提供彈藥，並關切加沙地帶的人道危機。',
    '七国集团外长在意大利发表声明，谴责朝鲜向俄罗斯提供弹药，并关切加沙地带的人道危机。',
  ],
  [
    // 杜拜 (Hong Kong keeps it), 卡達, Taiwan's short 阿聯.
    '北韓駭客竊取的加密貨幣經由杜拜、卡達與阿聯的交易所洗錢，美國財政部已宣布制裁相關人士。',
    '北韓黑客竊取的加密貨幣經由杜拜、卡塔爾與阿聯酋的交易所洗錢，美國財政部已宣佈制裁相關人士。',
    '朝鲜黑客窃取的加密货币经由迪拜、卡塔尔与阿联酋的交易所洗钱，美国财政部已宣布制裁相关人士。',
  ],
  [
    // Rates and growth: 降息 / 減息, 聯準會, 升息, 經濟成長, 國內生產毛額, 成長率.
    '南韓央行宣布降息0.25個百分點，以因應聯準會升息與經濟成長放緩，今年國內生產毛額成長率預估降至1.5%。',
    '南韓央行宣佈減息0.25個百分點，以因應聯儲局加息與經濟增長放緩，今年國內生產總值增長率預估降至1.5%。',
    '韩国央行宣布降息0.25个百分点，以应对美联储加息与经济增长放缓，今年国内生产总值增长率预估降至1.5%。',
  ],
  [
    // 衛星影像, 公尺; Hong Kong's glyph 衞.
    '北韓在東倉里的衛星發射場完成新一輪引擎測試，衛星影像顯示，發射台附近出現一座長約50公尺的新建築。',
    '北韓在東倉里的衞星發射場完成新一輪引擎測試，衞星圖像顯示，發射台附近出現一座長約50米的新建築。',
    '朝鲜在东仓里的卫星发射场完成新一轮引擎测试，卫星图像显示，发射台附近出现一座长约50米的新建筑。',
  ],
  [
    // 巡防艦, 浬, 主力戰車, 反戰車; the existing 神盾艦 and 潛艦.
    '南韓海軍的巡防艦與美軍神盾艦在距離海岸12浬處追蹤北韓潛艦，南韓也將以主力戰車與反戰車飛彈加強非軍事區防務。',
    '南韓海軍的護衞艦與美軍宙斯盾艦在距離海岸12海里處追蹤北韓潛艇，南韓也將以主戰坦克與反坦克導彈加強非軍事區防務。',
    '韩国海军的护卫舰与美军宙斯盾舰在距离海岸12海里处追踪朝鲜潜艇，韩国也将以主战坦克与反坦克导弹加强非军事区防务。',
  ],
  [
    // US presidents and candidates: Hong Kong's own 布殊 and 賀錦麗.
    '前總統歐巴馬與柯林頓、布希都曾試圖透過談判說服北韓棄核，賀錦麗與范斯則在競選期間對北韓政策著墨不多。',
    '前總統奧巴馬與克林頓、布殊都曾試圖透過談判説服北韓棄核，賀錦麗與萬斯則在競選期間對北韓政策着墨不多。',
    '前总统奥巴马与克林顿、布什都曾试图通过谈判说服朝鲜弃核，哈里斯与万斯则在竞选期间对朝政策着墨不多。',
  ],
  [
    '土耳其總統艾爾段在伊斯坦堡表示，願意在以色列總理納坦雅胡與哈瑪斯之間斡旋。',
    '土耳其總統埃爾多安在伊斯坦布爾表示，願意在以色列總理內塔尼亞胡與哈馬斯之間斡旋。',
    '土耳其总统埃尔多安在伊斯坦布尔表示，愿意在以色列总理内塔尼亚胡与哈马斯之间斡旋。',
  ],
  [
    '北韓勞工被派往寮國、肯亞、奈及利亞、坦尚尼亞與辛巴威等國從事建築工作。',
    '北韓勞工被派往老撾、肯尼亞、尼日利亞、坦桑尼亞與津巴布韋等國從事建築工作。',
    '朝鲜劳工被派往老挝、肯尼亚、尼日利亚、坦桑尼亚与津巴布韦等国从事建筑工作。',
  ],
  [
    '日本首相在雪梨與澳洲總理會談，雙方同意在亞太經合會框架下加強合作。',
    '日本首相在悉尼與澳洲總理會談，雙方同意在亞太經合組織框架下加強合作。',
    '日本首相在悉尼与澳大利亚总理会谈，双方同意在亚太经合组织框架下加强合作。',
  ],
  [
    '歐盟外長在賽普勒斯開會，討論克羅埃西亞、喬治亞與亞塞拜然的能源安全。',
    '歐盟外長在塞浦路斯開會，討論克羅地亞、格魯吉亞與阿塞拜疆的能源安全。',
    '欧盟外长在塞浦路斯开会，讨论克罗地亚、格鲁吉亚与阿塞拜疆的能源安全。',
  ],
  [
    // 奈米, 資訊科技 and 資訊戰 (to the mainland only), 社群媒體, 訊息.
    '2奈米晶片與資訊科技供應鏈成為各國角力焦點，北韓也被指發動資訊戰，在社群媒體散播假訊息。',
    '2納米晶片與資訊科技供應鏈成為各國角力焦點，北韓也被指發動資訊戰，在社交媒體散播假訊息。',
    '2纳米芯片与信息技术供应链成为各国角力焦点，朝鲜也被指发动信息战，在社交媒体散播假信息。',
  ],
  [
    // Terms the three regions write alike: only the characters change.
    '據報導，美國參議院通過法案，國務卿在記者會上談及脫北者、板門店與豐溪里。',
    '據報道，美國參議院通過法案，國務卿在記者會上談及脱北者、板門店與豐溪里。',
    '据报道，美国参议院通过法案，国务卿在记者会上谈及脱北者、板门店与丰溪里。',
  ],
];

describe('news wording beyond the corpus', () => {
  describe('Taiwan → Hong Kong and mainland', () => {
    for (const [tw, hk, cn] of cases) {
      it(tw.slice(0, 16), async () => {
        expect(await convertText(tw, 'zh-TW', 'zh-HK')).to.equal(hk);
        expect(await convertText(tw, 'zh-TW', 'zh-CN')).to.equal(cn);
      });
    }
  });

  describe('back again', () => {
    it('two-way terms and names come back to Taiwan unchanged', async () => {
      for (const [tw, hk, cn] of [cases[4]!, cases[6]!, cases[13]!, cases[14]!, cases[16]!]) {
        expect(await convertText(cn, 'zh-CN', 'zh-TW'), cn).to.equal(tw);
        expect(await convertText(hk, 'zh-HK', 'zh-TW'), hk).to.equal(tw);
      }
      // From Hong Kong only: the mainland's 哈里斯, 万斯, 布什 and 应对 are not taken back (see wording.ts).
      for (const [tw, hk] of [cases[9]!, cases[12]!]) {
        expect(await convertText(hk, 'zh-HK', 'zh-TW'), hk).to.equal(tw);
      }
    });

    it('Taiwan’s less common forms come back as its most common one', async () => {
      // CNA's 蒲亭 → 普丁 (the gazetteer's Taiwanese name); CNA's 盧比歐 is the Taiwanese name
      // (src/corpus/gazetteer-news.ts), 聯合報's 魯比歐 comes back as it.
      expect(await convertText(cases[5]![2], 'zh-CN', 'zh-TW')).to.equal(
        '川普特使魏科夫與國務卿盧比歐抵達沙烏地阿拉伯，與俄方代表就烏克蘭停火進行會談，普丁則未出席。',
      );
      expect(await convertText('聯合報：國務卿魯比歐', 'zh-TW', 'zh-CN')).to.equal('联合报：国务卿鲁比奥');
      expect(await convertText('以色列總理尼坦雅胡與土耳其總統艾多根通話', 'zh-TW', 'zh-CN')).to.equal(
        '以色列总理内塔尼亚胡与土耳其总统埃尔多安通话',
      );
    });

    it('a mainland-written sentence in Taiwan’s and Hong Kong’s wording', async () => {
      const cn = '据新华社报道，美联储降息后经济增长放缓，国内生产总值增长率降至1.5%,卫星图像显示朝鲜仍在扩建东仓里发射场。';
      expect(await convertText(cn, 'zh-CN', 'zh-TW')).to.equal(
        '據新華社報導，聯準會降息後經濟成長放緩，國內生產毛額成長率降至1.5%，衛星影像顯示北韓仍在擴建東倉里發射場。',
      );
      expect(await convertText(cn, 'zh-CN', 'zh-HK')).to.equal(
        '據新華社報道，聯儲局減息後經濟增長放緩，國內生產總值增長率降至1.5%，衞星圖像顯示北韓仍在擴建東倉里發射場。',
      );
    });

    it('a Hong Kong-written sentence in Taiwan’s and the mainland’s wording', async () => {
      const hk = '聯儲局宣布減息後，東盟國家與新西蘭、意大利及沙特阿拉伯外長在三藩市會面。';
      expect(await convertText(hk, 'zh-HK', 'zh-TW')).to.equal(
        '聯準會宣布降息後，東協國家與紐西蘭、義大利及沙烏地阿拉伯外長在舊金山會面。',
      );
      expect(await convertText(hk, 'zh-HK', 'zh-CN')).to.equal(
        '美联储宣布降息后，东盟国家与新西兰、意大利及沙特阿拉伯外长在旧金山会面。',
      );
    });
  });

  describe('short terms inside other words are left alone', () => {
    it('from Taiwan', async () => {
      // 數位官員 is "several officials"; 中東協議, 廣東協會 and 遠東協調 are not ASEAN's; the US state
      // 喬治亞州 is not the country; a Taiwanese 阿聯酋 gets no second 酋; the war chariot is an idiom.
      const tw = '數位官員表示，中東協議與廣東協會、遠東協調中心無關，美國喬治亞州的阿聯酋商會也不願被綁上美國戰車。';
      expect(await convertText(tw, 'zh-TW', 'zh-CN')).to.equal(
        '数位官员表示，中东协议与广东协会、远东协调中心无关，美国佐治亚州的阿联酋商会也不愿被绑上美国战车。',
      );
      expect(await convertText(tw, 'zh-TW', 'zh-HK')).to.equal(
        '數位官員表示，中東協議與廣東協會、遠東協調中心無關，美國喬治亞州的阿聯酋商會也不願被綁上美國戰車。',
      );
      // 成長 on its own (growing up), 資訊 on its own (资讯 on the mainland too), 公分母; ASEAN's own
      // 會議 and 會員國 still convert.
      expect(await convertText('孩子成長的環境、最新資訊與公分母；東協會議與東協會員國', 'zh-TW', 'zh-CN')).to.equal(
        '孩子成长的环境、最新资讯与公分母；东盟会议与东盟成员国',
      );
    });

    it('from the mainland', async () => {
      // Another Harris (the former US ambassador in Seoul), 万斯 inside 一万斯里兰卡卢比, and the pear
      // 雪梨 are not Taiwan's 賀錦麗, 范斯 and Sydney; 朝鲜 inside the names of a Seoul daily and
      // Pyongyang's television is not 北韓.
      expect(
        await convertText('美国前驻韩大使哈里斯捐出一万斯里兰卡卢比。朝鲜日报援引朝鲜中央电视台报道。冰糖炖雪梨', 'zh-CN', 'zh-TW'),
      ).to.equal('美國前駐韓大使哈里斯捐出一萬斯里蘭卡盧比。朝鮮日報援引朝鮮中央電視台報導。冰糖燉雪梨');
      // The mainland's 视频 is Taiwan's 影片 (not 視訊), its 悉尼 is 雪梨.
      expect(await convertText('悉尼的网络视频', 'zh-CN', 'zh-TW')).to.equal('雪梨的網路影片');
    });
  });
});
