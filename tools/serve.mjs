#!/usr/bin/env node
// A small static host for dist/, behaving like the production hosts the README's "Deploying dist/" describes:
//  - SPA fallback: an unknown path without a file extension gets index.html (deep links work);
//  - compression: a precompressed .br/.gz next to the file is served when the browser accepts it,
//    otherwise the file is compressed on the fly (and cached in memory);
//  - cache headers: immutable for hashed files, no-cache for index.html, config.json, the
//    service worker and API data.
// No dependencies. Usage:
//   node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--config other-config.json]
//                        [--delay <glob>=<ms>]...
// --config serves another file as /config.json (the same build pointed at another backend).
// --delay slows matching responses (e.g. --delay '*.wasm=3000' to watch the splash screen).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const optAll = (name) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]] : []));

const root = resolve(opt('dir', 'dist'));
const port = Number(opt('port', '8080'));
const host = opt('host', '127.0.0.1');
const configOverride = opt('config', null);
const delays = optAll('delay').map((d) => {
  const [glob, ms] = d.split('=');
  const re = new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return { re, ms: Number(ms) };
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.jwt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.jsonld', '.webmanifest', '.wasm', '.svg', '.txt', '.csv']);
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const NO_CACHE = new Set(['/index.html', '/config.json', '/sw.js', '/manifest.webmanifest']);

/** Security headers every response gets (see the README's "Deploying dist/"). */
const SECURITY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), geolocation=(), microphone=()',
};

/** The page's Content-Security-Policy as a header: the one in index.html's <meta>, plus what only a
 *  header can say (no framing). Read per response, so a new deploy's policy applies at once. */
async function pagePolicy() {
  try {
    const html = await readFile(join(root, 'index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
    return meta ? `${meta[1]}; frame-ancestors 'none'` : null;
  } catch {
    return null;
  }
}

const memo = new Map();
async function compressed(file, body, enc) {
  // Keyed by content too: a file replaced on disk (a new deploy) is never served stale.
  const key = `${file}:${enc}:${createHash('sha1').update(body).digest('hex')}`;
  if (!memo.has(key)) {
    memo.set(
      key,
      enc === 'br'
        ? brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return memo.get(key);
}

async function tryFile(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

function cacheControl(urlPath) {
  if (HASHED.test(urlPath)) return 'public, max-age=31536000, immutable';
  if (NO_CACHE.has(urlPath) || urlPath.startsWith('/api/')) return 'no-cache';
  return 'public, max-age=3600';
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, `http://${req.headers.host || 'localhost'}`);
    let urlPath = decodeURIComponent(url.pathname);
    // A path ending in '/' is a folder's index.html if there is one, else a client-side route.
    const route = !extname(urlPath) || urlPath.endsWith('/');
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const rel = normalize(urlPath).replace(/^([/\\])+/, '');
    let file = join(root, rel);
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (urlPath === '/config.json' && configOverride) file = resolve(configOverride);

    let found = await tryFile(file);
    if (!found && route) {
      // SPA fallback for client-side routes such as /wallet or /catalogue/x
      found = await tryFile(join(root, 'index.html'));
      urlPath = '/index.html';
    }
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY });
      res.end('Not found');
      return;
    }
    const ext = extname(found);
    const headers = {
      'Content-Type': TYPES[ext] || 'application/octet-stream',
      'Cache-Control': cacheControl(urlPath),
      Vary: 'Accept-Encoding',
      ...SECURITY,
    };
    if (ext === '.html') {
      const csp = await pagePolicy();
      if (csp) headers['Content-Security-Policy'] = csp;
    }
    let body = await readFile(found);
    const accept = String(req.headers['accept-encoding'] || '');
    if (COMPRESSIBLE.has(ext)) {
      for (const [enc, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accept.includes(enc)) continue;
        const pre = await tryFile(found + suffix);
        body = pre ? await readFile(pre) : await compressed(found, body, enc === 'br' ? 'br' : 'gz');
        headers['Content-Encoding'] = enc;
        break;
      }
    }
    headers['Content-Length'] = body.length;
    const delay = delays.find((d) => d.re.test(urlPath));
    if (delay) await new Promise((r) => setTimeout(r, delay.ms));
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end(String(e));
  }
});

server.listen(port, host, () => {
  console.log(`carewise: serving ${root} at http://${host}:${port}/` + (configOverride ? ` (config: ${configOverride})` : ''));
});
