// Converting the articles a list shows: in one batch, each article from its own source, each at
// most once per article, variant and glossary, so that switching back to a variant costs nothing.
import {expect} from '@open-wc/testing';
import type {Article} from '../../src/core/vocabulary.js';
import {convertArticles, convertText} from '../../src/text/convert.js';

const article = (id: string, lang: string, title: string, extra: Partial<Article> = {}): Article => ({
  id, title, summary: title, published: '2025-03-21', topics: [], sources: [], entities: [], lang, ...extra,
});

describe('convertArticles', () => {
  const tw = article('tw', 'zh-Hant-TW', '北韓飛彈總局試射最新型防空飛彈', {category: '國際政經', sources: ['路透', '朝鮮新報']});
  const cn = article('cn', 'zh-Hans-CN', '朝鲜试射导弹，特朗普回应', {category: '国际政经', sources: ['路透社']});
  const en = article('en', 'en', 'North Korea test-fires a missile');

  it('converts each article from its own source; one already in the variant, or not Chinese, stays itself', async () => {
    const [a, b, c] = await convertArticles([tw, cn, en], 'zh-HK');
    expect(a!.title).to.equal('北韓導彈總局試射最新型防空導彈');
    expect(a!.lang).to.equal('zh-Hant-HK');
    expect(b!.title).to.equal(await convertText(cn.title, 'zh-CN', 'zh-HK'));
    expect(b!.lang).to.equal('zh-Hant-HK');
    expect(c).to.equal(en);
    const [x, y, z] = await convertArticles([tw, cn, en], 'zh-CN');
    expect(x!.title).to.equal('朝鲜导弹总局试射最新型防空导弹');
    expect(y).to.equal(cn);
    expect(z).to.equal(en);
  });

  it('gives a category and the sources repeated across a list the same text as one article alone', async () => {
    const list = Array.from({length: 3}, (_, i) => ({...tw, id: `tw-${i}`}));
    for (const converted of await convertArticles(list, 'zh-CN')) {
      expect(converted.category).to.equal('国际政经');
      // A medium the gazetteer names takes the region's name; another outlet changes script only.
      expect(converted.sources).to.deep.equal(['路透社', '朝鲜新报']);
    }
  });

  it('switching back to a variant gives the very articles of the first switch', async () => {
    const list = [tw, cn];
    const first = await convertArticles(list, 'zh-HK');
    const [back] = await convertArticles(list, 'zh-TW');
    expect(back).to.equal(tw);
    const again = await convertArticles(list, 'zh-HK');
    again.forEach((converted, i) => expect(converted, list[i]!.id).to.equal(first[i]));
  });

  it('an empty list, or one with nothing to convert, loads nothing and is returned as is', async () => {
    expect(await convertArticles([], 'zh-CN')).to.deep.equal([]);
    expect(await convertArticles([en, cn], 'zh-CN')).to.deep.equal([en, cn]);
  });
});
