/**
 * `theme="auto"` where the page declares no colour scheme: the reader's system. The work (reading
 * the page's scheme, watching for its toggle) is in page-scheme-watch.ts, a chunk of its own
 * fetched with the first `auto`: the CDN entry carries only this.
 */
import type {ReactiveController} from 'lit';
import type {Themed} from './page-scheme-watch.js';

/** Gives `host` what `theme="auto"` needs: the first `auto` fetches the watch, which takes over. */
export function followPageScheme(host: Themed): ReactiveController {
  const controller = {
    hostUpdated() {
      if (host.theme === 'auto') {
        host.removeController(controller);
        void import('./page-scheme-watch.js').then(({Watch}) => host.addController(new Watch(host)));
      }
    },
  };
  host.addController(controller);
  return controller;
}
