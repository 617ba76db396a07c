// The CDN bundle as a site editor uses it: one script tag, then the tags. Built by `npm run build`.
// The entry holds the feed; the card, the timeline and the switch come as chunks when their tag
// first appears, so the order of the tests matters: the first ones run before any of those tags
// is on the page.
import {expect, fixture, html} from '@open-wc/testing';
import type {NkEventCard} from '../src/event-card/event-card.js';
import type {NkScriptSwitch} from '../src/script-switch/script-switch.js';
import type {NkTimeline} from '../src/timeline/timeline.js';
import {headlines, makeArticle, showing, shownArticles, until} from './helpers.js';

const BUNDLE = '/dist/cdn/nk-news.js';

async function loadBundle() {
  if (customElements.get('nk-news-feed')) return;
  const script = Object.assign(document.createElement('script'), {type: 'module', src: BUNDLE});
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error('dist/cdn/nk-news.js is missing: run `npm run build` first'));
  });
  document.head.append(script);
  await loaded;
}

const resources = () => performance.getEntriesByType('resource').map((entry) => entry.name);
const fetchedChunk = (name: string) => resources().some((url) => new RegExp(`/dist/cdn/chunks/${name}-[^/]*\\.js$`).test(url));
const lazyTags = ['nk-event-card', 'nk-timeline', 'nk-script-switch'] as const;

describe('dist/cdn/nk-news.js', () => {
  before(loadBundle);

  it('shows all 20 corpus stories newest first with limit=100, and downloads no opencc code and no other element', async () => {
    const feed = await fixture(html`<nk-news-feed limit="100"></nk-news-feed>`);
    await showing(feed, 20);
    const dates = shownArticles(feed).map((a) => a.querySelector('time')!.getAttribute('datetime')!);
    expect(dates[0]).to.equal('2025-07-29');
    expect(dates[19]).to.equal('2024-11-20');
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(new Set(headlines(feed)).size).to.equal(20);
    // The corpus came as its own chunk, not inside nk-news.js.
    expect(fetchedChunk('articles')).to.equal(true);
    expect(resources().some((name) => /opencc|dict|convert/i.test(name.split('/').pop()!))).to.equal(false);
    // A page with a feed only fetches nothing of the card, the timeline or the switch.
    for (const tag of lazyTags) {
      expect(customElements.get(tag), tag).to.equal(undefined);
      expect(fetchedChunk(tag.slice(3)), tag).to.equal(false);
    }
    await expect(feed).to.be.accessible();
  });

  it('defines the card when a script adds one, and the article set on it before applies', async () => {
    expect(customElements.get('nk-event-card')).to.equal(undefined);
    const card = document.createElement('nk-event-card') as NkEventCard;
    card.article = makeArticle({id: 'early', title: '升級前設定的新聞', published: '2025-07-29'});
    (await fixture(html`<div></div>`)).append(card);
    expect(await customElements.whenDefined('nk-event-card')).to.be.a('function');
    expect(fetchedChunk('event-card')).to.equal(true);
    await showing(card, 1);
    expect(headlines(card)).to.deep.equal(['升級前設定的新聞']);
  });

  it('renders a card for a corpus story by id', async () => {
    const card = await fixture(html`<nk-event-card article-id="nk-20241120-storm-shadow"></nk-event-card>`);
    await showing(card, 1);
    expect(card.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-20');
    await expect(card).to.be.accessible();
  });

  it('upgrades a switch in another component\'s shadow root once the page hands that root to discover()', async () => {
    expect(customElements.get('nk-script-switch')).to.equal(undefined);
    // No saved choice to fall back on: what the switch shows is what was set on it.
    localStorage.removeItem('nk-news:variant');
    const {discover} = (await import(BUNDLE)) as {discover: (root: ParentNode) => void};
    const root = (await fixture(html`<div></div>`)).attachShadow({mode: 'open'});
    const toggle = document.createElement('nk-script-switch') as NkScriptSwitch;
    toggle.value = 'zh-HK';
    root.append(toggle);
    discover(root);
    await customElements.whenDefined('nk-script-switch');
    await until(() => toggle.shadowRoot?.querySelector('input:checked'), 'the switch shows no choice');
    // Set before the upgrade, it still holds after.
    expect(toggle.value).to.equal('zh-HK');
    expect(toggle.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('zh-HK');
    await expect(toggle).to.be.accessible();
  });

  it('upgrades a timeline that a script adds later, with the articles set on it before', async () => {
    expect(customElements.get('nk-timeline')).to.equal(undefined);
    const timeline = document.createElement('nk-timeline') as NkTimeline;
    timeline.articles = [
      makeArticle({id: 'a', title: '早先設定的第一則', published: '2025-07-01'}),
      makeArticle({id: 'b', title: '早先設定的第二則', published: '2025-07-02'}),
    ];
    const host = await fixture(html`<section><p>A page's own content</p></section>`);
    host.firstElementChild!.append(timeline);
    await customElements.whenDefined('nk-timeline');
    await showing(timeline, 2);
    expect(headlines(timeline)).to.have.members(['早先設定的第一則', '早先設定的第二則']);
  });

  it('registers every element from the one script tag', () => {
    for (const tag of ['nk-news-feed', ...lazyTags]) expect(customElements.get(tag), tag).to.be.a('function');
  });
});
