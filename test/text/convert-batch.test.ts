// One OpenCC call per text: known names and wording stand aside as a private-use mark while OpenCC
// converts the rest in one go, then go back in their places. These check that each name lands where
// it was, in every direction, and that texts the mark cannot serve (holding the mark itself, or an
// ideographic description character, after which OpenCC reads on) convert as before, stretch by stretch.
import {expect} from '@open-wc/testing';
import type {Article} from '../../src/core/vocabulary.js';
import {convertArticles, convertText} from '../../src/text/convert.js';

describe('conversion in one OpenCC call per text', () => {
  const tw = '川普與北韓領導人金正恩會面，川普說南韓總統也在。';

  it('puts every name back in its place, to the mainland and to Hong Kong', async () => {
    expect(await convertText(tw, 'zh-TW', 'zh-CN')).to.equal('特朗普与朝鲜领导人金正恩会面，特朗普说韩国总统也在。');
    expect(await convertText(tw, 'zh-TW', 'zh-HK')).to.equal('特朗普與北韓領導人金正恩會面，特朗普説南韓總統也在。');
  });

  it('puts every name back in its place from the mainland', async () => {
    expect(await convertText('特朗普与朝鲜领导人金正恩会面，特朗普说韩国总统也在。', 'zh-CN', 'zh-TW')).to.equal(tw);
  });

  it('converts a text that is one name, and one that names none', async () => {
    expect(await convertText('北韓', 'zh-TW', 'zh-CN')).to.equal('朝鲜');
    expect(await convertText('會議結束後發表聲明', 'zh-TW', 'zh-CN')).to.equal('会议结束后发表声明');
  });

  it('keeps a private-use character the text holds, converting around it', async () => {
    expect(await convertText('川普\uE000北韓飛彈', 'zh-TW', 'zh-CN')).to.equal('特朗普\uE000朝鲜导弹');
  });

  it('keeps an ideographic description character before a name, converting around it', async () => {
    expect(await convertText('會⿰北韓與臺灣', 'zh-TW', 'zh-CN')).to.equal('会⿰朝鲜与台湾');
  });

  it('converts every article of a batch alike, each from its own object', async () => {
    const article: Article = {
      id: 'batch',
      title: '北韓試射飛彈，川普回應',
      summary: tw,
      published: '2025-05-27',
      topics: [],
      sources: ['路透'],
      entities: [],
      lang: 'zh-Hant-TW',
    };
    const batch = Array.from({length: 50}, (_, i) => ({...article, id: `batch-${i}`}));
    const converted = await convertArticles(batch, 'zh-CN');
    expect(new Set(converted.map((a) => `${a.title}|${a.summary}|${a.sources.join()}|${a.lang}`))).to.deep.equal(
      new Set(['朝鲜试射导弹，特朗普回应|特朗普与朝鲜领导人金正恩会面，特朗普说韩国总统也在。|路透社|zh-Hans-CN']),
    );
    expect(converted.map((a) => a.id)).to.deep.equal(batch.map((a) => a.id));
  });
});
