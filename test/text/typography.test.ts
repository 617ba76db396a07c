// Regional punctuation and number style, on text written for these tests (not from the corpus).
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {fullWidthPunctuation, quotationMarks, regionalTypography} from '../../src/text/typography.js';

// The regex passes fullWidthPunctuation replaced, repeated until nothing changed (one repeat per
// mark of a run: 北 + 20,000 `!` took 21 s): the reference the linear pass must agree with.
const CJK = String.raw`\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF1F\uFF3B-\uFF3D\u201C\u201D`;
const isCjk = new RegExp(`[${CJK}]`, 'u');
const hasHan = /\p{Script=Han}/u;
const FULL: Record<string, string> = {',': '，', ':': '：', ';': '；', '?': '？', '!': '！'};
const before = (text: string, at: number) => {
  for (let i = at - 1; i >= 0; i--) if (!/[ \t]/.test(text[i]!)) return text[i]!;
  return '';
};
const after = (text: string, at: number) => {
  for (let i = at; i < text.length; i++) if (!/[ \t]/.test(text[i]!)) return text[i]!;
  return '';
};
function referencePass(text: string): string {
  const out = text
    .replace(/[ \t]*\(([^()\n]*)\)[ \t]*/g, (match, inner: string, at: number, whole: string) =>
      hasHan.test(inner) || isCjk.test(before(whole, at) + after(whole, at + match.length)) ? `（${inner.trim()}）` : match)
    .replace(/[ \t]*([,:;?!])[ \t]*/g, (match, mark: string, at: number, whole: string) =>
      isCjk.test(before(whole, at) + after(whole, at + match.length)) ? FULL[mark]! : match);
  return out.replace(new RegExp(`(\\p{Script=Han})\\.(?=\\s*$|[ \\t]*[${CJK}])[ \\t]*`, 'gu'), '$1。');
}
function referencePunctuation(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = referencePass(out);
  }
  return out;
}

describe('fullWidthPunctuation', () => {
  const cases: Array<[string, string]> = [
    // Every half-width mark beside Chinese, with the blanks around it.
    ['他說:「好。」然後呢?沒有!', '他說：「好。」然後呢？沒有！'],
    ['第一;第二 , 第三', '第一；第二，第三'],
    ['此外, 南韓表示', '此外，南韓表示'],
    // Brackets holding Chinese or digits beside Chinese, blanks inside and out dropped…
    ['週日 ( 27 日 ) 表示', '週日（27 日）表示'],
    ['今 (4) 日', '今（4）日'],
    // …and brackets holding Latin text beside Chinese: what they hold is kept as is.
    ['機場 (Sheremetyevo Airport) 起飛', '機場（Sheremetyevo Airport）起飛'],
    // A mark after Latin text or a digit, before Chinese, and after a bracket.
    ['NK News,北韓', 'NK News，北韓'],
    ['共 3 人,其中', '共 3 人，其中'],
    ['（20 日）,據', '（20 日），據'],
    // A full stop after Chinese at the end or before Chinese.
    ['北韓試射飛彈.南韓證實.', '北韓試射飛彈。南韓證實。'],
  ];
  for (const [input, output] of cases) {
    it(input, () => expect(fullWidthPunctuation(input)).to.equal(output));
  }

  it('leaves numbers, times, abbreviations and English alone, and the blanks between Chinese and digits', () => {
    for (const text of [
      '1,200 萬枚', '晚上 7:30 起飛', '約 2.8 萬個', 'Washington, D.C. 的官員', 'Golden Dome (GD), he said: yes?',
      'https://example.com/?q=1', '波音 777-200ER', '《朝中社》', '「金穹」',
    ]) {
      expect(fullWidthPunctuation(text), text).to.equal(text);
    }
  });

  it('is idempotent and never leaves a half-width mark between two Chinese characters', () => {
    const pieces = fc.constantFrom('北韓', '飛彈', ',', ':', '?', '!', ';', '(', ')', ' ', '27', '日', 'NK', '「', '」', '.', '1,000');
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 25}), (parts) => {
        const once = fullWidthPunctuation(parts.join(''));
        expect(fullWidthPunctuation(once)).to.equal(once);
        expect(once).not.to.match(/\p{Script=Han}[ \t]*[,:;?!][ \t]*\p{Script=Han}/u);
      }),
      {numRuns: 300},
    );
  });
});

describe('fullWidthPunctuation against the repeated regex passes', () => {
  // Marks, brackets (nested, unbalanced, across a line break), full stops, every blank and other
  // whitespace trimmed inside brackets, Han inside and outside the BMP, lone surrogates.
  const pieces = fc.constantFrom(
    '北', '韓', '𠀀', ' ', '  ', '\t', '\n', '\r', '\u00A0', '\u3000', ',', ':', ';', '?', '!', '(', ')', '.', 'a', '1',
    '。', '「', '」', '（', '）', '，', '\uD840', '\uDC00', 'NK', '2.8',
  );

  it('agrees on every small input', () => {
    fc.assert(fc.property(fc.array(pieces, {maxLength: 30}), (parts) => {
      const text = parts.join('');
      expect(fullWidthPunctuation(text), JSON.stringify(text)).to.equal(referencePunctuation(text));
    }), {numRuns: 4000});
  });

  it('agrees on runs and nests that took one regex pass each', () => {
    for (const text of ['北' + '!'.repeat(50), '!'.repeat(50) + '北', '('.repeat(30) + '北' + ')'.repeat(30),
      '北' + ' !'.repeat(40), '((((a)北)))', '北.!'.repeat(10), '(a) (b) (c) (北)', '((x)) (北)', '北( \u00A0,x)']) {
      expect(fullWidthPunctuation(text), text).to.equal(referencePunctuation(text));
    }
  });
});

describe('quotationMarks', () => {
  it('pairs single quotes around Chinese only, and an unclosed one in linear time', () => {
    expect(quotationMarks('他說“好”，‘北韓’與 Workers’ Party', 'zh-CN', 'zh-TW')).to.equal('他說「好」，『北韓』與 Workers’ Party');
    const unclosed = `‘${'北'.repeat(100_000)}`;
    const start = performance.now();
    expect(quotationMarks(unclosed, 'zh-CN', 'zh-TW')).to.equal(unclosed);
    expect(performance.now() - start).to.be.below(1000);
  });
});

describe('regionalTypography', () => {
  it('mainland: no blank between Chinese and digits or Latin letters', () => {
    expect(regionalTypography('美國總統川普於 5 月 20 日表示,由波音 777-200ER 機型執飛', 'zh-CN')).to.equal(
      '美國總統川普於5月20日表示，由波音777-200ER機型執飛',
    );
    expect(regionalTypography('NK News 引述 3 名官員', 'zh-CN')).to.equal('NK News引述3名官员'.replace('员', '員'));
    // Blanks between Latin words stay.
    expect(regionalTypography('崔善姬（Choe Son Hui）會談', 'zh-CN')).to.equal('崔善姬（Choe Son Hui）會談');
  });

  it('mainland and Hong Kong: a run of blanks goes only between Chinese and a Latin letter or digit', () => {
    // The rule, written plainly: blanks go when Chinese is on one side and a letter or digit (or %
    // before Chinese) on the other; between two Chinese characters or two words they stay.
    const chinese = /\p{Script=Han}/u;
    const latin = /[A-Za-z0-9]/;
    const expected = (text: string) =>
      text.replace(/[ \t]+/g, (blanks, at: number) => {
        const before = text[at - 1] ?? '';
        const after = text[at + blanks.length] ?? '';
        return (chinese.test(before) && latin.test(after)) || (/[A-Za-z0-9%]/.test(before) && chinese.test(after)) ? '' : blanks;
      });
    const pieces = fc.constantFrom('北韓', '日', ' ', '  ', '\t', 'NK', 'News', '27', 'a', '%');
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 20}), fc.constantFrom<'zh-CN' | 'zh-HK'>('zh-CN', 'zh-HK'), (parts, to) => {
        const text = parts.join('');
        expect(regionalTypography(text, to), JSON.stringify(text)).to.equal(expected(text));
      }),
      {numRuns: 300},
    );
  });

  it('mainland: no thousands separator below 10,000; one from 10,000 on', () => {
    expect(regionalTypography('供應量超過 1,200 萬枚,已有 4,700 人傷亡', 'zh-CN')).to.equal('供應量超過1200萬枚，已有4700人傷亡');
    expect(regionalTypography('爆發 1,000 天,約 1,234.5 公里', 'zh-CN')).to.equal('爆發1000天，約1234.5公里');
    expect(regionalTypography('共 12,000 人,預算 1,234,567 元', 'zh-CN')).to.equal('共12,000人，預算1,234,567元');
    expect(regionalTypography('增至 9,999 人', 'zh-CN')).to.equal('增至9999人');
  });

  it('mainland: decades by century', () => {
    expect(regionalTypography('自 1990 年代中期以來', 'zh-CN')).to.equal('自20世纪90年代中期以来'.replace('来', '來'));
    expect(regionalTypography('1950年代的韓戰與 2010 年代', 'zh-CN')).to.equal('20世纪50年代的韓戰與21世纪10年代');
    // 2000年代 has no decade of its own to name; a year is not a decade.
    expect(regionalTypography('2000年代初,1990年', 'zh-CN')).to.equal('2000年代初，1990年');
  });

  it('Taiwan’s wire style 今 (4) 日 as each region writes it', () => {
    expect(regionalTypography('李在明今 (4) 日表示', 'zh-CN')).to.equal('李在明今天（4日）表示');
    expect(regionalTypography('李在明今 (4) 日表示', 'zh-HK')).to.equal('李在明今日（4日）表示');
    expect(regionalTypography('南韓軍方昨 (13) 日指出', 'zh-HK')).to.equal('南韓軍方昨日（13日）指出');
    expect(regionalTypography('李在明今 (4) 日表示', 'zh-TW')).to.equal('李在明今（4）日表示');
  });

  it('Hong Kong: 周 for the week, blanks dropped, thousands separators kept', () => {
    expect(regionalTypography('俄羅斯週日(27 日)表示,上週五與本週末,每週 2 班', 'zh-HK')).to.equal(
      '俄羅斯周日（27日）表示，上周五與本周末，每周2班',
    );
    expect(regionalTypography('已有 4,700 人傷亡', 'zh-HK')).to.equal('已有4,700人傷亡');
    // Not every 週 is the week's: 週刊 and 週期 keep theirs.
    expect(regionalTypography('《商業週刊》的週期', 'zh-HK')).to.equal('《商業週刊》的週期');
  });

  it('Taiwan, from another region: full-width marks only, numbers as they were', () => {
    expect(regionalTypography('據報導,約 1,200 萬枚(估計)', 'zh-TW')).to.equal('據報導，約 1,200 萬枚（估計）');
  });
});
