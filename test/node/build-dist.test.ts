// A rebuild never leaves dist/ missing under a running `npm start` (issue #25, item 8): the build
// writes over the old files, and scripts/build-dist.mjs sweeps only what it did not write.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const script = fileURLToPath(new URL('../../scripts/build-dist.mjs', import.meta.url));
const run = (cwd: string, step: string) => execFileSync(process.execPath, [script, step], {cwd});

test('a rebuild keeps dist/ and what it wrote, and sweeps only what it did not write', () => {
  const root = mkdtempSync(join(tmpdir(), 'nk-build-'));
  try {
    const old = new Date(Date.now() - 60_000);
    mkdirSync(join(root, 'dist/cdn/chunks'), {recursive: true});
    for (const file of ['dist/index.js', 'dist/cdn/chunks/view-OLD.js']) {
      writeFileSync(join(root, file), 'old');
      utimesSync(join(root, file), old, old);
    }
    run(root, 'mark');
    // The build writes over a file it still makes, and a chunk under a new hash.
    writeFileSync(join(root, 'dist/index.js'), 'new');
    writeFileSync(join(root, 'dist/cdn/chunks/view-NEW.js'), 'new');
    assert.ok(existsSync(join(root, 'dist/cdn/chunks/view-OLD.js')), 'the old chunk is served while the build runs');
    run(root, 'sweep');
    assert.ok(existsSync(join(root, 'dist/index.js')));
    assert.ok(existsSync(join(root, 'dist/cdn/chunks/view-NEW.js')));
    assert.ok(!existsSync(join(root, 'dist/cdn/chunks/view-OLD.js')), 'the chunk this build did not write is gone');
    assert.ok(!existsSync(join(root, 'dist/.build-start')), 'no mark is left in the package');
  } finally {
    rmSync(root, {recursive: true, force: true});
  }
});
