import {define} from '../define.js';
import {NkTimeline} from './timeline.js';

define('nk-timeline', NkTimeline);
