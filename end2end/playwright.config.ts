import { defineConfig, devices } from '@playwright/test';

// Ports: 4173 = the built app on its embedded static backend; 4174 = the same build whose
// config.json points at the live test backend on 8091 (another origin).
export const APP = 'http://127.0.0.1:4173';
export const APP_SECOND = 'http://127.0.0.1:4174';
export const BACKEND = 'http://127.0.0.1:8091';

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
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 412, height: 915 }, launchOptions: chromium },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium },
    },
  ],
  webServer: [
    {
      command: 'node ../tools/serve.mjs --dir ../dist --port 4173',
      url: `${APP}/config.json`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node ../tools/serve.mjs --dir ../dist --port 4174 --config tests/fixtures/config.second-backend.json',
      url: `${APP_SECOND}/config.json`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node servers/backend.mjs --port 8091',
      url: `${BACKEND}/health`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
