import { test, expect, tr, appReady } from './fixtures/base';
import { APP_SECOND, BACKEND } from '../playwright.config';

test.use({ locale: 'en-GB' });

// Matches the list request whatever its query string (?page=1&per_page=20).
const CATALOGUE = (url: URL) => url.pathname.endsWith('/api/catalogue.json');

test.describe('a broken backend shows a translated error with Retry, and recovers', () => {
  test('HTTP 500', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 500/);
    let broken = true;
    await page.route(CATALOGUE, (route) => (broken ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback()));
    await page.goto('/catalogue');
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(tr('en', 'common.err_http', { status: 500 }));
    broken = false;
    await alert.getByRole('button', { name: tr('en', 'common.retry') }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Electronic health records: the basics' })).toBeVisible();
  });

  test('malformed JSON names the bad place', async ({ page }) => {
    let broken = true;
    await page.route(CATALOGUE, (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": 42}' }) : route.fallback(),
    );
    await page.goto('/catalogue');
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(tr('en', 'common.err_malformed', { path: 'items' }));
    broken = false;
    await alert.getByRole('button', { name: tr('en', 'common.retry') }).click();
    await expect(page.getByRole('link', { name: 'Electronic health records: the basics' })).toBeVisible();
  });

  test('unreachable server', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/ERR_CONNECTION_REFUSED|Failed to load resource/);
    let broken = true;
    await page.route(CATALOGUE, (route) => (broken ? route.abort('connectionrefused') : route.fallback()));
    await page.goto('/catalogue');
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(tr('en', 'common.err_network'));
    broken = false;
    await alert.getByRole('button', { name: tr('en', 'common.retry') }).click();
    await expect(page.getByRole('link', { name: 'Electronic health records: the basics' })).toBeVisible();
  });

  test('offline', async ({ page, context, allowConsoleErrors }) => {
    allowConsoleErrors(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
    await page.goto('/catalogue');
    await appReady(page);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Electronic health records: the basics' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(tr('en', 'common.err_offline'));
    await context.setOffline(false);
    await alert.getByRole('button', { name: tr('en', 'common.retry') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Electronic health records: the basics');
  });

  test('one bad entry does not hide the good ones', async ({ page }) => {
    await page.route(CATALOGUE, async (route) => {
      const res = await route.fetch();
      const list = await res.json();
      list.splice(1, 0, { id: 'broken', ects: 'three' }, { title: 'no id' });
      await route.fulfill({ response: res, json: list });
    });
    await page.goto('/catalogue');
    await appReady(page);
    await expect(page.getByText(tr('en', 'catalogue.skipped', { count: 2 }))).toBeVisible();
    await expect(page.getByRole('link', { name: 'Electronic health records: the basics' })).toBeVisible();
  });
});

test.describe('config.json problems get a clear screen that names the field', () => {
  for (const [body, field] of [
    ['{"apiBase": 42}', 'apiBase'],
    ['{"apiBase": "/api/", "fair": {"promptSeconds": 5}}', 'fair.promptSeconds'],
    ['{"apiBase": "/api/", "defaultLocale": "de"}', 'defaultLocale'],
  ]) {
    test(`bad ${field}`, async ({ page }) => {
      await page.route('**/config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'common.config_title'));
      await expect(page.getByTestId('config-field')).toHaveText(field);
      await expect(page.locator('#splash')).toHaveCount(0);
    });
  }

  test('not JSON, then fixed and retried', async ({ page }) => {
    let broken = true;
    await page.route('**/config.json', (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{apiBase' }) : route.fallback(),
    );
    await page.goto('/');
    await expect(page.getByTestId('config-problem')).toContainText(tr('en', 'common.config_not_json'));
    broken = false;
    await page.getByRole('button', { name: tr('en', 'common.retry') }).click();
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'common.home_title'));
  });

  test('a server slower than requestTimeoutMs is a timeout, and Retry recovers', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource|ERR_/);
    await page.route('**/config.json', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, json: { ...(await res.json()), requestTimeoutMs: 1000 } });
    });
    let slow = true;
    await page.route(CATALOGUE, async (route) => {
      if (!slow) return route.fallback();
      await new Promise((r) => setTimeout(r, 4000));
      await route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }).catch(() => {});
    });
    await page.goto('/catalogue');
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(tr('en', 'common.err_timeout'), { timeout: 3500 });
    slow = false;
    await alert.getByRole('button', { name: tr('en', 'common.retry') }).click();
    await expect(page.getByRole('link', { name: 'Electronic health records: the basics' })).toBeVisible();
  });

  test('missing config.json', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 404/);
    await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'common.config_title'));
    await expect(page.getByRole('alert')).toContainText(tr('en', 'common.err_http', { status: 404 }));
  });
});

test.describe('the same build on another backend, chosen only by config.json', () => {
  test('catalogue and entry come from the live backend on another origin', async ({ page }) => {
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    await page.goto(`${APP_SECOND}/catalogue`);
    await appReady(page);
    await expect(page.getByRole('link', { name: 'Telecare devices for home care' })).toBeVisible();
    await page.getByRole('link', { name: 'Telecare devices for home care' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Telecare devices for home care');
    expect(seen.some((u) => u.startsWith(`${BACKEND}/catalogue?`))).toBe(true);
    expect(seen.some((u) => u === `${BACKEND}/catalogue/fi-telecare-devices-home-care`)).toBe(true);
    expect(seen.some((u) => u.includes('/api/catalogue'))).toBe(false);
  });

  test('quiz comes from the live backend', async ({ page }) => {
    await page.goto(`${APP_SECOND}/quiz`);
    await appReady(page);
    await expect(page.getByTestId('quiz-items')).not.toBeEmpty();
  });
});
