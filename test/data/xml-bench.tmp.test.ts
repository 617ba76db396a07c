// Temporary: parse-xml vs DOMParser timings (not committed).
import {parseXml as rgrove} from '@rgrove/parse-xml';
import {parseRss} from '../../src/data/formats/rss.js';
import {parseAtom} from '../../src/data/formats/atom.js';
import {fixture} from './helpers.js';

function big(bytes: number): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = `<item><title>朝鮮 headline ${i} &amp; more</title><link>https://example.org/${i}</link>` +
      `<guid>g${i}</guid><pubDate>Tue, 29 Jul 2025 08:30:00 GMT</pubDate><dc:creator>Desk ${i % 7}</dc:creator>` +
      `<description>&lt;p&gt;Paragraph ${i} of the story, with &lt;b&gt;bold&lt;/b&gt; text and an image &lt;img src="/i/${i}.jpg" alt="x"&gt;&lt;/p&gt;</description>` +
      `<category>Politics</category><media:content url="https://example.org/i/${i}.jpg" medium="image" width="640"/></item>\n`;
    items.push(item);
    size += item.length;
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Big</title><language>en</language>${items.join('')}</channel></rss>`;
}

function median(run: () => unknown, n = 20, reps = 1): number {
  const times: number[] = [];
  run();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    for (let r = 0; r < reps; r++) run();
    times.push((performance.now() - t) / reps);
  }
  times.sort((a, b) => a - b);
  return times[n >> 1]!;
}

describe('xml timings', function () {
  this.timeout(600_000);
  it('times', async () => {
    const cases: [string, string, boolean][] = [];
    for (const name of ['rss2.xml', 'real-world/blogger.xml', 'real-world/wordpress.xml', 'atom.xml']) {
      cases.push([name, name.startsWith('real') ? await (await fetch(`/test/fixtures/feeds/${name}`)).text() : (await fixture(name)).text, name.includes('atom') || name.includes('blogger')]);
    }
    cases.push(['generated 5 MB RSS', big(5_000_000), false]);
    const rows: string[] = [];
    for (const [name, text, atom] of cases) {
      const reps = text.length < 100_000 ? 50 : 1;
      const lib = median(() => rgrove(text, {includeOffsets: true, preserveDocumentType: true}), 20, reps);
      const dom = median(() => new DOMParser().parseFromString(text, 'application/xml'), 20, reps);
      const full = median(() => (atom ? parseAtom(text) : parseRss(text)), 20, reps);
      rows.push(`${name} (${text.length} chars): parse-xml ${lib.toFixed(3)} ms, DOMParser ${dom.toFixed(3)} ms, parse${atom ? 'Atom' : 'Rss'} ${full.toFixed(3)} ms`);
    }
    console.log(`${navigator.userAgent}\n${rows.join('\n')}`);
  });
});
