import {css, html, nothing} from 'lit';
import type {FeedError} from '../data/errors.js';
import type {UiStrings} from '../i18n/strings.js';

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
`;
