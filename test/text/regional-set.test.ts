// Issue 24: wire copy written in Xinhua's, CNA's and Ming Pao's style (test/fixtures/regional/),
// each sentence read in the other two regions as their editors write it; every gazetteer name in
// all six directions; and nothing raw opencc-js gets right that nk-news gets wrong.
import {expect} from '@open-wc/testing';
import {Converter} from 'opencc-js';
import type {Variant} from '../../src/core/vocabulary.js';
import {gazetteer} from '../../src/corpus/gazetteer.js';
import {newsPeople} from '../../src/corpus/gazetteer-news.js';
import {convertText} from '../../src/text/convert.js';
import {FILES, RAW_PRESETS, VARIANTS, count, explain, hunks, run, type Outcome, type RegionalSet} from './regional-set.js';

async function load(): Promise<Map<string, RegionalSet>> {
  const sets = await Promise.all(FILES.map(async (file) => {
    const response = await fetch(new URL(`../fixtures/regional/${file}.json`, import.meta.url));
    return [file, (await response.json()) as RegionalSet] as const;
  }));
  return new Map(sets);
}

describe('the regional set (issue 24)', function () {
  let sets: Map<string, RegionalSet>;
  let ours: Outcome[];
  let raw: Outcome[];

  before(async function () {
    // The mainland's 1 MB dictionary loads twice: once for nk-news, once inside raw opencc-js.
    this.timeout(120_000);
    sets = await load();
    ours = await run(sets, convertText);
    const presets = new Map<string, (text: string) => string>();
    raw = await run(sets, (text, from, to) => {
      const key = `${from}>${to}`;
      if (!presets.has(key)) presets.set(key, Converter({from: RAW_PRESETS[from], to: RAW_PRESETS[to]}));
      return presets.get(key)!(text);
    });
  });

  it('has at least 60 sentences in each register, each in all three forms', () => {
    expect([...sets.values()].map(({source}) => source).sort()).to.deep.equal(['zh-CN', 'zh-HK', 'zh-TW']);
    for (const [file, set] of sets) {
      expect(set.cases.length, file).to.be.at.least(60);
      for (const row of set.cases) {
        expect(row.length, file).to.equal(3);
        for (const form of row) expect(form, `${file}: ${row[0]}`).to.match(/\p{Script=Han}/u);
      }
    }
  });

  it('reads every sentence in the other two regions as their outlets write it', () => {
    const wrong = ours.filter((outcome) => outcome.hunks.length).map(explain);
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
    expect(count(ours)).to.deep.equal({certain: 0, likely: 0, wrong: 0});
  });

  it('gets right everything raw opencc-js gets right, and much that it does not', () => {
    const lost = ours.filter((outcome, index) => outcome.hunks.length && !raw[index]!.hunks.length).map(explain);
    expect(lost, lost.join('\n')).to.deep.equal([]);
    // The set tells the two apart: raw opencc-js has most of it wrong.
    expect(count(raw).wrong).to.be.greaterThan(ours.length / 2);
  });

  it('tells certain errors (a word) from likely ones (a mark, a digit, an accepted glyph)', () => {
    expect(hunks('美國副總統范斯', '美國副總統萬斯')).to.deep.equal([{expected: '范', actual: '萬', certain: true}]);
    expect(hunks('北韓週二試射', '北韓周二試射').map(({certain}) => certain)).to.deep.equal([false]);
    expect(hunks('約1.5萬人，逾三成', '約1萬5000人，逾3成').every(({certain}) => !certain)).to.equal(true);
    expect(hunks('軍人參與', '軍人蔘與').map(({certain}) => certain)).to.deep.equal([true]);
    expect(hunks('同樣', '同樣')).to.deep.equal([]);
  });
});

describe('gazetteer names in all six directions', () => {
  const entries = [...gazetteer, ...newsPeople];
  for (const from of VARIANTS) {
    for (const to of VARIANTS) {
      if (from === to) continue;
      it(`${from} → ${to}`, async () => {
        for (const {id, names, forms = {}} of entries) {
          expect(await convertText(names[from], from, to), `${id}: ${names[from]}`).to.equal(names[to]);
          // Inside a sentence too, and the other spellings a region's outlets use.
          expect(await convertText(`${names[from]}表示`, from, to), id).to.equal(`${names[to]}表示`);
          for (const form of forms[from] ?? []) expect(await convertText(form, from, to), `${id}: ${form}`).to.equal(names[to]);
        }
      });
    }
  }
});

describe('the issue’s classes beyond the set', () => {
  const cases: Array<[string, Variant, Variant, string]> = [
    // Titles keep their words; outlets keep their names outside 《》 too.
    ['《朝鲜半岛和平宣言》与《朝鲜新报》', 'zh-CN', 'zh-TW', '《朝鮮半島和平宣言》與《朝鮮新報》'],
    ['据朝鲜新报报道', 'zh-CN', 'zh-HK', '據朝鮮新報報道'],
    ['《北韓外交部聲明》全文', 'zh-TW', 'zh-CN', '《北韩外交部声明》全文'],
    ['據《路透》報導', 'zh-TW', 'zh-CN', '据路透社报道'],
    // OpenCC's readings across a word's edge.
    ['外长发表声明，候选人参选，军人参战', 'zh-CN', 'zh-HK', '外長發表聲明，候選人參選，軍人參戰'],
    ['带头发起，垂直发射，了解情况', 'zh-CN', 'zh-TW', '帶頭發起，垂直發射，了解情況'],
    // OpenCC's Hong Kong standard writes a lone 參 as 蔘; ginseng keeps it.
    ['南韓聯參表示，人參雞', 'zh-TW', 'zh-HK', '南韓聯參表示，人蔘雞'],
    ['韩朝军事会谈，朝方回应', 'zh-CN', 'zh-TW', '兩韓軍事會談，北韓方面回應'],
    ['朝方向东部海域发射导弹，特朗普在社交平台发文', 'zh-CN', 'zh-TW', '北韓方面向東部海域發射飛彈，川普在社群平台發文'],
    // Shorthand guarded: 美中 inside 美中情局, 韓戰 inside 美韓戰時, 日相 inside 今日相比.
    ['美中情局與中美洲；美韓戰時作戰指揮權；今日相比', 'zh-TW', 'zh-CN', '美中情局与中美洲；美韩战时作战指挥权；今日相比'],
    ['一万斯里兰卡卢比，朝野两党，对朝鲜制裁', 'zh-CN', 'zh-TW', '一萬斯里蘭卡盧比，朝野兩黨，對北韓制裁'],
    // Numbers and marks.
    ['約1億2000萬美元，1萬人，2025年，逾3成立', 'zh-TW', 'zh-CN', '约1.2亿美元，1万人，2025年，逾3成立'],
    ['部署了12000名士兵，2025至2026年', 'zh-CN', 'zh-HK', '部署了12,000名士兵，2025至2026年'],
    ['上周和周末', 'zh-HK', 'zh-TW', '上週和週末'],
  ];
  for (const [text, from, to, expected] of cases) {
    it(`${from} → ${to}: ${text}`, async () => {
      expect(await convertText(text, from, to)).to.equal(expected);
    });
  }
});
