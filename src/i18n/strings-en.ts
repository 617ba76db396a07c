/** The elements' words in English, loaded for sources that are not Chinese. */
import type {UiStrings} from './strings-zh-hant.js';

export const strings: UiStrings = {
  feedLabel: 'North Korea news',
  more: 'More stories',
  loading: 'Loading…',
  retry: 'Try again',
  details: 'Technical details',
  empty: 'No stories yet.',
  noMatch: 'No stories match.',
  search: 'Search stories',
  searchPlaceholder: 'Search headlines, text, names…',
  filters: 'Filters',
  all: 'All',
  sources: 'Sources',
  entities: 'People and places',
  related: 'Related coverage',
  refreshFailed: 'Could not update; showing the stories loaded earlier.',
  partlyFailed: 'Some sources could not be loaded; showing the others.',
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  errors: {
    http: 'The news source answered with an error.',
    timeout: 'The news source did not answer in time.',
    network: 'Could not reach the news source.',
    parse: 'The news source is malformed and could not be read.',
    'not-a-feed': 'This address is not a news feed.',
    empty: 'The news source is empty.',
    'too-large': 'The news source is too large; reading stopped.',
    invalid: 'A field of the news data could not be read.',
    'not-found': 'This story could not be found.',
  },
};
