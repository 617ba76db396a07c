// The wording table's own consistency: each form in its region's glyphs, no ambiguous sources.
import {expect} from '@open-wc/testing';
import {variants} from '../../src/core/vocabulary.js';
import {parseWordingPairs, wordingFor} from '../../src/text/direction-wording.js';
import {converterFor} from '../../src/text/script-converter.js';
import {rewrites} from '../../src/text/rewrites.js';
import {wording} from '../../src/text/wording.js';

describe('wording table', () => {
  it('has no form that maps to two different targets from the same region', () => {
    for (const from of variants) {
      const seen = new Map<string, string>();
      for (const entry of wording) {
        if (entry.sources && !entry.sources.includes(from)) continue;
        const key = entry[from];
        const target = variants.map((v) => entry[v]).join('/');
        const other = seen.get(key);
        expect(other === undefined || other === target, `${from} ${key}: ${other} vs ${target}`).to.equal(true);
        seen.set(key, target);
      }
    }
  });

  it('writes Hong Kong forms in OpenCC’s Hong Kong glyphs and mainland forms in Simplified', async () => {
    const toHk = await converterFor('zh-TW', 'zh-HK');
    const toCn = await converterFor('zh-TW', 'zh-CN');
    const wrong = wording.flatMap((entry) => [
      ...(toHk(entry['zh-HK']) === entry['zh-HK'] ? [] : [`${entry['zh-HK']} → ${toHk(entry['zh-HK'])}`]),
      ...(toCn(entry['zh-CN']) === entry['zh-CN'] ? [] : [`${entry['zh-CN']} → ${toCn(entry['zh-CN'])}`]),
    ]);
    expect(wrong).to.deep.equal([]);
  });

  it('is what each direction loads: its sources’ pairs and its rewrites, in order (scripts/split-wording.mjs)', async () => {
    for (const from of variants) {
      for (const to of variants) {
        if (from === to) continue;
        const expected = wording
          .filter((entry) => (!entry.sources || entry.sources.includes(from)) && entry[from])
          .map((entry) => ({source: entry[from], target: entry[to], spelling: entry.spelling === true}));
        const rules = rewrites.filter((rule) => rule.from.includes(from) && rule.to.includes(to)).map((rule) => [String(rule.pattern), rule.replacement]);
        const loaded = await wordingFor(from, to);
        const stale = `${from} → ${to}: run node --import tsx scripts/split-wording.mjs`;
        expect(loaded.pairs, stale).to.deep.equal(expected);
        expect(loaded.rewrites.map(([pattern, replacement]) => [String(pattern), replacement]), stale).to.deep.equal(rules);
      }
    }
  });

  it('reads a packed pair, a form written alike and a spelling', () => {
    expect(parseWordingPairs('飛彈 导弹|*宣布|四川|*報導 报道')).to.deep.equal([
      {source: '飛彈', target: '导弹', spelling: false},
      {source: '宣布', target: '宣布', spelling: true},
      {source: '四川', target: '四川', spelling: false},
      {source: '報導', target: '报道', spelling: true},
    ]);
    expect(parseWordingPairs('')).to.deep.equal([]);
  });
});
