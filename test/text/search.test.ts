import {expect} from '@open-wc/testing';
import type {Article} from '../../src/core/vocabulary.js';
import {articleMatcher, articleMatches, searchForm} from '../../src/text/search.js';
import {makeArticle} from '../helpers.js';

const story = (title: string, summary: string, lang = 'zh-Hant-TW', extra: Partial<Article> = {}) => makeArticle({title, summary, lang, ...extra});

// Corpus sentences, as Taiwan wrote them.
const trump = story('川普:願與金正恩見面', '美國總統特使格雷內爾表示,川普總統可以與北韓最高領導人金正恩見面。');
const putin = story('普丁年度記者會', '俄羅斯總統普丁在年度記者會上,就烏克蘭戰爭發表談話。');
const missile = story('北韓試射防空飛彈', '北韓飛彈總局周四試射由軍工企業正式開始生產的最新型防空飛彈。');
const mainland = story('朝鲜试射导弹', '特朗普政府回应。', 'zh-Hans-CN');

describe('search across scripts and regions', () => {
  it('finds Taiwan names by mainland and Hong Kong names, and the other way round', async () => {
    expect(await articleMatches(trump, '特朗普')).to.equal(true);
    expect(await articleMatches(trump, '朝鲜')).to.equal(true);
    expect(await articleMatches(putin, '普京')).to.equal(true);
    expect(await articleMatches(missile, '导弹')).to.equal(true);
    expect(await articleMatches(missile, '導彈總局')).to.equal(true);
    expect(await articleMatches(mainland, '北韓')).to.equal(true);
    expect(await articleMatches(mainland, '川普')).to.equal(true);
    expect(await articleMatches(mainland, '飛彈')).to.equal(true);
  });

  it('ignores case and extra whitespace, finds English names, and needs every word', async () => {
    expect(await articleMatches(trump, '  TRUMP   ')).to.equal(true);
    expect(await articleMatches(trump, 'kim jong un')).to.equal(true);
    expect(await articleMatches(trump, '格雷內爾  朝鲜')).to.equal(true);
    expect(await articleMatches(trump, '格雷內爾 普京')).to.equal(false);
    expect(await articleMatches(putin, '特朗普')).to.equal(false);
    expect(await articleMatches(missile, '拜登')).to.equal(false);
  });

  it('matches sources and tagged entities too, and an empty query matches everything', async () => {
    const tagged = story('會晤', '雙方會晤。', 'zh-Hant-TW', {sources: ['路透'], entities: ['sergei-lavrov']});
    expect(await articleMatches(tagged, '路透社')).to.equal(true);
    expect(await articleMatches(tagged, '拉夫罗夫')).to.equal(true);
    expect(await articleMatches(tagged, '')).to.equal(true);
  });

  it('gives one form to every regional name of an entity', async () => {
    const forms = await Promise.all(['川普', '特朗普', 'Donald  TRUMP', '北韓', '朝鲜', '朝鮮'].map(searchForm));
    expect(forms).to.deep.equal(['特朗普', '特朗普', '特朗普', '朝鲜', '朝鲜', '朝鲜']);
    expect(await searchForm('  北韓　飛彈\n試射 ')).to.equal('朝鲜 导弹 试射');
  });

  it('finds an alias by how every region writes it: 北韓外交部 is the mainland’s 朝鲜外务省', async () => {
    const condemned = story('譴責', '北韓外交部對美國提出強烈譴責。', 'zh-Hant-TW');
    for (const query of ['朝鲜外务省', '北韓外務省', '外務省', '北韓外交部']) {
      expect(await articleMatches(condemned, query), query).to.equal(true);
    }
    expect(await articleMatches(condemned, '俄罗斯外交部')).to.equal(false);
  });

  it('tests a whole list with one matcher per query, keeping each article its own answer', async () => {
    const list = [trump, putin, missile, mainland];
    const missiles = await articleMatcher('飛彈');
    const trumps = await articleMatcher('Trump');
    // Asked twice, in turn: an article's cached form answers every query as the first time.
    for (let round = 0; round < 2; round++) {
      expect(list.filter(missiles)).to.deep.equal([missile, mainland]);
      expect(list.filter(trumps)).to.deep.equal([trump, mainland]);
    }
    expect(list.filter(await articleMatcher('   '))).to.deep.equal(list);
  });
});
