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

/** The longest message a FeedError keeps: the detail view and `nk-error` carry it. */
export const MESSAGE_LENGTH = 1000;

/** First strong isolate and pop directional isolate: what is between them cannot reorder what follows. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** `text` cut to at most `max` UTF-16 units, not inside a surrogate pair, with … when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Isolates a message may nest: quote() writes one level; deeper ones are dropped with their PDI. */
const MAX_DEPTH = 8;

/**
 * A message as FeedError keeps it: at most MESSAGE_LENGTH characters; embeddings and overrides
 * (never ours) dropped; isolates kept only in balanced pairs (quote() writes them so), with those
 * a cut left open closed at the cut, so nothing appended later (the loader adds the feed's URL)
 * lands inside one. One pass over at most MESSAGE_LENGTH characters.
 */
function safeMessage(message: string): string {
  let open = 0;
  let dropped = 0;
  const text = clip(message, MESSAGE_LENGTH - MAX_DEPTH).replace(/[\u202A-\u202E\u2066-\u2069]/g, (mark) => {
    if (mark === FSI) return open < MAX_DEPTH ? (open++, FSI) : (dropped++, '');
    if (mark === PDI) return dropped ? (dropped--, '') : open ? (open--, PDI) : '';
    return '';
  });
  return text + PDI.repeat(open);
}
