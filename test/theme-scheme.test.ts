import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {until} from './helpers.js';

/**
 * Each page runs in an iframe whose owner element carries `color-scheme`: inside it, the browser
 * reports that as the system setting (`prefers-color-scheme`), in Chromium and in Firefox alike
 * (Firefox through BiDi has no media emulation). So "system dark, page light" is a dark-owned
 * frame holding a page that says `:root{color-scheme:light}`.
 */
interface Framed {
  win: Window & typeof globalThis & {axe: {run(context: Element, options: object): Promise<AxeResult>}};
  doc: Document;
  remove(): void;
}
interface AxeResult {
  violations: {id: string; nodes: {target: unknown; failureSummary?: string}[]}[];
  passes: {id: string; nodes: unknown[]}[];
}

async function framed(system: 'light' | 'dark', pageCss: string, body: string): Promise<Framed> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `color-scheme: ${system}; width: 800px; height: 900px; border: 0`;
  iframe.srcdoc = `<!doctype html><html lang="zh-Hant-TW"><head><style>${pageCss}</style>
    <script src="/node_modules/axe-core/axe.min.js"></script>
    <script type="module">import '/src/news-feed/define.ts'; import '/src/script-switch/define.ts';</script>
    </head><body>${body}</body></html>`;
  document.body.append(iframe);
  await until(() => iframe.contentDocument?.readyState === 'complete' && (iframe.contentWindow as Framed['win'] | null)?.axe && iframe.contentWindow!.customElements.get('nk-news-feed'), 'the framed page');
  const win = iframe.contentWindow as Framed['win'];
  expect(win.matchMedia(`(prefers-color-scheme: ${system})`).matches, `the frame reports a ${system} system`).to.equal(true);
  return {win, doc: iframe.contentDocument!, remove: () => iframe.remove()};
}

/**
 * A test file before this one in the same browser may have emulated a system scheme
 * (host-page.test.ts does), which would override the frames' owners: an empty value resets it
 * (Chromium; Firefox through BiDi emulates nothing, so it has nothing to reset).
 */
before(() => emulateMedia({colorScheme: '' as 'light'}).catch(() => undefined));

const LIGHT_TEXT = 'rgb(26, 26, 26)';
const DARK_TEXT = 'rgb(236, 236, 236)';
const NONE = 'rgba(0, 0, 0, 0)';

/** What a reader sees of the feed and the switch: headline colour, the feed's ground, a choice's colour. */
async function seen({win, doc}: Framed) {
  const feed = doc.querySelector('nk-news-feed')!;
  const sw = doc.querySelector('nk-script-switch')!;
  await until(() => feed.shadowRoot?.querySelector('[part~="headline"]') && sw.shadowRoot?.querySelector('[part~="text"]'), 'the elements rendered');
  await new Promise((resolve) => win.requestAnimationFrame(() => resolve(null)));
  const style = (element: Element) => win.getComputedStyle(element);
  return {
    headline: style(feed.shadowRoot!.querySelector('[part~="headline"]')!).color,
    ground: style(feed).backgroundColor,
    choice: style(sw.shadowRoot!.querySelector('[part~="option"]:not([part~="option-checked"])')!).color,
  };
}

/** axe's colour-contrast rule over the page: no violation, and it did check text in the elements. */
async function expectContrast({win, doc}: Framed, label: string) {
  const result = await win.axe.run(doc.body, {runOnly: {type: 'rule', values: ['color-contrast']}});
  const failures = result.violations.flatMap(({nodes}) => nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary}`));
  expect(failures, label).to.deep.equal([]);
  expect(result.passes.flatMap(({nodes}) => nodes).length, `${label}: text checked`).to.be.above(5);
}

const ELEMENTS = `<nk-script-switch theme="auto"></nk-script-switch><nk-news-feed theme="auto" limit="2"></nk-news-feed>`;
const DARK_SITE = `:root { color-scheme: dark; } body { background: #1b1d1f; color: #e8e8e8; }`;
const LIGHT_SITE = `:root { color-scheme: light; } body { background: #fff; color: #222; }`;

describe('theme="auto" follows the page’s color-scheme, else the system', () => {
  let page: Framed | undefined;
  afterEach(() => page?.remove());

  it('on a dark page in a light system: dark text, no ground of its own, contrast passes', async () => {
    page = await framed('light', DARK_SITE, ELEMENTS);
    expect(await seen(page)).to.deep.equal({headline: DARK_TEXT, ground: NONE, choice: DARK_TEXT});
    await expectContrast(page, 'dark page, light system');
  });

  it('on a light page in a dark system: light text, contrast passes', async () => {
    page = await framed('dark', LIGHT_SITE, ELEMENTS);
    expect(await seen(page)).to.deep.equal({headline: LIGHT_TEXT, ground: NONE, choice: LIGHT_TEXT});
    await expectContrast(page, 'light page, dark system');
  });

  it('on a page that declares no scheme: the system, with its own dark ground', async () => {
    page = await framed('dark', `body { background: #fff; }`, ELEMENTS);
    expect(await seen(page)).to.deep.equal({headline: DARK_TEXT, ground: 'rgb(18, 18, 18)', choice: DARK_TEXT});
    await expectContrast(page, 'silent page, dark system');
    page.remove();
    page = await framed('light', `body { background: #fff; }`, ELEMENTS);
    expect(await seen(page)).to.deep.equal({headline: LIGHT_TEXT, ground: NONE, choice: LIGHT_TEXT});
  });

  it('follows a Bootstrap-style toggle on html live, both ways', async () => {
    const bootstrap = `[data-bs-theme=light] { color-scheme: light; } [data-bs-theme=dark] { color-scheme: dark; }
      [data-bs-theme=dark] body { background: #212529; color: #dee2e6; } body { background: #fff; }`;
    page = await framed('dark', bootstrap, ELEMENTS);
    expect((await seen(page)).headline, 'silent: the dark system').to.equal(DARK_TEXT);
    page.doc.documentElement.setAttribute('data-bs-theme', 'light');
    await until(async () => (await seen(page!)).headline === LIGHT_TEXT, 'light after the toggle');
    await expectContrast(page, 'toggled light');
    page.doc.documentElement.setAttribute('data-bs-theme', 'dark');
    await until(async () => (await seen(page!)).headline === DARK_TEXT, 'dark after the toggle');
    expect((await seen(page)).ground, 'the page’s own dark ground').to.equal(NONE);
    await expectContrast(page, 'toggled dark');
  });

  it('theme="dark" leaves the page’s ground; --nk-dark-color-background sets one', async () => {
    page = await framed('light', DARK_SITE, `<nk-script-switch theme="dark"></nk-script-switch><nk-news-feed theme="dark" limit="2"></nk-news-feed>`);
    expect(await seen(page)).to.deep.equal({headline: DARK_TEXT, ground: NONE, choice: DARK_TEXT});
    await expectContrast(page, 'theme="dark" on a dark page');
    page.doc.querySelector<HTMLElement>('nk-news-feed')!.style.setProperty('--nk-dark-color-background', '#000');
    expect((await seen(page)).ground).to.equal('rgb(0, 0, 0)');
    // Light tokens on the page do not leak into dark.
    page.doc.documentElement.style.setProperty('--nk-color-text', '#222');
    expect((await seen(page)).headline).to.equal(DARK_TEXT);
  });
});
