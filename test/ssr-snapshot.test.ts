// A server's snapshot is the host page's HTML, which may be edited, cached or cut short on its way
// (issue 19, item 10). Each page here is a real server render (scripts/ssr-pages.mjs) whose
// snapshot script is tampered with before the page opens; it then hydrates with src/hydrate.ts.
// A malformed snapshot must be dropped: no exception reaches the page, the element loads as any
// other, and every story shows once.
import {expect} from '@open-wc/testing';
import {until} from './helpers.js';

type Json = Record<string, unknown>;
type Frame = Window & typeof globalThis & {errors: string[]; server?: Element[]};

const SNAPSHOT = /(<script type="application\/x-nk-news-snapshot\+json">)([^]*?)(<\/script>)/;

/** What the page catches: every error and rejection no one handled, as the page's own handlers would see them. */
const CATCH = `<script>window.errors = [];
addEventListener('error', (event) => errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
// The server's stories, before any element is defined (the elements come by a dynamic import).
addEventListener('DOMContentLoaded', () => {
  window.server = [...document.querySelector('nk-news-feed, nk-event-card').shadowRoot.querySelectorAll('[part~="article"]')];
});</script>`;

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

/** The server's page for `tag`, its snapshot rewritten by `tamper` (its JSON, or its raw text), opened and hydrated. */
async function tampered(tag: string, attributes: Json, tamper: (snapshot: Json) => unknown) {
  const url = `/__ssr?tag=${tag}&attributes=${encodeURIComponent(JSON.stringify(attributes))}&hydrate`;
  const markup = await (await fetch(url)).text();
  const found = SNAPSHOT.exec(markup);
  expect(found, 'the server wrote a snapshot').to.not.equal(null);
  const changed = tamper(JSON.parse(found![2]!) as Json);
  const text = typeof changed === 'string' ? changed : JSON.stringify(changed).replace(/</g, '\\u003c');
  const page = markup.replace(SNAPSHOT, (_, open: string, __: string, close: string) => open + text + close).replace('<head>', `<head>${CATCH}`);
  const frame = document.createElement('iframe');
  Object.assign(frame.style, {position: 'fixed', inset: '0', width: '800px', height: '900px', border: '0'});
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = page;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const window = frame.contentWindow as Frame;
  const element = frame.contentDocument!.querySelector(tag) as HTMLElement & {hasUpdated?: boolean; status?: string};
  await until(() => element.hasUpdated, 'the element never upgraded');
  return {window, element};
}

/** The ids of the stories drawn, in order. */
const drawn = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="article"]')].map((a) => a.dataset['id']);

describe('a server snapshot that is malformed', () => {
  const feed = {limit: '3'};
  const shapes: [string, (snapshot: Json) => unknown][] = [
    ['{"matching":1}', () => ({matching: 1})],
    ['"loaded": null', (s) => ({...s, loaded: null})],
    ['shown: [null]', (s) => ({...s, shown: [null]})],
    ['a story in `loaded` that is not one', (s) => ({...s, loaded: [...(s['loaded'] as Json[]), {id: 7}]})],
    ['`shown` out of step with `matching`', (s) => ({...s, shown: [...(s['shown'] as Json[])].reverse()})],
    ['`matching` naming no loaded story', (s) => ({...s, matching: ['nobody', ...(s['matching'] as string[])]})],
    ['chips of the wrong shape', (s) => ({...s, chips: {sources: [{value: 1}], entities: []}})],
    ['a variant that is none', (s) => ({...s, variant: 'xx'})],
    ['names that are not strings', (s) => ({...s, names: {'kim-jong-un': {'zh-TW': 5}}})],
    ['not JSON at all', () => '{"matching": ['],
    ['null', () => null],
  ];
  for (const [name, tamper] of shapes) {
    it(`(${name}) is dropped: the feed loads, shows each story once, and nothing throws`, async () => {
      const {window, element} = await tampered('nk-news-feed', feed, tamper);
      await until(() => element.status === 'ready', () => `status ${element.status}`);
      await until(() => drawn(element).length === 3, () => `drew ${drawn(element).length}`);
      const ids = drawn(element);
      expect(new Set(ids).size, 'each story once').to.equal(3);
      expect(window.errors).to.deep.equal([]);
    });
  }

  const card = {'article-id': 'nk-20241120-storm-shadow'};
  const cardShapes: [string, (snapshot: Json) => unknown][] = [
    ['{"related":1}', () => ({related: 1})],
    ['article: null', (s) => ({...s, article: null})],
    ['an article not among those loaded', (s) => ({...s, article: {...(s['article'] as Json), id: 'elsewhere'}})],
    ['related: [null]', (s) => ({...s, related: [null]})],
  ];
  for (const [name, tamper] of cardShapes) {
    it(`(${name}) is dropped by a card, which shows its article once`, async () => {
      const {window, element} = await tampered('nk-event-card', card, tamper);
      await until(() => drawn(element).length === 1, () => `drew ${drawn(element).length}`);
      expect(drawn(element)).to.deep.equal(['nk-20241120-storm-shadow']);
      expect(window.errors).to.deep.equal([]);
    });
  }

  it('a whole one still hydrates: the server\'s stories stay, none drawn again', async () => {
    const {window, element} = await tampered('nk-news-feed', feed, (s) => s);
    await until(() => element.status === 'ready', () => `status ${element.status}`);
    const now = [...element.shadowRoot!.querySelectorAll('[part~="article"]')];
    expect(window.server).to.have.length(3);
    expect(now, 'the server\'s articles are the ones shown').to.deep.equal(window.server);
    expect(window.errors).to.deep.equal([]);
  });
});
