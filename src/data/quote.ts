/**
 * Feed text in FeedError messages: quoted (quote) and, as a net under every message the loader and
 * the parsers give out, bounded and bidi-safe (safeMessage). A module apart from errors.ts, which
 * the elements' first download carries: only the readers and the loader need it, lazy chunks.
 */
import {FeedError, MESSAGE_LENGTH} from './errors.js';

/** First strong isolate and pop directional isolate: what is between them cannot reorder what follows. */
const FSI = '\u2068';
const PDI = '\u2069';

/** `text` cut to at most `max` UTF-16 units, not inside a surrogate pair, with … when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

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

/** Isolates a message may nest: quote() writes one level; deeper ones are dropped with their PDI. */
const MAX_DEPTH = 8;

/**
 * A message as FeedError keeps it: at most MESSAGE_LENGTH characters; embeddings and overrides
 * (never ours) dropped; isolates kept only in balanced pairs (quote() writes them so), with those
 * a cut left open closed at the cut, so nothing appended later (the loader adds the feed's URL)
 * lands inside one. One pass over at most MESSAGE_LENGTH characters.
 */
export function safeMessage(message: string): string {
  let open = 0;
  let dropped = 0;
  const text = clip(message, MESSAGE_LENGTH - MAX_DEPTH).replace(/[\u202A-\u202E\u2066-\u2069]/g, (mark) => {
    if (mark === FSI) return open < MAX_DEPTH ? (open++, FSI) : (dropped++, '');
    if (mark === PDI) return dropped ? (dropped--, '') : open ? (open--, PDI) : '';
    return '';
  });
  return text + PDI.repeat(open);
}

/** The error with its message made safe (safeMessage), or the very error when it already is. */
export function safeError(error: FeedError): FeedError {
  const message = safeMessage(error.message);
  if (message === error.message) return error;
  const {code, url, status, retryAfter, field, cause} = error;
  return new FeedError(code, message, {url, status, retryAfter, field, cause});
}
