// Entities (issue 24 and issue 25 item 2): a name inside a longer name is not that entity; names an
// integrator hands over resolve through the gazetteer like ids; docs/entities.md lists every id.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/news-feed/define.js';
import {makeArticle, shownArticles, until} from '../helpers.js';
import type {Article} from '../../src/core/vocabulary.js';
import {gazetteer} from '../../src/corpus/gazetteer.js';
import {newsPeople} from '../../src/corpus/gazetteer-news.js';
import {entityEntry, entityName, findEntities, withEntities} from '../../src/text/entities.js';
import {strings as hans} from '../../src/i18n/strings-zh-hans.js';
import {zhHant, zhHantHK} from '../../src/i18n/strings-zh-hant.js';

const article = (entities: string[], title = ''): Article => ({
  id: 'a', title, summary: '', published: '2025-07-01', topics: [], sources: [], entities, lang: 'zh-Hant-TW',
});

describe('entities', () => {
  it('finds no entity inside a longer name', () => {
    expect(findEntities('亚太经合组织峰会在韩国举行，亚太地区领导人出席')).to.deep.equal(['south-korea', 'asia-pacific']);
    expect(findEntities('亞太經合會與美國之音')).to.deep.equal([]);
    expect(findEntities('朝鲜日报报道，朝鲜试射导弹')).to.deep.equal(['north-korea']);
    // A longer entity still wins over the shorter one inside it, as before.
    expect(findEntities('南韓國防部說，金正恩')).to.deep.equal(['rok-defense-ministry', 'kim-jong-un']);
  });

  it('names an entity from its id or any of its names, in every region', () => {
    expect(entityName('川普', 'zh-CN')).to.equal('特朗普');
    expect(entityName('北韓', 'zh-CN')).to.equal('朝鲜');
    expect(entityName('朝鲜', 'zh-TW')).to.equal('北韓');
    expect(entityName('Donald Trump', 'zh-HK')).to.equal('特朗普');
    expect(entityName('donald-trump', 'zh-TW')).to.equal('川普');
    expect(entityName('不在名冊', 'zh-CN')).to.equal('不在名冊');
    expect(entityEntry(' north korea ')?.id).to.equal('north-korea');
  });

  it('writes handed-over names as ids, once per article', () => {
    const given = article(['川普', '北韓', 'donald-trump', '不在名冊']);
    const filled = withEntities(given);
    expect(filled.entities).to.deep.equal(['donald-trump', 'north-korea', '不在名冊']);
    expect(withEntities(given)).to.equal(filled);
    const ids = article(['donald-trump']);
    expect(withEntities(ids)).to.equal(ids);
    expect(withEntities(article([], '金正恩會見普丁')).entities).to.deep.equal(['kim-jong-un', 'vladimir-putin']);
  });

  it('docs/entities.md lists every id with its names, as the gazetteer has them', async () => {
    const doc = await (await fetch(new URL('../../docs/entities.md', import.meta.url))).text();
    const rows = (entries: typeof gazetteer) =>
      entries.map(({id, kind, names}) => `| \`${id}\` | ${kind} | ${names['zh-TW']} | ${names['zh-HK']} | ${names['zh-CN']} | ${names.en} |`);
    const expected = [...rows(gazetteer), ...rows(newsPeople)];
    // The beat's people convert in text, but are not entities: their names stay as given.
    expect(entityName('jd-vance', 'zh-TW')).to.equal('jd-vance');
    const listed = doc.split('\n').filter((line) => line.startsWith('| `'));
    expect(listed, `docs/entities.md's rows should read:\n${expected.join('\n')}`).to.deep.equal(expected);
  });
});

describe('names handed over, in a feed', () => {
  it('filters by the id whether a story named the entity by id or by name', async () => {
    const feed = await fixture<HTMLElement & {articles: Article[]}>(html`<nk-news-feed entity="donald-trump" variant="zh-TW"></nk-news-feed>`);
    feed.articles = [
      makeArticle({id: 'by-name', title: '川普談北韓', published: '2025-07-02', entities: ['川普']}),
      makeArticle({id: 'by-id', title: '美國總統發言', published: '2025-07-01', entities: ['donald-trump']}),
      makeArticle({id: 'other', title: '聯合國開會', published: '2025-06-30', entities: ['united-nations']}),
    ];
    await until(() => shownArticles(feed).length === 2, () => `shown: ${shownArticles(feed).length}`);
    expect(shownArticles(feed)).to.have.length(2);
  });
});

describe('UI words by region', () => {
  it('sets the count line as each region sets its stories', () => {
    expect(hans.shown(3, 20)).to.equal('显示3条，共20条');
    expect(zhHantHK.shown(3, 20)).to.equal('顯示3則，共20則');
    expect(zhHant.shown(3, 20)).to.equal('顯示 3 則，共 20 則');
  });
  it('says 連接 and 網絡 in Hong Kong, 連線 and 網路 in Taiwan', () => {
    expect(zhHantHK.errors.network).to.equal('無法連接新聞來源。');
    expect(zhHantHK.errors['blocked-address']).to.contain('網絡');
    expect(zhHant.errors.network).to.equal('無法連線至新聞來源。');
  });
});
