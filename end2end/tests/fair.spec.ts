// Fair mode (/fair): the kiosk for outreach staff on a shared tablet. Idle reset, anonymous
// tallies, the staff screen, and sign-ups that are never lost and delivered exactly once.
import { test, expect, tr, appReady, expectNoAxeViolations } from './fixtures/base';
import { APP_SECOND, BACKEND } from '../playwright.config';
import { QUIZ, CAREERS, answerItems, expectedScores, expectedRanking, ResultPage, decodeQr, type Item } from './fixtures/quiz';
import type { Page, APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';

test.use({ locale: 'en-GB' });

const PIN = '2468'; // public/config.json and the second deployment's config
const CODE = '10p23002s001e'; // R 25, I 75, A 0, S 100, E 0, C 50
const PATTERN: Record<string, number> = { S: 5, I: 4, C: 3, R: 2, E: 1, A: 1 };
const byPattern = (item: Item) => PATTERN[item.type];
const unique = (who: string) => `${who} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** Serves config.json with other fair settings (e.g. short idle timeouts for a test). */
async function withFairConfig(page: Page, fair: Record<string, unknown>) {
  await page.route('**/config.json', async (route) => {
    const res = await route.fetch();
    const cfg = await res.json();
    await route.fulfill({ response: res, json: { ...cfg, fair: { ...cfg.fair, ...fair } } });
  });
}

async function openStaff(page: Page, pin = PIN) {
  await page.getByRole('button', { name: tr('en', 'fair.staff_open'), exact: true }).click();
  await page.getByLabel(tr('en', 'fair.pin_label')).fill(pin);
  await page.getByRole('button', { name: tr('en', 'fair.pin_submit') }).click();
  await expect(page.getByTestId('tallies-total')).toBeVisible();
}

const pending = (page: Page) => page.getByTestId('signups-pending');
const pendingText = (n: number) => tr('en', 'fair.signups_pending', { count: n });

async function signUp(page: Page, name: string, email = 'visitor@example.eu') {
  await page.getByLabel(tr('en', 'fair.name_label'), { exact: true }).fill(name);
  await page.getByLabel(tr('en', 'fair.email_label'), { exact: true }).fill(email);
  await page.getByLabel(tr('en', 'fair.consent_label')).check();
  await page.getByRole('button', { name: tr('en', 'fair.signup_submit') }).click();
}

async function backendSignups(request: APIRequestContext, name: string) {
  const all: Record<string, { count: number; body: { name: string; idempotencyKey: string } }> = await (
    await request.get(`${BACKEND}/__test/signups`)
  ).json();
  return Object.entries(all).filter(([, v]) => v.body.name === name);
}

test.describe('kiosk', () => {
  test('the attract screen has no app chrome, a big start and a language picker', async ({ page }) => {
    await page.goto('/fair');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'fair.title'));
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    const start = page.getByRole('button', { name: tr('en', 'fair.start'), exact: true });
    const box = (await start.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(64);
    await page.getByRole('combobox', { name: tr('en', 'common.language') }).selectOption('it');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('it', 'fair.title'));
    await page.getByRole('button', { name: tr('it', 'fair.start'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[0].text.it);
    // leaving fair mode brings the chrome back
    await page.goto('/');
    await appReady(page);
    await expect(page.getByRole('navigation').first()).toBeVisible();
  });

  test('a visitor takes the quiz, gets the result with a QR hand-off, and the next visitor starts clean', async ({ page }) => {
    await page.goto('/fair');
    await appReady(page);
    await page.getByRole('button', { name: tr('en', 'fair.start'), exact: true }).click();
    await answerItems(page, byPattern);
    await expect(page).toHaveURL(`/fair?r=${CODE}`);
    const result = new ResultPage(page);
    const expected = expectedScores(byPattern);
    expect(await result.score('S')).toBe(expected.S);
    const ids = await result.careerIds();
    expect(ids).toEqual(expectedRanking(expected).slice(0, ids.length));
    // in the kiosk the result has no links away; the QR code carries it to the visitor's phone
    await expect(result.careers().getByRole('link')).toHaveCount(0);
    const url = await decodeQr(result.qr());
    expect(url).toBe(`${new URL(page.url()).origin}/quiz/result?r=${CODE}`);
    // the sign-up suggests the area of the top career
    const topArea = CAREERS.careers.find((c) => c.id === ids[0])!.area;
    await expect(page.getByLabel(tr('en', 'fair.interest_label'))).toHaveValue(topArea);

    await page.getByRole('button', { name: tr('en', 'fair.done') }).click();
    await expect(page).toHaveURL('/fair');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'fair.title'));
    // nothing of the visitor is left: no progress, and history does not lead back to the result
    expect(await page.evaluate(() => sessionStorage.getItem('carewise.fair.progress'))).toBeNull();
    await page.getByRole('button', { name: tr('en', 'fair.start'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[0].text.en);
    await expect(page.getByRole('group').getByRole('button', { pressed: true })).toHaveCount(0);
    await page.goBack();
    expect(page.url()).not.toContain('?r=');
  });

  test('idle reset: "Still there?" gives time to continue, then clears the visitor and the language', async ({ page }) => {
    test.setTimeout(120_000);
    await withFairConfig(page, { idleSeconds: 5, promptSeconds: 20 });
    await page.goto('/fair');
    await appReady(page);
    await page.getByRole('combobox', { name: tr('en', 'common.language') }).selectOption('fi');
    await page.getByRole('button', { name: tr('fi', 'fair.start'), exact: true }).click();
    await answerItems(page, byPattern, 'fi', 0, 2);

    const prompt = page.getByRole('alertdialog', { name: tr('fi', 'fair.idle_title') });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await expect(prompt).toContainText(/\b(19|20)\b/); // seconds left, at least 20 at the start
    await expect(prompt.getByRole('button', { name: tr('fi', 'fair.idle_continue') })).toBeFocused();
    await prompt.getByRole('button', { name: tr('fi', 'fair.idle_continue') }).click();
    await expect(prompt).toBeHidden();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[2].text.fi);

    // no answer this time: after the prompt's 20 seconds everything is cleared
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    const shown = Date.now();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'fair.title'), { timeout: 30_000 });
    expect(Date.now() - shown).toBeGreaterThanOrEqual(18_000);
    await expect(page).toHaveURL('/fair');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => sessionStorage.getItem('carewise.fair.progress'))).toBeNull();
    await page.getByRole('button', { name: tr('en', 'fair.start'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[0].text.en);
    await expect(page.getByRole('group').getByRole('button', { pressed: true })).toHaveCount(0);
  });

  test('idle reset also clears a half-filled sign-up form', async ({ page }) => {
    test.setTimeout(90_000);
    await withFairConfig(page, { idleSeconds: 5, promptSeconds: 20 });
    await page.goto(`/fair?r=${CODE}`);
    await appReady(page);
    await page.getByLabel(tr('en', 'fair.name_label'), { exact: true }).fill('Someone Private');
    const prompt = page.getByRole('alertdialog', { name: tr('en', 'fair.idle_title') });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await prompt.getByRole('button', { name: tr('en', 'fair.idle_reset') }).click();
    await expect(page).toHaveURL('/fair');
    await expect(page.getByText('Someone Private')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });
});

test.describe('staff screen', () => {
  test('behind the PIN: tallies per day, language and area; CSV export; clearing asks first', async ({ page }) => {
    await page.goto('/fair');
    await appReady(page);
    await page.getByRole('button', { name: tr('en', 'fair.start'), exact: true }).click();
    await answerItems(page, byPattern);
    const ids = await new ResultPage(page).careerIds();
    const area = CAREERS.careers.find((c) => c.id === ids[0])!.area;
    await page.getByRole('button', { name: tr('en', 'fair.done') }).click();

    // a wrong PIN does not open it
    await page.getByRole('button', { name: tr('en', 'fair.staff_open'), exact: true }).click();
    await page.getByLabel(tr('en', 'fair.pin_label')).fill('0000');
    await page.getByRole('button', { name: tr('en', 'fair.pin_submit') }).click();
    await expect(page.getByRole('alert')).toHaveText(tr('en', 'fair.pin_wrong'));
    await expect(page.getByTestId('tallies-total')).toHaveCount(0);
    await page.getByRole('button', { name: tr('en', 'fair.cancel') }).click();

    await openStaff(page);
    await expect(page.getByTestId('tallies-total')).toHaveText(tr('en', 'fair.tallies_total', { count: 1 }));
    const table = page.getByRole('table', { name: tr('en', 'fair.tallies_caption') });
    const row = table.getByRole('row').nth(1);
    await expect(row).toContainText('English');
    await expect(row).toContainText(tr('en', `fair.area_${area}`));
    await expect(row.getByRole('cell').last()).toHaveText('1');

    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: tr('en', 'fair.export_tallies') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`carewise-tallies-${today}.csv`);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv).toBe(`\ufeffdate,language,top_area,finished_quizzes\r\n${today},en,${area},1\r\n`);

    await page.getByRole('button', { name: tr('en', 'fair.clear_tallies') }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(tr('en', 'fair.clear_tallies_confirm', { count: 1 }));
    await confirm.getByRole('button', { name: tr('en', 'fair.confirm_no') }).click();
    await expect(page.getByTestId('tallies-total')).toHaveText(tr('en', 'fair.tallies_total', { count: 1 }));
    await page.getByRole('button', { name: tr('en', 'fair.clear_tallies') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: tr('en', 'fair.confirm_yes') }).click();
    await expect(page.getByTestId('tallies-total')).toHaveText(tr('en', 'fair.tallies_total', { count: 0 }));
    // tallies hold nothing personal
    expect(await page.evaluate(() => localStorage.getItem('carewise.fair.tallies'))).toBeNull();
  });
});

test.describe('sign-up', () => {
  test('an invalid e-mail is rejected inline and nothing is queued until the form is right', async ({ page }) => {
    await page.goto(`/fair?r=${CODE}`);
    await appReady(page);
    const email = page.getByLabel(tr('en', 'fair.email_label'), { exact: true });
    await page.getByLabel(tr('en', 'fair.name_label'), { exact: true }).fill('Mari Maasikas');
    await email.fill('mari@example');
    await email.press('Tab');
    await expect(page.getByText(tr('en', 'fair.err_email_invalid'))).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(tr('en', 'fair.err_email_invalid'));
    await page.getByRole('button', { name: tr('en', 'fair.signup_submit') }).click();
    await expect(page.getByRole('alert')).toHaveText(tr('en', 'fair.form_problems', { count: 2 }));
    await expect(email).toBeFocused();
    await expect(page.getByText(tr('en', 'fair.err_consent'))).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('carewise.fair.signups'))).toBeNull();

    await email.fill('mari@example.ee');
    await expect(page.getByText(tr('en', 'fair.err_email_invalid'))).toHaveCount(0);
    await page.getByLabel(tr('en', 'fair.consent_label')).check();
    await page.getByRole('button', { name: tr('en', 'fair.signup_submit') }).click();
    await expect(page.getByRole('status').filter({ hasText: tr('en', 'fair.signup_thanks') })).toBeVisible();
  });

  test('with the static backend sign-ups stay on the device for staff to export', async ({ page }) => {
    const name = unique('Static Visitor');
    await page.goto(`/fair?r=${CODE}`);
    await appReady(page);
    await signUp(page, name, 'static@example.eu');
    await expect(page.getByText(tr('en', 'fair.signup_thanks'))).toBeVisible();
    await page.getByRole('button', { name: tr('en', 'fair.done') }).click();
    await openStaff(page);
    await expect(pending(page)).toHaveText(pendingText(1));
    await expect(page.getByText(tr('en', 'fair.signups_disabled'))).toBeVisible();
    await expect(page.getByRole('button', { name: tr('en', 'fair.retry_now') })).toHaveCount(0);

    await page.reload();
    await appReady(page);
    await openStaff(page);
    await expect(pending(page)).toHaveText(pendingText(1));
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: tr('en', 'fair.export_signups') }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('created_at,name,email,interest,locale,consent,idempotency_key,status');
    expect(lines[1]).toContain(`,${name},static@example.eu,health,en,true,`);

    await page.getByRole('button', { name: tr('en', 'fair.clear_signups') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: tr('en', 'fair.confirm_yes') }).click();
    await expect(pending(page)).toHaveText(pendingText(0));
  });

  test('a full storage quota tells staff and keeps what is already queued', async ({ page }) => {
    const first = unique('First Visitor');
    await page.goto(`/fair?r=${CODE}`);
    await appReady(page);
    await signUp(page, first);
    await expect(page.getByText(tr('en', 'fair.signup_thanks'))).toBeVisible();
    // fill local storage to the quota
    const filled = await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 16; size >>= 1) {
        const chunk = 'x'.repeat(size);
        try {
          for (;;) localStorage.setItem(`filler-${n++}`, chunk);
        } catch {
          /* full at this chunk size: try smaller */
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(0);

    // the next visitor signs up: it cannot be stored, they are told, nothing is lost
    await page.getByRole('button', { name: tr('en', 'fair.done') }).click();
    await page.getByRole('button', { name: tr('en', 'fair.start'), exact: true }).click();
    await answerItems(page, byPattern);
    const second = unique('Second Visitor');
    await signUp(page, second);
    await expect(page.getByRole('alert').filter({ hasText: tr('en', 'fair.signup_not_saved') })).toBeVisible();
    await expect(page.getByLabel(tr('en', 'fair.name_label'), { exact: true })).toHaveValue(second);
    const stored = await page.evaluate(() => localStorage.getItem('carewise.fair.signups'));
    expect(stored).toContain(first);
    expect(stored).not.toContain(second);

    await page.getByRole('button', { name: tr('en', 'fair.done') }).click();
    await expect(page.getByText(tr('en', 'fair.staff_alert'))).toBeVisible();
    await openStaff(page);
    await expect(page.getByText(tr('en', 'fair.alert_storage_full'))).toBeVisible();
    await expect(pending(page)).toHaveText(pendingText(1));
  });
});

test.describe('sign-ups to a live backend', () => {
  // The test backend's failure switches are shared by every test of the run: these tests run
  // one after the other, in one project, and find their own sign-up by a unique name.
  test.describe.configure({ mode: 'serial' });
  test.beforeEach(async ({ request }, info) => {
    test.skip(info.project.name !== 'phone', 'uses the shared failure switches of the test backend; run once');
    await request.post(`${BACKEND}/__test/signups/fail?n=0`);
    await request.post(`${BACKEND}/__test/signups/down?on=0`);
  });
  test.afterEach(async ({ request }) => {
    await request.post(`${BACKEND}/__test/signups/fail?n=0`);
    await request.post(`${BACKEND}/__test/signups/down?on=0`);
  });

  test('queued while the server answers 500, kept over a reload, delivered exactly once when it recovers', async ({ page, request, allowConsoleErrors }) => {
    test.setTimeout(90_000);
    allowConsoleErrors(/status of 500/);
    const name = unique('Retry Visitor');
    await request.post(`${BACKEND}/__test/signups/fail?n=100000`);
    await page.goto(`${APP_SECOND}/fair?r=${CODE}`);
    await appReady(page);
    await signUp(page, name);
    await expect(page.getByText(tr('en', 'fair.signup_thanks'))).toBeVisible();
    await page.getByRole('button', { name: tr('en', 'fair.done') }).click();
    await openStaff(page);
    await expect(page.getByText(tr('en', 'fair.signups_enabled'))).toBeVisible();
    await expect(page.getByText(tr('en', 'fair.last_error', { error: 'HTTP 500' }))).toBeVisible({ timeout: 10_000 });
    // staff can push retries; while the server fails they only fail
    await page.getByRole('button', { name: tr('en', 'fair.retry_now') }).click();
    await page.getByRole('button', { name: tr('en', 'fair.retry_now') }).click();
    await page.waitForTimeout(1500);
    await expect(pending(page)).toHaveText(pendingText(1));
    expect(await backendSignups(request, name)).toEqual([]);

    await page.reload();
    await appReady(page);
    await openStaff(page);
    await expect(pending(page)).toHaveText(pendingText(1));

    await request.post(`${BACKEND}/__test/signups/fail?n=0`);
    await expect(pending(page)).toHaveText(pendingText(0), { timeout: 40_000 });
    const mine = await backendSignups(request, name);
    expect(mine).toHaveLength(1);
    const [key, seen] = mine[0];
    expect(seen.count).toBe(1);
    expect(seen.body.idempotencyKey).toBe(key);
    // every retry (the automatic ones and staff's two) used the one idempotency key
    const tries = Object.entries(await (await request.get(`${BACKEND}/__test/attempts`)).json() as Record<string, { n: number; name: string }>)
      .filter(([, v]) => v.name === name);
    expect(tries.map(([k]) => k)).toEqual([key]);
    expect(tries[0][1].n).toBeGreaterThanOrEqual(3); // failed at least twice, then accepted
    // nothing is sent again afterwards, and the device no longer holds it
    await expect(page.getByRole('button', { name: tr('en', 'fair.retry_now') })).toBeDisabled();
    await page.waitForTimeout(3000);
    expect((await backendSignups(request, name))[0][1].count).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('carewise.fair.signups'))).toBeNull();
  });

  test('queued while the server is down and the tablet offline, delivered once when both are back', async ({ page, context, request, allowConsoleErrors }) => {
    test.setTimeout(90_000);
    allowConsoleErrors(/Failed to load resource|ERR_/);
    const name = unique('Offline Visitor');
    await request.post(`${BACKEND}/__test/signups/down?on=1`);
    await page.goto(`${APP_SECOND}/fair?r=${CODE}`);
    await appReady(page);
    await signUp(page, name);
    await expect(page.getByText(tr('en', 'fair.signup_thanks'))).toBeVisible();
    await page.getByRole('button', { name: tr('en', 'fair.done') }).click();
    await openStaff(page);
    await page.waitForTimeout(2000);
    await expect(pending(page)).toHaveText(pendingText(1));

    await context.setOffline(true);
    await page.waitForTimeout(2000);
    await expect(pending(page)).toHaveText(pendingText(1));
    await request.post(`${BACKEND}/__test/signups/down?on=0`);
    await context.setOffline(false); // the browser's "online" event makes it try at once
    await expect(pending(page)).toHaveText(pendingText(0), { timeout: 20_000 });
    const mine = await backendSignups(request, name);
    expect(mine).toHaveLength(1);
    expect(mine[0][1].count).toBe(1);
  });
});

test.describe('fair accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the attract, quiz, result, sign-up errors, staff screen and idle prompt (${scheme})`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      await withFairConfig(page, { idleSeconds: 5, promptSeconds: 20 });
      await page.goto('/fair');
      await appReady(page);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: tr('en', 'fair.start'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[0].text.en);
      await expectNoAxeViolations(page);
      await page.goto(`/fair?r=${CODE}`);
      await appReady(page);
      await expect(new ResultPage(page).careers().first()).toBeVisible();
      await page.getByRole('button', { name: tr('en', 'fair.signup_submit') }).click();
      await expect(page.getByText(tr('en', 'fair.err_name_missing'))).toBeVisible();
      await expectNoAxeViolations(page);
      const prompt = page.getByRole('alertdialog', { name: tr('en', 'fair.idle_title') });
      await expect(prompt).toBeVisible({ timeout: 15_000 });
      await expectNoAxeViolations(page);
      await prompt.getByRole('button', { name: tr('en', 'fair.idle_continue') }).click();
      await page.getByRole('button', { name: tr('en', 'fair.done') }).click();
      await openStaff(page);
      await expectNoAxeViolations(page);
    });
  }
});
