import {define} from '../define.js';
import {NkNewsFeed} from './news-feed.js';

define('nk-news-feed', NkNewsFeed);
