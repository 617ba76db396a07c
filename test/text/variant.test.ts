import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {
  VariantController,
  forgetVariant,
  resolveVariant,
  saveVariant,
  savedVariant,
  storageKey,
  subscribe,
} from '../../src/i18n/variant-store.js';
import {langTag, uiLang, variantOfLang} from '../../src/core/vocabulary.js';

describe('variant tags', () => {
  it('langTag gives script and region', () => {
    expect(langTag('zh-TW')).to.equal('zh-Hant-TW');
    expect(langTag('zh-HK')).to.equal('zh-Hant-HK');
    expect(langTag('zh-CN')).to.equal('zh-Hans-CN');
  });

  it('variantOfLang reads BCP 47 tags', () => {
    const table: Record<string, string | undefined> = {
      'zh-TW': 'zh-TW', 'zh-Hant': 'zh-TW', 'zh-Hant-TW': 'zh-TW', 'ZH-hant-tw': 'zh-TW', zh_TW: 'zh-TW',
      'zh-HK': 'zh-HK', 'zh-MO': 'zh-HK', 'zh-Hant-HK': 'zh-HK', 'zh-Hant-MO': 'zh-HK', 'yue-Hant-HK': 'zh-HK', yue: 'zh-HK',
      zh: 'zh-CN', 'zh-CN': 'zh-CN', 'zh-Hans': 'zh-CN', 'zh-SG': 'zh-CN', 'zh-Hans-SG': 'zh-CN', 'zh-Hans-HK': 'zh-CN', 'cmn-Hans-CN': 'zh-CN',
      en: undefined, 'en-US': undefined, ja: undefined, '': undefined, 'x-zh': undefined,
    };
    for (const [tag, variant] of Object.entries(table)) expect(variantOfLang(tag), tag).to.equal(variant);
  });

  it('uiLang follows the chosen variant, else the source, else English', () => {
    expect(uiLang('zh-CN', 'zh-Hant-TW')).to.equal('zh-Hans');
    expect(uiLang('zh-HK', 'zh-Hans-CN')).to.equal('zh-Hant-HK');
    expect(uiLang(undefined, 'zh-Hant-TW')).to.equal('zh-Hant');
    expect(uiLang(undefined, 'zh-Hans-CN')).to.equal('zh-Hans');
    expect(uiLang(undefined, 'en')).to.equal('en');
  });
});

describe('the saved variant', () => {
  beforeEach(() => forgetVariant());
  after(() => forgetVariant());

  it('is kept in localStorage under nk-news:variant', () => {
    expect(savedVariant()).to.equal(undefined);
    saveVariant('zh-HK');
    expect(localStorage.getItem(storageKey)).to.equal('zh-HK');
    expect(savedVariant()).to.equal('zh-HK');
  });

  it('ignores a stored value that is not a variant', () => {
    localStorage.setItem(storageKey, 'klingon');
    expect(savedVariant()).to.equal(undefined);
  });

  it('survives storage that throws, for the rest of the page', () => {
    const {getItem, setItem} = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(savedVariant()).to.equal(undefined);
      saveVariant('zh-CN');
      expect(savedVariant()).to.equal('zh-CN');
    } finally {
      Object.assign(Storage.prototype, {getItem, setItem});
    }
  });

  it('notifies subscribers until they unsubscribe', () => {
    const seen: unknown[] = [];
    const unsubscribe = subscribe((v) => seen.push(v));
    saveVariant('zh-CN');
    saveVariant('zh-TW');
    unsubscribe();
    saveVariant('zh-HK');
    expect(seen).to.deep.equal(['zh-CN', 'zh-TW']);
  });
});

describe('resolveVariant', () => {
  beforeEach(() => forgetVariant());
  after(() => forgetVariant());

  it('prefers the explicit variant, then the saved one, then the nearest Chinese lang, across shadow roots', async () => {
    const outer = await fixture(html`<div lang="zh-Hant-HK"><section lang="en"><span></span></section><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('b');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(resolveVariant(inner)).to.equal('zh-HK');
    expect(resolveVariant(outer.querySelector('span')!), 'nearest lang is English').to.equal(undefined);
    saveVariant('zh-CN');
    expect(resolveVariant(inner)).to.equal('zh-CN');
    expect(resolveVariant(inner, 'zh-TW')).to.equal('zh-TW');
    expect(resolveVariant(inner, 'zh-hans')).to.equal('zh-CN');
  });

  it('is undefined (the source’s own) with nothing to go on', async () => {
    const el = await fixture(html`<div lang=""><p></p></div>`);
    expect(resolveVariant(el.querySelector('p')!)).to.equal(undefined);
  });
});

class VariantProbe extends LitElement {
  readonly variant = new VariantController(this);
  renders = 0;
  override render() {
    this.renders++;
    return litHtml`${this.variant.resolve() ?? 'source'}`;
  }
}
customElements.define('nk-test-variant-probe', VariantProbe);

describe('VariantController', () => {
  beforeEach(() => forgetVariant());
  after(() => forgetVariant());

  it('re-renders its host on a page-wide change while connected, not after', async () => {
    const probe = await fixture<VariantProbe>(html`<nk-test-variant-probe></nk-test-variant-probe>`);
    expect(probe.shadowRoot!.textContent).to.equal('source');
    saveVariant('zh-HK');
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('zh-HK');
    probe.remove();
    const renders = probe.renders;
    saveVariant('zh-CN');
    await new Promise((r) => setTimeout(r, 20));
    expect(probe.renders).to.equal(renders);
  });
});
