#!/usr/bin/env node
// The corpus's summaries are the seed's story lines with the one mend of src/corpus/README.md and
// Taiwan's full-width punctuation (the scrape had turned ，：？（） into ASCII). This script makes that
// edit from the seed, with the same fullWidthPunctuation() the conversion uses, and writes the
// summaries into src/corpus/articles.ts. With --check it changes nothing and fails when the corpus
// differs from what it would write (npm test runs it so).
//
//   node scripts/punctuate-corpus.mjs [--check] [--seed path/to/seed.txt]
//
// The listing is kept in the repository (test/fixtures/seed/listing.txt, a copy of the seed the
// corpus was made from), so a clone checks the corpus against it with nothing beside it.
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const seedAt = args.indexOf('--seed');
const seedPath = seedAt >= 0 ? resolve(args[seedAt + 1]) : resolve(root, 'test/fixtures/seed/listing.txt');
const articlesPath = resolve(root, 'src/corpus/articles.ts');

/** The one mend (README: 強硬 had slipped inside the name 金與正). */
const MENDS = [['被視為政權發言人的金與強硬正表示', '被視為政權發言人的金與正強硬表示']];

if (!existsSync(seedPath)) {
  console.error(`✗ The seed listing is not at ${seedPath}.`);
  process.exit(1);
}

// typography.ts and the few small modules it imports, bundled into one module in memory.
const {outputFiles: [{text: code}]} = await build({entryPoints: [resolve(root, 'src/text/typography.ts')], bundle: true,
  format: 'esm', write: false, logLevel: 'silent'});
const {fullWidthPunctuation} = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/).map((line) => line.trim());
// The first line is the topic (北韓); 國際政經 lines are category headers; every other line is a story.
const stories = lines.slice(1).filter((line) => line && line !== '國際政經');
const summaries = stories.map((story) => {
  let text = story;
  for (const [from, to] of MENDS) text = text.replace(from, to);
  return fullWidthPunctuation(text);
});

const file = readFileSync(articlesPath, 'utf8');
const pattern = /(summary:\s*\n\s*)'((?:[^'\\]|\\.)*)'/g;
const found = [...file.matchAll(pattern)];
if (found.length !== summaries.length) {
  console.error(`✗ The seed has ${summaries.length} stories, articles.ts ${found.length} summaries.`);
  process.exit(1);
}
let i = 0;
const next = file.replace(pattern, (_, lead) => `${lead}'${summaries[i++].replace(/[\\']/g, '\\$&')}'`);

if (check) {
  const differ = found.filter((m, n) => m[2] !== summaries[n].replace(/[\\']/g, '\\$&'));
  if (differ.length) {
    console.error(`✗ ${differ.length} corpus summaries differ from the seed's edit; run node scripts/punctuate-corpus.mjs`);
    for (const m of differ) console.error(`  ${m[2].slice(0, 40)}…`);
    process.exit(1);
  }
  console.log(`✓ The corpus's ${summaries.length} summaries are the seed's, punctuated.`);
} else if (next !== file) {
  writeFileSync(articlesPath, next);
  console.log(`Wrote ${summaries.length} summaries into src/corpus/articles.ts.`);
} else {
  console.log('src/corpus/articles.ts is up to date.');
}
