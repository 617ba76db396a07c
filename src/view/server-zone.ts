// The server's time zone on its way to the browser: nk-news/ssr writes it on the host and renders
// in it; hydration (hydrate-hooks.ts) starts from it, then hands times over to the reader's zone.
import {checkTimeZone, zonedInstant} from '../i18n/format-date.js';
import type {ArticleElement} from './article-element.js';

/** The host attribute a server writes its time zone in (`nk-news/ssr`): hydration starts from it. */
export const SERVER_ZONE_ATTRIBUTE = 'data-nk-time-zone';

/**
 * For hydration (`nk-news/hydrate.js`), before the first render: times show in the zone the server
 * wrote them in, or the DOM would not match. The frame after, in the reader's; each `<time>` keeps
 * the server's text in `data-reserve`, which a style of its own makes hold the time's width, so
 * nothing after it in the meta row moves. (A module of its own, not the elements' styles or base
 * class: only the server renderer and pages that hydrate need it; the CDN bundle carries none of it.)
 */
export function hydrateZone(host: Element & {zones?: ArticleElement['zones']; updateComplete?: Promise<boolean>; requestUpdate?: () => void}): void {
  const attribute = host.getAttribute(SERVER_ZONE_ATTRIBUTE);
  if (!attribute || !host.zones || !host.updateComplete) return;
  let zone: string;
  try {
    zone = checkTimeZone(attribute);
  } catch {
    return;
  }
  host.zones = inZone(zone);
  void host.updateComplete.then(() => requestAnimationFrame(() => {
    const root = host.shadowRoot;
    if (root) {
      for (const time of root.querySelectorAll('time')) time.dataset['reserve'] = time.textContent!.trim();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, reserveSheet()];
    }
    host.zones = {};
    host.requestUpdate!();
  }));
}

/** An element's `zones` for a server's zone: its name for the timeline's days, its format for times. */
export function inZone(timeZone: string): ArticleElement['zones'] {
  return {timeZone, instant: zonedInstant(timeZone)};
}

let reserve: CSSStyleSheet | undefined;
/** The rule that makes a time as wide as the widest of its text and its `data-reserve`. */
function reserveSheet(): CSSStyleSheet {
  if (!reserve) {
    reserve = new CSSStyleSheet();
    reserve.replaceSync('time[data-reserve]{display:inline-grid;white-space:nowrap}time[data-reserve]::before{content:attr(data-reserve);block-size:0;visibility:hidden}');
  }
  return reserve;
}
