// OpenCC is downloaded only when a reader switches away from the source's variant, one direction at
// a time; the 1 MB Simplified → Traditional table only for a Simplified source shown in Traditional.
// This file must stay the only one in its page that converts, so it checks from a clean start.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/script-switch/define.js';
import type {Article} from '../../src/core/vocabulary.js';
import {forgetVariant, resolveVariant} from '../../src/i18n/variant-store.js';
import {convertArticle, convertText} from '../../src/text/convert.js';
import {articleMatches} from '../../src/text/search.js';
import {clickOn} from '../helpers.js';

// The default buffer (250 entries) can fill up with the test page's own modules.
performance.setResourceTimingBufferSize(100_000);

const opencc = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('opencc'));

const article: Article = {
  id: 'lazy',
  title: '北韓試射飛彈,川普回應',
  summary: '據《路透》報導。',
  published: '2025-05-27',
  topics: [],
  sources: ['路透'],
  entities: ['north-korea'],
  lang: 'zh-Hant-TW',
};

describe('lazy loading of OpenCC', () => {
  before(() => forgetVariant());
  after(() => forgetVariant());

  it('downloads nothing while the reader stays in the source variant, then only the direction asked for', async () => {
    const host = await fixture(html`<div lang="zh-Hant-TW"><nk-script-switch></nk-script-switch><p>story</p></div>`);
    const story = host.querySelector('p')!;
    const variant = resolveVariant(story) ?? 'zh-TW';
    expect(variant).to.equal('zh-TW');
    expect(await convertArticle(article, variant)).to.equal(article);
    expect(await convertText(article.title, 'zh-TW', 'zh-TW')).to.equal(article.title);
    expect(await articleMatches(article, '  ')).to.equal(true);
    expect(opencc(), 'no OpenCC module before a switch').to.deep.equal([]);

    // The reader switches to Simplified.
    await clickOn(host.querySelector('nk-script-switch')!.shadowRoot!.querySelector('label[lang="zh-Hans-CN"]')!);
    const chosen = resolveVariant(story);
    expect(chosen).to.equal('zh-CN');
    expect((await convertArticle(article, chosen!)).title).to.equal('朝鲜试射导弹，特朗普回应');
    const loaded = opencc();
    expect(loaded.some((name) => name.endsWith('/core.js')), "OpenCC's dictionaries only, not its converter").to.equal(false);
    expect(loaded.some((name) => name.includes('/to/cn.js'))).to.equal(true);
    expect(loaded.some((name) => name.includes('/from/tw.js'))).to.equal(true);
    expect(loaded.some((name) => /STPhrases|from\/cn\.js/.test(name)), 'no Simplified → Traditional table').to.equal(false);
    expect(loaded.some((name) => /\/to\/hk\.js/.test(name)), 'no Hong Kong table').to.equal(false);
  });

  it('searching across scripts does not download the Simplified → Traditional table', async () => {
    expect(await articleMatches(article, '特朗普 导弹')).to.equal(true);
    expect(opencc().some((name) => /STPhrases|from\/cn\.js/.test(name))).to.equal(false);
  });

  it('downloads the Simplified → Traditional table for a Simplified source shown in Traditional', async () => {
    expect(await convertText('特朗普', 'zh-CN', 'zh-TW')).to.equal('川普');
    expect(opencc().some((name) => /\/opencc-dict\/STPhrases-\d/.test(name))).to.equal(true);
  });
});
