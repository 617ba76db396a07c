// Browser tests in Debian's Chromium and Firefox ESR; no test tool downloads a browser of its own.
import {defaultReporter} from '@web/test-runner';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {feedServer} from './test/server/feed-server.mjs';
import {summaryReporter} from './test/summary-reporter.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',');

const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromium,
      headless: true,
      // CI runs as root; the machine has no network beyond the package registries.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  }),
  puppeteerLauncher({
    launchOptions: {browser: 'firefox', executablePath: firefox, headless: true},
  }),
].filter((launcher) => !only || only.includes(launcher.name.toLowerCase().includes('firefox') ? 'firefox' : 'chromium'));

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: {config: {timeout: 10000}},
  plugins: [
    feedServer(),
    esbuildPlugin({ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname}),
  ],
};
