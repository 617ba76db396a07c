/**
 * Why a feed could not be shown. Elements put the code in `nk-error` events and pick their message
 * by it, so the set is part of the public API (docs/feeds.md, "Error codes and messages";
 * docs/elements/nk-news-feed.md, `nk-error`).
 */
export type FeedErrorCode =
  | 'http'
  | 'timeout'
  | 'network'
  | 'parse'
  | 'not-a-feed'
  | 'empty'
  | 'too-large'
  | 'invalid'
  /** The site's feed proxy does not serve this host or port (`nk-news/server`'s `allow`). */
  | 'not-allowed'
  /** The feed's host is a private, loopback or metadata address, which a server does not fetch. */
  | 'blocked-address'
  /** `article-id` names no article in the source. */
  | 'not-found';

export interface FeedErrorOptions {
  url?: string;
  status?: number;
  /** Seconds the server asked us to wait (Retry-After). */
  retryAfter?: number;
  /** The offending field for `invalid`, e.g. `articles[3].published`. */
  field?: string;
  cause?: unknown;
}

/** A feed fault as a value: parsers return it, the loader never throws it. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly url?: string;
  readonly status?: number;
  readonly retryAfter?: number;
  readonly field?: string;

  constructor(code: FeedErrorCode, message: string, options: FeedErrorOptions = {}) {
    // The net under every message, whoever built it: bounded, and no bidi control left that could
    // reorder the text after it (see quote()).
    super(safeMessage(message), options.cause === undefined ? undefined : {cause: options.cause});
    this.code = code;
    // Only defined keys become own properties, so errors compare and log cleanly.
    if (options.url !== undefined) this.url = options.url;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.field !== undefined) this.field = options.field;
  }
}

export type Result<T> = {ok: true; value: T; warnings: string[]} | {ok: false; error: FeedError};

export function ok<T>(value: T, warnings: string[] = []): Result<T> {
  return {ok: true, value, warnings};
}

export function fail<T = never>(error: FeedError): Result<T> {
  return {ok: false, error};
}

// ── Feed text in messages ─────────────────────────────────────────────────────────────────────────

/** How much feed text one quote shows: enough to recognise the start of a page or a value. */
export const QUOTE_LENGTH = 80;
/** The longest message a FeedError keeps: the detail view and `nk-error` carry it. */
export const MESSAGE_LENGTH = 1000;

/** First strong isolate and pop directional isolate: what is between them cannot reorder what follows. */
const FSI = '\u2068';
const PDI = '\u2069';
/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): a quote's own would unbalance ours. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` cut to at most `max` UTF-16 units, not inside a surrogate pair, with … when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

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

function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * A message as FeedError keeps it: at most MESSAGE_LENGTH characters; embeddings and overrides
 * (never ours) dropped; isolates kept only in balanced pairs (quote() writes them so), with those
 * a cut left open closed at the cut, so nothing appended later (the loader adds the feed's URL)
 * lands inside one. One pass over at most MESSAGE_LENGTH characters.
 */
function safeMessage(message: string): string {
  const text = clip(message, MESSAGE_LENGTH - MAX_DEPTH);
  let first = 0;
  for (; first < text.length && !isBidiControl(text.charCodeAt(first)); first++);
  if (first === text.length) return text;
  let out = text.slice(0, first);
  let last = first;
  let open = 0;
  let dropped = 0;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isBidiControl(code)) continue;
    out += text.slice(last, i);
    last = i + 1;
    if (code === 0x2068 && open < MAX_DEPTH) {
      open++;
      out += FSI;
    } else if (code === 0x2068) {
      dropped++;
    } else if (code === 0x2069 && dropped > 0) {
      dropped--;
    } else if (code === 0x2069 && open > 0) {
      open--;
      out += PDI;
    }
  }
  return out + text.slice(last) + PDI.repeat(open);
}
