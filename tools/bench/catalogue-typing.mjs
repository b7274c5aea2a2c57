#!/usr/bin/env node
// In-browser bench of the catalogue list: time from a keystroke in the search box to the
// updated result list, over a 10,000-entry catalogue, in Chromium at a phone viewport.
// A figure, not a test (not part of `make test`).
//
//   node tools/catalogue/generate.mjs --scale 10000     # → target/catalogue-10000.json
//   scripts/build.sh                                    # → dist/
//   node tools/bench/catalogue-typing.mjs [--port 4195] [--catalogue target/catalogue-10000.json]
//
// Serves dist/ with tools/serve.mjs, answers /api/catalogue.json with the large catalogue, waits
// until it is indexed, then types queries one key at a time (300 ms apart). For each key:
// keydown time (capturing listener, performance.now()) → the last DOM mutation of the result
// count or list it caused (MutationObserver); keys that change nothing in the DOM are counted
// apart. Long tasks (PerformanceObserver "longtask") are recorded only while typing.
// Prints the median, p90 and max latency, and the long tasks. Targets: median <= 8 ms, no long
// task over 50 ms.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'end2end', 'package.json'));
const { chromium } = require('@playwright/test');

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const port = Number(opt('port', '4195'));
const cataloguePath = resolve(root, opt('catalogue', 'target/catalogue-10000.json'));
if (!existsSync(cataloguePath)) {
  console.error(`${cataloguePath} missing: run node tools/catalogue/generate.mjs --scale 10000`);
  process.exit(1);
}
const body = readFileSync(cataloguePath);
const QUERIES = ['telecare', 'sanità digitale', 'health records', 'python', 'tervis'];

const server = spawn(process.execPath, [join(root, 'tools/serve.mjs'), '--dir', join(root, 'dist'), '--port', String(port)], {
  stdio: 'ignore',
});
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/config.json`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

await waitForServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true, locale: 'en-GB', serviceWorkers: 'block' });
const page = await context.newPage();
await page.route((u) => u.pathname.endsWith('/api/catalogue.json'), (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
const t0 = Date.now();
await page.goto(`http://127.0.0.1:${port}/catalogue`);
const countEl = page.getByTestId('cat-count');
await countEl.filter({ hasText: /10[,.\u202f\u00a0]?000/ }).waitFor({ timeout: 120_000 });
const loadMs = Date.now() - t0;

await page.evaluate(() => {
  const w = window;
  w.__keys = [];
  w.__muts = [];
  w.__long = [];
  const input = document.querySelector('#cat-q');
  input.addEventListener('keydown', () => w.__keys.push(performance.now()), true);
  const obs = new MutationObserver(() => w.__muts.push(performance.now()));
  for (const el of [document.querySelector('[data-testid=cat-count]'), document.querySelector('[data-testid=cat-results]')]) {
    obs.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
});

const input = page.locator('#cat-q');
await input.click();
for (const q of QUERIES) {
  for (const ch of q) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(300);
  }
  for (let i = 0; i < q.length; i++) {
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(300);
  }
}
const { keys, muts, long } = await page.evaluate(() => ({ keys: window.__keys, muts: window.__muts, long: window.__long }));
await browser.close();
stop();

const lat = [];
let unchanged = 0;
keys.forEach((k, i) => {
  const end = keys[i + 1] ?? Infinity;
  const mine = muts.filter((m) => m >= k && m < end);
  if (mine.length) lat.push(mine[mine.length - 1] - k);
  else unchanged += 1;
});
lat.sort((a, b) => a - b);
const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
const f = (x) => x.toFixed(1);
console.log(`catalogue typing bench: ${body.length} bytes, 10,000 entries, first list after ${loadMs} ms`);
console.log(`keys: ${keys.length} (${unchanged} changed nothing in the DOM)`);
console.log(`keystroke -> updated list: median ${f(q(0.5))} ms, p90 ${f(q(0.9))} ms, max ${f(lat[lat.length - 1])} ms (target median <= 8 ms)`);
const over = long.filter((l) => l.duration > 50);
console.log(`long tasks while typing: ${long.length}, longest ${f(Math.max(0, ...long.map((l) => l.duration)))} ms, over 50 ms: ${over.length}`);
