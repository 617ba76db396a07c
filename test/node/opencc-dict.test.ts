// OpenCC's Simplified → Traditional phrase table, as nk-news ships it in parts
// (src/text/opencc-dict/, read by src/text/from-cn.ts, written by scripts/split-dictionary.mjs): the same table as opencc-js's,
// each part small enough that no site's bundler warns of its chunk (Vite: 500 kB).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import table from 'opencc-js/dict/STPhrases';
import characters from 'opencc-js/dict/STCharacters';
import openccFromCn from 'opencc-js/from/cn';
import {fromCn} from '../../src/text/from-cn.js';

test("the parts joined are opencc-js's from/cn, table and characters alike", async () => {
  const {default: groups} = await fromCn();
  assert.deepEqual(groups, [[table, characters]]);
  assert.deepEqual(groups, openccFromCn, 'opencc-js has changed its from/cn: run node scripts/split-dictionary.mjs');
});

/** What scripts/split-dictionary.mjs cuts to: under Vite's 500 kB, with room for a bundler's wrapping. */
const PART_BYTES = 400_000;

test('each part is under the size a bundler warns of', async () => {
  const parts = await Promise.all([1, 2, 3].map((n) => import(`../../src/text/opencc-dict/STPhrases-${n}.js`)));
  for (const {default: part} of parts) assert.ok(Buffer.byteLength(part) <= PART_BYTES, `${Buffer.byteLength(part)} bytes`);
});
