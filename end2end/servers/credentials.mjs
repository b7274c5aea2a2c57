// Serves the credential fixtures (tests/fixtures/credentials) for the wallet tests:
//   /cors/<file>     with CORS allowed (a well-behaved issuer)
//   /nocors/<file>   without CORS headers (the browser refuses to let the app read it)
//   /self.json       an unsigned Open Badge whose `id` is its own URL (a public credential)
//   /missing.json    404
// Also exports helpers that bake a credential into a PNG or an SVG badge image.
//
// Standalone: node servers/credentials.mjs --port 6180
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'credentials');

/** An unsigned Open Badges 3.0 credential whose id is `url`. */
export function publicCredential(url) {
  return JSON.stringify({
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: url,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'https://issuer.example.eu', type: ['Profile'], name: 'Public Badge Issuer' },
    validFrom: '2025-05-01T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example.eu/achievements/public',
        type: ['Achievement'],
        name: 'Publicly hosted badge',
        criteria: { narrative: 'Shown at a desk.' },
        creditsAvailable: 1,
      },
    },
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid 1×1 PNG with `credential` (Buffer or string) in an iTXt chunk `openbadgecredential`. */
export function bakePng(credential) {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 11, 93, 91]));
  const itxt = Buffer.concat([Buffer.from('openbadgecredential\0\0\0\0\0', 'latin1'), Buffer.from(credential)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('iTXt', itxt),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An SVG badge with `credential` in an <openbadges:credential> element (CDATA). */
export function bakeSvg(credential) {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="64" height="64">\n` +
      `<openbadges:credential><![CDATA[${String(credential).trim()}]]></openbadges:credential>\n` +
      `<circle cx="32" cy="32" r="30" fill="#0b5d5b"/></svg>\n`,
  );
}

/** Starts the server (port 0 = any free port). Resolves with { url, close }. */
export function startCredentialServer(port = 0) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [, mode, ...rest] = url.pathname.split('/');
    const cors = mode !== 'nocors';
    const headers = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...headers, 'Access-Control-Allow-Headers': '*' });
      return res.end();
    }
    if (mode === 'self.json') {
      const self = `http://${req.headers.host}/self.json`;
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      return res.end(publicCredential(self));
    }
    const name = basename(rest.join('/'));
    const file = join(FIXTURES, name);
    if ((mode !== 'cors' && mode !== 'nocors') || !name || !existsSync(file)) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    const type = name.endsWith('.jwt') ? 'application/jwt' : 'application/json';
    res.writeHead(200, { ...headers, 'Content-Type': type });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 6180;
  startCredentialServer(port).then(({ url }) => console.log(`credential fixtures on ${url}`));
}
