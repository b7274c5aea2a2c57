// Time to open a wallet of N generated credentials (default 200): serves dist/ with
// tools/serve.mjs, fills the wallet's IndexedDB with N distinct Open Badges (schema-1 records:
// the first open migrates them), then measures from navigation start until all N cards are
// on screen, for the first (migrating) open and for later opens, with and without 4× CPU
// throttling (a mid-range phone).
//
//   node end2end/bench/wallet-open.mjs [--count 200] [--port 6181] [--runs 5]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const COUNT = arg('count', 200);
const PORT = arg('port', 6181);
const RUNS = arg('runs', 5);
const APP = `http://127.0.0.1:${PORT}`;

const template = JSON.parse(readFileSync(join(root, 'tests/fixtures/credentials/26-unsigned-ob3.json'), 'utf8'));
function credential(i) {
  const c = structuredClone(template);
  c.id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  c.credentialSubject.achievement.id = `https://bench.example.eu/achievements/${i}`;
  c.credentialSubject.achievement.name = `Generated course ${i}`;
  return JSON.stringify(c, null, 2);
}
const records = Array.from({ length: COUNT }, (_, i) => {
  const bytes = Buffer.from(credential(i));
  const key = `id:urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    key,
    json: JSON.stringify({
      key,
      bytes: bytes.toString('base64'),
      source: 'file',
      importedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    }),
  };
});
const totalBytes = records.reduce((n, r) => n + r.json.length, 0);

const server = spawn('node', [join(root, 'tools/serve.mjs'), '--dir', join(root, 'dist'), '--port', String(PORT)], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 800));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

async function timeOpen(page) {
  await page.goto(`${APP}/wallet`);
  await page.waitForFunction((n) => document.querySelectorAll('article.credential-card').length === n, COUNT, {
    timeout: 120_000,
    polling: 'raf',
  });
  return page.evaluate(() => performance.now());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
try {
  for (const throttle of [1, 4]) {
    const first = [];
    const later = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
      const page = await context.newPage();
      await page.goto(`${APP}/wallet`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.evaluate(
        (rows) =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('carewise-wallet');
            open.onsuccess = () => {
              const tx = open.result.transaction('credentials', 'readwrite');
              const store = tx.objectStore('credentials');
              for (const r of rows) store.put(r);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        records,
      );
      if (throttle > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      }
      first.push(await timeOpen(page));
      later.push(await timeOpen(page));
      await context.close();
    }
    results[`cpu ×${throttle}`] = { firstOpenMigrating: median(first), laterOpen: median(later) };
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`wallet of ${COUNT} credentials (${(totalBytes / 1024).toFixed(0)} KiB of records), median of ${RUNS} runs, ms from navigation start to all cards shown:`);
for (const [k, v] of Object.entries(results)) {
  console.log(`  ${k}: first open (schema-1 records migrated) ${v.firstOpenMigrating.toFixed(0)} ms, later open ${v.laterOpen.toFixed(0)} ms`);
}
