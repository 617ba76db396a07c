/**
 * Imported by the CDN autoloader (src/autoload.ts) only for what it imports, when an element will first show
 * the bundled corpus (written as Taiwan writes) as the mainland writes: the conversion, OpenCC's
 * Taiwan → mainland dictionaries, the Taiwan → mainland wording pairs and the mainland's UI words.
 * scripts/rollup-preload.mjs requests a chunk's static imports with it, so they come in the same
 * wave as the view instead of one round trip after it (issue #23). What it exports goes unused: the
 * view imports the same modules when it converts.
 */
export {default as fromTaiwan} from 'opencc-js/from/tw';
export {default as toMainland} from 'opencc-js/to/cn';
export {default as taiwanToMainlandWording} from '../text/wording-pairs/wording-tw-cn.js';
export {convertArticles} from '../text/convert.js';
export {strings} from '../i18n/strings-zh-hans.js';
