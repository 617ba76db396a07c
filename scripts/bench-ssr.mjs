// The weight of a server-rendered page (issue 22, "Weight"), in gzip bytes (node zlib, level 9):
//
//   1. a 10-story <nk-news-feed> (the bundled corpus, limit 10) against its hand-written twin: the
//      same text in plain semantic HTML (headline, date, category, sources, summary, entities of
//      each story shown, read from the rendered feed itself) with the same JSON-LD. Budget 2×.
//   2. limit="10" over a 300-story feed against the same over a 10-story one (the first 10 of the
//      300). Budget: no heavier, but for the "more" button the first must show and the second must
//      not (1% of the page; the row prints both sizes).
//
// Usage: node scripts/bench-ssr.mjs   (exits 1 over a budget). It renders from src/, bundled once
// with esbuild as scripts/ssr-pages.mjs does; test/node/ssr-weight.test.ts calls `measure` with the
// module it loads through tsx. Bytes are deterministic: the same source gives the same figures.
import {gzipSync} from 'node:zlib';
import {pathToFileURL} from 'node:url';
import {DomUtils, parseDocument} from 'htmlparser2';

const {findAll, findOne, getAttributeValue, textContent} = DomUtils;

export const RATIO_BUDGET = 2;
/** The "more" button's allowance in the 300-against-10 row: the button, its rules in the pruned stylesheet and `aria-setsize="300"` come to 80–300 B gzipped (about 1–2% of the page), which the 10-story page rightly lacks. */
export const GROWTH_BUDGET = 1.02;

export const gzip = (text) => gzipSync(Buffer.from(text), {level: 9}).length;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hasPart = (name) => (el) => (getAttributeValue(el, 'part') ?? '').split(/\s+/).includes(name);
const texts = (root, part) => findAll(hasPart(part), [root]).map((el) => textContent(el).trim());

/** The hand-written twin of a rendered feed: its stories' text as plain HTML, and its JSON-LD as it is. */
export function twinOf(page) {
  const doc = parseDocument(page);
  const stories = findAll(hasPart('article'), doc.children).map((article) => {
    const time = findOne((el) => el.name === 'time', [article]);
    const link = findOne((el) => el.name === 'a' && hasPart('headline')(el.parent ?? {}), [article]);
    const [headline] = texts(article, 'headline');
    const title = link ? `<a href="${escape(getAttributeValue(link, 'href') ?? '')}">${escape(headline ?? '')}</a>` : escape(headline ?? '');
    const list = (items) => (items.length ? `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>` : '');
    return `<article lang="${escape(getAttributeValue(article, 'lang') ?? '')}"><h3>${title}</h3>` +
      `<p><time datetime="${escape(getAttributeValue(time, 'datetime') ?? '')}">${escape(textContent(time).trim())}</time> ` +
      `${texts(article, 'category').map((c) => `<span>${escape(c)}</span>`).join('')}</p>${list(texts(article, 'source'))}` +
      `${texts(article, 'summary').map((s) => `<p>${escape(s)}</p>`).join('')}${list(texts(article, 'entity'))}</article>`;
  });
  const ld = /<script type="application\/ld\+json">[^]*?<\/script>/.exec(page)?.[0] ?? '';
  return {count: stories.length, html: `<section aria-label="北韓新聞">${stories.join('')}</section>${ld}`};
}

/** `count` stories made from the corpus, each with its own id and hour, newest first. */
function stories(corpus, count) {
  return Array.from({length: count}, (_, i) => ({
    ...corpus[i % corpus.length], id: `bench-${i}`, published: new Date(Date.UTC(2025, 6, 29, 12) - i * 3_600_000).toISOString(),
  }));
}

/** The two rows, from an nk-news/ssr module and the bundled corpus's articles. */
export async function measure(ssr, corpus) {
  const feed = await ssr.renderFeed({limit: '10'});
  const twin = twinOf(feed);
  if (twin.count !== 10) throw new Error(`the feed showed ${twin.count} stories, not 10`);
  const all = stories(corpus, 300);
  const reader = (list) => async () => ({ok: true, value: list, warnings: []});
  const over = async (list) => ssr.renderFeed({limit: '10', src: `https://feeds.example/${list.length}.json`}, {read: reader(list)});
  const [big, small] = await Promise.all([over(all), over(all.slice(0, 10))]);
  const sizes = {feed: gzip(feed), twin: gzip(twin.html), big: gzip(big), small: gzip(small)};
  return [
    {name: 'ssr: 10-story feed against its hand-written twin (gzip)', value: +(sizes.feed / sizes.twin).toFixed(2), unit: '×',
      budget: RATIO_BUDGET, note: `${sizes.feed} B against ${sizes.twin} B`},
    {name: 'ssr: limit=10 over 300 stories against over 10 (gzip)', value: +(sizes.big / sizes.small).toFixed(3), unit: '×',
      budget: GROWTH_BUDGET, note: `${sizes.big} B against ${sizes.small} B`},
  ];
}

/** src/ssr and the corpus, bundled for Node (dependencies stay node_modules' own). */
export async function sourceModules() {
  const {build} = await import('esbuild');
  const root = new URL('../', import.meta.url);
  const outdir = new URL('node_modules/.cache/nk-news-bench-ssr/', root).pathname;
  await build({
    entryPoints: {ssr: new URL('src/ssr/index.ts', root).pathname, corpus: new URL('src/corpus/articles.ts', root).pathname},
    outdir, outExtension: {'.js': '.mjs'}, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent',
    // package.json's sideEffects names dist's define modules; src's must be kept too.
    ignoreAnnotations: true,
  });
  const [ssr, {articles}] = await Promise.all([import(`${outdir}ssr.mjs`), import(`${outdir}corpus.mjs`)]);
  return {ssr, articles};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const {ssr, articles} = await sourceModules();
  const rows = await measure(ssr, articles);
  let missed = 0;
  for (const row of rows) {
    const ok = row.value <= row.budget;
    if (!ok) missed++;
    console.log(`${row.name.padEnd(60)} ${`${row.value}${row.unit}`.padStart(8)}  ${ok ? 'ok  ' : 'FAIL'} budget ${row.budget}${row.unit}  (${row.note})`);
  }
  process.exit(missed ? 1 : 0);
}
