// A light server page still behaves once hydrated (issue 22, Weight): its snapshot carries only
// the stories shown (src/view/snapshot-pack.ts) and its inline stylesheet only the rules its
// markup needs (src/ssr/prune-css.ts). Hydration fetches nothing and draws nothing again; the
// first "more" loads the source once; the element's whole stylesheet is adopted, so a theme the
// server did not draw still applies. Pages are real server renders (scripts/ssr-pages.mjs).
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {requestCount, served, uniqueKey, until} from './helpers.js';

type Frame = Window & typeof globalThis & {errors: string[]};
type Element = HTMLElement & {status?: string; hasUpdated?: boolean};

/** Errors no one handled, as the page's own handlers would see them. */
const WATCH = `<script>window.errors = [];
addEventListener('error', (event) => errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));</script>`;

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

/** The server's page for `tag`, hydrated with src/hydrate.ts; its server-drawn stories kept before any script ran. */
async function hydrated(tag: string, attributes: Record<string, string>) {
  const url = `/__ssr?tag=${tag}&attributes=${encodeURIComponent(JSON.stringify(attributes))}&hydrate`;
  const markup = await (await fetch(url)).text();
  const frame = Object.assign(document.createElement('iframe'), {srcdoc: markup.replace('<head>', `<head>${WATCH}`)});
  Object.assign(frame.style, {position: 'fixed', inset: '0', width: '800px', height: '900px', border: '0'});
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const window = frame.contentWindow as Frame;
  const element = frame.contentDocument!.querySelector(tag) as Element;
  const server = [...element.shadowRoot!.querySelectorAll('[part~="article"]')];
  // A card has no status: it is ready once it has updated.
  await until(() => element.hasUpdated && (element.status ?? 'ready') === 'ready', () => `status ${element.status}`, {timeout: 15_000});
  return {window, element, server, markup};
}

const articles = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part~="article"]')];

describe('a light server page, hydrated', function () {
  // A page and its hydration on a loaded 2-core machine: more than mocha's 10 s at times.
  this.timeout(30_000);

  it('a feed longer than twice what shows: no fetch to hydrate, the server\'s nodes kept; "more" loads the rest once', async () => {
    const key = uniqueKey('weight');
    // Three dated items; one shows, so the snapshot carries one story and says three match. The
    // variant is the page's (its lang), which the server cannot see: given, both show the same.
    const {window, element, server, markup} = await hydrated('nk-news-feed', {src: served(`/feeds/jsonfeed.json?key=${key}`), limit: '1', variant: 'zh-TW'});
    expect(markup).to.contain('"total":3');
    expect(await requestCount(key), 'only the server read the feed').to.equal(1);
    expect(articles(element), 'the server\'s nodes, taken over').to.deep.equal(server);
    const more = element.shadowRoot!.querySelector<HTMLElement>('[part~="more"]')!;
    more.focus();
    await sendKeys({press: 'Enter'});
    await until(() => articles(element).length === 2, () => `showed ${articles(element).length}`);
    await until(() => element.status === 'ready', () => `status ${element.status}`);
    expect(articles(element)[0], 'the first story stays').to.equal(server[0]);
    expect(await requestCount(key), 'the rest, loaded once').to.equal(2);
    expect(window.errors).to.deep.equal([]);
  });

  it('the corpus: hydrated from ids, markup and JSON-LD; "more" shows the next stories', async () => {
    const {window, element, server} = await hydrated('nk-news-feed', {limit: '3'});
    expect(articles(element)).to.deep.equal(server);
    const more = element.shadowRoot!.querySelector<HTMLElement>('[part~="more"]')!;
    more.focus();
    await sendKeys({press: 'Enter'});
    await until(() => articles(element).length === 6, () => `showed ${articles(element).length}`);
    expect(articles(element).slice(0, 3)).to.deep.equal(server);
    expect(window.errors).to.deep.equal([]);
  });

  it('adopts the whole stylesheet: a theme the server did not draw applies', async () => {
    const {element} = await hydrated('nk-news-feed', {limit: '1'});
    const text = () => getComputedStyle(element.shadowRoot!.querySelector('[part~="summary"]')!).color;
    const light = text();
    element.setAttribute('theme', 'dark');
    await until(() => text() !== light, () => `still ${text()}`);
    expect(text()).to.equal('rgb(236, 236, 236)');
  });

  it('a card hydrates from its packed snapshot and keeps its node', async () => {
    const {window, element, server} = await hydrated('nk-event-card', {'article-id': 'nk-20241120-storm-shadow'});
    expect(articles(element)).to.deep.equal(server);
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-20');
    expect(window.errors).to.deep.equal([]);
  });
});
