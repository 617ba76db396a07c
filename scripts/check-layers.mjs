// Checks the house rules of docs/architecture.md: every import goes down the layers, no two
// folders import each other, no element folder imports another, no module imports itself through
// others (a cycle), and no code file passes 350 lines (data tables aside). Run by `npm test`
// before the browsers start.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';

/** Bottom up. A folder of src/ per name; `entries` are index.ts, define.ts, each element's define.ts, and the react/, ssr/ and server/ folders. */
const LAYERS = [['core'], ['data', 'corpus'], ['text'], ['i18n'], ['view'],
  ['news-feed', 'event-card', 'timeline', 'script-switch'], ['entries', 'react', 'ssr', 'server']];
const ELEMENTS = new Set(LAYERS[5]);
/** Tables of data, not code: their length is their content. */
const TABLES = new Set(['src/corpus/articles.ts', 'src/corpus/gazetteer.ts', 'src/text/wording.ts']);
const MAX_LINES = 350;

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const full = path.join(dir, name);
  return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
});

function folderOf(file) {
  const [, top, rest] = file.split(path.sep);
  return !rest || path.basename(file) === 'define.ts' ? 'entries' : top;
}
const layerOf = (folder) => LAYERS.findIndex((names) => names.includes(folder));

const problems = [];
const edges = new Set();
/** Module to the modules it imports, as written (type-only imports too: a cycle of types is still a knot). */
const written = new Map();
for (const file of files('src')) {
  written.set(file, new Set());
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  if (lines > MAX_LINES && !TABLES.has(file)) problems.push(`${file}: ${lines} lines (at most ${MAX_LINES})`);
  const from = folderOf(file);
  if (layerOf(from) < 0) problems.push(`${file}: folder "${from}" is on no layer`);
  for (const [, spec] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)) {
    const target = path.normalize(path.join(path.dirname(file), spec)).replace(/\.js$/, '.ts');
    written.get(file).add(target);
    const to = folderOf(target);
    if (to === from) continue;
    edges.add(`${from} → ${to}`);
    if (layerOf(to) > layerOf(from)) problems.push(`${file} imports ${spec}: ${to} is above ${from}`);
    if (ELEMENTS.has(from) && ELEMENTS.has(to)) problems.push(`${file} imports ${spec}: one element's folder imports another's`);
  }
}
for (const edge of edges) {
  const [a, b] = edge.split(' → ');
  if (a < b && edges.has(`${b} → ${a}`)) problems.push(`${a} and ${b} import each other`);
}

/** Every cycle of `graph` (module → modules it imports), one per strongly connected component (Tarjan). */
function cycles(graph) {
  const index = new Map(), low = new Map(), stack = [], onStack = new Set(), found = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

// What runs: esbuild's own reading of every module (its metafile), static and dynamic imports both.
const {metafile} = await build({
  entryPoints: files('src').filter((file) => !file.endsWith('.d.ts')), bundle: true, write: false, metafile: true,
  outdir: 'node_modules/.cache/check-layers', format: 'esm', platform: 'neutral', packages: 'external', logLevel: 'silent',
  splitting: true, mainFields: ['module', 'main'],
});
const bundled = new Map(Object.entries(metafile.inputs).filter(([file]) => file.startsWith('src/'))
  .map(([file, {imports}]) => [file, new Set(imports.map((edge) => edge.path).filter((to) => to.startsWith('src/')))]));
const knots = new Set();
for (const graph of [bundled, written]) for (const cycle of cycles(graph)) knots.add(cycle.join(' ⇄ '));
for (const knot of knots) problems.push(`modules import each other, round a cycle: ${knot}`);

if (problems.length) {
  console.error(`✗ The layering of docs/architecture.md is broken:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Layers: ${edges.size} folder-to-folder imports, all downward; ${bundled.size} modules, no import cycle.`);
