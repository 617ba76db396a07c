// A server-rendered list read without JavaScript: search, chips and "more" cannot work, so they are
// not shown (nor focusable, nor read), yet keep their places, so nothing moves when the script
// arrives and the element takes over (issue #22). Pages are rendered by nk-news/ssr on request
// (scripts/ssr-pages.mjs), as in test/ssr.test.ts.
import {expect} from '@open-wc/testing';
import {until} from './helpers.js';

const CONTROLS = ['.search-row', '[part~="filters"]', '[part~="more"]'];

function pageUrl(tag: string, attributes: Record<string, string | boolean>) {
  return `/__ssr?tag=${tag}&attributes=${encodeURIComponent(JSON.stringify(attributes))}`;
}

/** The page in a frame; sandboxed without `allow-scripts` when `scripts` is false, as with JavaScript off. */
async function open(tag: string, attributes: Record<string, string | boolean>, scripts: boolean) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  Object.assign(frame.style, {position: 'fixed', inset: '0', width: '420px', height: '900px', border: '0', background: 'white'});
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = pageUrl(tag, attributes);
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return {frame, doc, element: doc.querySelector<HTMLElement>(tag)!};
}

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

/** Where each control is, and whether a reader sees it. */
function controls(element: HTMLElement) {
  return CONTROLS.map((selector) => {
    const control = element.shadowRoot!.querySelector<HTMLElement>(selector)!;
    const box = control.getBoundingClientRect();
    return {selector, visibility: getComputedStyle(control).visibility, top: box.top, height: box.height};
  });
}

describe('a server-rendered list without JavaScript', () => {
  for (const tag of ['nk-news-feed', 'nk-timeline']) {
    it(`${tag}: hides search, chips and "more" but keeps their places, and shows them where they were once hydrated`, async function () {
      // Two server renders, an axe run and a hydration, on a machine other test runs share.
      this.timeout(40_000);
      const attributes = {limit: '2', searchable: true, filterable: true};
      const off = await open(tag, attributes, false);
      frames.push(off.frame);
      expect(off.frame.contentWindow!.customElements.get(tag), 'no script ran').to.equal(undefined);
      const unseen = controls(off.element);
      for (const control of unseen) {
        expect(control.visibility, control.selector).to.equal('hidden');
        expect(control.height, `${control.selector} keeps its place`).to.be.above(10);
      }
      // The articles read as before.
      const article = off.element.shadowRoot!.querySelector<HTMLElement>('[part~="article"]')!;
      expect(getComputedStyle(article).visibility).to.equal('visible');
      // Nothing hidden takes focus.
      off.element.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!.focus();
      expect(off.element.shadowRoot!.activeElement, 'a hidden search box takes no focus').to.equal(null);
      // axe runs in this document: the server's markup, under a tag nothing defines here.
      const copy = document.createElement('div');
      const markup = await (await fetch(pageUrl(tag, attributes))).text();
      copy.setHTMLUnsafe(markup.replaceAll(`<${tag}`, '<nk-ssr-copy').replaceAll(`</${tag}`, '</nk-ssr-copy').replace(/<script[^]*?<\/script>/g, ''));
      document.body.append(copy);
      try {
        const hidden = copy.querySelector('nk-ssr-copy')!.shadowRoot!.querySelector('[part~="filters"]')!;
        expect(getComputedStyle(hidden).visibility).to.equal('hidden');
        await expect(copy).to.be.accessible();
      } finally {
        copy.remove();
      }

      const on = await open(tag, attributes, true);
      frames.push(on.frame);
      const before = controls(on.element);
      expect(before.map((control) => control.top)).to.deep.equal(unseen.map((control) => control.top));
      const script = Object.assign(on.doc.createElement('script'), {type: 'module', src: '/src/hydrate.ts'});
      on.doc.head.append(script);
      await until(() => (on.element as unknown as {hasUpdated?: boolean}).hasUpdated, 'the element never upgraded');
      const after = controls(on.element);
      for (const [i, control] of after.entries()) {
        expect(control.visibility, control.selector).to.equal('visible');
        expect(control.top, `${control.selector} did not move`).to.be.closeTo(unseen[i]!.top, 0.5);
      }
    });
  }
});
