// Lit's development build (the one a Vite, React or Vue dev server loads, and the one these tests
// load) warns when an element asks for another update from inside an update's end
// (lit.dev/msg/change-in-update). No element of ours may: each warning is a wasted render on every page.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/event-card/define.js';
import '../src/news-feed/define.js';
import '../src/timeline/define.js';
import type {NkEventCard} from '../src/event-card/event-card.js';
import type {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {captureWarnings, makeArticle, served, until} from './helpers.js';

/** Lit warns once per message and page: forget the ones issued, so every test sees its own. */
const issued = () => (globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings;

/** What Lit had warned of when the elements were defined, before any test cleared it. */
const atDefinition = [...(issued() ?? [])];

describe("Lit's development build", () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    forgetVariant();
    issued()?.clear();
    capture = captureWarnings();
  });
  afterEach(() => capture.restore());

  const updateWarnings = () => capture.warnings.filter((warning) => warning.includes('change-in-update'));

  it('is the build these tests run (so the tests below can fail)', () => {
    expect(issued(), 'Lit in dev mode keeps globalThis.litIssuedWarnings').to.be.an.instanceOf(Set);
  });

  it('warned of nothing but dev mode itself when the elements were defined', () => {
    expect(atDefinition.filter((warning) => warning !== 'dev-mode' && !warning.includes('lit.dev/msg/dev-mode'))).to.deep.equal([]);
  });

  it('hears no update scheduled after an update from the feed and the timeline, loading the corpus or a feed', async () => {
    const lists = await fixture<HTMLDivElement>(html`<div>
      <nk-news-feed limit="3"></nk-news-feed>
      <nk-timeline limit="3"></nk-timeline>
      <nk-news-feed limit="2" src=${served('/test/fixtures/feeds/nk-news.json')} searchable filterable></nk-news-feed>
    </div>`);
    const elements = [...lists.children] as NkNewsFeed[];
    await until(() => elements.every((element) => element.status !== 'loading'), 'every list loaded');
    elements[0]!.variant = 'zh-CN';
    await until(() => elements[0]!.status === 'ready' && elements[0]!.shadowRoot!.textContent!.includes('朝鲜'), 'the feed converted');
    await elements[1]!.refresh();
    expect(updateWarnings()).to.deep.equal([]);
  });

  it('hears no update scheduled after an update from the card, given an article or an id', async () => {
    const given = await fixture<NkEventCard>(html`<nk-event-card></nk-event-card>`);
    given.article = makeArticle({id: 'a', title: '北韓試射飛彈'});
    const byId = await fixture<NkEventCard>(html`<nk-event-card article-id="nk-20250527-golden-dome-condemned"></nk-event-card>`);
    const shown = (card: NkEventCard) => card.shadowRoot!.querySelector('[part~="headline"]');
    await until(() => shown(given) && shown(byId), 'both cards shown');
    expect(updateWarnings()).to.deep.equal([]);
  });
});
