// Every text function feed text reaches (typography, conversion with the regional wording, search,
// entities), timed on adversarial shapes at 10³–10⁶ characters: the time must grow no faster than
// the input (test/linear-time.ts says how that is judged).
import {convertText} from '../../src/text/convert.js';
import {converterFor} from '../../src/text/script-converter.js';
import {findEntities} from '../../src/text/entities.js';
import {searchForm} from '../../src/text/search.js';
import {quotationMarks, regionalTypography} from '../../src/text/typography.js';
import {SHAPES, expectLinear, type Shape} from '../linear-time.js';

const {
  bangs, newlines, parens, openParens, spaces, ideographicSpaces, surrogates, cjkPunctuation, cjkBlanks, quotes, description,
  names, digits,
} = SHAPES;
const typographyShapes = [bangs, parens, openParens, spaces, cjkPunctuation, cjkBlanks, digits, surrogates];
// Book-title marks, balanced, unclosed and nested (convert.ts reads what 《》 holds as a title), and
// Taiwan's wire numbers (number-style.ts).
const titles: Shape = ['《北韓》…', (n) => '《北韓》'.repeat(n / 4)];
const openTitles: Shape = ['《《《…', (n) => '《'.repeat(n)];
const nestedTitles: Shape = ['《《…》》', (n) => `${'《'.repeat(n / 2)}${'》'.repeat(n / 2)}`];
const wireNumbers: Shape = ['1萬5000人逾3成…', (n) => '1萬5000人逾3成'.repeat(n / 10)];

const cases: Array<[string, (text: string) => unknown, Shape[]]> = [
  // regionalTypography runs fullWidthPunctuation first, then the regional passes: both are timed.
  ['regionalTypography (zh-CN)', (text) => regionalTypography(text, 'zh-CN'), typographyShapes],
  ['regionalTypography (zh-HK)', (text) => regionalTypography(text, 'zh-HK'), [bangs, parens, cjkBlanks, digits, wireNumbers]],
  ['convertText (zh-TW → zh-HK)', (text) => convertText(text, 'zh-TW', 'zh-HK'), [titles, openTitles, nestedTitles, wireNumbers]],
  ['quotationMarks', (text) => quotationMarks(text, 'zh-CN', 'zh-TW'), [quotes, ['“”…', (n) => '“”'.repeat(n / 2)]]],
  ['convertText (zh-TW → zh-CN)', (text) => convertText(text, 'zh-TW', 'zh-CN'), [bangs, parens, names, description, surrogates]],
  ['convertText (zh-CN → zh-HK)', (text) => convertText(text, 'zh-CN', 'zh-HK'), [cjkPunctuation, names, description, quotes]],
  ['searchForm', searchForm, [names, description, spaces, ideographicSpaces]],
  ['findEntities', findEntities, [names, bangs]],
];

describe('text functions take linear time on adversarial input', function () {
  before(async function () {
    // The dictionaries load once, before any timing (the mainland to Hong Kong one is 1 MB).
    this.timeout(60_000);
    await Promise.all([converterFor('zh-TW', 'zh-CN'), converterFor('zh-CN', 'zh-HK'), converterFor('zh-TW', 'zh-HK'), searchForm('北韓')]);
  });

  for (const [name, run, shapes] of cases) {
    it(name, async function () {
      this.timeout(110_000);
      for (const shape of shapes) await expectLinear(name, run, shape);
    });
  }
});
