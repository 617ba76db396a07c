// RSS and Atom read in plain Node, with no DOM library, as browsers read them (the same expected
// articles as test/data/xml-tree.test.ts); and the same reading under Deno and Bun, whose binaries
// come from npm. Runs with Node's test runner (scripts/test.sh), not in a browser.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {essentials, XML_FEEDS} from '../data/xml-feeds-expected.js';
import {manyAttributes, readAll, type Read} from './fixtures/xml-feeds.js';
import {parseFeed} from '../../src/data/parse.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = 'test/node/fixtures/print-xml-feeds.ts';

test('there is no DOM here: the readers need none', () => {
  assert.equal(typeof (globalThis as {DOMParser?: unknown}).DOMParser, 'undefined');
  assert.equal(typeof (globalThis as {document?: unknown}).document, 'undefined');
});

const node = readAll();

for (const {format, file, articles} of XML_FEEDS) {
  test(`${format} (${file}): the titles, dates, links and summaries browsers read`, () => {
    const read = node[file]!;
    assert.ok(read.ok, read.ok ? '' : read.message);
    assert.deepEqual(essentials(read.articles), articles);
  });
}

test('an RSS item with 100,000 attributes is a clear parse error, in linear time', () => {
  const read = node['100,000 attributes']!;
  assert.deepEqual(read.ok ? read : {code: read.code}, {code: 'parse'});
  assert.match(read.ok ? '' : read.message, /^The feed is not well-formed XML: line 1: <item> has 100000 attributes, more than the \d+ an element may have$/);
  const time = (count: number) => {
    const text = manyAttributes(count);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      parseFeed(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  // Eight times the attributes: eight times the time were it linear, 64 were it quadratic.
  const [small, large] = [time(25_000), time(200_000)];
  assert.ok(large < Math.max(small, 5) * 24, `${small} ms for 25,000 attributes, ${large} ms for 200,000`);
});

/** What `command` prints for the fixtures, parsed; it must finish within a minute. */
function run(command: string, args: string[]): Promise<Record<string, Read>> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {cwd: root, timeout: 60_000, maxBuffer: 16 << 20, env: {...process.env, NO_COLOR: '1'}}, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')}: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Record<string, Read>);
    });
  });
}

const runtimes: [string, string, string[]][] = [
  // Deno resolves the sources' ".js" imports to their ".ts" files only when asked to.
  ['Deno', 'node_modules/.bin/deno', ['run', '--quiet', '--sloppy-imports', '--allow-read', '--allow-env', script]],
  ['Bun', 'node_modules/.bin/bun', [script]],
];

for (const [name, command, args] of runtimes) {
  test(`${name} reads every fixture as Node does, and refuses the 100,000 attributes the same way`, {timeout: 90_000}, async () => {
    const read = await run(command, args);
    assert.deepEqual(read, JSON.parse(JSON.stringify(node)));
  });
}
