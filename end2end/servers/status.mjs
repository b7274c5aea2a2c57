// Serves the fixtures' status list credentials (tests/fixtures/credentials/status/) at
// http://127.0.0.1:8765/status/<file>, with CORS, as the fixtures' manifest says. Started once
// for the whole Playwright run (playwright.config.ts webServer), so no test worker can stop it
// while another still needs it. A run with E2E_PORT_BASE moved starts it on base+3 instead and
// routes the browser's requests for 8765 there (tests/fixtures/base.ts).
//
// Standalone: node servers/status.mjs [--port 8765]
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './credentials.mjs';

const arg = process.argv.indexOf('--port');
const port = arg > 0 ? Number(process.argv[arg + 1]) : 8765;
const dir = join(FIXTURES, 'status');
const files = new Set(readdirSync(dir));

createServer((req, res) => {
  const path = (req.url || '').replace(/[?#].*$/, '');
  res.setHeader('Access-Control-Allow-Origin', '*');
  if (path === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    return;
  }
  const name = path.replace(/^\/status\//, '');
  if (!path.startsWith('/status/') || !files.has(name)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(dir, name)));
}).listen(port, '127.0.0.1', () => console.log(`status lists on http://127.0.0.1:${port}/status/`));
