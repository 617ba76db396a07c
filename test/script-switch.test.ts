import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {resetMouse, sendKeys} from '@web/test-runner-commands';
import '../src/script-switch/define.js';
import type {NkScriptSwitch, VariantChangeEvent} from '../src/script-switch/script-switch.js';
import {forgetVariant, saveVariant, savedVariant, storageKey} from '../src/i18n/variant-store.js';
import {clickOn} from './helpers.js';

const radios = (el: NkScriptSwitch) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const checked = (el: NkScriptSwitch) => radios(el).find((radio) => radio.checked)?.value;
const option = (el: NkScriptSwitch, lang: string) => el.shadowRoot!.querySelector<HTMLElement>(`label[lang="${lang}"]`)!;
const focused = (el: NkScriptSwitch) => (el.shadowRoot!.activeElement as HTMLInputElement | null)?.value;

describe('nk-script-switch', () => {
  beforeEach(() => forgetVariant());
  afterEach(async () => {
    forgetVariant();
    await resetMouse();
  });

  it('offers 繁(台), 繁(港) and 简 as a named radio group, and is accessible', async () => {
    const el = await fixture<NkScriptSwitch>(html`<nk-script-switch></nk-script-switch>`);
    expect(el.shadowRoot!.querySelector('fieldset legend')!.textContent!.trim()).to.equal('中文字體');
    expect([...el.shadowRoot!.querySelectorAll('[part~="option"]')].map((o) => o.textContent!.trim())).to.deep.equal(['繁(台)', '繁(港)', '简']);
    expect(radios(el).map((r) => r.getAttribute('aria-label'))).to.deep.equal(['繁(台) 繁體中文・台灣', '繁(港) 繁體中文・香港', '简 简体中文・中国大陆']);
    expect(el.value).to.equal('zh-TW');
    expect(el.getAttribute('value')).to.equal('zh-TW');
    expect(checked(el)).to.equal('zh-TW');
    expect(option(el, 'zh-Hant-TW').getAttribute('part')).to.equal('option option-checked');
    await expect(el).to.be.accessible();
  });

  it('starts from the saved choice, else the nearest Chinese lang', async () => {
    const inHongKong = await fixture(html`<div lang="zh-Hant-HK"><nk-script-switch></nk-script-switch></div>`);
    expect(inHongKong.querySelector('nk-script-switch')!.value).to.equal('zh-HK');
    saveVariant('zh-CN');
    const saved = await fixture<NkScriptSwitch>(html`<div lang="zh-Hant-HK"><nk-script-switch></nk-script-switch></div>`);
    const el = saved.querySelector('nk-script-switch')!;
    expect(el.value).to.equal('zh-CN');
    expect(checked(el)).to.equal('zh-CN');
    expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('中文字体');
  });

  it('a click saves the choice, fires nk-variant-change and keeps it for a new switch', async () => {
    const page = await fixture(html`<div><nk-script-switch></nk-script-switch><nk-script-switch></nk-script-switch></div>`);
    const [first, second] = [...page.querySelectorAll('nk-script-switch')];
    const changed = oneEvent(page, 'nk-variant-change') as Promise<VariantChangeEvent>;
    await clickOn(option(first!, 'zh-Hans-CN'));
    const event = await changed;
    expect(event.variant).to.equal('zh-CN');
    expect(event.detail).to.deep.equal({variant: 'zh-CN'});
    expect(event.bubbles && event.composed).to.equal(true);
    expect(localStorage.getItem(storageKey)).to.equal('zh-CN');
    await first!.updateComplete;
    expect(first!.value).to.equal('zh-CN');
    expect(first!.getAttribute('value')).to.equal('zh-CN');
    expect(option(first!, 'zh-Hans-CN').getAttribute('part')).to.equal('option option-checked');
    // The other switch on the page follows live.
    await second!.updateComplete;
    expect(second!.value).to.equal('zh-CN');
    expect(checked(second!)).to.equal('zh-CN');
    // A switch created later (another page view) starts from the saved choice.
    page.remove();
    const later = await fixture<NkScriptSwitch>(html`<nk-script-switch></nk-script-switch>`);
    expect(later.value).to.equal('zh-CN');
    expect(checked(later)).to.equal('zh-CN');
  });

  it('works from the keyboard: Tab to the checked choice, arrows move and select, Home and End', async () => {
    const page = await fixture(html`<div><button>before</button><nk-script-switch></nk-script-switch></div>`);
    const el = page.querySelector('nk-script-switch')!;
    const events: string[] = [];
    el.addEventListener('nk-variant-change', (e) => events.push(e.variant));
    page.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal('zh-TW');
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect([focused(el), el.value, checked(el)]).to.deep.equal(['zh-HK', 'zh-HK', 'zh-HK']);
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(el.value).to.equal('zh-CN');
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(el.value).to.equal('zh-HK');
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect([focused(el), el.value, checked(el)]).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN']);
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect([focused(el), el.value, checked(el)]).to.deep.equal(['zh-TW', 'zh-TW', 'zh-TW']);
    expect(events).to.deep.equal(['zh-HK', 'zh-CN', 'zh-HK', 'zh-CN', 'zh-TW']);
    expect(savedVariant()).to.equal('zh-TW');
  });

  it('setting value shows it without saving or firing an event', async () => {
    const el = await fixture<NkScriptSwitch>(html`<nk-script-switch></nk-script-switch>`);
    let fired = false;
    el.addEventListener('nk-variant-change', () => (fired = true));
    el.value = 'zh-HK';
    await el.updateComplete;
    expect(checked(el)).to.equal('zh-HK');
    expect(el.getAttribute('value')).to.equal('zh-HK');
    el.setAttribute('value', 'zh-CN');
    await el.updateComplete;
    expect(checked(el)).to.equal('zh-CN');
    expect(fired).to.equal(false);
    expect(savedVariant()).to.equal(undefined);
  });
});
