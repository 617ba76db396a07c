// Every data-layer function feed text reaches, timed on adversarial shapes at 10³–10⁶ characters:
// the time must grow no faster than the input (test/linear-time.ts says how that is judged).
import {parseFeed, type FeedFormat} from '../../src/data/parse.js';
import {collapse, tidyText} from '../../src/data/formats/whitespace.js';
import {decodeEntities, htmlToText} from '../../src/data/formats/html-text.js';
import {parseFeedDate, parseRfc822Date} from '../../src/data/formats/date.js';
import {parseIsoDate} from '../../src/data/iso-date.js';
import {guessLang} from '../../src/data/formats/lang-guess.js';
import {decodeFeed} from '../../src/data/charset.js';
import {FeedError} from '../../src/data/errors.js';
import {quote} from '../../src/data/quote.js';
import {SHAPES, expectLinear, fill, prepared, type Shape} from '../linear-time.js';
import {xmlEscape} from './helpers.js';

const {bangs, newlines, crlf, comments, parens, spaces, ideographicSpaces, surrogates, cjkPunctuation, entities, tags} = SHAPES;

/** A feed in `format` whose title, summary and category share the text. */
function feedOf(format: FeedFormat, text: string): string {
  const third = text.slice(0, Math.floor(text.length / 3));
  const x = xmlEscape(third);
  switch (format) {
    case 'rss':
      return `<rss version="2.0"><channel><title>T</title><item><title>${x}</title><link>https://example.com/a</link>` +
        `<description>${x}</description><category>${x}</category><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item></channel></rss>`;
    case 'atom':
      return `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>a</id><title>${x}</title>` +
        `<summary type="html">${x}</summary><category term="${x}"/><updated>2025-06-02T10:00:00Z</updated></entry></feed>`;
    case 'jsonfeed':
      return JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [
        {id: 'a', title: third, content_html: third, tags: [third], date_published: '2025-06-02T10:00:00Z'}]});
    default:
      return JSON.stringify({version: 1, articles: [
        {id: 'a', title: third, summary: third, category: third, published: '2025-06-02', topics: [], sources: [], entities: []}]});
  }
}

const cases: Array<[string, (text: string) => unknown, Shape[]]> = [
  ['collapse', collapse, [newlines, crlf, spaces, ideographicSpaces, surrogates]],
  ['tidyText (paragraphs)', (text) => tidyText(text, {paragraphs: true}), [newlines, crlf, spaces, ideographicSpaces]],
  ['htmlToText', htmlToText, [newlines, comments, entities, tags, ideographicSpaces]],
  ['htmlToText (paragraphs)', (text) => htmlToText(text, {paragraphs: true}), [newlines, tags, ['北<br>\\n…', (n) => fill('北<br>\n', n)]]],
  ['decodeEntities', decodeEntities, [entities, ['&&&…', (n) => fill('&', n)], ['&#&#…', (n) => fill('&#', n)]]],
  ['parseFeed (sniffing)', parseFeed, [comments, ['<?a?>… + !', (n) => `${fill('<?a?>', n - 1)}!`],
    ['<!DOCTYPE a [ ]…', (n) => `<!DOCTYPE a [${fill(' ]', n - 13)}`], ['\\u202E + spaces', (n) => `\u202E${fill(' ', n - 1)}`],
    ['spaces + {', (n) => `${fill(' ', n - 1)}{`]]],
  ...(['rss', 'atom', 'json', 'jsonfeed'] as const).map((format): [string, (text: string) => unknown, Shape[]] => {
    const feed = prepared((text) => feedOf(format, text));
    return [`parseFeed (${format})`, (text) => parseFeed(feed(text)), [bangs, comments, surrogates]];
  }),
  ['parseFeedDate', (text) => parseFeedDate(text, {lang: 'zh-TW'}), [spaces, ['Mon, 1 + 1…', (n) => `Mon, 1${fill('1', n - 6)}`],
    ['Mon, 02 Jun 2025 10:00 ( + spaces', (n) => `Mon, 02 Jun 2025 10:00 (${fill(' (', n - 24)}`], ['2025-01-01T + 0…', (n) => `2025-01-01T${fill('0', n - 11)}`]]],
  ['parseRfc822Date', parseRfc822Date, [spaces, ['a, … + spaces', (n) => `a,${fill(' a', n - 2)}`]]],
  ['parseIsoDate', parseIsoDate, [['2025… + 0', (n) => `2025${fill('0', n - 4)}`], spaces]],
  ['guessLang', guessLang, [cjkPunctuation, surrogates, bangs]],
  ['quote', quote, [bangs, spaces, ['U+202E…', (n) => fill('\u202E', n)]]],
  ['FeedError', (text) => new FeedError('parse', text), [['U+2068…', (n) => fill('\u2068', n)], ['U+2069…', (n) => fill('\u2069', n)]]],
  ['decodeFeed', ((bytes) => (text: string) => decodeFeed(bytes(text)))(prepared((text) => new TextEncoder().encode(text))), [['<?xml encoding= + spaces', (n) => `<?xml version="1.0" encoding=${fill(' ', n - 28)}`]]],
];

describe('data functions take linear time on adversarial input', function () {
  for (const [name, run, shapes] of cases) {
    it(name, async function () {
      this.timeout(100_000);
      for (const shape of shapes) await expectLinear(name, run, shape);
    });
  }
});
