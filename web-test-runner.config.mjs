// Browser tests in Debian's Chromium and Firefox ESR; no test tool downloads a browser of its own.
import {defaultReporter} from '@web/test-runner';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {BROWSERS, inspect, tolerantPage} from './test/browsers.mjs';
import {feedServer} from './test/server/feed-server.mjs';
import {summaryReporter} from './test/summary-reporter.mjs';

// The versions go at the top of every run: a green run means little without them.
const found = inspect();
for (const {name, version} of found) if (version) console.log(`${name}: ${version}`);
const problems = found.filter((browser) => browser.problem);
if (problems.length) {
  for (const {problem} of problems) console.error(`✗ ${problem}`);
  process.exit(3);
}

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
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  // A loaded 2-core machine can take longer than the default 30 s to open Firefox's first page.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  browsers: found.map(({name}) => launchers[name]()),
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: {config: {timeout: 10000}},
  plugins: [
    feedServer(),
    esbuildPlugin({ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname}),
  ],
};
