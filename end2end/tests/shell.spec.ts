import { test, expect, tr, appReady, expectNoAxeViolations, LANGS } from './fixtures/base';

const ROUTES: { path: string; heading: string }[] = [
  { path: '/', heading: 'common.home_title' },
  { path: '/catalogue', heading: 'catalogue.title' },
  { path: '/catalogue/nl-ehr-basics', heading: '' },
  { path: '/quiz', heading: 'quiz.title' },
  { path: '/quiz/result', heading: 'quiz.result_title' },
  { path: '/wallet', heading: 'wallet.title' },
  { path: '/fair', heading: 'fair.title' },
  { path: '/no/such/page', heading: 'common.not_found_title' },
];

test.describe('app shell', () => {
  test.use({ locale: 'en-GB' });

  for (const { path, heading } of ROUTES) {
    test(`deep link ${path} renders and survives a reload`, async ({ page }) => {
      await page.goto(path);
      await appReady(page);
      const h1 = page.getByRole('heading', { level: 1 });
      if (heading) await expect(h1).toHaveText(tr('en', heading));
      else await expect(h1).not.toBeEmpty();
      await page.reload();
      await appReady(page);
      if (heading) await expect(h1).toHaveText(tr('en', heading));
      await expect(page).toHaveURL(path);
    });
  }

  test('navigation by role reaches every section and marks the current one', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    const nav = page.getByRole('navigation', { name: tr('en', 'common.nav_label') });
    for (const [key, path, heading] of [
      ['common.nav_catalogue', '/catalogue', 'catalogue.title'],
      ['common.nav_quiz', '/quiz', 'quiz.title'],
      ['common.nav_wallet', '/wallet', 'wallet.title'],
      ['common.nav_home', '/', 'common.home_title'],
    ]) {
      const link = nav.getByRole('link', { name: tr('en', key) });
      await link.click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', heading));
      await expect(link).toHaveAttribute('aria-current', 'page');
    }
  });

  test('navigation sits at the bottom on a phone and at the top on a wide screen; touch targets are at least 44 px', async ({ page }, info) => {
    await page.goto('/');
    await appReady(page);
    const nav = page.getByRole('navigation', { name: tr('en', 'common.nav_label') });
    const box = (await nav.boundingBox())!;
    const viewport = page.viewportSize()!;
    if (info.project.name === 'phone') {
      expect(box.y + box.height).toBeGreaterThan(viewport.height - 4); // docked to the bottom edge
      expect(box.y).toBeGreaterThan(viewport.height / 2);
    } else {
      expect(box.y + box.height).toBeLessThan(150); // in the header
    }
    const targets = page.locator('.main-nav a, .entry-point, .site-header select, .site-header button');
    expect(await targets.count()).toBeGreaterThan(4);
    for (const el of await targets.all()) {
      const b = (await el.boundingBox())!;
      expect(Math.min(b.width, b.height), await el.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
    }
  });

  test('with reduced motion asked for, nothing animates', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.route(/_bg\.wasm$/, async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    // the splash's progress bar is the one animation at start
    const seconds = await page.locator('.splash-bar span').evaluate((e) => {
      const s = getComputedStyle(e);
      return s.animationName === 'none' ? 0 : parseFloat(s.animationDuration) * (s.animationIterationCount === 'infinite' ? Infinity : Number(s.animationIterationCount));
    });
    expect(seconds).toBeLessThan(0.01);
    await appReady(page);
  });

  test('home offers three entry points that lead to their pages', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.getByRole('link', { name: tr('en', 'common.home_quiz_title') }).click();
    await expect(page).toHaveURL('/quiz');
    await page.goBack();
    await page.getByRole('link', { name: tr('en', 'common.home_wallet_title') }).click();
    await expect(page).toHaveURL('/wallet');
    await page.goBack();
    await page.getByRole('link', { name: tr('en', 'common.home_catalogue_title') }).click();
    await expect(page).toHaveURL('/catalogue');
  });

  test('not-found page links home', async ({ page }) => {
    await page.goto('/nowhere');
    await appReady(page);
    await page.getByRole('link', { name: tr('en', 'common.not_found_home') }).click();
    await expect(page).toHaveURL('/');
  });

  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/catalogue');
    await appReady(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: tr('en', 'common.skip_to_content') });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('languages', () => {
  test('the browser language is used on first visit', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    await page.goto('/');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('fi', 'common.home_title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await context.close();
  });

  test('an unsupported browser language falls back to the configured default', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('switching language changes the text and <html lang>, and is remembered', async ({ page }) => {
    await page.goto('/catalogue');
    await appReady(page);
    let current = 'en';
    for (const lang of LANGS) {
      // The picker's own label is translated too.
      await page.getByRole('combobox', { name: tr(current, 'common.language') }).selectOption(lang);
      current = lang;
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr(lang, 'catalogue.title'));
      await expect(page.getByRole('navigation').getByRole('link', { name: tr(lang, 'common.nav_wallet') })).toBeVisible();
    }
    await page.getByLabel(tr('uk', 'common.language')).selectOption('it');
    await page.reload();
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('it', 'catalogue.title'));
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const { path } of ROUTES) {
      test(`axe finds nothing on ${path} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await appReady(page);
        await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
        await expectNoAxeViolations(page);
      });
    }
  }
});
