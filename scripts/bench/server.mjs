// A static file server on loopback (a free port), plus a few generated files held in memory; text
// goes gzipped to a client that accepts it.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {gzipSync} from 'node:zlib';

const types = {'.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.svg': 'image/svg+xml'};

/**
 * Serves `root` and `generated` (path → {type, body}); resolves to {base, close}. `slow(path)` gives
 * a delay in ms before a path is answered (a slow feed server), 0 for none.
 */
export async function serve(root, generated = new Map(), slow = () => 0) {
  // Each body is compressed once, as a CDN keeps its compressed copy: compressing on every request
  // would put milliseconds of this server's work into the timings, more for the side with more bytes.
  const compressed = new Map();
  const gzipped = (path, body) => {
    const kept = compressed.get(path);
    if (kept?.body.equals(body)) return kept.zipped;
    const zipped = gzipSync(body);
    compressed.set(path, {body, zipped});
    return zipped;
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const delay = slow(path);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    // Gzipped as a CDN or a site's server sends text: the bytes a phone downloads (issue #23).
    const send = (type, body) => {
      const zipped = /gzip/.test(req.headers['accept-encoding'] ?? '') && !/woff2?$|font|image/.test(type);
      const headers = {'content-type': type, 'cache-control': 'no-store', ...(zipped ? {'content-encoding': 'gzip', vary: 'accept-encoding'} : {})};
      res.writeHead(200, headers).end(zipped ? gzipped(path, Buffer.from(body)) : body);
    };
    const made = generated.get(path);
    if (made) return send(made.type, made.body);
    const file = join(root, normalize(decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) return res.writeHead(403).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404).end();
    }
    send(types[extname(file)] ?? 'application/octet-stream', body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
