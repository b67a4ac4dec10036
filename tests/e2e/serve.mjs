// A minimal static file server for dist/ on 127.0.0.1 (no dependencies): used by the
// end-to-end test and the browser benchmark. Only loopback; stops with the process.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.css': 'text/css', '.json': 'application/json',
};

// File contents and their gzip, kept in memory as a CDN's edge would: reading and
// compressing a megabyte per request would make this server, not the page, the measure.
// Keyed by path and modification time, so a rebuild during `trunk serve`-style use is seen.
const cache = new Map();

export function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) { file = path.join(file, 'index.html'); stat = fs.statSync(file, { throwIfNoEntry: false }); }
    if (!stat?.isFile()) { res.writeHead(404).end('not found'); return; }
    const key = `${file}@${stat.mtimeMs}`;
    if (!cache.has(key)) cache.set(key, { data: fs.readFileSync(file) });
    const entry = cache.get(key);
    let data = entry.data;
    // Cacheable for an hour, as a CDN would serve the widget's files: a reader's next
    // article then takes them (and V8's cached optimized wasm code) from the browser cache.
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'max-age=3600' };
    // Compress text and wasm as any production server or CDN would.
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && !['.svg'].includes(path.extname(file))) {
      data = entry.gzip ??= zlib.gzipSync(data, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(data);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
