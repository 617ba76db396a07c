// Checks what `npm pack` would publish, from the built tree: every entry the package exports and
// the editor data are in it, and nothing of the tests, the demo or the sources is. Run by
// `npm run lint:package` after a build (prepack builds before a real pack).
import {execFileSync} from 'node:child_process';

const [{files, size, unpackedSize}] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'})
);
const paths = new Set(files.map((file) => file.path));

const required = [
  'dist/index.js', 'dist/index.d.ts', 'dist/cdn/nk-news.js', 'dist/reserve.css', 'dist/cdn/reserve.css',
  'dist/news-feed/define.js', 'dist/event-card/define.js', 'dist/timeline/define.js', 'dist/script-switch/define.js',
  'dist/react/index.js', 'dist/react/index.d.ts',
  'custom-elements.json', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json',
];
const forbidden = [/^test\//, /\.test\.[jt]s$/, /^demo\//, /^src\//, /^scripts\//, /^node_modules\//];

const problems = [
  ...required.filter((path) => !paths.has(path)).map((path) => `missing: ${path} (has the build run?)`),
  ...[...paths].filter((path) => forbidden.some((pattern) => pattern.test(path))).map((path) => `should not ship: ${path}`),
];
if (problems.length) {
  console.error(`✗ The package is not what it should be:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(`Package: ${paths.size} files, ${kB(size)} packed, ${kB(unpackedSize)} unpacked; no tests, demo or sources.`);
