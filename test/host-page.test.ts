import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../src/news-feed/define.js';
import '../src/event-card/define.js';
import '../src/script-switch/define.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {corpus} from '../src/corpus/index.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {buildHostPage, contrastOf, frames} from './host-page.js';
import {part, showing, shownArticles, until} from './helpers.js';

/**
 * Asks the browser to report this system colour scheme; false where it cannot (Firefox through
 * BiDi has no media emulation), so a test reads the scheme the browser does report.
 */
async function emulateScheme(colorScheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({colorScheme});
  } catch {
    return false;
  }
  return matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches;
}

/** Every part a reader reads text in. */
const TEXT_PARTS = ['headline', 'meta', 'category', 'source', 'summary', 'entity', 'search', 'chip', 'more', 'status'];

async function hostFeed(attributes: string) {
  const remove = buildHostPage(`<aside></aside>`);
  const aside = document.querySelector('.host-page aside')!;
  aside.innerHTML = `<nk-news-feed ${attributes}></nk-news-feed>`;
  const feed = aside.querySelector<NkNewsFeed>('nk-news-feed')!;
  await showing(feed);
  await frames();
  return {feed, remove};
}

describe('on a news site: 10px root, reset, light tokens on :root, 300 px sidebar', () => {
  let remove: (() => void) | undefined;
  beforeEach(forgetVariant);
  afterEach(async () => {
    remove?.();
    remove = undefined;
    await emulateScheme('light');
    await setViewport({width: 1280, height: 900});
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('reads at normal size: 16px text, 18.4px headlines, em padding, whatever the root size', async () => {
    ({remove} = await hostFeed('limit="2" layout="grid"'));
    const feed = document.querySelector('nk-news-feed')!;
    expect(getComputedStyle(part(feed, 'summary')!).fontSize).to.equal('16px');
    expect(getComputedStyle(part(feed, 'headline')!).fontSize).to.equal('18.4px');
    expect(getComputedStyle(part(feed, 'article')!).paddingTop).to.equal('12px');
  });

  it('keeps every text part at 4.5:1 or more in theme="dark" on a dark site, and in "auto" on a dark system, whatever light tokens the page set', async () => {
    for (const [theme, wanted] of [['dark', 'light'], ['auto', 'dark']] as const) {
      const scheme = (await emulateScheme(wanted)) ? wanted : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
      const hosted = await hostFeed(`theme="${theme}" limit="2" searchable filterable`);
      const {feed} = hosted;
      // theme="dark" leaves the page's ground (docs/theming.md): a site that sets it is dark. "auto"
      // on this page, which declares no scheme, paints its own ground on a dark system.
      if (theme === 'dark') document.querySelector<HTMLElement>('.host-page')!.style.background = '#1b1d1f';
      await until(() => part(feed, 'chip'), 'chips');
      // A search shows the count line and marks what matched.
      feed.query = '北韓';
      await until(() => feed.shadowRoot!.querySelector('mark'), 'a highlight');
      await frames();
      let lowest = Infinity;
      for (const name of TEXT_PARTS) {
        for (const element of feed.shadowRoot!.querySelectorAll(`[part~="${name}"]`)) {
          if (!element.textContent!.trim() && name !== 'search') continue;
          const ratio = contrastOf(element);
          lowest = Math.min(lowest, ratio);
          expect(ratio, `${theme}: ${name} “${element.textContent!.trim().slice(0, 12)}” at ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
        }
      }
      console.log(`theme="${theme}" (system ${scheme}): lowest text contrast ${lowest.toFixed(2)}:1, marked ${contrastOf(feed.shadowRoot!.querySelector('mark')!).toFixed(2)}:1`);
      const mark = feed.shadowRoot!.querySelector('mark')!;
      expect(contrastOf(mark), `${theme}: marked text`).to.be.at.least(4.5);
      hosted.remove();
    }
  });

  it('keeps the text on its cards readable on a dark page whose reset makes every element inherit its light colour', async () => {
    // A site's dark page, its reset naming every element (the host too, where it outranks :host).
    const page = document.createElement('style');
    page.textContent = '* { color: inherit; } .host-page { color: #eee; background: #111; }';
    document.head.append(page);
    try {
      for (const theme of ['light', 'dark']) {
        const hosted = await hostFeed(`theme="${theme}" limit="2"`);
        if (theme === 'dark') document.querySelector<HTMLElement>('.host-page')!.style.background = '#111';
        await frames();
        for (const name of ['summary', 'meta', 'entity']) {
          for (const element of hosted.feed.shadowRoot!.querySelectorAll(`[part~="${name}"]`)) {
            if (!element.textContent!.trim()) continue;
            const ratio = contrastOf(element);
            expect(ratio, `${theme}: ${name} “${element.textContent!.trim().slice(0, 12)}” at ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
          }
        }
        hosted.remove();
      }
    } finally {
      page.remove();
    }
  });

  it('gives every control and chip the site radius (--nk-radius: 0)', async () => {
    ({remove} = await hostFeed('limit="2" searchable filterable'));
    const feed = document.querySelector('nk-news-feed')!;
    feed.style.setProperty('--nk-radius', '0');
    await frames();
    for (const name of ['article', 'search', 'chip', 'more', 'source', 'entity']) {
      for (const element of feed.shadowRoot!.querySelectorAll(`[part~="${name}"]`)) {
        expect(getComputedStyle(element).borderTopLeftRadius, name).to.equal('0px');
      }
    }
    const chips = feed.shadowRoot!.querySelectorAll('[part~="chip"]');
    feed.style.removeProperty('--nk-radius');
    await frames();
    expect(parseFloat(getComputedStyle(chips[0]!).borderTopLeftRadius), 'pills by default').to.be.above(10);
  });

  it('in a 300 px column with search and filters, keeps media apart from entities and the first story within 160 px of the top', async () => {
    ({remove} = await hostFeed('limit="3" searchable filterable'));
    const feed = document.querySelector<NkNewsFeed>('nk-news-feed')!;
    await until(() => part(feed, 'chip'), 'chips');
    const rows = [...feed.shadowRoot!.querySelectorAll('[part~="filters"] [role="toolbar"]')];
    expect(rows.map((row) => row.getAttribute('aria-label'))).to.deep.equal(['消息來源', '相關人物與地點']);
    expect(rows[0]!.querySelectorAll('.source').length, 'media chips').to.be.above(1);
    expect(rows[0]!.querySelectorAll('.entity').length).to.equal(0);
    expect(rows[1]!.querySelectorAll('.entity').length, 'entity chips').to.be.above(1);
    const top = feed.getBoundingClientRect().top;
    const first = shownArticles(feed)[0]!.getBoundingClientRect().top;
    console.log(`first story ${(first - top).toFixed(1)} px below the feed's top in a 300 px column`);
    expect(first - top).to.be.at.most(160);
    await expect(feed).to.be.accessible();
  });

  it('ends no headline with one character alone on its last line, at 300, 390 and 1280 px', async () => {
    const stories = await corpus();
    for (const width of [300, 390, 1280]) {
      const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="20" style="width:${width}px"></nk-news-feed>`);
      feed.articles = stories;
      await showing(feed, 20);
      await frames();
      for (const headline of feed.shadowRoot!.querySelectorAll('[part~="headline"]')) {
        const lines = linesOf(headline);
        expect(lines.at(-1)!.length, `${width}px: “${lines.join('/')}”`).to.be.above(1);
      }
    }
  });

  it('marks what a search matched, across regions: 特朗普 marks 川普, with the count by the box', async () => {
    ({remove} = await hostFeed('limit="3" searchable'));
    const feed = document.querySelector<NkNewsFeed>('nk-news-feed')!;
    const box = part<HTMLInputElement>(feed, 'search')!;
    box.value = '特朗普';
    box.dispatchEvent(new InputEvent('input'));
    await until(() => feed.shadowRoot!.querySelector('mark'), 'a highlight');
    const marks = [...feed.shadowRoot!.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).to.include('川普');
    // The count sits beside the box, not under the results.
    const status = feed.shadowRoot!.querySelector('[part~="status"]')!;
    await until(() => status.textContent!.includes('共'), 'the count');
    const [boxRect, statusRect] = [box.getBoundingClientRect(), status.getBoundingClientRect()];
    expect(statusRect.top).to.be.within(boxRect.top - 1, boxRect.bottom);
    expect(statusRect.left).to.be.at.least(boxRect.right);
    await expect(feed).to.be.accessible();
  });

  it('shows a pointer only on stories with a link', async () => {
    const stories = await corpus();
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="2"></nk-news-feed>`);
    feed.articles = [stories[0]!, {...stories[1]!, url: 'https://example.com/a'}];
    await showing(feed, 2);
    const [plain, linked] = shownArticles(feed);
    expect(getComputedStyle(plain!).cursor).to.equal('auto');
    expect(getComputedStyle(linked!).cursor).to.equal('pointer');
  });

  it('leaves no empty grid column at 1280 px', async () => {
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="3" layout="grid" style="width:1200px"></nk-news-feed>`);
    await showing(feed, 3);
    const articles = shownArticles(feed);
    const right = Math.max(...articles.map((a) => a.getBoundingClientRect().right));
    expect(part(feed, 'feed')!.getBoundingClientRect().right - right).to.be.below(2);
  });

  it('deep links (deep-link): selecting sets #nk-<id>; opening with it shows, scrolls to and focuses that story', async () => {
    const stories = await corpus();
    const target = stories[6]!;
    history.replaceState(null, '', `#nk-${target.id}`);
    const feed = await fixture<NkNewsFeed>(html`<nk-news-feed limit="3" deep-link></nk-news-feed>`);
    await until(() => (feed.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === target.id, 'the linked story focused');
    expect(shownArticles(feed).length).to.equal(9);
    shownArticles(feed)[1]!.click();
    expect(location.hash).to.equal(`#nk-${stories[1]!.id}`);
    // Without the attribute, the address is left alone.
    const plain = await fixture<NkNewsFeed>(html`<nk-news-feed limit="3"></nk-news-feed>`);
    await showing(plain, 3);
    shownArticles(plain)[2]!.click();
    expect(location.hash).to.equal(`#nk-${stories[1]!.id}`);
  });
});

/** The text of each line a headline is laid out on, read from where each character sits. */
function linesOf(element: Element): string[] {
  const lines: {top: number; text: string}[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || !text[i]!.trim()) continue;
      const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
      if (line) line.text += text[i];
      else lines.push({top: rect.top, text: text[i]!});
    }
  }
  return lines.sort((a, b) => a.top - b.top).map((l) => l.text);
}
