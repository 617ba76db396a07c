// Serves the demo over the built bundle: what a site that pastes the script tag gets.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  hostname: process.env.HOST ?? 'localhost',
  nodeResolve: false,
  watch: false,
  middleware: [
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-address',
      serverStart() {
        console.log(`\nnk-news demo: http://localhost:${port}/demo/  (Ctrl+C stops)\n`);
      },
    },
  ],
};
