/**
 * The CDN bundle's entry: rollup builds `dist/cdn/nk-news.js` from this module (npm users import
 * `index.js` or one `define.js` instead, and their bundler splits as it likes).
 *
 * The one script tag still registers all four tags, but only `<nk-news-feed>`, the element nearly
 * every embed is, comes in the entry; `<nk-event-card>`, `<nk-timeline>` and `<nk-script-switch>`
 * are chunks fetched when their tag first appears in the document, at load or when a script adds
 * one later (Web Awesome's autoloader does the same). So the entry stays within its byte budget
 * (issue #12: "new features arrive as chunks") and a feed's first articles wait on nothing of theirs.
 * An element upgrades when its chunk arrives and keeps what the page set on it before: Lit applies
 * the declared properties a not-yet-defined element already holds (`article`, `value`, …), and the
 * lists take an early `articles` themselves. `customElements.whenDefined(tag)` resolves once a tag
 * is in the document. Tags inside another component's shadow root are out of the document's sight:
 * pass that root to `discover()`, or import `nk-news` from npm there.
 */
import './autoload.js';
import './news-feed/define.js';

export {discover} from './autoload.js';
export {NkNewsFeed} from './news-feed/news-feed.js';
export * from './view/events.js';
export type {Article, ArticleInput, Variant} from './core/vocabulary.js';
export {FeedError, type FeedErrorCode} from './data/errors.js';
export type {FeedFormat} from './data/parse.js';
export {setGlossary} from './i18n/variant-store.js';
export type {Glossary} from './text/glossary.js';
export type {GazetteerEntry} from './corpus/gazetteer-types.js';
