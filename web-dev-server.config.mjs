// Serves the demo over the built bundle: what a site that pastes the script tag gets.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  port,
  hostname: process.env.HOST ?? 'localhost',
  nodeResolve: false,
  watch: false,
  plugins: [
    {
      name: 'print-address',
      serverStart() {
        console.log(`\nnk-news demo: http://localhost:${port}/  (Ctrl+C stops)\n`);
      },
    },
  ],
};
