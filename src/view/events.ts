import type {Article, Variant} from '../core/vocabulary.js';
import type {FeedError} from '../data/errors.js';
import type {ArticleFilters} from '../data/filter.js';

const options = {bubbles: true, composed: true};

/**
 * The reader chose an article (click or Enter). Cancelable: a site that routes in-page may call
 * `preventDefault()` to keep a click on the headline link from navigating.
 */
export class ArticleSelectEvent extends Event {
  static readonly eventName = 'nk-article-select';
  constructor(readonly article: Article) {
    super(ArticleSelectEvent.eventName, {...options, cancelable: true});
  }
  get detail() {
    return {article: this.article};
  }
}

/**
 * A load the element started has finished and shows `count` articles. `warnings` lists the items
 * that were skipped and why (also logged to the console), for the site's engineers.
 */
export class LoadEvent extends Event {
  static readonly eventName = 'nk-load';
  constructor(readonly count: number, readonly sources: string[], readonly warnings: readonly string[] = []) {
    super(LoadEvent.eventName, options);
  }
  get detail() {
    return {count: this.count, sources: this.sources};
  }
}

/** A load the element started failed, wholly or for one of its sources. */
export class FeedErrorEvent extends Event {
  static readonly eventName = 'nk-error';
  constructor(readonly error: FeedError) {
    super(FeedErrorEvent.eventName, options);
  }
  get detail() {
    return {error: this.error};
  }
}

/** The filters in force: the attributes' and what the reader chose with the list's own controls. */
export type ActiveFilters = Omit<ArticleFilters, 'sort'> & {query: string};

/** The reader changed the search text or a filter chip. */
export class FilterChangeEvent extends Event {
  static readonly eventName = 'nk-filter-change';
  constructor(readonly filters: ActiveFilters) {
    super(FilterChangeEvent.eventName, options);
  }
  get detail() {
    return this.filters;
  }
}

/** The reader picked another script and region in an `<nk-script-switch>`. */
export class VariantChangeEvent extends Event {
  static readonly eventName = 'nk-variant-change';
  constructor(readonly variant: Variant) {
    super(VariantChangeEvent.eventName, options);
  }
  get detail() {
    return {variant: this.variant};
  }
}

declare global {
  interface HTMLElementEventMap {
    'nk-article-select': ArticleSelectEvent;
    'nk-load': LoadEvent;
    'nk-error': FeedErrorEvent;
    'nk-filter-change': FilterChangeEvent;
    'nk-variant-change': VariantChangeEvent;
  }
}
