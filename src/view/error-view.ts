import {css, html, nothing} from 'lit';
import type {UiLang} from '../core/vocabulary.js';
import {FeedError, type FeedErrorCode} from '../data/errors.js';
import type {UiStrings} from '../i18n/strings.js';
import {zhHant} from '../i18n/strings-zh-hant.js';

/**
 * What a server rendered instead of articles when none could show (`nk-news/ssr`): the fault, and
 * the language its words were in. It travels in a child script of the element, as the snapshot
 * does, so the browser's first render draws the same error and hydration takes it over.
 */
export interface ServerFailure {
  error: FeedError;
  lang: UiLang;
}

/** The child script's type. */
export const FAILURE_TYPE = 'application/x-nk-news-error+json';

const UI_LANGS: readonly string[] = ['zh-Hant', 'zh-Hant-HK', 'zh-Hans', 'en'] satisfies UiLang[];

/** The failure as JSON for the child script: the fields a reader's view and `nk-error` use. */
export function failureRecord({error, lang}: ServerFailure) {
  const {code, message, url, status} = error;
  return {code, message, url, status, lang};
}

/**
 * The failure a server left in `host`, read like any input from the page: a known code, strings
 * where strings belong; anything else, none (and the element loads as if there were no server).
 */
export function serverFailure(host: Element): ServerFailure | undefined {
  try {
    const text = host.querySelector(`:scope > script[type="${FAILURE_TYPE}"]`)?.textContent;
    const record: unknown = text ? JSON.parse(text) : undefined;
    if (typeof record !== 'object' || record === null) return undefined;
    const {code, message, url, status, lang} = record as Record<string, unknown>;
    if (typeof code !== 'string' || !Object.hasOwn(zhHant.errors, code) || typeof message !== 'string' || typeof lang !== 'string' || !UI_LANGS.includes(lang)) return undefined;
    const error = new FeedError(code as FeedErrorCode, message, {
      url: typeof url === 'string' ? url : undefined,
      status: typeof status === 'number' ? status : undefined,
    });
    return {error, lang: lang as UiLang};
  } catch {
    return undefined;
  }
}

/**
 * Why articles are missing, as a reader reads it: the message in their language, the technical
 * detail (often English, naming the URL and status) folded away for the site's engineers, and a
 * retry when one can help. Nothing to show is urgent (an alert); a failed background refresh must
 * not interrupt the reader (a status).
 */
export function renderError(error: FeedError, message: string, ui: UiStrings, options: {blocking: boolean; retry?: () => void}) {
  return html`<div part="error" class=${options.blocking ? 'blocking' : 'notice'} role=${options.blocking ? 'alert' : 'status'}>
    <p>${message}</p>
    <details>
      <summary>${ui.details}</summary>
      <p class="detail">${error.message}</p>
    </details>
    ${options.retry ? html`<button part="retry" type="button" @click=${options.retry}>${ui.retry}</button>` : nothing}
  </div>`;
}

/** The error box. Read without JavaScript (a server's), its retry is hidden, its room kept: retrying needs the script. */
export const errorStyles = css`
  [part~='error'] {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  [part~='error'] p {
    margin: 0 0 0.5em;
  }
  [part~='error'] summary {
    cursor: pointer;
    font-size: 0.8em;
    color: var(--_muted);
  }
  [part~='error'] .detail {
    font-size: 0.85em;
    color: var(--_muted);
  }
  [part~='error'].notice {
    font-size: 0.9em;
  }
  :host(:not(:defined)) [part~='retry'] {
    visibility: hidden;
  }
`;
