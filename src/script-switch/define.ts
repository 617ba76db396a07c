// Importing this module registers <nk-script-switch> (listed in package.json sideEffects).
import {define} from '../define.js';
import {NkScriptSwitch} from './script-switch.js';

define('nk-script-switch', NkScriptSwitch);
