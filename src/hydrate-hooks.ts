// Part of nk-news/hydrate.js, in a module of its own so that it runs before any element is
// defined: an element already in the page upgrades, and reads the server's snapshot, the moment
// its tag is defined. Only pages that hydrate read snapshots: the CDN bundle carries none of this.
import {NkEventCard} from './event-card/event-card.js';
import {addUiStrings} from './i18n/strings.js';
import {strings as en} from './i18n/strings-en.js';
import {strings as zhHans} from './i18n/strings-zh-hans.js';
import {ArticleList} from './view/article-list.js';
import {serverCardView, serverListView} from './view/snapshot.js';

ArticleList.serverView = serverListView;
NkEventCard.serverView = serverCardView;
// A server-rendered element's first render must draw the server's words: all of them at hand.
addUiStrings('zh-Hans', zhHans);
addUiStrings('en', en);
