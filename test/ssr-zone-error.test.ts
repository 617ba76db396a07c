// Server rendering's two states the browser takes over (issue 22, Time zone and Failures): times the
// server wrote in its zone stay through hydration, then show in the reader's zone in the same box;
// a failed source's error, drawn by the server, is the error the element keeps, with no placeholder.
import {expect} from '@open-wc/testing';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {served, until} from './helpers.js';

type Page = {frame: HTMLIFrameElement; doc: Document; window: Window & typeof globalThis; element: HTMLElement};
let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

/** A server-rendered page in a frame; sandboxed without `scripts`, as with JavaScript off. */
async function openPage(tag: string, attributes: Record<string, string>, {scripts = true, timeZone}: {scripts?: boolean; timeZone?: string} = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  Object.assign(frame.style, {position: 'fixed', inset: '0', width: '800px', height: '900px', border: '0', background: 'white'});
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/__ssr?tag=${tag}&attributes=${encodeURIComponent(JSON.stringify(attributes))}${timeZone ? `&timeZone=${encodeURIComponent(timeZone)}` : ''}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return {frame, doc, window: frame.contentWindow as Page['window'], element: doc.querySelector<HTMLElement>(tag)!};
}

/**
 * Loads src/hydrate.ts into the page, and settles once the element's first update is done: in the
 * same task's microtasks, before any animation frame.
 */
async function hydrated(page: Page, tag: string) {
  page.doc.head.append(Object.assign(page.doc.createElement('script'), {type: 'module', src: '/src/hydrate.ts'}));
  await page.window.customElements.whenDefined(tag);
  await (page.element as unknown as {updateComplete: Promise<boolean>}).updateComplete;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const box = (element: Element) => {
  const {x, y, width, height} = element.getBoundingClientRect();
  return {x, y, width, height};
};

describe('nk-news/ssr: what the browser takes over', () => {
  it('keeps the server\'s zone through hydration, then shows the reader\'s in the same box', async () => {
    const page = await openPage('nk-news-feed', {src: served('/feeds/nk-news.json'), limit: '1'}, {timeZone: 'Asia/Shanghai'});
    const root = page.element.shadowRoot!;
    const time = root.querySelector('[part~="article"] time')!;
    const next = time.nextElementSibling!;
    // 2025-07-29T08:30:00+09:00 is 07:30 in Beijing.
    const server = time.textContent!.trim();
    expect(server).to.equal('2025年7月29日 上午7:30 [GMT+8]');
    const [timeBefore, nextBefore] = [box(time), box(next)];
    await hydrated(page, 'nk-news-feed');
    expect(time.isConnected, 'the server\'s DOM was taken over').to.equal(true);
    expect(time.textContent!.trim(), 'hydrated: still the server\'s text').to.equal(server);
    await frame();
    const reader = new page.window.Intl.DateTimeFormat('zh-Hant-TW', {dateStyle: 'long', timeStyle: 'short'}).format(Date.parse('2025-07-29T08:30:00+09:00'));
    expect(time.textContent!.trim(), 'the reader\'s zone, the next frame').to.equal(reader);
    expect(time.getAttribute('data-reserve')).to.equal(server);
    expect(box(time), 'the time keeps its box').to.deep.equal(timeBefore);
    expect(box(next), 'what follows it does not move').to.deep.equal(nextBefore);
  });

  it('hydrates a failed source into the same error, in the page\'s variant, with no placeholder', async () => {
    const attributes = {src: served('/feeds/no-such-feed.json'), variant: 'zh-CN'};
    const off = await openPage('nk-news-feed', attributes, {scripts: false});
    const offError = off.element.shadowRoot!.querySelector('[part~="error"]')!;
    expect(offError.querySelector('p')!.textContent).to.equal('新闻来源返回错误。');
    expect(offError.querySelector('details')!.open, 'the detail folded').to.equal(false);
    expect(offError.querySelector('.detail')!.textContent).to.contain('404');
    expect(getComputedStyle(off.element.shadowRoot!.querySelector('[part~="retry"]')!).visibility, 'no dead retry without JavaScript').to.equal('hidden');
    expect(off.element.shadowRoot!.querySelector('.skeleton, [part~="more"]')).to.equal(null);

    const page = await openPage('nk-news-feed', attributes);
    const root = page.element.shadowRoot!;
    const error = root.querySelector('[part~="error"]')!;
    const added: string[] = [];
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) added.push(node.className || node.nodeName);
    }).observe(root, {childList: true, subtree: true});
    const errors: string[] = [];
    page.element.addEventListener('nk-error', (event) => errors.push((event as unknown as CustomEvent).detail.error.code));
    await hydrated(page, 'nk-news-feed');
    await frame();
    const feed = page.element as unknown as NkNewsFeed;
    expect(feed.status).to.equal('error');
    expect(error.isConnected, 'the server\'s error is the one shown').to.equal(true);
    expect(added.filter((name) => /skeleton/.test(name)), 'no placeholder').to.deep.equal([]);
    expect(getComputedStyle(root.querySelector('[part~="retry"]')!).visibility).to.equal('visible');
    expect(errors, 'no event: the browser started no load').to.deep.equal([]);
    // The retry is live: it loads again, and fails again, now as the browser's own load.
    (root.querySelector('[part~="retry"]') as HTMLElement).click();
    await until(() => errors.length === 1, 'the retry loaded and failed');
    expect(errors).to.deep.equal(['http']);
  });
});
