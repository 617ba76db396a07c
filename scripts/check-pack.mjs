// Checks what `npm pack` would publish, from the built tree: every entry the package exports and
// the editor data are in it, nothing of the tests, the demo or the sources is; every source map
// carries what it maps (or points at what ships), every link in the shipped docs leads into the
// package; the editor data offers values, not type names; no chunk a bundler makes of it is over
// Vite's 500 kB warning; `engines` holds for every package installed; publint finds nothing. Run
// by `npm test` (test/node/package.test.ts) and `npm run lint:package`, after a build.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';
import semver from 'semver';

const [{files, size, unpackedSize}] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'})
);
const paths = new Set(files.map((file) => file.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const read = (file) => readFileSync(file, 'utf8');
const problems = [];

const required = [
  'dist/index.js', 'dist/index.d.ts', 'dist/cdn/nk-news.js', 'dist/reserve.css', 'dist/cdn/reserve.css',
  'dist/news-feed/define.js', 'dist/event-card/define.js', 'dist/timeline/define.js', 'dist/script-switch/define.js',
  'dist/react/index.js', 'dist/react/index.d.ts', 'SECURITY.md',
  'custom-elements.json', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json',
];
// src/corpus/README.md ships: it tells where the bundled articles come from, and README links it.
const forbidden = [/^test\//, /\.test\.[jt]s$/, /^demo\//, /^src\/(?!corpus\/README\.md$)/, /^scripts\//, /^node_modules\//];
problems.push(
  ...required.filter((file) => !paths.has(file)).map((file) => `missing: ${file} (has the build run?)`),
  ...[...paths].filter((file) => forbidden.some((pattern) => pattern.test(file))).map((file) => `should not ship: ${file}`),
);

// Source maps: a map whose sources are not in the package must carry them (sourcesContent).
for (const file of paths) {
  if (file.endsWith('.js')) {
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(read(file))?.[1];
    if (url && !url.startsWith('data:') && !paths.has(path.posix.join(path.posix.dirname(file), url))) problems.push(`${file}: its source map ${url} does not ship`);
  }
  if (!file.endsWith('.map')) continue;
  const map = JSON.parse(read(file));
  map.sources.forEach((source, i) => {
    const shipped = paths.has(path.posix.join(path.posix.dirname(file), map.sourceRoot ?? '', source));
    if (!shipped && typeof map.sourcesContent?.[i] !== 'string') problems.push(`${file}: maps ${source}, which does not ship, without its text`);
  });
}

// Links in the shipped docs: a relative one must lead to a file (or folder) in the package.
const folders = new Set([...paths].flatMap((file) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
for (const file of [...paths].filter((name) => name.endsWith('.md'))) {
  for (const [, target] of read(file).matchAll(/\]\(([^()\s]+)\)/g)) {
    if (/^(?:[a-z]+:|#)/i.test(target)) continue;
    const linked = path.posix.normalize(path.posix.join(path.posix.dirname(file), target.split('#')[0])).replace(/\/$/, '');
    if (!paths.has(linked) && !folders.has(linked)) problems.push(`${file}: links ${target}, which does not ship`);
  }
}

// The embed snippets: the npm CDN at this version (it sends the CORS header a module script needs).
const cdn = `https://cdn.jsdelivr.net/npm/nk-news@${pkg.version}/dist/cdn/nk-news.js`;
if (!read('README.md').includes(`<script type="module" src="${cdn}"></script>`)) problems.push(`README.md: the embed does not load ${cdn}`);
for (const file of [...paths].filter((name) => name.endsWith('.md'))) {
  for (const [url, version] of read(file).matchAll(/cdn\.jsdelivr\.net\/npm\/nk-news@([^/\s]+)/g)) {
    if (version !== pkg.version) problems.push(`${file}: ${url}, not this version (${pkg.version})`);
  }
}

// Editor data (custom-elements-manifest.config.mjs): values to type, resolved types, reference pages, one CSS entry per name.
const html = JSON.parse(read('dist/vscode.html-custom-data.json'));
for (const tag of html.tags) {
  for (const attribute of tag.attributes) {
    const names = attribute.values.map((value) => value.name);
    if (names.some((name) => /^[A-Z]\w*$/.test(name))) problems.push(`VS Code data: <${tag.name} ${attribute.name}> offers a type name: ${names.join(', ')}`);
    if (['format', 'sort', 'variant'].includes(attribute.name) && names.length < 2) problems.push(`VS Code data: <${tag.name} ${attribute.name}> offers no values`);
  }
}
const webTypes = JSON.parse(read('dist/web-types.json'));
for (const element of webTypes.contributions.html.elements) {
  const page = `docs/elements/${element.name}.md`;
  if (!element['doc-url']?.endsWith(`/${page}`) || !paths.has(page)) problems.push(`web-types: ${element.name}'s doc-url ${JSON.stringify(element['doc-url'])} is not its shipped ${page}`);
  for (const {name, value} of element.attributes) {
    const unquoted = value.type.replace(/'[^']*'/g, '');
    if (/\bundefined\b|\b[A-Z]\w*\b/.test(unquoted)) problems.push(`web-types: ${element.name} ${name}: type ${value.type}`);
  }
}
const css = JSON.parse(read('dist/vscode.css-custom-data.json'));
for (const kind of ['properties', 'pseudoElements']) {
  const names = css[kind].map((entry) => entry.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length) problems.push(`VS Code CSS data: ${kind} listed more than once: ${[...new Set(twice)].join(', ')}`);
}

// Chunks: what a site's bundler makes of the package, lazy chunks split as Vite and rollup split them.
const VITE_CHUNK_WARNING = 500 * 1000;
const bundled = await esbuild.build({
  entryPoints: ['dist/index.js'], bundle: true, splitting: true, format: 'esm', minify: true, write: false,
  outdir: 'chunks', platform: 'browser', logLevel: 'silent', charset: 'utf8',
});
const chunks = [...bundled.outputFiles, ...[...paths].filter((file) => file.endsWith('.js')).map((file) => ({path: file, contents: readFileSync(file)}))];
for (const chunk of chunks) {
  if (chunk.contents.length > VITE_CHUNK_WARNING) problems.push(`${path.basename(chunk.path)}: ${Math.round(chunk.contents.length / 1000)} kB, over the 500 kB Vite warns of`);
}

// Engines: `npm ci` on the oldest Node we accept warns of no installed package (EBADENGINE).
const floor = semver.minVersion(pkg.engines.node);
const lock = JSON.parse(read('package-lock.json'));
for (const [where, entry] of Object.entries(lock.packages)) {
  const range = entry.engines?.node;
  if (!where || !range || !existsSync(where)) continue;
  if (!semver.satisfies(floor, range)) problems.push(`${where}@${entry.version} wants Node ${range}; package.json's engines accept ${pkg.engines.node}`);
}
if (!semver.satisfies(process.version, pkg.engines.node)) problems.push(`this Node (${process.version}) is outside engines ${pkg.engines.node}`);

const linted = await publint({pkgDir: '.', strict: true, pack: 'npm'});
problems.push(...linted.messages.map((message) => `publint: ${formatMessage(message, linted.pkg)}`));

if (problems.length) {
  console.error(`✗ The package is not what it should be:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(`Package: ${paths.size} files, ${kB(size)} packed, ${kB(unpackedSize)} unpacked; no tests, demo or sources; ` +
  `maps, links, editor data, ${chunks.length} chunks ≤ 500 kB, engines and publint checked.`);
