// Shared by the bench pages: the articles, the hand-written floor, and "on screen" detection.
// "On screen" everywhere means: in the DOM with layout done (forced), timed with performance.now().

let corpus;
/** `n` articles made from the bundled corpus (same text, unique ids, spread-out dates). */
export async function articlesOf(n) {
  corpus ??= await (await fetch('/bench/corpus.json')).json();
  return Array.from({length: n}, (_, i) => {
    const a = corpus[i % corpus.length];
    const day = new Date(Date.UTC(2025, 6, 29) - i * 86_400_000).toISOString().slice(0, 10);
    return {...a, id: `${a.id}-${i}`, published: day};
  });
}

// Made when a floor first draws: a page that draws none (the timeline's) must not pay for Intl's
// first formatter, 20 to 40 ms of ICU loading its data, which its peer's page does not pay either.
let dates;
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const names = new Map();
/**
 * The gazetteer's names by id in one region (Taiwan's for the corpus): a floor card's entity chips
 * then show the names the feed's chips show, and the conversion floor writes the mainland's.
 */
export async function entityNames(region = 'zh-TW') {
  if (!names.has(region)) names.set(region, new Map((await import('/dist/corpus/gazetteer.js')).gazetteer.map((entry) => [entry.id, entry.names[region]])));
  return names.get(region);
}

/**
 * One article as a hand-written page would draw it: the same fields the feed's full layout shows,
 * the entities by `names` when given (by id without: the first-articles floor fetches no gazetteer).
 */
export function floorCard(a, names) {
  const card = el('article', {tabIndex: 0, lang: a.lang},
    el('h3', {}, a.url ? el('a', {href: a.url, rel: 'noopener'}, a.title) : a.title),
    el('div', {className: 'meta'},
      el('time', {dateTime: a.published}, (dates ??= new Intl.DateTimeFormat('zh-Hant-TW', {dateStyle: 'long', timeZone: 'UTC'})).format(new Date(a.published))),
      a.category ? el('span', {className: 'category'}, a.category) : '',
      el('ul', {className: 'sources'}, ...a.sources.map((s) => el('li', {}, s)))),
    a.summary ? el('p', {}, a.summary) : '',
    el('ul', {className: 'entities'}, ...a.entities.map((id) => el('li', {}, names?.get(id) ?? id))));
  card.dataset.id = a.id;
  return card;
}

/** Forces style and layout of the document, as the frame that paints it would. */
export const layout = () => document.body.getBoundingClientRect().height;

/** The feed's articles on screen. */
export const shown = (feed) => feed.shadowRoot?.querySelectorAll('[part~="article"]') ?? [];

/** Every change in a shadow root: nodes, attributes and text. */
const EVERY_CHANGE = {subtree: true, childList: true, attributes: true, characterData: true};

/**
 * Resolves when `test()` holds, checked after every change in the element's shadow root (or those
 * `changes` names: the browser writes a record of each change observed, and a test that reads only
 * attributes need not have it write one for each of a thousand articles' texts).
 */
export function whenTrue(feed, test, timeout = 20_000, changes = EVERY_CHANGE) {
  return new Promise((resolve, reject) => {
    const done = () => {
      if (!test()) return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
      return true;
    };
    const observer = new MutationObserver(done);
    const watch = () => observer.observe(feed.shadowRoot, changes);
    const timer = setTimeout(() => (observer.disconnect(), reject(new Error('timed out'))), timeout);
    if (feed.shadowRoot) watch();
    else customElements.whenDefined(feed.localName).then(watch);
    // Lit batches updates in microtasks: also look once per frame, in case a change is not a mutation.
    const poll = () => done() || requestAnimationFrame(poll);
    poll();
  });
}

/**
 * The feed's last article, read from the list's end: the last child of its last block (the feed
 * draws its articles in blocks, src/news-feed/news-feed.ts).
 */
export function lastArticle(feed) {
  let last = feed.shadowRoot?.querySelector('[part~="feed"]')?.lastElementChild;
  while (last && !last.matches('[part~="article"]')) last = last.lastElementChild;
  return last;
}

/**
 * Resolves when the feed's last article is article `n`, checked once a frame: cheap on 10,000
 * articles, where a query of every article after each mutation would cost more than the drawing.
 */
export function whenAllDrawn(feed, n, timeout = 120_000) {
  return new Promise((resolve, reject) => {
    const end = performance.now() + timeout;
    const poll = () => {
      const last = lastArticle(feed);
      if (last?.getAttribute('aria-posinset') === String(n)) return resolve();
      if (performance.now() > end) return reject(new Error(`timed out: ${last?.getAttribute('aria-posinset')} of ${n} drawn`));
      requestAnimationFrame(poll);
    };
    poll();
  });
}
