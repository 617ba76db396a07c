// The wording table's own consistency: each form in its region's glyphs, no ambiguous sources.
import {expect} from '@open-wc/testing';
import {variants} from '../../src/core/vocabulary.js';
import {converterFor} from '../../src/text/script-converter.js';
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
});
