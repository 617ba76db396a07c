import type {ReactiveController, ReactiveControllerHost} from 'lit';

const PREFIX = '#nk-';

/**
 * The longest encoded id put in the address. An id is the feed's: one of 1 MB would make a URL
 * browsers refuse (or spend memory on) and nobody could share; such a story is selected without a link.
 */
const MAX_LINK = 2048;

/**
 * The id with each lone surrogate as U+FFFD, as String.prototype.toWellFormed does (not in every
 * browser we support): encodeURIComponent throws URIError on a lone surrogate, and a feed's id may
 * hold one. Both the article's id and the hash's are read this way, so they still match.
 */
export function wellFormed(id: string): string {
  return id.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The article id a shared link points at (`#nk-<id>`), well formed, if any. */
function linkedId(): string | undefined {
  const hash = location.hash;
  if (!hash.startsWith(PREFIX) || hash.length > PREFIX.length + MAX_LINK) return undefined;
  try {
    return wellFormed(decodeURIComponent(hash.slice(PREFIX.length)));
  } catch {
    return undefined;
  }
}

/**
 * Deep links, for lists that opt in (`deep-link`): selecting an article puts `#nk-<id>` in the
 * address, and a page opened (or a hash changed) to one makes the list reveal that article.
 * `reveal` is given a test of an article id against the link and returns false while the list
 * cannot tell yet (still loading); the link is then tried again after the next update.
 */
export class DeepLink implements ReactiveController {
  #wanted?: string;

  constructor(
    private readonly host: ReactiveControllerHost & {deepLink: boolean},
    private readonly reveal: (linked: (id: string) => boolean) => boolean
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
    const wanted = this.#wanted;
    if (wanted !== undefined && this.reveal((id) => id === wanted || wellFormed(id) === wanted)) this.#wanted = undefined;
  }

  /**
   * The reader chose this article: the address now links to it (replaced, not a new history entry).
   * Never throws: the selection event comes after it, and a page that cancels that event must
   * always get it, whatever the feed put in the id.
   */
  select(id: string) {
    if (!this.host.deepLink) return;
    const encoded = encodeURIComponent(wellFormed(id));
    if (encoded.length > MAX_LINK) return;
    try {
      history.replaceState(history.state, '', PREFIX + encoded);
    } catch {
      // A browser that refuses the address (a sandboxed document, a rate limit on history calls).
    }
  }

  readonly #read = () => {
    this.#wanted = this.host.deepLink ? linkedId() : undefined;
    if (this.#wanted !== undefined) this.host.requestUpdate();
  };
}
