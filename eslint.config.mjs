// Regex-only lint (scripts/test.sh runs it): every regular expression in src/ that can meet feed
// text must run in linear time. eslint-plugin-regexp proves it per pattern; the TypeScript parser
// only lets it read .ts files, no type-aware rules run.
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tsParser, ecmaVersion: 'latest', sourceType: 'module'},
    plugins: {regexp},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      // Exponential or polynomial backtracking inside one match attempt (`(?:a*\s*)*!`), reported
      // even when only some input could trigger it.
      'regexp/no-super-linear-backtracking': ['error', {report: 'potential'}],
      // A quantifier that can move across the whole text at each of its start positions: O(n²) over
      // a global replace or an unanchored test. `ignorePartial: false` also checks parts of patterns
      // (a lookbehind's contents, an alternative), where the default lets them pass.
      'regexp/no-super-linear-move': ['error', {report: 'potential', ignorePartial: false, ignoreSticky: false}],
      'regexp/no-misleading-capturing-group': ['error', {reportBacktrackingEnds: true}],
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/optimal-quantifier-concatenation': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      'regexp/no-misleading-unicode-character': 'error',
    },
  },
];
