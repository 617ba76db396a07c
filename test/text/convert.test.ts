// Conversion of real corpus sentences (from the seed text, as Taiwan wrote them), with the output
// each region's readers would write, typed out by hand.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {Article, Variant} from '../../src/core/vocabulary.js';
import {convertArticle, convertText} from '../../src/text/convert.js';
import {converterFor} from '../../src/text/script-converter.js';
import {storeGlossary, type Glossary} from '../../src/text/glossary.js';
import {setGlossary} from '../../src/i18n/variant-store.js';

describe('convertText', () => {
  afterEach(() => setGlossary(undefined));

  describe('Taiwan → mainland', () => {
    const cases: Array<[string, string]> = [
      [
        '即使金正恩與美國總統川普之間的私人關係「還不錯」,但若美國妄想藉此推動北韓棄核,只會淪為「笑柄」。',
        '即使金正恩与美国总统特朗普之间的私人关系“还不错”，但若美国妄想借此推动朝鲜弃核，只会沦为“笑柄”。',
      ],
      [
        '據《朝中社》周五(21 日)報導,北韓飛彈總局周四試射由軍工企業正式開始生產的最新型防空飛彈,檢驗相關武器系統的綜合戰鬥性能。',
        // Corrected: this used to expect 《朝中社》; the mainland writes no 《》 around an agency.
        '据朝中社周五（21日）报道，朝鲜导弹总局周四试射由军工企业正式开始生产的最新型防空导弹，检验相关武器系统的综合战斗性能。',
      ],
      [
        '一名匿名西方國家官員表示，俄羅斯在烏克蘭戰爭中部署北韓部隊，英國政府認為此舉是態勢升級，因此批准烏軍動用「暴風影」巡弋飛彈。',
        '一名匿名西方国家官员表示，俄罗斯在乌克兰战争中部署朝鲜部队，英国政府认为此举是态势升级，因此批准乌军动用“风暴阴影”巡航导弹。',
      ],
      [
        '俄羅斯總統普丁在年度記者會上,就烏克蘭戰爭、與即將上任的美國總統川普的關係、北韓派兵援助俄羅斯以及其他國際議題發表談話。',
        '俄罗斯总统普京在年度记者会上，就乌克兰战争、与即将上任的美国总统特朗普的关系、朝鲜派兵援助俄罗斯以及其他国际议题发表谈话。',
      ],
      [
        '南韓國防部國防情報本部在周日向國會提交的資料中推測,北韓近些年發往俄方的炮彈貨櫃共計約 2.8 萬個',
        '韩国国防部国防情报本部在周日向国会提交的资料中推测，朝鲜近些年发往俄方的炮弹集装箱共计约2.8万个',
      ],
      [
        '兩名知情人士透露,美國候任總統川普的團隊正在討論尋求與北韓領導人金正恩「舉行直接會談」,降低武裝衝突的風險。',
        '两名知情人士透露，美国当选总统特朗普的团队正在讨论寻求与朝鲜领导人金正恩“举行直接会谈”，降低武装冲突的风险。',
      ],
      [
        '《路透》引述北韓官媒報導,北韓領導人金正恩在近期與俄羅斯外長拉夫羅夫(Sergei Lavrov)會晤時公開表態',
        // No 《》 around a news agency on the mainland (corrected: this used to expect 《路透社》).
        '路透社引述朝鲜官方媒体报道，朝鲜领导人金正恩在近期与俄罗斯外长拉夫罗夫（Sergei Lavrov）会晤时公开表态',
      ],
      [
        '拉夫羅夫與北韓外相崔善姬(Choe Son Hui)會談後提到了北韓軍隊在俄羅斯庫斯克地區的部署',
        // North Korea's 外相 is the mainland's 外务相.
        '拉夫罗夫与朝鲜外务相崔善姬（Choe Son Hui）会谈后提到了朝鲜军队在俄罗斯库尔斯克地区的部署',
      ],
      [
        '比如在亞太區域裡行動,因應中國和俄羅斯的威脅?',
        '比如在亚太地区里行动，应对中国和俄罗斯的威胁？',
      ],
      [
        '格雷內爾在馬里蘭州奧克森山舉行的 2025 年保守派政治行動會議上說:「我不認為對話意味著示弱。',
        '格雷内尔在马里兰州奥克森山举行的2025年保守政治行动会议上说：“我不认为对话意味着示弱。',
      ],
    ];
    for (const [tw, cn] of cases) {
      it(tw.slice(0, 16), async () => {
        expect(await convertText(tw, 'zh-TW', 'zh-CN')).to.equal(cn);
      });
    }
  });

  describe('Taiwan → Hong Kong', () => {
    const cases: Array<[string, string]> = [
      [
        '據《朝中社》周五(21 日)報導,北韓飛彈總局周四試射由軍工企業正式開始生產的最新型防空飛彈,檢驗相關武器系統的綜合戰鬥性能。',
        // Corrected: this used to expect 《朝中社》; Hong Kong writes no 《》 around an agency either.
        '據朝中社周五（21日）報道，北韓導彈總局周四試射由軍工企業正式開始生產的最新型防空導彈，檢驗相關武器系統的綜合戰鬥性能。',
      ],
      [
        '俄羅斯總統普丁在年度記者會上,就烏克蘭戰爭、與即將上任的美國總統川普的關係、北韓派兵援助俄羅斯以及其他國際議題發表談話。',
        '俄羅斯總統普京在年度記者會上，就烏克蘭戰爭、與即將上任的美國總統特朗普的關係、北韓派兵援助俄羅斯以及其他國際議題發表談話。',
      ],
      [
        '一名匿名西方國家官員表示，俄羅斯在烏克蘭戰爭中部署北韓部隊，英國政府認為此舉是態勢升級，因此批准烏軍動用「暴風影」巡弋飛彈。',
        '一名匿名西方國家官員表示，俄羅斯在烏克蘭戰爭中部署北韓部隊，英國政府認為此舉是態勢升級，因此批准烏軍動用「風暴之影」巡航導彈。',
      ],
      [
        // Hong Kong glyphs (説, 着) and names (庫爾斯克, 保守政治行動會議), corner brackets kept.
        '格雷內爾在馬里蘭州奧克森山舉行的 2025 年保守派政治行動會議上說:「我不認為對話意味著示弱。',
        '格雷內爾在馬里蘭州奧克森山舉行的2025年保守政治行動會議上説：「我不認為對話意味着示弱。',
      ],
      [
        '拉夫羅夫與北韓外相崔善姬(Choe Son Hui)會談後提到了北韓軍隊在俄羅斯庫斯克地區的部署',
        '拉夫羅夫與北韓外相崔善姬（Choe Son Hui）會談後提到了北韓軍隊在俄羅斯庫爾斯克地區的部署',
      ],
      [
        '比如在亞太區域裡行動,因應中國和俄羅斯的威脅?',
        '比如在亞太地區裏行動，因應中國和俄羅斯的威脅？',
      ],
      [
        '北韓最高領導人金正恩的妹妹、被視為政權發言人的金與正表示,北韓放棄核武計畫的談判只會淪為「笑柄」。',
        '北韓最高領導人金正恩的妹妹、被視為政權發言人的金與正表示，北韓放棄核武計劃的談判只會淪為「笑柄」。',
      ],
    ];
    for (const [tw, hk] of cases) {
      it(tw.slice(0, 16), async () => {
        expect(await convertText(tw, 'zh-TW', 'zh-HK')).to.equal(hk);
      });
    }
  });

  describe('back again', () => {
    it('mainland → Taiwan: names, wording and corner brackets come back', async () => {
      const cn = await convertText('一名匿名西方國家官員表示，俄羅斯在烏克蘭戰爭中部署北韓部隊，英國政府認為此舉是態勢升級，因此批准烏軍動用「暴風影」巡弋飛彈。', 'zh-TW', 'zh-CN');
      expect(await convertText(cn, 'zh-CN', 'zh-TW')).to.equal(
        '一名匿名西方國家官員表示，俄羅斯在烏克蘭戰爭中部署北韓部隊，英國政府認為此舉是態勢升級，因此批准烏軍動用「暴風影」巡弋飛彈。',
      );
    });

    it('mainland → Taiwan of a mainland-written sentence', async () => {
      // Taiwan writes 週 (its standard form), 報導, 飛彈, 北韓, 川普, 普丁 and 「」.
      expect(
        await convertText('据《朝中社》周五报道,朝鲜导弹总局试射新型防空导弹,特朗普和普京未作回应。韩国国家情报院称“朝韩关系”紧张。', 'zh-CN', 'zh-TW'),
      ).to.equal('據《朝中社》週五報導，北韓飛彈總局試射新型防空飛彈，川普和普丁未作回應。南韓國家情報院稱「兩韓關係」緊張。');
    });

    it('mainland → Hong Kong', async () => {
      expect(await convertText('俄罗斯总统普京会见朝鲜外务相崔善姬,朝鲜导弹总局试射远程导弹。', 'zh-CN', 'zh-HK')).to.equal(
        '俄羅斯總統普京會見北韓外務相崔善姬，北韓導彈總局試射遠程導彈。',
      );
    });

    it('Hong Kong → mainland and Hong Kong → Taiwan', async () => {
      const hk = '據路透社報道,特朗普表示北韓試射遠程導彈,南韓情報部門證實。';
      expect(await convertText(hk, 'zh-HK', 'zh-CN')).to.equal('据路透社报道，特朗普表示朝鲜试射远程导弹，韩国情报部门证实。');
      expect(await convertText(hk, 'zh-HK', 'zh-TW')).to.equal('據路透報導，川普表示北韓試射長程飛彈，南韓情報部門證實。');
    });

    it('keeps names inside longer words whole', async () => {
      expect(await convertText('朝鲜半岛局势和朝鲜族民众', 'zh-CN', 'zh-TW')).to.equal('朝鮮半島局勢和朝鮮族民眾');
      expect(await convertText('四川普遍下雨', 'zh-TW', 'zh-CN')).to.equal('四川普遍下雨');
      expect(await convertText('其中原因應該是,他解釋出兵的理由', 'zh-TW', 'zh-CN')).to.equal('其中原因应该是，他解释出兵的理由');
      expect(await convertText('北韓的士兵', 'zh-HK', 'zh-TW')).to.equal('北韓的士兵');
      // A Taiwanese text that already writes the agency out does not get a second 社.
      expect(await convertText('據路透社報導', 'zh-TW', 'zh-CN')).to.equal('据路透社报道');
    });
  });

  describe('news agencies lose their book-title marks on the mainland and in Hong Kong', () => {
    // Taiwan writes 據《路透》報導; mainland and Hong Kong style name an agency without 《》
    // (据路透社报道, 據路透社報道) and keep 《》 for publications (《劳动新闻》, 《国防时报》).
    const cases: Array<[string, string, string]> = [
      [
        '根據《路透》報導,北韓最高領導人金正恩的妹妹、被視為政權發言人的金與正強硬表示',
        '根据路透社报道，朝鲜最高领导人金正恩的妹妹、被视为政权发言人的金与正强硬表示',
        '根據路透社報道，北韓最高領導人金正恩的妹妹、被視為政權發言人的金與正強硬表示',
      ],
      [
        // Hong Kong names Bloomberg 彭博, as the gazetteer has it; the mainland 彭博社.
        '根據《彭博》報導,拉夫羅夫與北韓外相崔善姬(Choe Son Hui)會談後提到了北韓軍隊在俄羅斯庫斯克地區的部署',
        '根据彭博社报道，拉夫罗夫与朝鲜外务相崔善姬（Choe Son Hui）会谈后提到了朝鲜军队在俄罗斯库尔斯克地区的部署',
        '根據彭博報道，拉夫羅夫與北韓外相崔善姬（Choe Son Hui）會談後提到了北韓軍隊在俄羅斯庫爾斯克地區的部署',
      ],
      [
        '據《韓聯社》報導,北韓將 1.5 萬名士兵分兩批派至俄羅斯邊境州庫斯克參戰,其中 4,100 人受傷,600 人陣亡。',
        '据韩联社报道，朝鲜将1.5万名士兵分两批派至俄罗斯边境州库尔斯克参战，其中4100人受伤，600人阵亡。',
        '據韓聯社報道，北韓將1.5萬名士兵分兩批派至俄羅斯邊境州庫爾斯克參戰，其中4,100人受傷，600人陣亡。',
      ],
      [
        // The agency loses its 《》; the newspaper keeps them.
        '據《朝中社》周一(28 日)報導,北韓勞動黨中央軍事委員會前一天向《勞動新聞》等官媒發送書面立場文件,首度證實向俄羅斯派兵,參加烏克蘭戰爭。',
        '据朝中社周一（28日）报道，朝鲜劳动党中央军事委员会前一天向《劳动新闻》等官方媒体发送书面立场文件，首度证实向俄罗斯派兵，参加乌克兰战争。',
        '據朝中社周一（28日）報道，北韓勞動黨中央軍事委員會前一天向《勞動新聞》等官媒發送書面立場文件，首度證實向俄羅斯派兵，參加烏克蘭戰爭。',
      ],
      [
        '據《國防時報》周日(25 日)報導,北韓與俄羅斯《全面戰略夥伴關係條約》周三起生效。',
        '据《国防时报》周日（25日）报道，朝鲜与俄罗斯《全面战略伙伴关系条约》周三起生效。',
        '據《國防時報》周日（25日）報道，北韓與俄羅斯《全面戰略夥伴關係條約》周三起生效。',
      ],
      // Agencies beyond the corpus, as sites' own Taiwanese news writes them (衞 is Hong Kong's glyph).
      [
        '據《法新社》報導,北韓周二向日本海發射彈道飛彈,《共同社》與《美聯社》也引述日本防衛省說法。',
        '据法新社报道，朝鲜周二向日本海发射弹道导弹，共同社与美联社也引述日本防卫省说法。',
        '據法新社報道，北韓周二向日本海發射彈道導彈，共同社與美聯社也引述日本防衞省説法。',
      ],
      [
        '《新華社》與《塔斯社》報導了普丁與金正恩的會談,《勞動新聞》則刊登照片。',
        '新华社与塔斯社报道了普京与金正恩的会谈，《劳动新闻》则刊登照片。',
        '新華社與塔斯社報道了普京與金正恩的會談，《勞動新聞》則刊登照片。',
      ],
      [
        // Written out in Taiwan (《彭博社》, 《路透社》): the region's name, without 《》 or a second 社.
        '《彭博社》與《路透社》報導',
        '彭博社与路透社报道',
        '彭博與路透社報道',
      ],
    ];
    for (const [tw, cn, hk] of cases) {
      it(tw.slice(0, 16), async () => {
        expect(await convertText(tw, 'zh-TW', 'zh-CN')).to.equal(cn);
        expect(await convertText(tw, 'zh-TW', 'zh-HK')).to.equal(hk);
      });
    }

    it('from Hong Kong to the mainland, and between the two', async () => {
      expect(await convertText('據《韓聯社》報道,彭博社也報道了', 'zh-HK', 'zh-CN')).to.equal('据韩联社报道，彭博社也报道了');
      expect(await convertText('据《新华社》报道,《劳动新闻》刊登', 'zh-CN', 'zh-HK')).to.equal('據新華社報道，《勞動新聞》刊登');
    });

    it('leaves Taiwan’s output alone and does not add 《》 back', async () => {
      expect(await convertText('據《韓聯社》報道', 'zh-HK', 'zh-TW')).to.equal('據《韓聯社》報導');
      expect(await convertText('据《新华社》报道', 'zh-CN', 'zh-TW')).to.equal('據《新華社》報導');
      expect(await convertText('据路透社报道,彭博社也报道了', 'zh-CN', 'zh-TW')).to.equal('據路透報導，彭博也報導了');
      expect(await convertText('據路透社報道', 'zh-HK', 'zh-TW')).to.equal('據路透報導');
    });

    it('keeps 《》 around anything that is not exactly an agency', async () => {
      expect(await convertText('《韓聯社特稿》與《朝中社評論》', 'zh-TW', 'zh-CN')).to.equal('《韩联社特稿》与《朝中社评论》');
      expect(await convertText('《韓聯社特稿》與《朝中社評論》', 'zh-TW', 'zh-HK')).to.equal('《韓聯社特稿》與《朝中社評論》');
    });
  });

  it('returns the text itself for the same variant, and empty text as is', async () => {
    const text = '北韓飛彈「川普」';
    expect(await convertText(text, 'zh-TW', 'zh-TW')).to.equal(text);
    expect(await convertText('', 'zh-TW', 'zh-CN')).to.equal('');
  });

  it('passes private-use characters through and leaves no source name or mark around them', async () => {
    const pua = String.fromCodePoint(0x100000);
    expect(await convertText(`${pua}川普${pua}`, 'zh-TW', 'zh-CN')).to.equal(`${pua}特朗普${pua}`);
    const pieces = fc.constantFrom('北韓', '川普', '普丁', '飛彈', '「', '」', '報導', '南韓國防部', '的', 'a', ' ', '說');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, {maxLength: 30}), fc.constantFrom<Variant>('zh-HK', 'zh-CN'), async (parts, to) => {
        const out = await convertText(parts.join(''), 'zh-TW', to);
        expect(out).not.to.match(/[\u{100000}-\u{10FFFD}]/u);
        expect(out).not.to.match(/川普|普丁|飛彈/);
        if (to === 'zh-CN') expect(out).not.to.match(/[「」]/);
      }),
      {numRuns: 60},
    );
  });

  describe('glossary', () => {
    const glossary: Glossary = [{'zh-TW': '國防時報', 'zh-CN': '国防日报'}, {'zh-TW': '金穹', 'zh-HK': '金色穹頂', 'zh-CN': '金色穹顶'}];

    it('a site glossary wins over the built-in names and applies both ways', async () => {
      expect(await convertText('據《國防時報》報導,「金穹」飛彈防禦系統', 'zh-TW', 'zh-CN', glossary)).to.equal(
        '据《国防日报》报道，“金色穹顶”导弹防御系统',
      );
      expect(await convertText('据《国防日报》报道', 'zh-CN', 'zh-TW', glossary)).to.equal('據《國防時報》報導');
      // No Hong Kong form given: the Taiwan form stands in.
      expect(await convertText('《國防時報》', 'zh-TW', 'zh-HK', glossary)).to.equal('《國防時報》');
    });

    it('setGlossary applies page-wide; an element glossary wins over it', async () => {
      setGlossary([{'zh-TW': '金穹', 'zh-CN': '金顶'}]);
      expect(await convertText('「金穹」', 'zh-TW', 'zh-CN')).to.equal('“金顶”');
      expect(await convertText('「金穹」', 'zh-TW', 'zh-CN', glossary)).to.equal('“金色穹顶”');
      setGlossary(undefined);
      expect(await convertText('「金穹」', 'zh-TW', 'zh-CN')).to.equal('“金穹”');
    });

    it('setGlossary reaches a second copy of the library on the page (npm build and CDN bundle)', async () => {
      // Another URL is another module instance, as the CDN bundle's copy of glossary.ts would be.
      const url = new URL('../../src/text/glossary.ts?second-copy', import.meta.url).href;
      const copy = (await import(url)) as typeof import('../../src/text/glossary.js');
      expect(copy.storeGlossary).not.to.equal(storeGlossary);
      const pairs: Glossary = [{'zh-TW': '金穹', 'zh-CN': '金顶'}];
      copy.storeGlossary(pairs);
      expect(await convertText('「金穹」', 'zh-TW', 'zh-CN')).to.equal('“金顶”');
      setGlossary(undefined);
      expect(copy.getGlossary()).to.equal(undefined);
    });
  });
});

describe('converterFor', () => {
  it('builds each direction once and shares it, even when asked concurrently', async () => {
    const [a, b] = await Promise.all([converterFor('zh-TW', 'zh-HK'), converterFor('zh-TW', 'zh-HK')]);
    expect(a).to.equal(b);
    expect(await converterFor('zh-TW', 'zh-HK')).to.equal(a);
    expect(await converterFor('zh-TW', 'zh-CN')).not.to.equal(a);
  });
});

describe('convertArticle', () => {
  const article: Article = {
    id: 'nk-test',
    title: '北韓飛彈總局試射最新型防空飛彈',
    summary: '《路透》報導,川普表示願意與金正恩「直接會談」。',
    body: '俄羅斯總統普丁與北韓簽署條約。',
    image: {url: 'https://example.com/a.jpg', alt: '北韓試射飛彈'},
    published: '2025-03-21',
    category: '國際政經',
    topics: ['飛彈試射'],
    sources: ['路透', '韓聯社'],
    entities: ['north-korea', 'donald-trump'],
    lang: 'zh-Hant-TW',
  };

  it('converts every text field shown and sets lang, and leaves the body as given', async () => {
    const cn = await convertArticle(article, 'zh-CN');
    expect(cn).to.deep.equal({
      ...article,
      title: '朝鲜导弹总局试射最新型防空导弹',
      // Corrected: this used to expect 《路透社》; the mainland writes no 《》 around an agency.
      summary: '路透社报道，特朗普表示愿意与金正恩“直接会谈”。',
      // Nothing shows a body, so it is not converted (src/text/convert.ts, articleIn).
      image: {url: 'https://example.com/a.jpg', alt: '朝鲜试射导弹'},
      category: '国际政经',
      topics: ['导弹试射'],
      sources: ['路透社', '韩联社'],
      lang: 'zh-Hans-CN',
    });
    const hk = await convertArticle(article, 'zh-HK');
    expect(hk.title).to.equal('北韓導彈總局試射最新型防空導彈');
    expect(hk.summary).to.equal('路透社報道，特朗普表示願意與金正恩「直接會談」。');
    expect(hk.sources).to.deep.equal(['路透社', '韓聯社']);
    expect(hk.lang).to.equal('zh-Hant-HK');
    expect(article.title, 'the source article is untouched').to.equal('北韓飛彈總局試射最新型防空飛彈');
  });

  it('returns the same object for its own variant or a non-Chinese article', async () => {
    expect(await convertArticle(article, 'zh-TW')).to.equal(article);
    const english = {...article, lang: 'en'};
    expect(await convertArticle(english, 'zh-CN')).to.equal(english);
  });

  it('caches per article, variant and glossary', async () => {
    const first = await convertArticle(article, 'zh-CN');
    expect(await convertArticle(article, 'zh-CN')).to.equal(first);
    expect(await convertArticle({...article}, 'zh-CN')).not.to.equal(first);
    const glossary: Glossary = [{'zh-TW': '國際政經', 'zh-CN': '国际'}];
    const withGlossary = await convertArticle(article, 'zh-CN', glossary);
    expect(withGlossary.category).to.equal('国际');
    expect(await convertArticle(article, 'zh-CN', glossary)).to.equal(withGlossary);
    setGlossary([{'zh-TW': '國際政經', 'zh-CN': '国际政治经济'}]);
    expect((await convertArticle(article, 'zh-CN')).category).to.equal('国际政治经济');
    setGlossary(undefined);
  });
});
