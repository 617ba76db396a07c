// OpenCC's dictionaries run by our phrase tables: the same text as opencc-js's own converter, and
// the names and wording put in before it kept whole, each text between them converted as if alone.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {ConverterFactory} from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import toHk from 'opencc-js/to/hk';
import type {Article} from '../../src/core/vocabulary.js';
import {convertArticles, convertText} from '../../src/text/convert.js';
import {PhraseTable, replacePhrases, type Kept} from '../../src/text/phrases.js';
import {converterFor, scriptConverter} from '../../src/text/script-converter.js';

describe('scriptConverter', () => {
  // Characters the dictionaries hold, with description characters (⿰ reads the next two as one),
  // characters outside the BMP, half a surrogate pair and a private-use character.
  const characters = [...'北韓朝鮮飛彈導彈臺灣台湾發表聲明會議結束後著名乾隆干預藉口借口裡面裏外週刊周刊麵條面條'].concat(['⿰', '⿱', '⿲', '⿳', '𠀀', '𪚥', '\uD800', '\uE000', ' ', '，']);
  const text = fc.array(fc.constantFrom(...characters), {maxLength: 24}).map((list) => list.join(''));

  it("gives opencc-js's own text for any text, in each direction's chain", () => {
    for (const dictionaries of [[fromTw, toCn], [fromHk, toCn], [fromTw, toHk], [fromTw, fromHk, toCn]]) {
      const theirs = ConverterFactory(...dictionaries);
      const ours = scriptConverter(...dictionaries);
      fc.assert(fc.property(text, (t) => ours(t) === theirs(t)), {numRuns: 2000});
    }
  });

  it('leaves kept stretches alone, matches nothing across their edges, and says where they went', () => {
    const table = new PhraseTable();
    table.add('ab', 'X');
    table.add('b', 'YY');
    const kept: Kept = [1, 2];
    // Alone, "aab" would give aX; with the middle a kept, "ab" cannot be read across its edge.
    expect(table.convert('aab', kept)).to.equal('aaYY');
    expect(kept).to.deep.equal([1, 2]);
    const moved: Kept = [3, 4];
    expect(table.convert('abba', moved)).to.equal('XYYa');
    expect(moved).to.deep.equal([3, 4]);
  });

  it('converts each text between put-in phrases as if alone', () => {
    const names = new PhraseTable();
    names.add('北韓', '朝鲜');
    const alone = (t: string) => !t.includes('北韓');
    const convert = scriptConverter(fromTw, toCn);
    fc.assert(
      fc.property(text.filter(alone), text.filter(alone), (before, after) => {
        const kept: Kept = [];
        const out = convert(replacePhrases(`${before}北韓${after}`, [names], kept), kept);
        expect(out).to.equal(`${convert(before)}朝鲜${convert(after)}`);
        expect(out.slice(kept[0], kept[1])).to.equal('朝鲜');
      }),
      {numRuns: 1000}
    );
  });

  it("gives Taiwan 台 and 布 where OpenCC's Taiwan standard gives 臺 and 佈, and only Taiwan", async () => {
    expect((await converterFor('zh-CN', 'zh-TW'))('台湾宣布下台，台风，柜台')).to.equal('台灣宣布下台，颱風，櫃檯');
    expect((await converterFor('zh-HK', 'zh-TW'))('臺灣宣佈')).to.equal('台灣宣布');
    expect((await converterFor('zh-CN', 'zh-HK'))('台湾宣布')).to.equal('台灣宣佈');
  });
});

describe('names and wording around OpenCC', () => {
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
