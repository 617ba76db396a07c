// Compiled, never run: `npx tsc -p tsconfig.test.json` (npm test) fails when the types are stricter
// than the elements. A page hands over articles with only `id`, `title` and `published`
// (`ArticleInput`); what the elements read back is the complete `Article`.
import {EventCard, NewsFeed, Timeline} from '../../src/react/index.js';
import type {NkEventCard} from '../../src/event-card/event-card.js';
import type {NkNewsFeed} from '../../src/news-feed/news-feed.js';
import type {NkTimeline} from '../../src/timeline/timeline.js';
import type {Article, ArticleInput} from '../../src/core/vocabulary.js';

const minimal = {id: 'a', title: '北韓試射飛彈', published: '2025-07-29'};

declare const card: NkEventCard;
declare const feed: NkNewsFeed;
declare const timeline: NkTimeline;

// Setters take ArticleInput.
card.article = minimal;
card.article = undefined;
feed.articles = [minimal];
timeline.articles = [minimal, {...minimal, id: 'b', summary: '…', entities: ['川普']}];

// Getters give Article: every field is there to read (in functions: an assignment above narrows).
export const summary = (): string | undefined => card.article?.summary;
export const lists = (): Article[][] => [feed.articles, timeline.articles];
export const entities = (): string[] => feed.articles.flatMap((article) => article.entities);

// The React components take the same.
export const views = [
  <NewsFeed articles={[minimal]} limit={5} />,
  <Timeline articles={[minimal]} />,
  <EventCard article={minimal} />,
  <EventCard article={{id: 'b', title: '金正恩視察', published: '2025-07-30', summary: '…'}} />,
];

// What is not an article still fails to compile.
// @ts-expect-error: no title
card.article = {id: 'a', published: '2025-07-29'};
// @ts-expect-error: no id
export const noId = <NewsFeed articles={[{title: 'x', published: '2025-07-29'}]} />;
// @ts-expect-error: an ArticleInput is no Article
export const notComplete: Article = minimal as ArticleInput;
