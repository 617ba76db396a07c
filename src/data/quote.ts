/**
 * Feed text quoted into a FeedError message. A module apart from errors.ts, which the elements'
 * first download carries: only the readers quote feed text, and they are lazy chunks.
 */
import {clip, FSI, PDI} from './errors.js';

/** How much feed text one quote shows: enough to recognise the start of a page or a value. */
export const QUOTE_LENGTH = 80;
/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): a quote's own would unbalance ours. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Untrusted text (a feed's first bytes, a field's value) for a FeedError message: at most
 * `max` characters on one line, JSON-quoted, its bidi controls dropped and the whole inside U+2068
 * FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, so a feed that starts with U+202E (or
 * Hebrew) cannot reverse the URL the loader appends after it. A value that is not a string is
 * named by its type rather than serialised: a 1 MB object stays out of the message too. Without
 * `marks`, no quotation marks: for an engine's message that quotes the feed itself (JSON.parse's).
 */
export function quote(value: unknown, {max = QUOTE_LENGTH, marks = true}: {max?: number; marks?: boolean} = {}): string {
  let shown: string;
  if (typeof value === 'string') {
    // Only the head is looked at, so the cost is bounded whatever the value's length.
    const head = value.slice(0, 4 * max).replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ');
    shown = marks ? JSON.stringify(clip(head, max)) : clip(head, max);
  } else if (value === null || typeof value === 'number' || typeof value === 'boolean') {
    shown = String(value);
  } else {
    shown = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  }
  return FSI + shown + PDI;
}
