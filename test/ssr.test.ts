// nk-news/ssr as a news site's server uses it: the test server renders each page with src/ssr
// (scripts/ssr-pages.mjs), the page is opened in a frame, read with JavaScript off, then hydrated
// with src/hydrate.ts, as a page that imports nk-news/hydrate.js.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/news-feed/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {headlines, requestCount, served, showing, uniqueKey, until} from './helpers.js';

type Attributes = Record<string, string | boolean>;

function pageUrl(tag: string, attributes: Attributes) {
  return `/__ssr?tag=${tag}&attributes=${encodeURIComponent(JSON.stringify(attributes))}`;
}

/** The page in a frame; without `scripts`, sandboxed so that no script runs, as with JavaScript off. */
async function open(url: string, {scripts}: {scripts: boolean}) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  Object.assign(frame.style, {position: 'fixed', inset: '0', width: '800px', height: '900px', border: '0', background: 'white'});
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return {frame, doc, window: frame.contentWindow as Window & typeof globalThis & {pwned?: number}};
}

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});
async function openPage(tag: string, attributes: Attributes, scripts = true) {
  const page = await open(pageUrl(tag, attributes), {scripts});
  frames.push(page.frame);
  return {...page, element: page.doc.querySelector<HTMLElement>(tag)!};
}

/** What a reader sees in a server-rendered element: its articles' headlines. */
const shownHeadlines = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part~="headline"]')].map((h) => h.textContent!.replace(/\s+/g, ''));

/** Loads dist/hydrate.js into the page, as the page's own script tag would, and waits for the element to take over. */
async function hydrate(page: {doc: Document; window: Window & typeof globalThis; element: HTMLElement}) {
  const script = Object.assign(page.doc.createElement('script'), {type: 'module', src: '/src/hydrate.ts'});
  page.doc.head.append(script);
  await until(() => (page.element as unknown as {hasUpdated?: boolean}).hasUpdated, 'the element never upgraded');
}

/** A real click in the frame (the frame sits at the top left of the test page). */
async function clickIn(frame: HTMLIFrameElement, target: Element) {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  const at = frame.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(at.x + box.x + box.width / 2), Math.round(at.y + box.y + box.height / 2)]});
}

/** Records every article node added or removed under a shadow root. */
function watchArticles(root: ShadowRoot) {
  const changes: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        if (node instanceof Element && (node.matches('[part~="article"], .skeleton') || node.querySelector('[part~="article"], .skeleton'))) {
          changes.push(`${record.addedNodes.length ? 'added' : 'removed'} ${node.nodeName}`);
        }
      }
    }
  });
  observer.observe(root, {childList: true, subtree: true});
  return {changes, stop: () => observer.disconnect()};
}

describe('nk-news/ssr', () => {
  it('renderFeed({limit: "3"}) reads with JavaScript off: the 3 newest corpus stories and their JSON-LD', async () => {
    const {window, element} = await openPage('nk-news-feed', {limit: '3'}, false);
    expect(window.customElements.get('nk-news-feed'), 'no script ran').to.equal(undefined);
    expect(element.shadowRoot, 'declarative shadow DOM').to.not.equal(null);
    // The same stories as the feed renders in a browser.
    const live = await fixture<NkNewsFeed>(html`<nk-news-feed limit="3"></nk-news-feed>`);
    await showing(live, 3);
    expect(shownHeadlines(element)).to.deep.equal(headlines(live).map((h) => h.replace(/\s+/g, '')));
    // Styled, at the element's own sizes, though nothing ran.
    const headline = element.shadowRoot!.querySelector('[part~="headline"]')!;
    expect(parseFloat(getComputedStyle(headline).fontSize)).to.be.closeTo(18.4, 0.5);
    expect(element.shadowRoot!.querySelector('[part~="article"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
    const ld = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@graph'].map((item: {headline: string}) => item.headline.replace(/\s+/g, ''))).to.deep.equal(shownHeadlines(element));
    expect(ld['@graph'][0]).to.include({'@type': 'NewsArticle', datePublished: '2025-07-29'});
    // axe runs in this document: the server's markup, under a tag nothing defines here.
    const copy = document.createElement('div');
    const markup = await (await fetch(pageUrl('nk-news-feed', {limit: '3'}))).text();
    copy.setHTMLUnsafe(markup.replace(/<(\/?)nk-news-feed/g, '<$1nk-ssr-copy').replace(/<script[^]*?<\/script>/g, ''));
    document.body.append(copy);
    try {
      expect(copy.querySelector('nk-ssr-copy')!.shadowRoot).to.not.equal(null);
      await expect(copy).to.be.accessible();
    } finally {
      copy.remove();
    }
  });

  it('renders the timeline in the asked variant with JavaScript off', async () => {
    const {element} = await openPage('nk-timeline', {limit: '3', variant: 'zh-CN'}, false);
    const text = element.shadowRoot!.textContent!;
    expect(text).to.contain('朝鲜').and.not.contain('北韓');
    expect(element.shadowRoot!.querySelectorAll('[part~="article"]')).to.have.length(3);
    expect(element.shadowRoot!.querySelector('[part~="month"]')!.textContent).to.contain('2025年7月');
  });

  it('hydrates a feed without fetching again and without drawing it again, then works', async () => {
    const key = uniqueKey('ssr');
    // Two of the feed's articles are valid: one shows, "more" shows the other.
    const page = await openPage('nk-news-feed', {src: served(`/feeds/nk-news.json?key=${key}`), limit: '1'});
    expect(await requestCount(key), 'the server fetched once').to.equal(1);
    const root = page.element.shadowRoot!;
    const before = [...root.querySelectorAll('[part~="article"]')];
    expect(before).to.have.length(1);
    const watch = watchArticles(root);
    await hydrate(page);
    const feed = page.element as NkNewsFeed;
    await until(() => feed.status === 'ready', () => `status ${feed.status}`);
    // Once the browser has derived its own view, the "more" button works.
    const more = root.querySelector('[part~="more"]')!;
    expect(before.every((node) => node.isConnected), 'the server\'s articles are still the ones shown').to.equal(true);
    expect(watch.changes, 'nothing was drawn again').to.deep.equal([]);
    // From the keyboard: the article's picture cannot load here, and its strip goes when it fails,
    // which may move the button under a pointer.
    (more as HTMLElement).focus();
    await sendKeys({press: 'Enter'});
    await until(() => root.querySelectorAll('[part~="article"]').length === 2, 'more showed the next one');
    watch.stop();
    expect(await requestCount(key), 'no fetch from the browser').to.equal(1);
  });

  it('hydrates a card that still selects on click', async () => {
    const page = await openPage('nk-event-card', {'article-id': 'nk-20241120-storm-shadow'});
    const article = page.element.shadowRoot!.querySelector('[part~="article"]')!;
    expect(article.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-20');
    await hydrate(page);
    const selected = new Promise<Event>((resolve) => page.element.addEventListener('nk-article-select', resolve, {once: true}));
    await clickIn(page.frame, article.querySelector('[part~="summary"]')!);
    expect(((await selected) as CustomEvent).detail.article.id).to.equal('nk-20241120-storm-shadow');
    expect(article.isConnected, 'the server\'s card is the one shown').to.equal(true);
  });

  it('keeps a hostile feed inert: no markup escapes the snapshot, the JSON-LD or a link', async () => {
    const page = await openPage('nk-news-feed', {src: served('/feeds/ssr-hostile.json')});
    await hydrate(page);
    await until(() => (page.element as NkNewsFeed).status === 'ready', 'ready');
    expect(page.window.pwned).to.equal(undefined);
    expect(page.doc.querySelectorAll('img')).to.have.length(0);
    expect(page.element.querySelectorAll('script')).to.have.length(2);
    expect(shownHeadlines(page.element)[0]).to.contain('</script><script>');
    expect(page.element.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/a?q=%3C/script%3E%3Cscript%3Ewindow.pwned=4%3C/script%3E');
  });

  it('serves the example page (demo/ssr.html) readable with JavaScript off', async () => {
    const {doc, frame} = await open('/demo/ssr.html', {scripts: false});
    frames.push(frame);
    const [card, timeline, feed] = ['nk-event-card', 'nk-timeline', 'nk-news-feed'].map((tag) => doc.querySelector(tag)!);
    expect(shownHeadlines(card!)).to.have.length(1);
    expect(shownHeadlines(feed!)).to.have.length(5);
    expect(timeline!.shadowRoot!.textContent).to.contain('朝鲜');
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(3);
    // Laid out as it will be once hydrated: the sidebar's feed has its articles' height.
    expect(feed!.getBoundingClientRect().height).to.be.greaterThan(5 * 100);
  });

  it('refuses an attribute the element does not have, naming it', async () => {
    const response = await fetch(pageUrl('nk-news-feed', {lmit: '3'}));
    expect(response.status).to.equal(500);
    expect(await response.text()).to.contain('<nk-news-feed> has no attribute "lmit"');
  });
});
