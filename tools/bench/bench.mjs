#!/usr/bin/env node
// Size and Lighthouse benchmark of a release build in dist/.
//   node tools/bench/bench.mjs [--routes /,/catalogue,/quiz,/wallet] [--runs 3] [--json out.json] [--detail]
// Prints every file in dist/ raw, gzip -9 and brotli -q 11; the initial transfer per route (what
// the browser actually fetched, as brotli); and Lighthouse 12.8 mobile scores (its default
// simulated slow 4G and 4x CPU slowdown) for each route, served by tools/serve.mjs with
// compression and the documented cache headers. Lighthouse figures are the median of --runs.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const routes = opt('routes', '/').split(',');
const runs = Number(opt('runs', '3'));
const jsonOut = opt('json', null);
const detail = args.includes('--detail'); // also print each run's long tasks and main-thread breakdown
const port = 4190;

const br = (b) => brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// 1. Every file in dist/
const files = walk(dist).filter((f) => !/\.(br|gz)$/.test(f));
const sizes = new Map();
let totals = { raw: 0, gz: 0, br: 0 };
console.log('\nFiles in dist/ (KiB)                                        raw     gzip   brotli');
for (const f of files.sort()) {
  const b = readFileSync(f);
  const s = { raw: b.length, gz: gz(b), br: br(b) };
  sizes.set('/' + relative(dist, f), s);
  totals.raw += s.raw;
  totals.gz += s.gz;
  totals.br += s.br;
  if (!relative(dist, f).startsWith('api/catalogue/') || files.length < 80) {
    console.log(`${relative(dist, f).padEnd(56)}${kb(s.raw)} ${kb(s.gz)} ${kb(s.br)}`);
  }
}
console.log(`${'TOTAL (' + files.length + ' files)'.padEnd(56)}${kb(totals.raw)} ${kb(totals.gz)} ${kb(totals.br)}`);

// 2. Serve and measure
const server = spawn('node', [join(root, 'tools', 'serve.mjs'), '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const report = { files: Object.fromEntries(sizes), totals, routes: {} };
console.log('\nLighthouse 12.8 mobile (median of ' + runs + ')');
console.log('route          perf  a11y  best   LCP ms   TBT ms    CLS   FCP ms  transfer KiB (br)  requests');
for (const route of routes) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await lighthouse(`http://127.0.0.1:${port}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const a = r.lhr.audits;
    if (detail) {
      const tasks = (a['long-tasks']?.details?.items || []).map((t) => `${t.startTime.toFixed(0)}+${t.duration.toFixed(0)}ms ${String(t.url).replace(/^.*\//, '')}`);
      const work = (a['mainthread-work-breakdown']?.details?.items || []).map((w) => `${w.groupLabel} ${w.duration.toFixed(0)}`);
      const boot = (a['bootup-time']?.details?.items || []).map((b) => `${String(b.url).replace(/^.*\//, '')} total ${b.total.toFixed(0)} script ${b.scripting.toFixed(0)}`);
      console.log(`  ${route} run ${i + 1}: TBT ${a['total-blocking-time'].numericValue.toFixed(0)} LCP ${a['largest-contentful-paint'].numericValue.toFixed(0)} (${a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet || '?'})`);
      console.log(`    long tasks: ${tasks.join(' | ')}`);
      console.log(`    main thread: ${work.join(', ')}`);
      console.log(`    bootup: ${boot.join(' | ')}`);
    }
    const items = a['network-requests']?.details?.items || [];
    results.push({
      perf: Math.round(r.lhr.categories.performance.score * 100),
      a11y: Math.round(r.lhr.categories.accessibility.score * 100),
      best: Math.round(r.lhr.categories['best-practices'].score * 100),
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      transfer: items.reduce((s, it) => s + (it.transferSize || 0), 0),
      requests: items.length,
      failing: Object.values(a).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary').map((x) => x.id),
    });
  }
  const m = {};
  for (const k of ['perf', 'a11y', 'best', 'lcp', 'tbt', 'cls', 'fcp', 'transfer', 'requests']) m[k] = median(results.map((r) => r[k]));
  m.failing = [...new Set(results.flatMap((r) => r.failing))];
  report.routes[route] = m;
  console.log(
    `${route.padEnd(14)}${String(m.perf).padStart(4)}  ${String(m.a11y).padStart(4)}  ${String(m.best).padStart(4)} ${m.lcp.toFixed(0).padStart(8)} ${m.tbt.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(6)} ${m.fcp.toFixed(0).padStart(8)} ${kb(m.transfer).padStart(18)} ${String(m.requests).padStart(9)}`,
  );
  if (m.failing.length) console.log(`               failing audits: ${m.failing.join(', ')}`);
}

await chrome.kill();
server.kill();
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
