// collapse and tidyText are scans over whitespace runs; the regexes they replace (a lookbehind and
// `[^\S\u3000]*[\n\r][^\S\u3000]*`, quadratic on a run of line breaks after a Chinese character)
// are kept here as the reference the scans must agree with on every small input.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {collapse, tidyText} from '../../src/data/formats/whitespace.js';

const WIDE_BREAK =
  /(?<=[\p{Script=Han}\u3000-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF])[^\S\u3000]*[\n\r][^\S\u3000]*(?=[\p{Script=Han}\u3000-\u303F\u3040-\u30FF\u3100-\u312F\uFE30-\uFE6F\uFF00-\uFF9F\uFFE0-\uFFEF])/gu;

function referenceCollapse(text: string): string {
  return text.replace(WIDE_BREAK, '').replace(/[^\S\u3000]+/g, ' ').trim();
}

function referenceTidyText(text: string, options: {paragraphs?: boolean} = {}): string {
  if (!options.paragraphs) return referenceCollapse(text);
  return text.replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.split('\n').map(referenceCollapse).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

// Every kind of character the rule tells apart: Han (and one outside the BMP), CJK punctuation and
// full-width forms, kana, Hangul (not wide), the ideographic space, every other whitespace, Latin,
// and lone surrogates.
const pieces = fc.constantFrom(
  '北', '韓', '𠀀', '。', '（', '！', 'ア', '가', '\uFF61', '\uFFE0', '\u3000', ' ', '  ', '\t', '\n', '\r', '\r\n',
  '\u00A0', '\u2028', '\uFEFF', '\u000B', 'a', 'Kim', '1', '\uD800', '\uDC00',
);
const texts = fc.array(pieces, {maxLength: 30}).map((parts) => parts.join(''));

describe('collapse and tidyText', () => {
  it('agree with the regex reference on every small input', () => {
    fc.assert(fc.property(texts, (text) => {
      expect(collapse(text), JSON.stringify(text)).to.equal(referenceCollapse(text));
      expect(tidyText(text, {paragraphs: true}), JSON.stringify(text)).to.equal(referenceTidyText(text, {paragraphs: true}));
    }), {numRuns: 3000});
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 40}), (text) => {
      expect(collapse(text), JSON.stringify(text)).to.equal(referenceCollapse(text));
    }), {numRuns: 1000});
  });

  it('gives back the very string when there is nothing to collapse', () => {
    const text = '北韓　南韓 Kim Jong Un';
    expect(collapse(text)).to.equal(text);
  });

  it('removes a long run of line breaks between Chinese in linear time', () => {
    const text = `北${'\n'.repeat(200_000)}韓`;
    const start = performance.now();
    expect(collapse(text)).to.equal('北韓');
    expect(collapse(`北${'\n'.repeat(200_000)}`)).to.equal('北');
    // The regex took seconds here; a scan takes milliseconds. A loose bound, for slow machines.
    expect(performance.now() - start).to.be.below(1000);
  });
});
