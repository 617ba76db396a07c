// What `npm pack` publishes, checked by scripts/check-pack.mjs on the built tree (scripts/test.sh
// builds before the Node tests): no map without its sources, no link out of the package, editor
// data with values, every chunk under Vite's 500 kB, engines that hold on Node 20, publint clean.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {test} from 'node:test';
import {promisify} from 'node:util';

test('the package is what it should be (scripts/check-pack.mjs)', {timeout: 240_000}, async () => {
  const run = promisify(execFile)(process.execPath, ['scripts/check-pack.mjs'], {encoding: 'utf8', maxBuffer: 1 << 24});
  const {stdout} = await run.catch((error: {stderr?: string; message: string}) => assert.fail(error.stderr || error.message));
  assert.match(stdout, /^Package: \d+ files/);
});
