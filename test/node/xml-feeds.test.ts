// RSS and Atom read in plain Node, with no DOM library, as browsers read them (the same expected
// articles as test/data/xml-tree.test.ts); and the same reading under Deno, Bun and workerd (through
// miniflare), whose binaries come from npm. Runs with Node's test runner (scripts/test.sh).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {Miniflare} from 'miniflare';
import {essentials, XML_FEEDS} from '../data/xml-feeds-expected.js';
import {manyAttributes, readFeeds, type Read} from './fixtures/xml-feeds.js';
import {parseFeed} from '../../src/data/parse.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = 'test/node/fixtures/print-xml-feeds.ts';
const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(`../fixtures/feeds/${file}`, import.meta.url)));

test('there is no DOM here: the readers need none', () => {
  assert.equal(typeof (globalThis as {DOMParser?: unknown}).DOMParser, 'undefined');
  assert.equal(typeof (globalThis as {document?: unknown}).document, 'undefined');
});

const node = readFeeds(bytesOf);

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
  assert.ok(large < Math.max(small, 20) * 24, `${small} ms for 25,000 attributes, ${large} ms for 200,000`);
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

test('workerd reads every fixture as Node does, and refuses the 100,000 attributes the same way', {timeout: 90_000}, async () => {
  // A Worker that reads the fixtures bundled into it: workerd has no file system.
  const fixtures = Object.fromEntries(XML_FEEDS.map(({file}) => [file, Buffer.from(bytesOf(file)).toString('base64')]));
  const bundle = await esbuild.build({
    stdin: {
      resolveDir: root,
      sourcefile: 'worker.ts',
      loader: 'ts',
      contents: `import {readFeeds} from './test/node/fixtures/xml-feeds.ts';
        const fixtures = ${JSON.stringify(fixtures)};
        const bytesOf = (file) => Uint8Array.from(atob(fixtures[file]), (c) => c.charCodeAt(0));
        export default {fetch: () => Response.json(readFeeds(bytesOf))};`,
    },
    bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent', mainFields: ['module', 'main'],
  });
  const worker = new Miniflare({modules: true, script: bundle.outputFiles[0]!.text, compatibilityDate: '2025-07-01'});
  try {
    const response = await worker.dispatchFetch('http://worker.test/');
    assert.deepEqual(await response.json(), JSON.parse(JSON.stringify(node)));
  } finally {
    await worker.dispose();
  }
});
