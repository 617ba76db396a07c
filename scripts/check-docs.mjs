// Checks the docs a newcomer walks: README.md stays an entry page (at most 16 KB; the rest lives
// under docs/), and every relative link in README.md, SECURITY.md and docs/**/*.md points at a file
// of the repository and, with a #fragment into a Markdown file, at one of its headings. Run by
// `npm test` (scripts/test.sh) beside check-layers. Exits 1 on the first report with problems.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const README_MAX = 16 * 1024;

/**
 * Pages another branch is writing, linked before they land: a link to one is not reported while
 * the file is absent (and is checked like any other once it exists). Empty it when they land.
 */
const PENDING = new Set();

function markdownFiles(dir) {
  return readdirSync(join(root, dir), {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(path) : entry.name.endsWith('.md') ? [path] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
  return heading
    .replace(/<[^>]*>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const anchorsOf = new Map();
function anchors(file) {
  if (!anchorsOf.has(file)) {
    const seen = new Map();
    const found = new Set();
    let fenced = false;
    for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
      if (line.startsWith('```')) fenced = !fenced;
      const heading = !fenced && /^#{1,6} (.*)$/.exec(line);
      if (!heading) continue;
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      found.add(count ? `${base}-${count}` : base);
    }
    anchorsOf.set(file, found);
  }
  return anchorsOf.get(file);
}

/** The link targets of a Markdown text, outside code: inline links and images, `[x](target)`. */
function links(text) {
  const out = [];
  let fenced = false;
  text.split('\n').forEach((line, index) => {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) return;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) out.push({target: match[1], line: index + 1});
  });
  return out;
}

const problems = [];
const readme = statSync(join(root, 'README.md')).size;
if (readme > README_MAX) problems.push(`README.md is ${readme} bytes, over ${README_MAX}: move detail into docs/`);

for (const file of ['README.md', 'SECURITY.md', ...markdownFiles('docs')]) {
  if (!existsSync(join(root, file))) continue;
  for (const {target, line} of links(readFileSync(join(root, file), 'utf8'))) {
    if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith('//')) continue; // http:, mailto:…
    const [path, fragment] = target.split('#');
    const resolved = path ? relative(root, join(root, dirname(file), decodeURIComponent(path))) : file;
    const where = `${file}:${line}`;
    if (resolved.startsWith('..')) {
      problems.push(`${where}: ${target} leaves the repository`);
    } else if (!existsSync(join(root, resolved))) {
      if (!PENDING.has(resolved)) problems.push(`${where}: ${target} — no such file (${resolved})`);
    } else if (fragment && resolved.endsWith('.md') && !anchors(resolved).has(fragment)) {
      problems.push(`${where}: ${target} — ${resolved} has no heading #${fragment}`);
    }
  }
}

if (problems.length) {
  console.error(`✗ Docs:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Docs: README.md ${(readme / 1024).toFixed(1)} KB (at most 16); every relative link resolves.`);
