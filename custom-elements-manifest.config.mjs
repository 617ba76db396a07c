export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
};
