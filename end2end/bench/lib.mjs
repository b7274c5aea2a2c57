// Shared by the bench scripts: the release build in dist/ served by tools/serve.mjs, and Debian's
// Chromium launched the way the test suite launches it.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `--name value` from the command line, or `def`. */
export function opt(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}

/** Serves dist/ on `port` and waits until it answers; returns { app, stop }. */
export async function serveDist(port) {
  const app = `http://127.0.0.1:${port}`;
  // BENCH_DIST: another build to serve (e.g. a variant of one face's wasm to compare)
  const server = spawn('node', [join(root, 'tools/serve.mjs'), '--dir', process.env.BENCH_DIST || join(root, 'dist'), '--port', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${app}/config.json`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { app, stop: () => server.kill() };
}

/** Debian's Chromium, headless, with the flags that work as root on these machines. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-quic'],
  });
}

/** Waits until the app has replaced the splash. Asks over the page's own CDP session, not with
 *  Playwright's selectors: those inject Playwright's script into the page, whose evaluation
 *  (10–50 ms) would show up as one of the page's long tasks. */
export async function splashGone(cdp, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: "document.getElementById('splash') === null", returnByValue: true });
    if (result.value === true) return;
    if (Date.now() > until) throw new Error('the splash is still there');
    await new Promise((r) => setTimeout(r, 50));
  }
}
