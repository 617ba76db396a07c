/**
 * The readers `nk-news/ssr` uses when the site gives none: one bounded cache (32 MB) for the whole
 * process, shared by the two policies (private networks refused, the default; or allowed), whose
 * entries are keyed apart (`read.ts`).
 */
import type {Article} from '../core/vocabulary.js';
import type {Result} from '../data/errors.js';
import type {LoadOptions} from '../data/load.js';
import {FeedCache} from './feed-cache.js';
import {createReader, type Reader} from './read.js';

let cache: FeedCache | undefined;
const readers = new Map<boolean, Reader>();

/** The shared reader for a policy. */
export function sharedReader(allowPrivateNetwork = false): Reader {
  cache ??= new FeedCache();
  let reader = readers.get(allowPrivateNetwork);
  if (!reader) readers.set(allowPrivateNetwork, (reader = createReader({cache, allowPrivateNetwork})));
  return reader;
}

/**
 * One feed read on the server, guarded and cached: private and loopback addresses refused unless
 * `allowPrivateNetwork`. A `FeedReader` (`src/data/load.ts`).
 */
export function readFeed(url: string, options: LoadOptions & {allowPrivateNetwork?: boolean} = {}): Promise<Result<Article[]>> {
  return sharedReader(options.allowPrivateNetwork).read(url, options);
}

/** Forgets every feed the shared readers hold: the next render reads its sources again. */
export function clearFeedCache(): void {
  cache?.clear();
}
