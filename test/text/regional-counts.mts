// Counts the regional set's errors (see regional-set.ts) for nk-news and for raw opencc-js:
//   node --import tsx test/text/regional-counts.ts [root] [--list]
// `root` is a checkout whose src/ is converted (default: this one), so an older commit's counts
// can be taken from `git archive <commit> src` unpacked under a folder of this repository.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Converter} from 'opencc-js';
import {FILES, RAW_PRESETS, count, explain, run, type RegionalSet} from './regional-set.js';

const args = process.argv.slice(2);
const root = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? '.');
const here = path.dirname(new URL(import.meta.url).pathname);
const sets = new Map(FILES.map((file) => [file, JSON.parse(readFileSync(path.join(here, '../fixtures/regional', `${file}.json`), 'utf8')) as RegionalSet]));

const {convertText} = (await import(path.join(root, 'src/text/convert.ts'))) as typeof import('../../src/text/convert.js');
const ours = await run(sets, convertText);
const presets = new Map<string, (text: string) => string>();
const raw = await run(sets, (text, from, to) => {
  const key = `${from}>${to}`;
  if (!presets.has(key)) presets.set(key, Converter({from: RAW_PRESETS[from], to: RAW_PRESETS[to]}));
  return presets.get(key)!(text);
});
const rawRightOursWrong = ours.filter((outcome, index) => outcome.hunks.length && !raw[index]!.hunks.length);

const line = (name: string, counts: ReturnType<typeof count>) =>
  `${name}: ${counts.certain} certain, ${counts.likely} likely (${counts.wrong} of ${ours.length} conversions differ)`;
console.log(line(`nk-news (${path.relative('.', root) || '.'})`, count(ours)));
console.log(line('raw opencc-js', count(raw)));
console.log(`raw opencc-js right where nk-news is wrong: ${rawRightOursWrong.length}`);
if (args.includes('--list')) for (const outcome of ours) if (outcome.hunks.length) console.log(explain(outcome));
if (args.includes('--raw')) for (const outcome of rawRightOursWrong) console.log(explain(outcome));
