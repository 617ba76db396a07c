// React components for every element, made with @lit/react: props are the elements' properties
// (set as properties, so `articles` and `glossary` take objects), and the `nk-*` events are typed
// `onNk…` props. Importing this module registers the tags. React itself is the page's: an optional
// peer dependency, needed only by those who import `nk-news/react`.
import * as React from 'react';
import {createComponent, type EventName, type ReactWebComponent} from '@lit/react';
import type {ArticleInput} from '../core/vocabulary.js';
import '../event-card/define.js';
import '../news-feed/define.js';
import '../script-switch/define.js';
import '../timeline/define.js';
import {NkEventCard} from '../event-card/event-card.js';
import {NkNewsFeed} from '../news-feed/news-feed.js';
import {NkScriptSwitch} from '../script-switch/script-switch.js';
import {NkTimeline} from '../timeline/timeline.js';
import type {
  ArticleSelectEvent, FeedErrorEvent, FilterChangeEvent, LoadEvent, VariantChangeEvent,
} from '../view/events.js';

export type {ArticleSelectEvent, FeedErrorEvent, FilterChangeEvent, LoadEvent, VariantChangeEvent};

/**
 * A component whose props set some properties with a wider type than they read back: `articles`
 * and `article` take `ArticleInput` (id, title and published are enough) and read back `Article`.
 * @lit/react types every prop as the property reads.
 */
type Taking<C, Set> = C extends React.ForwardRefExoticComponent<infer Props> ? React.ForwardRefExoticComponent<Omit<Props, keyof Set> & Set> : never;
type ListComponent<I extends HTMLElement> = Taking<ReactWebComponent<I, typeof listEvents>, {articles?: readonly ArticleInput[] | null}>;

/** What a card fires. */
const cardEvents = {
  onNkArticleSelect: 'nk-article-select' as EventName<ArticleSelectEvent>,
  onNkLoad: 'nk-load' as EventName<LoadEvent>,
  onNkError: 'nk-error' as EventName<FeedErrorEvent>,
};

/** What the feed and the timeline fire: a card's events and their search and filters. */
const listEvents = {
  ...cardEvents,
  onNkFilterChange: 'nk-filter-change' as EventName<FilterChangeEvent>,
};

/** `<nk-news-feed>`: a list of news articles with "more", search and filters. */
export const NewsFeed = createComponent({
  react: React,
  tagName: 'nk-news-feed',
  elementClass: NkNewsFeed,
  events: listEvents,
  displayName: 'NewsFeed',
}) as ListComponent<NkNewsFeed>;

/** `<nk-timeline>`: the articles along a line, under month and day headings. */
export const Timeline = createComponent({
  react: React,
  tagName: 'nk-timeline',
  elementClass: NkTimeline,
  events: listEvents,
  displayName: 'Timeline',
}) as ListComponent<NkTimeline>;

/** `<nk-event-card>`: a single news article. */
export const EventCard = createComponent({
  react: React,
  tagName: 'nk-event-card',
  elementClass: NkEventCard,
  events: cardEvents,
  displayName: 'EventCard',
}) as Taking<ReactWebComponent<NkEventCard, typeof cardEvents>, {article?: ArticleInput | null}>;

/** `<nk-script-switch>`: switches every nk element on the page between 繁(台), 繁(港) and 简. */
export const ScriptSwitch = createComponent({
  react: React,
  tagName: 'nk-script-switch',
  elementClass: NkScriptSwitch,
  events: {onNkVariantChange: 'nk-variant-change' as EventName<VariantChangeEvent>},
  displayName: 'ScriptSwitch',
});
