// Feed text quoted into error messages: bounded, and unable to reorder the rest of the message
// (a body starting with U+202E RIGHT-TO-LEFT OVERRIDE once reversed the URL the loader appends).
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/news-feed/define.js';
import type {NkNewsFeed} from '../../src/news-feed/news-feed.js';
import {FeedError, MESSAGE_LENGTH} from '../../src/data/errors.js';
import {QUOTE_LENGTH, quote, safeError, safeMessage} from '../../src/data/quote.js';
import {clearFeedCache, loadFeed} from '../../src/data/load.js';
import {parseFeed} from '../../src/data/parse.js';
import type {FeedErrorEvent} from '../../src/view/events.js';
import {served, until} from '../helpers.js';

const FSI = '\u2068';
const PDI = '\u2069';
const OVERRIDES = /[\u202A-\u202E\u2066\u2067]/;

/** How many isolates are open at each position of `text`; -1 where a PDI closes none. */
function depthAt(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === FSI) depth++;
    else if (text[i] === PDI && --depth < 0) return -1;
  }
  return depth;
}

/** Asserts a message has no override or embedding and every isolate closed. */
function expectContained(message: string) {
  expect(OVERRIDES.test(message), JSON.stringify(message)).to.equal(false);
  expect(depthAt(message, message.length), JSON.stringify(message)).to.equal(0);
}

/** Serves `body` for `url` through the page's fetch, as the feed's server would. */
function serve(url: string, body: string, contentType: string): () => void {
  const original = window.fetch;
  window.fetch = (input, init) => (String(input) === url
    ? Promise.resolve(new Response(body, {headers: {'Content-Type': contentType}}))
    : original(input, init));
  return () => (window.fetch = original);
}

describe('quote', () => {
  it('isolates, strips bidi controls, keeps to one line and caps at QUOTE_LENGTH', () => {
    expect(quote('abc')).to.equal(`${FSI}"abc"${PDI}`);
    const quoted = quote(`\u202Eevil\u2066\u2069\n\ttext${'x'.repeat(500)}`);
    expectContained(quoted);
    expect(quoted.startsWith(`${FSI}"evil text`)).to.equal(true);
    // The quote marks, the isolate and the ellipsis on top of the text.
    expect(quoted.length).to.be.at.most(QUOTE_LENGTH + 4);
    expect(quoted).to.contain('…');
  });

  it('never splits a surrogate pair, and names values that are not strings by their kind', () => {
    const emoji = '😀'.repeat(100);
    const quoted = quote(emoji, {max: 10});
    expect(quoted.replace(/[\u2068\u2069"…]/g, '')).to.equal('😀'.repeat(4));
    expect(quote({version: 'x'.repeat(1000)})).to.equal(`${FSI}an object${PDI}`);
    expect(quote([1, 2])).to.equal(`${FSI}an array${PDI}`);
    expect(quote(2)).to.equal(`${FSI}2${PDI}`);
    expect(quote(null)).to.equal(`${FSI}null${PDI}`);
  });
});

describe('FeedError', () => {
  it('caps every message, whoever wrote it', () => {
    expect(new FeedError('parse', 'x'.repeat(1_000_000)).message.length).to.be.at.most(MESSAGE_LENGTH);
  });
});

describe('safeMessage: the net under the messages the loader and the parsers give out', () => {
  it('caps, closes isolates a cut left open and drops overrides', () => {
    const open = safeMessage(`start ${FSI}${'y'.repeat(5000)}`);
    expect(open.length).to.be.at.most(MESSAGE_LENGTH);
    expectContained(open);
    expectContained(safeMessage(`a ${PDI}\u202Eb${FSI}c${PDI}${PDI} d ${FSI}`));
    expect(safeMessage(`a ${FSI}"b"${PDI} c`)).to.equal(`a ${FSI}"b"${PDI} c`);
  });

  it('keeps an error that is already safe, and mends one that is not, with its fields', () => {
    const safe = new FeedError('parse', 'plain', {url: 'https://example.com/feed'});
    expect(safeError(safe)).to.equal(safe);
    const mended = safeError(new FeedError('http', `\u202Eevil ${FSI}open`, {url: 'https://example.com/feed', status: 500}));
    expectContained(mended.message);
    expect(mended.message).not.to.contain('\u202E');
    expect([mended.code, mended.url, mended.status]).to.deep.equal(['http', 'https://example.com/feed', 500]);
  });

  it('every parse error comes out of parseFeed through it', () => {
    // An XML error message quotes the feed's own names: an override in one cannot leak out.
    const result = parseFeed('<rss version="2.0"><channel><\u202Eitem></\u202Eitem></channel></rss>', {format: 'rss'});
    expect(result.ok).to.equal(false);
    if (!result.ok) expectContained(result.error.message);
  });
});

describe('feed text in messages', () => {
  afterEach(() => clearFeedCache());

  it('a body starting with U+202E cannot reverse the URL the loader appends', async () => {
    const url = served('/feeds/stub-rlo.txt');
    const restore = serve(url, '\u202Egnp.liame/moc.elpmaxe//:sptth Hello', 'text/plain');
    try {
      const result = await loadFeed(url);
      expect(result.ok).to.equal(false);
      const message = result.ok ? '' : result.error.message;
      expectContained(message);
      const at = message.lastIndexOf(url);
      expect(at, message).to.be.greaterThan(0);
      expect(depthAt(message, at), 'the URL is outside every isolate').to.equal(0);
      expect(message.endsWith(`(${url})`)).to.equal(true);
      expect(message).to.contain(`${FSI}"gnp.liame`);
    } finally {
      restore();
    }
  });

  it('a 1 MB field gives a message of at most MESSAGE_LENGTH characters', () => {
    const huge = 'x'.repeat(1_000_000);
    for (const text of [
      JSON.stringify({version: huge, articles: []}),
      JSON.stringify({version: 'https://jsonfeed.org/version/9', title: huge, items: [{id: 1, title: huge, date_published: huge}]}),
      JSON.stringify({version: 1, articles: [{id: 'a', title: 't', summary: 's', published: huge}]}),
      `${huge}{`,
      `<${huge}`,
    ]) {
      for (const contentType of [undefined, 'text/plain', `application/${huge}`]) {
        const result = parseFeed(text, {contentType});
        const message = result.ok ? result.warnings.join(' ') : result.error.message;
        expect(message.length, message.slice(0, 200)).to.be.below(MESSAGE_LENGTH + 1);
        expectContained(message);
      }
    }
  });

  it('in nk-error and the error shown, the message stays bounded and isolated', async () => {
    const url = served('/feeds/stub-huge-version.json');
    const restore = serve(url, JSON.stringify({version: `\u202E${'9'.repeat(1_000_000)}`, articles: []}), 'application/json');
    try {
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed></nk-news-feed>`);
      const failed = oneEvent(feed, 'nk-error');
      feed.src = url;
      const {error} = ((await failed) as unknown as FeedErrorEvent).detail;
      expect(error.code).to.equal('invalid');
      expect(error.message.length).to.be.at.most(MESSAGE_LENGTH);
      expectContained(error.message);
      await until(() => feed.status === 'error', 'the feed shows its error');
      await feed.updateComplete;
      const shown = feed.shadowRoot!.textContent ?? '';
      expect(shown.length).to.be.below(5 * MESSAGE_LENGTH);
      expect(OVERRIDES.test(shown)).to.equal(false);
    } finally {
      restore();
    }
  });
});
