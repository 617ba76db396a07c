import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/event-card/define.js';
import type {NkEventCard} from '../src/event-card/event-card.js';
import {forgetVariant} from '../src/i18n/variant-store.js';
import {corpus} from '../src/corpus/index.js';
import {gazetteerById} from '../src/corpus/gazetteer.js';
import {clickOn, part, showing, shownArticles} from './helpers.js';

describe('nk-event-card', () => {
  beforeEach(forgetVariant);

  it('renders any corpus story given as a property, every field of it', async () => {
    for (const story of await corpus()) {
      const card = await fixture<NkEventCard>(html`<nk-event-card .article=${story}></nk-event-card>`);
      await showing(card, 1);
      expect(part(card, 'headline')!.textContent!.trim()).to.equal(story.title);
      expect(card.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(story.published);
      expect(part(card, 'summary')!.textContent).to.equal(story.summary);
      expect(part(card, 'category')!.textContent).to.equal(story.category);
      const sources = [...card.shadowRoot!.querySelectorAll('[part~="source"]')].map((s) => s.textContent);
      expect(sources).to.deep.equal(story.sources);
      const entities = [...card.shadowRoot!.querySelectorAll('[part~="entity"]')].map((e) => e.textContent);
      expect(entities).to.deep.equal(story.entities.map((id) => gazetteerById.get(id)!.names['zh-TW']));
    }
  });

  it('looks a story up by article-id in the corpus, with related coverage', async () => {
    const story = (await corpus())[4]!;
    const card = await fixture<NkEventCard>(html`<nk-event-card article-id=${story.id}></nk-event-card>`);
    await showing(card, 1);
    expect(part(card, 'headline')!.textContent!.trim()).to.equal(story.title);
    const related = part(card, 'related');
    expect(related).to.not.equal(null);
    expect(related!.querySelectorAll('li').length).to.be.within(1, 3);
    await expect(card).to.be.accessible();
  });

  it('says so, with nk-error, when article-id names no story', async () => {
    const card = document.createElement('nk-event-card');
    card.articleId = 'no-such-story';
    const failed = oneEvent(card, 'nk-error');
    document.body.append(card);
    try {
      expect((await failed).detail.error.code).to.equal('not-found');
      await waitUntil(() => part(card, 'error'));
      expect(part(card, 'error')!.textContent).to.contain('no-such-story');
      await expect(card).to.be.accessible();
    } finally {
      card.remove();
    }
  });

  it('shows a typed error naming the field, not half a card, for a malformed story', async () => {
    const broken = {...(await corpus())[0]!, published: 'last Tuesday'};
    const card = await fixture<NkEventCard>(html`<nk-event-card .article=${broken}></nk-event-card>`);
    await waitUntil(() => part(card, 'error'), 'no error shown');
    expect(part(card, 'error')!.textContent).to.contain('published');
    expect(shownArticles(card)).to.have.length(0);
    await expect(card).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const card = await fixture<NkEventCard>(html`<nk-event-card article-id="x" src="/feeds/fault/slow?ms=2000"></nk-event-card>`);
    expect(part(card, 'status')).to.not.equal(null);
    await expect(card).to.be.accessible();
  });

  it('fires nk-article-select on click and on Enter', async () => {
    const story = (await corpus())[0]!;
    const card = await fixture<NkEventCard>(html`<nk-event-card .article=${story}></nk-event-card>`);
    await showing(card, 1);
    let selected = oneEvent(card, 'nk-article-select');
    await clickOn(part(card, 'summary')!);
    expect((await selected).detail.article).to.equal(story);
    shownArticles(card)[0]!.focus();
    selected = oneEvent(card, 'nk-article-select');
    await sendKeys({press: 'Enter'});
    expect((await selected).detail.article).to.equal(story);
  });

  it('shows a compact card without summary, entities and related coverage', async () => {
    const story = (await corpus())[0]!;
    const card = await fixture<NkEventCard>(html`<nk-event-card layout="compact" .article=${story}></nk-event-card>`);
    await showing(card, 1);
    expect(part(card, 'summary')).to.equal(null);
    expect(part(card, 'entity')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('links the headline when the story has an http(s) URL, with its picture', async () => {
    const story = {...(await corpus())[0]!, url: 'https://example.com/story', image: {url: 'https://example.com/p.jpg', alt: '金與正'}};
    const card = await fixture<NkEventCard>(html`<nk-event-card .article=${story}></nk-event-card>`);
    await showing(card, 1);
    expect(part(card, 'headline')!.querySelector('a')!.href).to.equal('https://example.com/story');
    expect(part<HTMLImageElement>(card, 'image')!.alt).to.equal('金與正');
    await expect(card).to.be.accessible();
  });

  it('forgets a lookup whose article-id was cleared, without a false error', async () => {
    const card = document.createElement('nk-event-card');
    card.src = '/feeds/fault/slow?ms=500';
    card.articleId = 'anything';
    let errors = 0;
    card.addEventListener('nk-error', () => errors++);
    document.body.append(card);
    try {
      await card.updateComplete;
      card.articleId = undefined;
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(errors).to.equal(0);
      expect(part(card, 'status')).to.equal(null);
    } finally {
      card.remove();
    }
  });

  it('looks the story up by article-id again when its article property is cleared', async () => {
    const stories = await corpus();
    const card = await fixture<NkEventCard>(html`<nk-event-card article-id=${stories[3]!.id} .article=${stories[0]}></nk-event-card>`);
    await showing(card, 1);
    card.article = undefined;
    await waitUntil(() => part(card, 'headline')?.textContent?.trim() === stories[3]!.title, 'did not fall back to article-id');
  });

  it('hides a picture that fails to load, leaving no empty frame', async () => {
    const story = {...(await corpus())[0]!, image: {url: `${location.origin}/feeds/fault/404`, alt: '壞圖'}};
    const card = await fixture<NkEventCard>(html`<nk-event-card .article=${story}></nk-event-card>`);
    await showing(card, 1);
    const image = part<HTMLImageElement>(card, 'image')!;
    await waitUntil(() => image.hidden, 'the broken picture still shows', {timeout: 5000});
    expect(image.getBoundingClientRect().height).to.equal(0);
  });

  it('writes its own words as Hong Kong readers do with variant="zh-HK"', async () => {
    const story = (await corpus())[4]!;
    const card = await fixture<NkEventCard>(html`<nk-event-card variant="zh-HK" article-id=${story.id}></nk-event-card>`);
    await waitUntil(() => part(card, 'related-heading')?.textContent === '相關報道', 'not Hong Kong wording', {timeout: 5000});
    expect(shownArticles(card)[0]!.closest('[lang]')!.getAttribute('lang')).to.equal('zh-Hant-HK');
  });

  it('finishes a lookup that was cut short when it was moved out of the page and back', async () => {
    const story = (await corpus())[2]!;
    const card = document.createElement('nk-event-card');
    card.articleId = story.id;
    document.body.append(card);
    try {
      await card.updateComplete;
      card.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      document.body.append(card);
      await showing(card, 1);
      expect(part(card, 'headline')!.textContent!.trim()).to.equal(story.title);
    } finally {
      card.remove();
    }
  });

  describe('height', () => {
    afterEach(() => setViewport({width: 800, height: 600}));

    for (const width of [390, 1280]) {
      it(`takes its story's height at ${width} px, no blank lines, never more than its placeholder`, async () => {
        await setViewport({width, height: 900});
        // The placeholder is the most a card takes: what dist/reserve.css reserves (docs/embedding.md).
        const loading = await fixture<NkEventCard>(html`<nk-event-card article-id="x" src="/feeds/fault/slow?ms=3000"></nk-event-card>`);
        const most = loading.getBoundingClientRect().height;
        expect(most).to.be.closeTo(21.53 * 16 + 4, 1);
        let shorter = 0;
        for (const story of await corpus()) {
          const card = await fixture<NkEventCard>(html`<nk-event-card article-id=${story.id}></nk-event-card>`);
          await waitUntil(() => part(card, 'headline'), 'no story');
          const box = shownArticles(card)[0]!.getBoundingClientRect();
          const last = [...shownArticles(card)[0]!.children].at(-1)!.getBoundingClientRect();
          // Under the last row (related coverage, or the chips) only the padding and the border.
          expect(box.bottom - last.bottom, story.id).to.be.closeTo(0.75 * 16 + 1, 1.5);
          expect(card.getBoundingClientRect().height, story.id).to.be.at.most(most + 0.5);
          if (card.getBoundingClientRect().height < most - 16) shorter++;
        }
        // Short stories make short cards.
        expect(shorter).to.be.above(0);
      });
    }

    it('takes the height the site sets with --nk-card-min-height', async () => {
      const story = (await corpus())[0]!;
      const card = await fixture<NkEventCard>(html`<nk-event-card style="--nk-card-min-height: 600px" .article=${story}></nk-event-card>`);
      await showing(card, 1);
      expect(shownArticles(card)[0]!.getBoundingClientRect().height).to.be.closeTo(600, 0.5);
    });
  });
});
