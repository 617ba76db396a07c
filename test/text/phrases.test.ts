// PhraseTable.convert passes over ideographic description sequences (⿰北韓) whole, as OpenCC does.
// The recursive reading it replaced re-read a sequence cut short for every way to cut it, so 50 ⿰
// in a row took seconds and 100 hung the tab; it is kept here as the reference on small inputs.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {PhraseTable} from '../../src/text/phrases.js';

function unitsAt(text: string, at: number, limit: number): number {
  return at + 1 < limit && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

function referenceDescriptionEnd(text: string, at: number, limit: number): number {
  const operator = text.charCodeAt(at);
  if (operator < 0x2ff0 || operator > 0x2fff) return 0;
  const parts = operator === 0x2ff2 || operator === 0x2ff3 ? 3 : 2;
  let end = at + 1;
  for (let part = 0; part < parts; part++) {
    if (end >= limit) return 0;
    end = referenceDescriptionEnd(text, end, limit) || end + unitsAt(text, end, limit);
  }
  return end;
}

/** The old convert without kept stretches: longest phrases, description sequences passed over whole. */
function referenceConvert(table: PhraseTable, text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const end = table.longest(text, i);
    if (end) {
      out += text.slice(copied, i) + table.found;
      i = copied = end;
    } else {
      const unit = text.charCodeAt(i);
      i = unit < 0x2ff0 || (unit > 0x2fff && (unit < 0xd800 || unit > 0xdbff))
        ? i + 1
        : referenceDescriptionEnd(text, i, text.length) || i + unitsAt(text, i, text.length);
    }
  }
  return out + text.slice(copied);
}

describe('PhraseTable.convert and description sequences', () => {
  const table = new PhraseTable();
  table.add('北韓', '朝鲜');
  table.add('⿰北', '甲');
  table.add('韓', '韩');

  it('agrees with the recursive reading on every small input', () => {
    const pieces = fc.constantFrom('⿰', '⿱', '⿲', '⿳', '北', '韓', 'a', '𠀀', '\uD840');
    fc.assert(fc.property(fc.array(pieces, {maxLength: 18}), (parts) => {
      const text = parts.join('');
      expect(table.convert(text), JSON.stringify(text)).to.equal(referenceConvert(table, text));
    }), {numRuns: 3000});
  });

  it('reads a long run of description characters in linear time', () => {
    const start = performance.now();
    for (const text of ['⿰'.repeat(200_000), '⿲北'.repeat(100_000), `${'⿳'.repeat(100_000)}北韓`]) {
      expect(table.convert(text).length).to.be.greaterThan(0);
    }
    expect(table.convert('⿰'.repeat(100))).to.equal('⿰'.repeat(100));
    expect(performance.now() - start).to.be.below(2000);
  });
});
