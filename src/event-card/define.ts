import {define} from '../define.js';
import {NkEventCard} from './event-card.js';

define('nk-event-card', NkEventCard);
