// demo/configurator.html as a site editor uses it: pick, look, copy, paste. Uses the built CDN
// bundle (`npm run build`).
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {headlines, showing, shownArticles, until} from './helpers.js';

/** Opens a page in a frame the size of a site's main column and waits for it to load. */
async function open(attributes: {src?: string; srcdoc?: string}): Promise<Document> {
  const frame = Object.assign(document.createElement('iframe'), attributes);
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('demo/configurator.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the snippet and the preview follow the controls, and the snippet works when pasted', async () => {
    const page = await open({src: '/demo/configurator.html'});
    const snippet = () => page.querySelector('#snippet')!.textContent!;
    const preview = () => page.querySelector('#preview')!.firstElementChild!;
    await until(() => preview()?.shadowRoot?.querySelector('[part~="article"]'), 'the preview shows no story');
    expect(snippet()).to.contain('<nk-news-feed limit="5"></nk-news-feed>');
    // The npm CDN at this version, which sends CORS headers: the page's own server may not.
    const {version} = await (await fetch('/package.json')).json() as {version: string};
    const cdn = `https://cdn.jsdelivr.net/npm/nk-news@${version}/dist/cdn/nk-news.js`;
    expect(snippet()).to.contain(`<script type="module" src="${cdn}"></script>`);
    expect(snippet()).to.match(/nk-news-feed:not\(:defined\) \{ display: block; min-height: [\d.]+px; \}/);
    await showing(preview(), 5);

    // The reader picks the timeline, Simplified, three stories, with a search box.
    const form = page.querySelector('form')!;
    const choose = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true}));
    };
    choose('element', 'nk-timeline');
    choose('variant', 'zh-CN');
    const limit = form.elements.namedItem('limit') as HTMLInputElement;
    limit.focus();
    limit.select();
    await sendKeys({type: '3'});
    (form.elements.namedItem('searchable') as HTMLInputElement).click();
    await until(() => snippet().includes('<nk-timeline variant="zh-CN" limit="3" searchable></nk-timeline>'), () => `the snippet reads ${snippet()}`);
    expect(preview().localName).to.equal('nk-timeline');
    await showing(preview(), 3);
    expect(preview().shadowRoot!.querySelector('[part~="search"]')).to.not.equal(null);
    // Measured: the reservation is the preview's own height.
    await until(() => {
      const px = Number(/min-height: ([\d.]+)px/.exec(snippet())?.[1]);
      return Math.abs(px - preview().getBoundingClientRect().height) < 2;
    }, () => `the reservation in ${snippet()} is not the preview's ${preview().getBoundingClientRect().height}px`);

    // Pasted into an empty page, it shows the same three stories. (The test machine is offline: the
    // same build is loaded from the test server where the CDN would serve it.)
    const local = new URL('/dist/cdn/nk-news.js', location.href).href;
    const pasted = await open({srcdoc: `<!doctype html><html lang="zh-Hant-TW"><body>${snippet().replace(cdn, local)}</body></html>`});
    const timeline = await new Promise<Element>((resolve) => {
      const look = () => (pasted.querySelector('nk-timeline')?.shadowRoot ? resolve(pasted.querySelector('nk-timeline')!) : setTimeout(look, 20));
      look();
    });
    await showing(timeline, 3);
    expect(headlines(timeline)).to.deep.equal(headlines(preview()));
    expect(shownArticles(timeline).map((article) => article.getAttribute('lang'))).to.deep.equal(['zh-Hans-CN', 'zh-Hans-CN', 'zh-Hans-CN']);
  });
});
