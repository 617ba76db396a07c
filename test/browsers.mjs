// The browsers the tests run in: Debian's chromium and firefox-esr, never one a test tool downloads.
// Imported by web-test-runner.config.mjs; run as a script (`node test/browsers.mjs`) it prints the
// installed versions and exits 3 when one is missing or older than the test tools can drive.
import {execFileSync} from 'node:child_process';
import {pathToFileURL} from 'node:url';

/**
 * The oldest major version each browser must have. puppeteer-core 24.43 drives Firefox over
 * WebDriver BiDi: ESR 140, the ESR before today's 153, is the oldest we support (the one command
 * it lacks is tolerated by `tolerantPage`, below; older ESRs lack more). Chromium speaks CDP,
 * which puppeteer-core keeps working some releases back.
 */
export const MINIMUM = {chromium: 120, firefox: 140};

const PACKAGES = {chromium: 'chromium', firefox: 'firefox-esr'};

export const BROWSERS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** Which browsers this run uses: `BROWSERS=chromium` or `BROWSERS=firefox` narrows it. */
export function selected() {
  const only = process.env.BROWSERS?.split(',').map((name) => name.trim());
  return Object.keys(BROWSERS).filter((name) => !only || only.includes(name));
}

function versionOf(path) {
  try {
    return execFileSync(path, ['--version'], {encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    return undefined;
  }
}

/** Each selected browser: its binary, its version line, and what is wrong with it if anything. */
export function inspect() {
  return selected().map((name) => {
    const path = BROWSERS[name];
    const version = versionOf(path);
    const major = Number(/(\d+)\.\d+/.exec(version ?? '')?.[1]);
    let problem;
    if (!version) {
      problem = `${name} was not found at ${path}. Install it: apt-get install -y ${PACKAGES[name]}`;
    } else if (!(major >= MINIMUM[name])) {
      problem = `${version} is too old: the tests need ${name} ${MINIMUM[name]} or newer. ` +
        `Update it: apt-get update && apt-get install -y ${PACKAGES[name]}`;
    }
    return {name, path, version, problem};
  });
}

/**
 * A page whose `setViewport` survives a browser one step behind puppeteer: the runner sets an
 * 800×600 viewport before every test file, and over BiDi puppeteer also sends
 * `emulation.setScreenOrientationOverride`, which Firefox ESR 140 answers with "unknown command".
 * The viewport itself is set by a separate command that those builds know, so only the orientation
 * override (which no test uses) is lost.
 */
export async function tolerantPage({context}) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command|unsupported operation/i.test(String(error?.message))) throw error;
    }
  };
  return page;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = inspect();
  for (const {name, version, problem} of found) console.log(problem ? `✗ ${problem}` : `${name}: ${version}`);
  process.exit(found.some((browser) => browser.problem) ? 3 : 0);
}
