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
    // Bounded, whoever built it. Feed text in it is isolated where it is quoted, and the loader and
    // the parsers pass every message through safeMessage() as a net, which also cuts it between
    // characters (quote.ts); this cut is only the last bound.
    super(message.slice(0, MESSAGE_LENGTH), options.cause === undefined ? undefined : {cause: options.cause});
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
