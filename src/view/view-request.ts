/**
 * The contract between the elements, the articles controller (articles-controller.ts) and the lazy
 * modules that derive what an element shows (list-view.ts, card-view.ts, prerender.ts): what an
 * element asks for, what a view is derived from, and what every view carries besides what it shows.
 */
import type {Article, UiLang, Variant} from '../core/vocabulary.js';
import type {HeadOrders} from '../data/check-articles.js';
import type {LoadResult} from '../data/load.js';
import type {Glossary} from '../text/glossary.js';
import type {SourceRequest} from './article-source.js';

/** An entity's name as a region writes it (the gazetteer's). */
export type EntityName = (id: string, variant?: Variant) => string;

/** What a view is derived from, resolved once per update by the controller. */
export interface ViewRequest<Q> {
  /** The articles loaded, handed over, or seeded by a server. */
  loaded: readonly Article[];
  /** What the element asks of them: a list's filters and page, a card's id and related coverage. */
  query: Q;
  /** The variant to show (the resolver's: own attribute, reader's choice, page `lang`); absent, the source's own. */
  variant?: Variant;
  glossary?: Glossary;
  /** The language of the element's own words around the view. */
  lang: UiLang;
  /** Set while only a long array's first stories are checked: the sort orders they are first in. */
  head?: HeadOrders;
}

/** What every view carries besides what it shows. */
export interface DerivedView {
  /** The articles it was derived from (as loaded, in source script). */
  loaded: readonly Article[];
  /** The variant its articles are shown in; absent, each article's own. */
  variant?: Variant;
  /** The language of the element's words around it; their strings are loaded. */
  lang: UiLang;
  entityName: EntityName;
  /**
   * A server's view whose snapshot carried only the stories it showed (snapshot.ts): the element
   * shows it as it is and loads its source when the reader first asks for anything else.
   */
  incomplete?: boolean;
}

/** Which kind of view an element shows: what a server's snapshot of it holds. */
export type ViewKind = 'list' | 'card';

/** What an element asks of the controller: read from its properties at each update. */
export interface ViewPlan<Q extends object, V extends DerivedView> {
  kind: ViewKind;
  /** Where the articles come from; undefined when the host has them from elsewhere (handed over). */
  request: () => SourceRequest | undefined;
  /** The host's own `variant` attribute (the resolver's first choice). */
  variant: () => string | undefined;
  glossary: () => Glossary | undefined;
  /** What the view asks of the articles besides them; compared field by field, so the view is derived again only when one changes. */
  query: () => Q;
  /** The language the element's words default to: the script of its articles. */
  sourceLang: (loaded: readonly Article[], query: Q) => string | undefined;
  /** Derives the view (one of the lazy steps below); undefined when there is nothing to show. */
  derive: (request: ViewRequest<Q>) => Promise<V | undefined>;
  /** Hears every load the source finished (by default a list's events, see article-source.ts). */
  loaded?: (result: LoadResult) => void;
}
