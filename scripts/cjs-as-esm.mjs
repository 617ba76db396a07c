// @rgrove/parse-xml 4 is CommonJS only (its 5th version is ES modules but wants Node 22.12, while
// the project runs on Node 20: see docs/decisions.md). Bundlers and Node read CommonJS; a browser
// served our modules unbundled does not. Here one ES module is made from it with esbuild, with the
// named exports Node's require() finds, for the CDN build (rollup.config.mjs), the demo server
// (web-dev-server.config.mjs) and the browser tests (web-test-runner.config.mjs).
import {createRequire} from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);

/** The CommonJS packages our sources import. */
export const COMMONJS = ['@rgrove/parse-xml'];

const made = new Map();

/** The package as one ES module (its `browser` build), made once per process. */
export function esmOf(specifier) {
  if (!made.has(specifier)) {
    const names = Object.keys(require(specifier)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
    made.set(specifier, esbuild.build({
      stdin: {contents: `export {${names.join(', ')}} from '${specifier}';\n`, resolveDir: process.cwd(), loader: 'js'},
      bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', legalComments: 'inline',
    }).then(({outputFiles: [file]}) => file.text));
  }
  return made.get(specifier);
}

/** For rollup: the packages as ES modules. */
export function rollupCommonjs() {
  const prefix = '\0esm:';
  return {
    name: 'nk-commonjs-as-esm',
    resolveId: (source) => (COMMONJS.includes(source) ? prefix + source : null),
    load: (id) => (id.startsWith(prefix) ? esmOf(id.slice(prefix.length)) : null),
  };
}

/** For @web/dev-server and @web/test-runner: the packages served as ES modules. */
export function devServerCommonjs() {
  const prefix = '/__esm/';
  return {
    name: 'nk-commonjs-as-esm',
    resolveImport: ({source}) => (COMMONJS.includes(source) ? `${prefix}${source}.js` : undefined),
    async serve({path}) {
      const specifier = path.startsWith(prefix) && path.slice(prefix.length, -'.js'.length);
      return specifier && COMMONJS.includes(specifier) ? {type: 'js', body: await esmOf(specifier)} : undefined;
    },
  };
}
