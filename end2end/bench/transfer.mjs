// Initial transfer per route: what Chromium downloads (compressed bytes on the wire, from the
// DevTools protocol) for a first visit of each route until the app has mounted and the network
// is idle, with the release build in dist/ served by tools/serve.mjs (brotli, the documented
// headers). The service worker is blocked, so its precache (a background download of the whole
// app for offline use, after the page is up) is not counted.
//
// Prints the requests and the total per route, and exits 1 when a route is over its budget
// (issue 7: the initial transfer for / is at most 200 KB brotli).
//
//   node end2end/bench/transfer.mjs [--routes /,/catalogue,/quiz,/wallet,/fair] [--port 6191] [--verbose]
import { opt, serveDist, launchChromium } from './lib.mjs';

const ROUTES = opt('routes', '/,/catalogue,/quiz,/wallet,/fair').split(',');
const PORT = Number(opt('port', '6191'));
const VERBOSE = process.argv.includes('--verbose');
/** Budgets in bytes (1 KB = 1000 bytes, the stricter reading). */
const BUDGET = { '/': 200_000 };

const { app: APP, stop } = await serveDist(PORT);
const browser = await launchChromium();

let failed = false;
console.log('\nInitial transfer per route (bytes on the wire; first visit, no service worker)');
for (const route of ROUTES) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  const sizes = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.goto(APP + route, { waitUntil: 'networkidle' });
  await page.waitForSelector('#splash', { state: 'detached', timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const rows = [...sizes].map(([id, n]) => [urls.get(id) || id, n]).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, n]) => s + n, 0);
  const budget = BUDGET[route];
  const over = budget !== undefined && total > budget;
  failed ||= over;
  const verdict = budget === undefined ? '' : over ? `  OVER the budget of ${budget} bytes` : `  (budget ${budget})`;
  console.log(`${route.padEnd(12)} ${String(total).padStart(9)} bytes = ${(total / 1024).toFixed(1).padStart(6)} KiB in ${rows.length} requests${verdict}`);
  if (VERBOSE || over) {
    for (const [url, n] of rows) console.log(`    ${String(n).padStart(9)}  ${url.replace(APP, '')}`);
  }
  await context.close();
}

await browser.close();
stop();
process.exit(failed ? 1 : 0);
