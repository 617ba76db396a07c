// Registers every element and re-exports the classes and types.
import './event-card/define.js';
import './news-feed/define.js';
import './script-switch/define.js';
import './timeline/define.js';

export {NkEventCard} from './event-card/event-card.js';
export {NkNewsFeed} from './news-feed/news-feed.js';
export {NkScriptSwitch} from './script-switch/script-switch.js';
export {NkTimeline} from './timeline/timeline.js';
export * from './view/events.js';
export type {Article, ArticleInput, Variant} from './core/vocabulary.js';
export {FeedError, type FeedErrorCode} from './data/errors.js';
export type {FeedFormat} from './data/parse.js';
export {setGlossary} from './i18n/variant-store.js';
export type {Glossary} from './text/glossary.js';
export type {GazetteerEntry} from './corpus/gazetteer-types.js';
