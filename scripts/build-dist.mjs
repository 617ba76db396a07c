// Keeps dist/ whole while it is rebuilt, so a running `npm start` (or a page it serves) never finds
// it gone: the build writes over the old files instead of deleting the folder first (issue #25,
// "npm test deletes and rebuilds dist under a running npm start"), and `sweep` then removes what
// this build did not write (chunks whose hash changed, modules since removed).
//   node scripts/build-dist.mjs mark    before the build: marks the time it starts (a file's mtime)
//   node scripts/build-dist.mjs sweep   after it: deletes files in dist/ older than that mark
import {mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const DIST = 'dist';
const MARK = join(DIST, '.build-start');

function sweep(dir, since) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      sweep(path, since);
      if (!readdirSync(path).length) rmSync(path, {recursive: true});
    } else if (statSync(path).mtimeMs < since) {
      rmSync(path);
    }
  }
}

if (process.argv[2] === 'mark') {
  mkdirSync(DIST, {recursive: true});
  writeFileSync(MARK, '');
} else if (process.argv[2] === 'sweep') {
  // The mark's own mtime, not Date.now(): a file's mtime comes from the file system's clock, which
  // can lag the process's by milliseconds, so a file written just after a Date.now() mark could
  // look older than it and be swept (seen once in CI). Both times now come from the same clock.
  const since = statSync(MARK).mtimeMs;
  rmSync(MARK);
  sweep(DIST, since);
} else {
  console.error('usage: node scripts/build-dist.mjs mark|sweep');
  process.exit(2);
}
