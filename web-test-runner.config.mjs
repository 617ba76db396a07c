// Browser tests in Debian's Chromium and Firefox ESR; no test tool downloads a browser of its own.
import {createRequire} from 'node:module';
import path from 'node:path';
import {defaultReporter} from '@web/test-runner';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import * as esbuild from 'esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {BROWSERS, inspect, tolerantPage} from './test/browsers.mjs';
import {feedServer} from './test/server/feed-server.mjs';
import {hydrateBundle} from './test/server/bundle-server.mjs';
import {heapCommand} from './test/server/heap-command.mjs';
import {summaryReporter} from './test/summary-reporter.mjs';
import {ssrPages} from './scripts/ssr-pages.mjs';
import {devServerCommonjs} from './scripts/cjs-as-esm.mjs';

// The versions go at the top of every run: a green run means little without them.
const found = inspect();
for (const {name, version} of found) if (version) console.log(`${name}: ${version}`);
const problems = found.filter((browser) => browser.problem);
if (problems.length) {
  for (const {problem} of problems) console.error(`✗ ${problem}`);
  process.exit(3);
}

// React ships CommonJS only. For test/react.test.ts, `react`, `react-dom` and `react-dom/client`
// resolve to ES modules that esbuild bundles from them on first request, as an app's bundler would:
// named exports (the ones Node's require() finds) and one shared copy of React in a common chunk.
const require = createRequire(import.meta.url);
const reactEntries = ['react', 'react-dom', 'react-dom/client'];
const reactPrefix = '/__react-esm/';
// Read now, before the runner wraps the console that React's development build touches when loaded.
const names = Object.fromEntries(reactEntries.map((entry) => [entry,
  Object.keys(require(entry)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')]));
let reactModules;
function bundleReact() {
  return esbuild.build({
    entryPoints: reactEntries.map((entry) => ({in: `virtual:${entry}`, out: entry})),
    bundle: true, splitting: true, format: 'esm', write: false, outdir: 'react-esm', logLevel: 'silent',
    define: {'process.env.NODE_ENV': '"development"'},
    plugins: [{
      name: 'react-entries',
      setup(build) {
        build.onResolve({filter: /^virtual:/}, ({path: id}) => ({path: id.slice('virtual:'.length), namespace: 'react-entry'}));
        build.onLoad({filter: /.*/, namespace: 'react-entry'}, ({path: entry}) => ({
          resolveDir: process.cwd(),
          contents: `export {default} from '${entry}';\nexport {${names[entry].join(', ')}} from '${entry}';\n`,
        }));
      },
    }],
  }).then(({outputFiles}) => new Map(outputFiles.map((file) => [reactPrefix + path.relative(path.resolve('react-esm'), file.path), file.text])));
}
const reactAsModules = {
  name: 'react-as-modules',
  resolveImport({source}) {
    return reactEntries.includes(source) ? `${reactPrefix}${source}.js` : undefined;
  },
  async serve(context) {
    if (!context.path.startsWith(reactPrefix)) return undefined;
    reactModules ??= bundleReact();
    const body = (await reactModules).get(context.path);
    return body === undefined ? undefined : {type: 'js', body};
  },
};

const launchers = {
  chromium: () => chromeLauncher({
    createPage: tolerantPage,
    launchOptions: {
      executablePath: BROWSERS.chromium,
      headless: true,
      // CI runs as root; the machine has no network beyond the package registries.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  }),
  firefox: () => puppeteerLauncher({
    createPage: tolerantPage,
    launchOptions: {browser: 'firefox', executablePath: BROWSERS.firefox, headless: true},
  }),
};

export default {
  // test/node/ runs under Node's own test runner (scripts/test.sh), not in a browser.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  // A loaded 2-core machine can take longer than the default 30 s to open Firefox's first page.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  browsers: found.map(({name}) => launchers[name]()),
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's development build (the one a dev server loads, as these tests do) says so once per page:
  // that one line, and only it, is dropped. Every other Lit warning still shows, and
  // test/lit-dev.test.ts fails on any.
  filterBrowserLogs: ({args}) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.') && args[0].includes('lit.dev/msg/dev-mode')),
  testFramework: {config: {timeout: 10000}},
  // Pages rendered by nk-news/ssr on request (test/ssr.test.ts), and the feed proxy at /nk-proxy.
  middleware: [ssrPages({source: true})],
  plugins: [
    feedServer(),
    hydrateBundle(),
    heapCommand(),
    reactAsModules,
    devServerCommonjs(),
    esbuildPlugin({ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname}),
  ],
};
