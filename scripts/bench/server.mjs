// A static file server on loopback (a free port), plus a few generated files held in memory.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const types = {'.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.svg': 'image/svg+xml'};

/**
 * Serves `root` and `generated` (path → {type, body}); resolves to {base, close}. `slow(path)` gives
 * a delay in ms before a path is answered (a slow feed server), 0 for none.
 */
export async function serve(root, generated = new Map(), slow = () => 0) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const delay = slow(path);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const made = generated.get(path);
    if (made) return res.writeHead(200, {'content-type': made.type, 'cache-control': 'no-store'}).end(made.body);
    const file = join(root, normalize(decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'}).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
