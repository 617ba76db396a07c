/**
 * reserve.css draws the elements' loading placeholders before their script arrives (not a blank
 * hole), where the elements then draw their own, so upgrading moves nothing. Its own page: an
 * element can be defined only once per page.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {NkEventCard} from '../src/event-card/event-card.js';
import {NkNewsFeed} from '../src/news-feed/news-feed.js';
import {NkScriptSwitch} from '../src/script-switch/script-switch.js';
import {NkTimeline} from '../src/timeline/timeline.js';
import {buildHostPage, expectNoShift, parseColour} from './host-page.js';
import {until} from './helpers.js';

const SLOW = '/demo/feeds/sample.json';

const page = `
  <main>
    <header><nk-script-switch></nk-script-switch></header>
    <nk-news-feed id="feed" limit="3" src="${SLOW}"></nk-news-feed>
    <p id="after-feed">列表之下</p>
    <nk-timeline id="timeline" limit="2" src="${SLOW}"></nk-timeline>
    <p id="after-timeline">時間軸之下</p>
    <nk-event-card article-id="nk-20250527-golden-dome-condemned"></nk-event-card>
    <p id="after-card">卡片之下</p>
  </main>
  <aside><nk-news-feed id="side" limit="2" layout="compact" searchable filterable src="${SLOW}"></nk-news-feed><p id="after-side">側欄之下</p></aside>
`;

/** The site's skeleton token on :root (test/host-page.ts): #eee. */
const SITE_SKELETON = 'rgb(238, 238, 238)';

/** Where the bars of a list's placeholder sit, from reserve.css's ::before: offset from the top, tile, bar. */
function drawn(list: HTMLElement) {
  const before = getComputedStyle(list, '::before');
  const [, tile] = /([\d.]+)px repeat-y/.exec(before.mask || `${before.maskSize} repeat-y`) ?? /[\d.]+px$/.exec(before.maskSize) ?? [];
  return {
    content: before.content,
    colour: before.backgroundColor,
    mask: before.maskImage,
    top: list.getBoundingClientRect().top + parseFloat(before.marginTop),
    height: parseFloat(before.height),
    tile: Number(tile ?? parseFloat(before.maskSize.split(' ')[1]!)),
  };
}

describe('reserve.css before the script: the placeholders, not a blank hole', () => {
  it('draws each element’s skeleton in the site’s token, where the element then draws its own; nothing moves', async () => {
    await setViewport({width: 1280, height: 1400});
    await new Promise((resolve) => setTimeout(resolve, 600));
    const fetch = window.fetch;
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes(SLOW)) await new Promise((r) => setTimeout(r, 1500));
      return fetch(input, init);
    };
    const remove = buildHostPage(page);
    try {
      const lists = ['feed', 'timeline', 'side'].map((id) => document.getElementById(id) as NkNewsFeed | NkTimeline);
      const before = lists.map(drawn);
      for (const [i, placeholder] of before.entries()) {
        expect(placeholder.content, `${lists[i]!.id}: a placeholder`).to.equal('""');
        expect(placeholder.colour, `${lists[i]!.id}: the site's skeleton colour`).to.equal(SITE_SKELETON);
        expect(placeholder.mask, `${lists[i]!.id}: rounded bars`).to.contain('url(');
        expect(placeholder.height, `${lists[i]!.id}: as many bars as stories`).to.be.above(100);
      }
      const card = document.querySelector<HTMLElement>('nk-event-card')!;
      const sw = document.querySelector<HTMLElement>('nk-script-switch')!;
      expect(getComputedStyle(card).backgroundColor, 'the card: one skeleton').to.equal(SITE_SKELETON);
      expect(getComputedStyle(sw).backgroundColor, 'the switch: a pill').to.equal(SITE_SKELETON);
      expect(parseColour(getComputedStyle(document.getElementById('timeline')!, '::after').backgroundColor)[3], 'the timeline’s line').to.equal(1);
      const cardHeight = card.getBoundingClientRect().height;

      await expectNoShift('placeholders upgrading', ['after-feed', 'after-timeline', 'after-card', 'after-side'], async () => {
        customElements.define('nk-script-switch', NkScriptSwitch);
        customElements.define('nk-news-feed', NkNewsFeed);
        customElements.define('nk-timeline', NkTimeline);
        customElements.define('nk-event-card', NkEventCard);
        // While the slow source loads, each list draws its own placeholders where reserve.css drew them.
        await until(() => lists.every((list) => list.shadowRoot?.querySelector('.skeleton')), 'the elements’ own placeholders');
        for (const [i, list] of lists.entries()) {
          const skeletons = [...list.shadowRoot!.querySelectorAll('.skeleton')].map((s) => s.getBoundingClientRect());
          const {top, height, tile} = before[i]!;
          expect(skeletons.length, `${list.id}: skeletons`).to.equal(Number(list.getAttribute('limit')));
          expect(skeletons[1]!.top - skeletons[0]!.top, `${list.id}: one story apart`).to.be.closeTo(tile, 1);
          // A timeline's placeholder sits under its label line, the rest of its tile above it.
          const label = list.id === 'timeline' ? tile - skeletons[0]!.height - 12 : 0;
          expect(skeletons[0]!.top, `${list.id}: first placeholder's top`).to.be.closeTo(top + label, 1);
          expect(skeletons.at(-1)!.bottom - top, `${list.id}: the placeholders' extent`).to.be.closeTo(height, 1);
          expect(getComputedStyle(list, '::before').content, `${list.id}: reserve.css's placeholder gone`).to.equal('none');
        }
        expect(card.getBoundingClientRect().height).to.be.closeTo(cardHeight, 0.5);
        await until(() => lists.every((list) => list.status === 'ready') && card.shadowRoot?.querySelector('[part~="headline"]'), 'the page to load', {timeout: 9000});
      });
      expect(getComputedStyle(card).backgroundColor, 'no skeleton behind the card once defined').to.equal('rgba(0, 0, 0, 0)');
    } finally {
      window.fetch = fetch;
      remove();
    }
  });
});
