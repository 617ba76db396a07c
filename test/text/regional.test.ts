// Issue 10's classes of error, each with cases beyond the ones the editor saw: North Korea's offices
// by region, wording that depends on context, Simplified sources in Taiwan's and Hong Kong's words,
// outlets that keep their names, and typography after conversion in every direction.
import {expect} from '@open-wc/testing';
import type {Article} from '../../src/core/vocabulary.js';
import {convertArticle, convertSourceName, convertText} from '../../src/text/convert.js';

describe('regional wording (issue 10)', () => {
  describe('North Korea’s offices and titles', () => {
    const tw = '北韓外交部對美國提出強烈譴責，北韓國防部長與北韓外長會面，北韓外相崔善姬隨行，日本外相也出席。';
    it('the mainland writes 外务省, 外务相, 国防相; Japan’s 外相 stays', async () => {
      expect(await convertText(tw, 'zh-TW', 'zh-CN')).to.equal(
        '朝鲜外务省对美国提出强烈谴责，朝鲜国防相与朝鲜外务相会面，朝鲜外务相崔善姬随行，日本外相也出席。',
      );
    });
    it('Hong Kong writes 北韓外務省 and 北韓國防相, and keeps 外長 and 外相', async () => {
      expect(await convertText(tw, 'zh-TW', 'zh-HK')).to.equal(
        '北韓外務省對美國提出強烈譴責，北韓國防相與北韓外長會面，北韓外相崔善姬隨行，日本外相也出席。',
      );
    });
    it('the ministry’s own name and its deputy minister need no change but script', async () => {
      expect(await convertText('北韓外務省副相金正奎', 'zh-TW', 'zh-CN')).to.equal('朝鲜外务省副相金正奎');
      // A mainland 朝鲜外务省 comes back as Taiwan's 北韓外務省, not as the corpus's 北韓外交部.
      expect(await convertText('朝鲜外务省发言人', 'zh-CN', 'zh-TW')).to.equal('北韓外務省發言人');
    });
  });

  describe('wording that depends on context', () => {
    it('a position is shown on the mainland (亮明), goodwill is still released (释放)', async () => {
      expect(await convertText('北韓再度釋出對美強硬立場，也釋出和解態度，並釋出善意。', 'zh-TW', 'zh-CN')).to.equal(
        '朝鲜再度亮明对美强硬立场，也亮明和解态度，并释放善意。',
      );
      // Not across a clause, and Hong Kong keeps 釋出.
      expect(await convertText('北韓釋出訊號，美國堅持立場', 'zh-TW', 'zh-CN')).to.equal('朝鲜释放信号，美国坚持立场');
      expect(await convertText('釋出對美強硬立場', 'zh-TW', 'zh-HK')).to.equal('釋出對美強硬立場');
    });
    it('亞太區域 and 印太區域 as regions', async () => {
      expect(await convertText('在亞太區域與印太區域', 'zh-TW', 'zh-CN')).to.equal('在亚太地区与印太地区');
      expect(await convertText('在亞太區域與印太區域', 'zh-TW', 'zh-HK')).to.equal('在亞太地區與印太地區');
    });
  });

  describe('a Simplified source in Taiwan’s and Hong Kong’s words', () => {
    const cn = '两国领导人举行视频会议，并通过视频连线发布联合声明。台湾外交部宣布，台北与台中下台的官员公布了分布图。台风过境。';
    // 通过 before a channel (视频连线) is "by means of": 透過.
    it('Taiwan: 視訊, 布, 台', async () => {
      expect(await convertText(cn, 'zh-CN', 'zh-TW')).to.equal(
        '兩國領導人舉行視訊會議，並透過視訊連線發布聯合聲明。台灣外交部宣布，台北與台中下台的官員公布了分布圖。颱風過境。',
      );
    });
    it('Hong Kong: 視像, 佈, 台', async () => {
      expect(await convertText(cn, 'zh-CN', 'zh-HK')).to.equal(
        '兩國領導人舉行視像會議，並透過視像連線發佈聯合聲明。台灣外交部宣佈，台北與台中下台的官員公佈了分佈圖。颱風過境。',
      );
    });
    it('a mainland 视频 that is not a call is still Taiwan’s 影片', async () => {
      expect(await convertText('朝中社公布试射视频', 'zh-CN', 'zh-TW')).to.equal('朝中社公布試射影片');
    });
    it('Hong Kong’s 宣佈 and 視像 in Taiwan, Taiwan’s 宣布 in Hong Kong', async () => {
      expect(await convertText('金汝貞出席視像會議，宣佈決定', 'zh-HK', 'zh-TW')).to.equal('金與正出席視訊會議，宣布決定');
      expect(await convertText('南韓央行宣布降息，政府發布公告並公布數據', 'zh-TW', 'zh-HK')).to.equal(
        '南韓央行宣佈減息，政府發佈公告並公佈數據',
      );
    });
    it('names in every common mainland spelling come back as Taiwan writes them', async () => {
      const names: Array<[string, string]> = [
        ['泽连斯基', '澤倫斯基'], ['泽伦斯基', '澤倫斯基'], ['肖尔茨', '蕭茲'], ['朔尔茨', '蕭茲'],
        ['鲁比奥', '盧比歐'], ['卢比奥', '盧比歐'], ['卢卡申科', '魯卡申柯'], ['卢卡申柯', '魯卡申柯'],
        ['赫格塞思', '赫格塞斯'], ['赫格塞斯', '赫格塞斯'], ['威特科夫', '魏科夫'], ['维特科夫', '魏科夫'],
        ['金与正', '金與正'], ['金汝贞', '金與正'], ['特朗普', '川普'], ['普京', '普丁'],
        ['梅德韦杰夫', '梅德維傑夫'], ['蓬佩奥', '龐培歐'], ['沙利文', '蘇利文'], ['博尔顿', '波頓'],
        ['佩洛西', '裴洛西'], ['默克尔', '梅克爾'], ['特鲁多', '杜魯道'], ['马杜罗', '馬杜洛'],
      ];
      for (const [cn, tw] of names) expect(await convertText(`${cn}表示`, 'zh-CN', 'zh-TW'), cn).to.equal(`${tw}表示`);
    });
  });

  describe('outlets keep their names', () => {
    const article: Article = {
      id: 'cn-feed',
      title: '朝鲜试射导弹',
      summary: '据朝鲜新闻报道，朝鲜试射导弹。',
      published: '2025-03-01',
      topics: [],
      sources: ['朝鲜新闻', '路透社', '新华社', 'NK News', '台湾日报'],
      entities: [],
      lang: 'zh-Hans-CN',
    };
    it('a Simplified feed’s sources change script, not wording', async () => {
      const tw = await convertArticle(article, 'zh-TW');
      // The gazetteer's media go by their regional names (路透 is Reuters' name in Taiwan).
      expect(tw.sources).to.deep.equal(['朝鮮新聞', '路透', '新華社', 'NK News', '台灣日報']);
      expect(tw.title).to.equal('北韓試射飛彈');
      expect((await convertArticle(article, 'zh-HK')).sources).to.deep.equal(['朝鮮新聞', '路透社', '新華社', 'NK News', '台灣日報']);
    });
    it('a Taiwanese feed’s sources too', async () => {
      expect(await convertSourceName('北韓新聞網', 'zh-TW', 'zh-CN')).to.equal('北韩新闻网');
      expect(await convertSourceName('飛彈觀察', 'zh-TW', 'zh-HK')).to.equal('飛彈觀察');
      expect(await convertSourceName('彭博', 'zh-TW', 'zh-CN')).to.equal('彭博社');
      expect(await convertSourceName('路透社', 'zh-TW', 'zh-CN')).to.equal('路透社');
      expect(await convertSourceName('北韓新聞網', 'zh-TW', 'zh-TW')).to.equal('北韓新聞網');
    });
  });

  describe('typography after conversion, and none without it', () => {
    it('a source shown in its own variant keeps its punctuation', async () => {
      const article: Article = {
        id: 'tw-feed', title: '北韓試射飛彈,南韓證實', summary: '據報導,北韓今 (4) 日試射 1,000 公里飛彈。', published: '2025-03-01',
        topics: [], sources: [], entities: [], lang: 'zh-Hant-TW',
      };
      expect(await convertArticle(article, 'zh-TW')).to.equal(article);
      const cn = await convertArticle(article, 'zh-CN');
      expect(cn.title).to.equal('朝鲜试射导弹，韩国证实');
      expect(cn.summary).to.equal('据报道，朝鲜今天（4日）试射1000公里导弹。');
      const hk = await convertArticle(article, 'zh-HK');
      expect(hk.summary).to.equal('據報道，北韓今日（4日）試射1,000公里導彈。');
    });
    it('a Simplified source with half-width marks gets full-width ones in Taiwan, and Taiwan’s own 週', async () => {
      expect(await convertText('朝鲜周二(27日)表示:不接受。', 'zh-CN', 'zh-TW')).to.equal('北韓週二（27日）表示：不接受。');
      expect(await convertText('朝鲜周二(27日)表示:不接受。', 'zh-CN', 'zh-HK')).to.equal('北韓周二（27日）表示：不接受。');
    });
    it('mainland quotation marks and Taiwan’s corner brackets are unaffected', async () => {
      expect(await convertText('他說:「還不錯」,但是', 'zh-TW', 'zh-CN')).to.equal('他说：“还不错”，但是');
      expect(await convertText('他说:“还不错”,但是', 'zh-CN', 'zh-TW')).to.equal('他說：「還不錯」，但是');
    });
  });
});
