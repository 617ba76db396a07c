// `nk-news/hydrate.js` through a site's bundler (issue 19, item 11): esbuild with code splitting
// once ran LitElement before Lit's hydration support, so nothing hydrated and every story was
// drawn twice. The page here is a real server render (scripts/ssr-pages.mjs) whose only script is
// the entry esbuild made with `splitting: true, format: 'esm'` from `import 'nk-news/hydrate.js'`
// (test/server/bundle-server.mjs).
import {expect} from '@open-wc/testing';
import {until} from './helpers.js';

type Frame = Window & typeof globalThis & {errors: string[]; server: Element[]};

/** Errors no one handled, and the server's stories as parsed, before any script of the page runs. */
const WATCH = `<script>window.errors = [];
addEventListener('error', (event) => errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));</script>`;
const KEEP = `<script>window.server = [...document.querySelector('nk-news-feed').shadowRoot.querySelectorAll('[part~="article"]')];</script>`;

describe('nk-news/hydrate.js bundled with esbuild code splitting', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('hydrates a server-rendered feed: its stories are the server\'s, none drawn twice', async function () {
    // The first request builds the bundle.
    this.timeout(30_000);
    const markup = await (await fetch(`/__ssr?tag=nk-news-feed&attributes=${encodeURIComponent('{"limit":"3"}')}`)).text();
    const entry = await fetch('/__bundle/hydrate/entry.js');
    expect(entry.ok, 'the bundle was built').to.equal(true);
    expect(await entry.text(), 'split: the entry loads chunks').to.match(/from\s*"\.\/chunk-|import\("\.\/chunk-/);
    const page = markup
      .replace('<head>', `<head>${WATCH}<script type="module" src="/__bundle/hydrate/entry.js"></script>`)
      .replace('</body>', `${KEEP}</body>`);
    frame = Object.assign(document.createElement('iframe'), {srcdoc: page});
    Object.assign(frame.style, {position: 'fixed', inset: '0', width: '800px', height: '900px', border: '0'});
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    await loaded;
    const window = frame.contentWindow as Frame;
    const feed = frame.contentDocument!.querySelector('nk-news-feed') as HTMLElement & {status?: string; hasUpdated?: boolean};
    await until(() => feed.hasUpdated && feed.status === 'ready', () => `status ${feed.status}; errors: ${window.errors.join(" | ")}; defined: ${!!window.customElements.get("nk-news-feed")}`, {timeout: 20_000});
    const shown = [...feed.shadowRoot!.querySelectorAll('[part~="article"]')];
    expect(window.server).to.have.length(3);
    expect(shown, 'the server\'s nodes, taken over').to.deep.equal(window.server);
    expect(window.errors).to.deep.equal([]);
  });
});
