import {LitElement, html, type PropertyDeclarations} from 'lit';
import {live} from 'lit/directives/live.js';
import {isVariant, langTag, variantOfLang, variants, type Variant} from '../core/vocabulary.js';
import {saveVariant, savedVariant, VariantController} from '../i18n/variant-store.js';
import {themeStyles} from '../view/theme.styles.js';
import {followPageScheme} from '../view/page-scheme.js';
import {styles} from './script-switch.styles.js';
import {VariantChangeEvent} from '../view/events.js';

export {VariantChangeEvent};

// Each accessible name starts with the visible text (WCAG 2.5.3: voice users say what they see).
const choices: Record<Variant, {text: string; name: string}> = {
  'zh-TW': {text: '繁(台)', name: '繁(台) 繁體中文・台灣'},
  'zh-HK': {text: '繁(港)', name: '繁(港) 繁體中文・香港'},
  'zh-CN': {text: '简', name: '简 简体中文・中国大陆'},
};

let switches = 0;

/**
 * A choice between Traditional Chinese as written in Taiwan, Traditional as written in Hong Kong,
 * and Simplified as written on the mainland. The choice is saved (`localStorage` key
 * `nk-news:variant`) and every nk element on the page without its own `variant` follows it.
 * A native radio group: Tab reaches the checked choice, arrow keys move and select; Home and End
 * pick the first and last. With `scope="page"` the page's own Chinese text converts too, with the
 * same regional wording, and returns to exactly what the page wrote (docs/page-text.md).
 *
 * @tagname nk-script-switch
 * @summary Switches every nk element on the page between 繁(台), 繁(港) and 简.
 * @fires {VariantChangeEvent} nk-variant-change - The reader chose a variant; `detail.variant` is `zh-TW`, `zh-HK` or `zh-CN`. Not fired when `value` is set.
 * @csspart group - The fieldset around the choices.
 * @csspart label - The group's name (visually hidden; style it to show it).
 * @csspart option - One choice (a label holding its radio button).
 * @csspart option-checked - The chosen option, in addition to `option`.
 * @csspart text - The visible text of a choice.
 * @cssproperty [--nk-switch-border-color=var(--nk-color-border)] - Outline of each choice (dark: `--nk-dark-switch-border-color`).
 * @cssproperty [--nk-switch-checked-background=var(--nk-color-accent)] - Background of the chosen option (dark: `--nk-dark-switch-checked-background`).
 * @cssproperty [--nk-switch-checked-color=var(--nk-color-surface)] - Text colour of the chosen option (dark: `--nk-dark-switch-checked-color`).
 * @cssproperty [--nk-color-text=#1a1a1a] - Text colour of the other choices (dark: `--nk-dark-color-text`, #ececec).
 * @cssproperty [--nk-color-surface=#ffffff] - Background of the other choices (dark: `--nk-dark-color-surface`, #1e1e1e).
 * @cssproperty [--nk-color-border=#d9d9d9] - Outline of each choice (dark: `--nk-dark-color-border`, #444444).
 * @cssproperty [--nk-color-accent=#b3261e] - The chosen option (dark: `--nk-dark-color-accent`, #ff8a80).
 * @cssproperty [--nk-font-family=system-ui, -apple-system, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif] - Font.
 * @cssproperty [--nk-font-size=16px] - Font size; fixed, so a page's root size does not shrink it (`1rem` follows the page).
 * @cssproperty [--nk-control-radius=var(--nk-radius, 999px)] - Corner radius of the group: a pill unless the site sets a radius.
 * @cssproperty [--nk-space=0.75em] - Base spacing; choices are padded with a fraction of it.
 */
export class NkScriptSwitch extends LitElement {
  static override styles = [themeStyles, styles];
  // As every element's (see view/article-element.ts): Lit's static properties, no decorators.
  static override properties: PropertyDeclarations = {value: {reflect: true}, label: {}, theme: {reflect: true}, scope: {}};

  #value?: Variant;
  /** The resolver every element uses; here it also hears a choice made in another switch or tab. */
  readonly #variants = new VariantController(this, (saved) => this.#onSaved(saved));

  /**
   * The chosen variant: `zh-TW`, `zh-HK` or `zh-CN`. Initially the reader's saved choice, else the
   * nearest Chinese `lang` around the element, else `zh-TW`. Setting it changes what the switch
   * shows, without saving or firing an event.
   */
  get value(): Variant {
    return this.#value ?? this.#variants.resolve() ?? 'zh-TW';
  }
  set value(next: Variant) {
    const old = this.value;
    this.#value = isVariant(next) ? next : variantOfLang(String(next ?? ''));
    this.requestUpdate('value', old);
  }

  /** Accessible name of the group. Default: 中文字體 (中文字体 while Simplified is chosen). */
  label?: string;

  /** `light`, `dark`, or `auto`: the page's `color-scheme` where it sets one, else the reader's system; live. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** `theme="auto"` on a page that declares no scheme: the reader's system (view/page-scheme.ts). */
  protected readonly scheme = followPageScheme(this);

  /**
   * `elements` (default): the choice reaches the nk elements. `page`: the page's own Chinese text
   * converts too, with the same regional wording, text added later included; `translate="no"`,
   * code, inputs' values and non-Chinese `lang` stay as written, and 繁(台) on a Taiwanese page
   * restores the original exactly; `title`, `alt`, `placeholder` and `aria-label` convert
   * (docs/page-text.md).
   */
  scope: 'elements' | 'page' = 'elements';
  /** The page-text module, loaded with the first `scope="page"`. */
  #page?: Promise<typeof import('./page-text.js')>;

  readonly #name = `nk-variant-${++switches}`;
  /** The value last rendered. */
  #shown?: Variant;

  override connectedCallback() {
    super.connectedCallback();
    // Reflect the resolved initial value as the attribute.
    this.requestUpdate('value', undefined);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    void this.#page?.then(({leavePage}) => leavePage(this));
  }

  protected override willUpdate() {
    this.#shown = this.value;
  }

  protected override updated(changed: Map<PropertyKey, unknown>) {
    if (changed.has('scope') || changed.has('value')) void this.#showPage();
  }

  /**
   * The page follows the reader's choice (saved, from any switch or tab) or a `value` set on the
   * switch; until there is one, it stays as written, whatever the switch resolves to.
   */
  async #showPage() {
    if (this.scope !== 'page') {
      if (this.#page) (await this.#page).leavePage(this);
      return;
    }
    this.#page ??= import('./page-text.js');
    const {showPage} = await this.#page;
    if (this.isConnected && this.scope === 'page') await showPage(this, this.#value ?? savedVariant());
  }

  override render() {
    const value = this.#shown!;
    const hans = value === 'zh-CN';
    return html`<fieldset part="group" @change=${this.#onChange} @keydown=${this.#onKeydown}>
      <legend part="label" class="visually-hidden" lang=${hans ? 'zh-Hans' : 'zh-Hant'}>
        ${this.label ?? (hans ? '中文字体' : '中文字體')}
      </legend>
      ${variants.map((v) => {
        const checked = v === value;
        return html`<label part=${checked ? 'option option-checked' : 'option'} lang=${langTag(v)}>
          <input type="radio" name=${this.#name} value=${v} .checked=${live(checked)} aria-label=${choices[v].name} />
          <span part="text" aria-hidden="true">${choices[v].text}</span>
        </label>`;
      })}
    </fieldset>`;
  }

  /** Another switch (or tab) saved a choice: show it. */
  #onSaved(saved: Variant | undefined) {
    if (saved) this.#value = saved;
    // Compared with what is on screen: the getter may already resolve to the new choice.
    this.requestUpdate('value', this.#shown);
  }

  #onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (isVariant(input.value)) this.#choose(input.value);
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const v = event.key === 'Home' ? variants[0]! : variants[variants.length - 1]!;
    this.#choose(v);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`input[value="${v}"]`)?.focus());
  }

  #choose(v: Variant) {
    if (v === this.value && v === savedVariant()) return;
    const old = this.value;
    this.#value = v;
    saveVariant(v);
    this.requestUpdate('value', old);
    this.dispatchEvent(new VariantChangeEvent(v));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nk-script-switch': NkScriptSwitch;
  }
}
