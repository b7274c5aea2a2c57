// Installable, offline-first, splash before the wasm, and safe updates.
import { test, expect, tr, appReady, expectNoAxeViolations } from './fixtures/base';
import { ResultPage, decodeQr } from './fixtures/quiz';
import { chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');

test.use({ locale: 'en-GB', serviceWorkers: 'allow' });

/** Waits until a service worker controls the page (first visit: after it activated and claimed). */
async function controlled(page: Page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return !!navigator.serviceWorker.controller;
  });
}

test('the manifest is linked, parses, and names everything Chromium needs to install', async ({ page, request }) => {
  await page.goto('/');
  await appReady(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const res = await request.get(href!);
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const m = await res.json();
  expect(m.name).toBeTruthy();
  expect(m.short_name).toBe('carewise');
  expect(m.start_url).toBe('/');
  expect(m.scope).toBe('/');
  expect(m.display).toBe('standalone');
  expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const sizes = m.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}:${i.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
  for (const icon of m.icons) {
    const r = await request.get(icon.src);
    expect(r.ok(), icon.src).toBe(true);
    expect(r.headers()['content-type']).toBe(icon.type);
  }
});

test('Chromium finds the app installable', async ({ baseURL }, info) => {
  // Chromium never offers to install from an incognito profile, and every Playwright context
  // is one: this test runs in a real (persistent) profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'carewise-profile-'));
  const launch = info.project.use.launchOptions!;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: launch.executablePath,
    args: launch.args,
    headless: true,
    viewport: { width: 412, height: 915 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.goto(`${baseURL}/`);
    await appReady(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e: { errorId: string }) => e.errorId)).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('every main route works offline after one online visit', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await controlled(page);
  await context.setOffline(true);
  for (const [path, heading] of [
    ['/', 'common.home_title'],
    ['/catalogue', 'catalogue.title'],
    ['/quiz', 'quiz.title'],
    ['/wallet', 'wallet.title'],
    ['/fair', 'fair.title'],
  ]) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', heading));
    await expect(page.getByText(tr('en', 'common.offline_banner'))).toBeVisible();
  }
  // the embedded backend's data comes from the cache too
  await page.goto('/catalogue/nl-ehr-basics');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Electronic health records: the basics');
  // a result with its careers and the QR hand-off
  await page.goto('/quiz/result?r=10p23002s001e');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'quiz.result_title'));
  const result = new ResultPage(page);
  expect((await result.careerIds()).length).toBeGreaterThanOrEqual(5);
  expect(await decodeQr(result.qr())).toBe(page.url());
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await expect(page.getByText(tr('en', 'common.offline_banner'))).toHaveCount(0);
});

test('a credential imported online opens offline, with its details', async ({ page, context, allowConsoleErrors }) => {
  allowConsoleErrors(/Failed to load resource: net::ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED)/); // badge images
  await page.goto('/wallet');
  await appReady(page);
  await controlled(page);
  await page.locator('#import-file').setInputFiles(join(root, 'tests', 'fixtures', 'credentials', '01-valid-di-v2-ehr-basics.json'));
  const card = page.locator('.credential-card');
  await expect(card).toHaveCount(1);
  const title = (await card.locator('.credential-title').textContent())!.trim();
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.credential-card')).toHaveCount(1);
  await page.locator('.credential-card').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // the verifier worker and its bundle come from the cache too (no status list here: verified)
  await expect(page.locator('.credential-page')).toHaveAttribute('data-verdict', 'verified', { timeout: 15_000 });
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(tr('en', 'common.offline_banner'))).toBeVisible();
  await context.setOffline(false);
});

test('the splash shows while the wasm downloads, and the app replaces it', async ({ page }) => {
  await page.route(/_bg\.wasm$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const splash = page.locator('#splash');
  await expect(splash).toBeVisible();
  await expect(splash).toContainText('carewise');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'common.home_title'));
});

test.describe('a new deploy', () => {
  // One deployment (one directory, one port) shared by these tests: they must not run side by
  // side in two workers (fullyParallel would give each worker its own beforeAll, and the second
  // server could not take the port, so one test would deploy into a directory nobody serves).
  test.describe.configure({ mode: 'serial' });
  let server: ChildProcess;
  let site: string;
  const port = Number(process.env.E2E_PORT_BASE || 4173) + 5;
  const origin = `http://127.0.0.1:${port}`;

  test.beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'carewise-deploy-'));
    cpSync(dist, site, { recursive: true });
    server = spawn('node', [join(root, 'tools/serve.mjs'), '--dir', site, '--port', String(port)], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`${origin}/config.json`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    // the answer must come from this server, not from another one holding the port
    if (server.exitCode !== null) throw new Error(`deploy server on port ${port} exited (${server.exitCode})`);
  });
  test.afterAll(() => {
    server?.kill();
    rmSync(site, { recursive: true, force: true });
  });

  /**
   * Deploys "v2" over the running site as a real deploy does: every face's JS and wasm under new
   * hashed names (the old files are gone from the server), an index.html and a service worker
   * that list the new names, and a new service worker version.
   */
  function deployV2(version: string) {
    const drop = (f: string) => {
      for (const suffix of ['', '.br', '.gz']) rmSync(join(site, f + suffix), { force: true });
    };
    let html = readFileSync(join(site, 'index.html'), 'utf8')
      .replace(/<meta name="carewise-build" content="[^"]*">/, '')
      .replace('<head>', `<head><meta name="carewise-build" content="${version}">`);
    let sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const bundles = JSON.parse(html.match(/id="carewise-bundles">([^<]*)</)![1]) as Record<string, { js: string; wasm: string }>;
    for (const [face, files] of Object.entries(bundles)) {
      if (face === 'verifier') continue; // the worker's bundle stays as it is
      const js = `/${face}-${version}.js`;
      const wasm = `/${face}-${version}_bg.wasm`;
      writeFileSync(join(site, js), readFileSync(join(site, files.js), 'utf8') + `\n//# carewise deploy ${version}\n`);
      cpSync(join(site, files.wasm), join(site, wasm));
      drop(files.js);
      drop(files.wasm);
      html = html.replaceAll(files.js, js).replaceAll(files.wasm, wasm);
      sw = sw.replaceAll(`"${files.js}"`, `"${js}"`).replaceAll(`"${files.wasm}"`, `"${wasm}"`);
    }
    drop('index.html');
    writeFileSync(join(site, 'index.html'), html);
    const oldVersion = sw.match(/const VERSION = '([0-9a-z]+)'/)![1];
    writeFileSync(join(site, 'sw.js'), sw.replace(oldVersion, version));
    for (const suffix of ['.br', '.gz']) rmSync(join(site, 'sw.js' + suffix), { force: true });
  }

  test('offers "new version — reload", and the reload runs the new build only', async ({ page }) => {
    await page.goto(`${origin}/`);
    await appReady(page);
    await controlled(page);
    await expect(page.getByText(tr('en', 'common.update_available'))).toHaveCount(0);

    deployV2('feedfacefeedface');

    // The old build keeps running until the learner chooses to reload: its files are gone from
    // the server, so it runs whole from its own cache.
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'common.home_title'));
    const prompt = page.getByRole('button', { name: tr('en', 'common.update_reload') });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('meta[name="carewise-build"]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await prompt.click();
    await expect(page.locator('meta[name="carewise-build"]')).toHaveAttribute('content', 'feedfacefeedface', { timeout: 20_000 });
    await appReady(page);
    const caches = await page.evaluate(async () => (await self.caches.keys()).filter((k) => k.startsWith('carewise-shell-')));
    expect(caches).toEqual(['carewise-shell-feedfacefeedface']);
    // every script the page runs is one the new build lists, and its face is the new one
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\.(js|wasm)$/.test(p)));
    const listed = readFileSync(join(site, 'sw.js'), 'utf8');
    for (const s of scripts) expect(listed, s).toContain(`"${s}"`);
    expect(scripts).toEqual(expect.arrayContaining(['/home-feedfacefeedface.js', '/home-feedfacefeedface_bg.wasm']));
  });

  test('is never offered in the middle of a quiz, only once it is finished', async ({ page }) => {
    await page.goto(`${origin}/quiz`);
    await appReady(page);
    await controlled(page);
    await page.getByRole('link', { name: tr('en', 'quiz.start'), exact: true }).click();
    await expect(page).toHaveURL(/\/quiz\?q=1$/);

    deployV2('beadbeadbeadbead');
    await page.reload();
    await appReady(page);
    // the new build is installed and waiting …
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 20_000 })
      .toBe(true);
    // … but someone is answering: no prompt
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.getByText(tr('en', 'common.update_available'))).toHaveCount(0);
    // leaving the questions (here: back to the quiz start page) lifts the hold
    await page.goto(`${origin}/quiz`);
    await appReady(page);
    await expect(page.getByRole('button', { name: tr('en', 'common.update_reload') })).toBeVisible({ timeout: 20_000 });
  });
});
