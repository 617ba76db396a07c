// opencc-js ships types for `core` and `preset` only; its per-locale dictionary modules
// (`opencc-js/from/tw`, `opencc-js/to/cn`…) each default-export a list of dictionary groups.
declare module 'opencc-js/from/*' {
  import type {DictGroup} from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}

declare module 'opencc-js/to/*' {
  import type {DictGroup} from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
