import type {ReactiveController, ReactiveControllerHost} from 'lit';

const PREFIX = '#nk-';

/** The article id a shared link points at (`#nk-<id>`), if any. */
function linkedId(): string | undefined {
  if (!location.hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(location.hash.slice(PREFIX.length));
  } catch {
    return undefined;
  }
}

/**
 * Deep links, for lists that opt in (`deep-link`): selecting an article puts `#nk-<id>` in the
 * address, and a page opened (or a hash changed) to one makes the list reveal that article.
 * `reveal` returns false while the list cannot tell yet (still loading); the link is then tried
 * again after the next update.
 */
export class DeepLink implements ReactiveController {
  #wanted?: string;

  constructor(
    private readonly host: ReactiveControllerHost & {deepLink: boolean},
    private readonly reveal: (id: string) => boolean
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('hashchange', this.#read);
    this.#read();
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.#read);
  }

  hostUpdated() {
    if (this.#wanted !== undefined && this.reveal(this.#wanted)) this.#wanted = undefined;
  }

  /** The reader chose this article: the address now links to it (replaced, not a new history entry). */
  select(id: string) {
    if (this.host.deepLink) history.replaceState(history.state, '', PREFIX + encodeURIComponent(id));
  }

  readonly #read = () => {
    this.#wanted = this.host.deepLink ? linkedId() : undefined;
    if (this.#wanted !== undefined) this.host.requestUpdate();
  };
}
