// No request chains in the CDN bundle (issue #23). A chunk that `import()` loads names its own
// static imports only once it has arrived, so each level of them costs one more round trip: on a
// phone (150 ms each) that is more than all the parsing. The chunk graph is known at build time:
// this plugin rewrites every `import('…')` of our modules into
// `preload(() => import('…'), [every chunk that chunk statically needs])`, and `preload` asks for
// those chunks at once with `<link rel="modulepreload">` (fetched and parsed, run later by the
// import), so a chunk and all it imports arrive in one wave. Chunks the importing chunk already
// holds, and the entry, are left out.
const HELPER = '\0nk-preload';
const MARK = /"__NK_DEPS_(\d+)__"/g;

// The helper, in the entry (every chunk with an import() imports it): the chunk paths are relative
// to the entry's own URL, so the bundle works from any CDN path.
const helperCode = `const asked = new Set();
export function preload(load, deps) {
  for (const dep of deps) {
    const href = new URL(dep, import.meta.url).href;
    if (!asked.has(href)) document.head.append(Object.assign(document.createElement('link'), {rel: 'modulepreload', href}));
    asked.add(href);
  }
  return load();
}
`;

/** Every ImportExpression with a string source in `node`, in no particular order. */
function dynamicImports(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'ImportExpression' && node.source.type === 'Literal' && typeof node.source.value === 'string') found.push(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) dynamicImports(child, found);
    else if (value && typeof value === 'object') dynamicImports(value, found);
  }
  return found;
}

export function preloadImports() {
  /** Placeholder number → the module id the import() loads. */
  const targets = [];
  return {
    name: 'nk-preload-imports',
    resolveId: (id) => (id === HELPER ? id : null),
    load: (id) => (id === HELPER ? helperCode : null),
    async transform(code, id) {
      if (id.includes('node_modules') || id === HELPER || !code.includes('import(')) return null;
      const found = dynamicImports(this.parse(code)).sort((a, b) => b.start - a.start);
      if (!found.length) return null;
      let out = code;
      for (const node of found) {
        const resolved = await this.resolve(node.source.value, id);
        if (!resolved || resolved.external) continue;
        targets.push(resolved.id);
        // On the same line, so line numbers (and the source maps' lines) stay right.
        out = `${out.slice(0, node.start)}__nkPreload(() => ${out.slice(node.start, node.end)}, "__NK_DEPS_${targets.length - 1}__")${out.slice(node.end)}`;
      }
      return {code: `import {preload as __nkPreload} from '${HELPER}';${out}`, map: null};
    },
    renderChunk(code, chunk, _options, {chunks}) {
      if (!code.includes('__NK_DEPS_')) return null;
      const all = Object.values(chunks);
      /** The chunks `from` statically imports, transitively, itself included. */
      const closure = (from) => {
        const seen = new Set([from.fileName]);
        for (const name of seen) for (const next of chunks[name]?.imports ?? []) seen.add(next);
        return seen;
      };
      const held = closure(chunk);
      const replaced = code.replace(MARK, (_, n) => {
        const target = all.find((c) => c.moduleIds.includes(targets[Number(n)]));
        if (!target) return '[]';
        const deps = [...closure(target)].filter((name) => name !== target.fileName && !held.has(name) && !chunks[name]?.isEntry);
        // Relative to the entry, which holds the helper (it sits at the output's root).
        return JSON.stringify(deps);
      });
      return {code: replaced, map: null};
    },
  };
}
