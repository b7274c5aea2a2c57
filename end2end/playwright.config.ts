import { defineConfig, devices } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

// Ports (shift them all with E2E_PORT_BASE to run two suites side by side):
//   base     the built app on its embedded static backend
//   base+1   the same build, whose config.json points at the live test backend (another origin)
//   base+2   the live test backend (end2end/servers/backend.mjs)
//   base+3   the status lists (end2end/servers/status.mjs) — except with the default base, where
//            they are served at 8765 itself (see STATUS_NAMED)
const DEFAULT_BASE = 4173;
const base = Number(process.env.E2E_PORT_BASE || DEFAULT_BASE);
export const APP = `http://127.0.0.1:${base}`;
export const APP_SECOND = `http://127.0.0.1:${base + 1}`;
export const BACKEND = `http://127.0.0.1:${base + 2}`;
/** The origin the fixture credentials name for their status lists (signed into them, so fixed). */
export const STATUS_NAMED = 'http://127.0.0.1:8765';
/** Where this run serves the status lists. When it is not STATUS_NAMED, every browser context
 *  of the tests routes STATUS_NAMED requests here (tests/fixtures/base.ts `followStatusServer`),
 *  so a suite on another port base neither shares nor stops the default suite's server. */
export const STATUS = base === DEFAULT_BASE ? STATUS_NAMED : `http://127.0.0.1:${base + 3}`;

// The second deployment differs from the first only by its config.json.
const secondConfig = '.generated/config.second-backend.json';
mkdirSync('.generated', { recursive: true });
writeFileSync(
  secondConfig,
  JSON.stringify({
    apiBase: `${BACKEND}/`,
    apiSuffix: '',
    defaultLocale: 'en',
    requestTimeoutMs: 5000,
    fair: {
      idleSeconds: 90,
      promptSeconds: 30,
      staffPin: '2468',
      signupsEnabled: true,
      privacyText: 'We use your name and e-mail only to contact you about courses.',
    },
  }),
);

const chromium = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  use: {
    baseURL: APP,
    trace: 'retain-on-failure',
    // Service workers would answer requests before page.route() sees them; the PWA tests
    // (tests/pwa.spec.ts) turn them back on.
    serviceWorkers: 'block',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 412, height: 915 }, launchOptions: chromium },
    },
    {
      // The features are specified for phones; on the desktop layout the shell (every route,
      // navigation, languages, errors, axe) is what differs, so that is what runs here.
      name: 'desktop',
      testMatch: ['shell.spec.ts', 'backend.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium },
    },
  ],
  webServer: [
    {
      command: `node ../tools/serve.mjs --dir ../dist --port ${base}`,
      url: `${APP}/config.json`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node ../tools/serve.mjs --dir ../dist --port ${base + 1} --config ${secondConfig}`,
      url: `${APP_SECOND}/config.json`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node servers/backend.mjs --port ${base + 2}`,
      url: `${BACKEND}/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // the status lists the fixture credentials name (one server for the whole run)
      command: `node servers/status.mjs --port ${new URL(STATUS).port}`,
      url: `${STATUS}/health`,
      // at the fixed default port another suite's server is the same one; elsewhere it is ours
      reuseExistingServer: STATUS === STATUS_NAMED || !process.env.CI,
    },
  ],
});
