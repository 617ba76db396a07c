// Serves the demo over the built bundle: what a site that pastes the script tag gets. The server
// rendering demo (demo/ssr.html) is rendered on each request and hydrated with the npm modules,
// whose bare imports (lit) are resolved as a site's bundler would.
import {ssrPages} from './scripts/ssr-pages.mjs';
import {devServerCommonjs} from './scripts/cjs-as-esm.mjs';

const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  hostname: process.env.HOST ?? 'localhost',
  nodeResolve: true,
  watch: false,
  middleware: [
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
    ssrPages(),
  ],
  plugins: [
    devServerCommonjs(),
    {
      name: 'print-address',
      serverStart() {
        console.log(`\nnk-news demo: http://localhost:${port}/demo/  (Ctrl+C stops)`);
        console.log(`server-rendered: http://localhost:${port}/demo/ssr.html\n`);
      },
    },
  ],
};
