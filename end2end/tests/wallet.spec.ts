// The credential wallet (/wallet, /wallet/:id, /wallet/import): imports by file (JSON, JWT,
// baked PNG/SVG), paste, URL, deep link and QR picture; IndexedDB persistence; duplicates;
// delete + undo; encrypted backup → clear → restore; hostile fixtures; quarantine; axe.
// Credentials come from tests/fixtures/credentials, served by end2end/servers/credentials.mjs
// (started per worker on a free port).
import { test, expect, tr, appReady, expectNoAxeViolations } from './fixtures/base';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCredentialServer, bakePng, bakeSvg, FIXTURES } from '../servers/credentials.mjs';

test.use({ locale: 'en-GB' });

type Entry = { file: string; format: string; parse: 'ok' | 'error' };
const manifest: { files: Entry[] } = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const en = (key: string, vars: Record<string, string | number> = {}) => tr('en', `wallet.${key}`, vars);

/** The credential id of a fixture (JSON `id`, or the JWT's `vc.id` / payload `id` / `jti`). */
function credentialId(bytes: Buffer): string | null {
  const text = bytes.toString('utf8').trim();
  try {
    const doc = JSON.parse(text);
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? doc.id ?? null : null;
  } catch {
    const parts = text.split('.');
    if (parts.length !== 3) return null;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return (payload.vc ?? payload).id ?? payload.jti ?? null;
  }
}

let server: { url: string; close: () => Promise<void> };
test.beforeAll(async () => {
  server = await startCredentialServer(0);
});
test.afterAll(async () => {
  await server?.close();
});
// Badge images point at the issuers' (fictional) sites: answered here, never fetched.
test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/[^/]*example\.[a-z]+\//, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>' }),
  );
});

async function openWallet(page: Page) {
  await page.goto('/wallet');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: en('title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: en('import_heading') })).toBeVisible();
}

const cards = (page: Page) => page.locator('article.credential-card');
const notes = (page: Page) => page.getByTestId('import-notes');

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/json') {
  await page.getByLabel(en('import_file'), { exact: true }).setInputFiles({ name, mimeType, buffer });
  await expect(notes(page).locator('p.notice')).toHaveCount(1);
  return (await notes(page).locator('p.notice').textContent()) ?? '';
}

/** Writes a record the wallet cannot read (key `id:broken`) straight into IndexedDB. */
async function storeBrokenRecord(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('carewise-wallet');
        open.onsuccess = () => {
          const tx = open.result.transaction('credentials', 'readwrite');
          tx.objectStore('credentials').put({ key: 'id:broken', json: '{"schema":2,"key":"id:broken","bytes":"!!"' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Every stored record as {key, bytes(base64)}, read straight from IndexedDB. */
async function storedBytes(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ key: string; bytes: string }[]>((resolve, reject) => {
        const open = indexedDB.open('carewise-wallet');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('credentials').objectStore('credentials').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(
              req.result
                .map((e: { key: string; json: string }) => ({ key: e.key, bytes: JSON.parse(e.json).bytes }))
                .sort((a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)),
            );
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function noJavascriptUrls(page: Page) {
  const bad = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^\s*javascript:/i.test(a.value) || /^on/i.test(a.name))
        .map((a) => `${el.tagName} ${a.name}=${a.value}`),
    ),
  );
  expect(bad).toEqual([]);
}

/** In print emulation at the A4 text width: every element of the credential page that is cut off
 *  by an element hiding its overflow (itself or an ancestor). Empty when nothing is clipped. */
async function clippedInPrint(page: Page) {
  return page.locator('.credential-page').evaluate((root) => {
    const hides = (el: Element) => {
      const s = getComputedStyle(el);
      return s.overflowX !== 'visible' || s.overflowY !== 'visible';
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    const cut: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el.closest('.visually-hidden')) continue; // clipped on purpose (screen-reader text)
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not printed
      if (hides(el) && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
        cut.push(`${name(el)} hides ${el.scrollHeight - el.clientHeight}px of its content`);
      }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (!hides(a)) continue;
        const c = a.getBoundingClientRect();
        if (r.bottom > c.bottom + 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.left < c.left - 1) {
          cut.push(`${name(el)} cut off by ${name(a)}`);
        }
      }
    }
    return cut;
  });
}

/** 180 mm (A4 less 15 mm margins) at 96 dpi: the width the print stylesheet lays out for. */
const A4_TEXT_WIDTH = 680;

test.describe('wallet', () => {
  test('every fixture imported by file gives its manifest verdict, hostile ones render inert', async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openWallet(page);
    await expect(page.getByText(en('empty'))).toBeVisible();
    const seen = new Set<string>();
    for (const entry of manifest.files) {
      const bytes = fixture(entry.file);
      const name = entry.file.split('/').pop()!;
      const text = await importFile(page, name, bytes, name.endsWith('.jwt') ? 'text/plain' : 'application/json');
      if (entry.parse === 'ok') {
        const id = credentialId(bytes)!;
        if (seen.has(id)) {
          // same credential id as one already held (a tampered copy): never stored twice
          expect(text, entry.file).toContain(en('duplicate'));
        } else {
          expect(text, entry.file).toContain(`${name}: Added: `);
          seen.add(id);
        }
      } else {
        const specific: Record<string, RegExp> = {
          '22-garbage-invalid-json.json': /looks like JSON but it is broken \(line \d+, column \d+\)/,
          '23-garbage-json-array.json': new RegExp(en('err_not_credential').slice(0, 30)),
          '24-garbage-6mb.json': /too large to be a credential \(6\.3 MB\)/,
          '25-garbage-not-a-credential.json': new RegExp(en('err_not_credential').slice(0, 30)),
        };
        expect(text, entry.file).toMatch(specific[entry.file]);
      }
      await expect(cards(page)).toHaveCount(seen.size);
    }
    // every card gets a verdict from the verifier (which one is checked in verify.spec.ts)
    await expect(page.locator('article.credential-card[data-verdict="unchecked"]')).toHaveCount(0, { timeout: 20_000 });
    // the EDC is marked "seal not checked"
    await expect(page.getByText(en('seal_not_checked'))).toHaveCount(1);
    // hostile markup is shown as text
    await expect(page.getByRole('link', { name: /<script>alert\(1\)<\/script>/ })).toBeVisible();
    await noJavascriptUrls(page);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /<script>alert\(1\)<\/script>/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert(1)</script>');
    await expect(page.locator('.credential-elements').getByText('[Click here](javascript:alert(1))', { exact: false })).toBeVisible();
    await noJavascriptUrls(page);
    await expect(page.locator('img[src^="javascript"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('baked PNG and SVG badges, paste and URL imports; CORS and HTTP failures explained', async ({ page, allowConsoleErrors }) => {
    // the browser logs the refused and the failed requests it makes on purpose here
    allowConsoleErrors(/blocked by CORS policy|net::ERR_FAILED|status of 404/);
    await openWallet(page);
    expect(await importFile(page, 'badge.png', bakePng(fixture('01-valid-di-v2-ehr-basics.json')), 'image/png')).toContain(
      'Added: Digital health records basics',
    );
    expect(await importFile(page, 'badge.svg', bakeSvg(fixture('05-valid-jwt-eddsa.jwt')), 'image/svg+xml')).toContain('Added: ');
    expect(await importFile(page, 'plain.png', bakePng('').subarray(0, 33), 'image/png')).toContain(en('err_unsupported'));
    await expect(cards(page)).toHaveCount(2);

    // paste a JWT
    await page.getByLabel(en('paste_label')).fill(fixture('06-valid-jwt-es256.jwt').toString('utf8'));
    await page.getByRole('button', { name: en('paste_button') }).click();
    await expect(notes(page)).toContainText('Added: ');
    await expect(cards(page)).toHaveCount(3);
    // paste garbage: a specific message, nothing added
    await page.getByLabel(en('paste_label')).fill('hello there');
    await page.getByRole('button', { name: en('paste_button') }).click();
    await expect(notes(page)).toContainText(en('err_unsupported'));

    const url = page.getByLabel(en('url_label'));
    const fetchAdd = page.getByRole('button', { name: en('url_button') });
    await url.fill(`${server.url}/cors/27-edc-unsigned.json`);
    await fetchAdd.click();
    await expect(notes(page)).toContainText('Added: Digital health records basics');
    await expect(cards(page)).toHaveCount(4);

    await url.fill(`${server.url}/nocors/02-valid-di-v2-second-issuer.json`);
    await fetchAdd.click();
    await expect(notes(page)).toContainText(en('err_network'));
    await url.fill(`${server.url}/cors/missing.json`);
    await fetchAdd.click();
    await expect(notes(page)).toContainText(en('err_http', { status: 404 }));
    await expect(cards(page)).toHaveCount(4);
  });

  test('reload keeps the wallet, duplicates are refused, the catalogue sees held achievements', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/ConstraintError|Key already exists/);
    await openWallet(page);
    await importFile(page, '01.json', fixture('01-valid-di-v2-ehr-basics.json'));
    await importFile(page, '27.json', fixture('27-edc-unsigned.json'));
    const before = await storedBytes(page);
    expect(before).toHaveLength(2);
    await page.reload();
    await appReady(page);
    await expect(cards(page)).toHaveCount(2);
    expect(await storedBytes(page)).toEqual(before);
    expect(Buffer.from(before.find((r) => r.key.includes('fa5f91d6'))!.bytes, 'base64')).toEqual(
      fixture('01-valid-di-v2-ehr-basics.json'),
    );
    expect(await importFile(page, 'again.json', fixture('01-valid-di-v2-ehr-basics.json'))).toContain(en('duplicate'));
    await expect(cards(page)).toHaveCount(2);
    const held = JSON.parse((await page.evaluate(() => localStorage.getItem('carewise.wallet.achievements'))) ?? '[]');
    expect(held).toContain('https://tervis-it.example.ee/achievements/digital-health-records-basics');
    expect(held).toHaveLength(2);
  });

  test('delete asks first and can be undone', async ({ page }) => {
    await openWallet(page);
    await importFile(page, '02.json', fixture('02-valid-di-v2-second-issuer.json'));
    await importFile(page, '04.json', fixture('04-valid-di-v2-no-validuntil.json'));
    await expect(cards(page)).toHaveCount(2);
    const first = cards(page).first();
    const title = (await first.locator('h3').textContent())!;
    await first.getByRole('button', { name: en('delete') }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(en('delete_confirm', { title }));
    await confirm.getByRole('button', { name: en('cancel') }).click();
    await expect(cards(page)).toHaveCount(2);
    await first.getByRole('button', { name: en('delete') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: en('delete_yes') }).click();
    await expect(cards(page)).toHaveCount(1);
    await expect(page.getByText(en('deleted', { title }))).toBeVisible();
    expect(await storedBytes(page)).toHaveLength(1);
    await page.getByRole('button', { name: en('undo') }).click();
    await expect(cards(page)).toHaveCount(2);
    await page.reload();
    await appReady(page);
    await expect(cards(page)).toHaveCount(2);
  });

  test('backup → clear → restore gives a byte-identical wallet; wrong passphrase changes nothing', async ({ page }) => {
    test.setTimeout(90_000);
    await openWallet(page);
    for (const f of ['01-valid-di-v2-ehr-basics.json', '05-valid-jwt-eddsa.jwt', '21-hostile-long-rtl-emoji-di.json', '27-edc-unsigned.json']) {
      await importFile(page, f, fixture(f));
    }
    const before = await storedBytes(page);
    expect(before).toHaveLength(4);

    await page.getByLabel(en('passphrase'), { exact: true }).first().fill('short');
    await page.getByRole('button', { name: en('export_button') }).click();
    await expect(page.getByTestId('backup-status')).toContainText(en('passphrase_short'));
    await page.getByLabel(en('passphrase'), { exact: true }).first().fill('correct horse battery');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en('export_button') }).click();
    const file = readFileSync((await (await download).path())!);
    await expect(page.getByTestId('backup-status')).toContainText(en('exported'));
    const backup = JSON.parse(file.toString('utf8'));
    expect(backup.format).toBe('carewise-wallet-backup');
    expect(backup.kdf.iterations).toBeGreaterThanOrEqual(600000);
    expect(file.toString('utf8')).not.toContain('Digital health');

    await page.getByRole('button', { name: en('clear_button') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: en('delete_yes') }).click();
    await expect(page.getByText(en('cleared'))).toBeVisible();
    await expect(cards(page)).toHaveCount(0);

    const restoreFile = page.getByLabel(en('restore_file'));
    const restorePass = page.locator('#restore-pass');
    const restore = page.getByRole('button', { name: en('restore_button') });
    // wrong passphrase, then a damaged file: clear errors, nothing restored
    await restoreFile.setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: file });
    await restorePass.fill('wrong horse battery');
    await restore.click();
    await expect(page.getByTestId('backup-status')).toContainText(en('err_wrong_pass'));
    const damaged = JSON.parse(file.toString('utf8'));
    damaged.ciphertext = (damaged.ciphertext[0] === 'A' ? 'B' : 'A') + damaged.ciphertext.slice(1);
    await restoreFile.setInputFiles({ name: 'd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await restorePass.fill('correct horse battery');
    await restore.click();
    await expect(page.getByTestId('backup-status')).toContainText(en('err_wrong_pass'));
    await restoreFile.setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: fixture('01-valid-di-v2-ehr-basics.json') });
    await restore.click();
    await expect(page.getByTestId('backup-status')).toContainText(en('err_not_backup'));
    expect(await storedBytes(page)).toEqual([]);

    await restoreFile.setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: file });
    await restore.click();
    await expect(page.getByTestId('backup-status')).toContainText(en('restored', { added: 4, skipped: 0 }));
    await expect(cards(page)).toHaveCount(4);
    expect(await storedBytes(page)).toEqual(before);
    // restoring again merges: nothing twice
    await restore.click();
    await expect(page.getByTestId('backup-status')).toContainText(en('restored', { added: 0, skipped: 4 }));
    await expect(cards(page)).toHaveCount(4);
  });

  test('credential page: elements, raw, download, print, show with QR; QR picture import', async ({ page }) => {
    await openWallet(page);
    await importFile(page, '01.json', fixture('01-valid-di-v2-ehr-basics.json'));
    await cards(page).first().getByRole('link').click();
    await expect(page).toHaveURL(/\/wallet\/[0-9a-f]{16}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital health records basics');
    const el = (label: string) => page.locator('.credential-elements .element').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
    await expect(el(en('el_learner'))).toHaveText('Maarja-Liis Kõiv');
    await expect(el(en('el_issuer'))).toHaveText('Põhja-Tallinna Tervishoiu- ja Infotehnoloogiakool');
    await expect(el(en('el_country'))).toHaveText('Eesti (EE)');
    await expect(el(en('el_ects'))).toHaveText('3');
    await expect(el(en('el_eqf'))).toHaveText('4');
    await expect(el(en('el_assessment'))).toContainText('91');
    await expect(page.getByText(en('el_participation'), { exact: true })).toHaveCount(0);
    const raw = page.locator('details.raw');
    await expect(raw.locator('pre')).toBeHidden();
    await raw.locator('summary').click();
    await expect(raw.locator('pre')).toContainText('"proofValue"');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en('download') }).click();
    const dl = await download;
    expect(dl.suggestedFilename()).toMatch(/^credential-[0-9a-f]{16}\.json$/);
    expect(readFileSync((await dl.path())!)).toEqual(fixture('01-valid-di-v2-ehr-basics.json'));

    // print, laid out at the width of A4 inside its margins: an ordinary credential fits one page
    const phone = page.viewportSize()!;
    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: phone.height });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.credential-actions')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('details.raw')).toBeHidden();
    expect(await clippedInPrint(page)).toEqual([]);
    const height = await page.locator('.credential-page').evaluate((e) => e.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(1009); // 267 mm at 96 dpi: one A4 page inside the margins
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(phone);

    // the desk card shows the verdict too (symbol and words)
    await expect(page.locator('.credential-page')).toHaveAttribute('data-verdict', 'verified', { timeout: 15_000 });
    await page.getByRole('button', { name: en('show') }).click();
    const show = page.getByRole('dialog');
    await expect(show.locator('.verdict')).toHaveAttribute('data-verdict', 'verified');
    await expect(show.locator('.verdict .verdict-symbol')).toHaveText('✓');
    await expect(show.locator('.verdict .verdict-symbol')).toHaveAttribute('aria-hidden', 'true');
    await expect(show.locator('.verdict .verdict-text')).toHaveText(en('verdict_verified'));
    // too long for a QR code and no public URL: a note instead
    await expect(show.getByTestId('qr-none')).toHaveText(en('qr_none'));
    await show.getByRole('button', { name: en('close') }).click();
    await expect(show).toHaveCount(0);

    // a public credential: its URL is the QR; scanning a picture of it imports it again
    await openWallet(page);
    await page.getByLabel(en('url_label')).fill(`${server.url}/self.json`);
    await page.getByRole('button', { name: en('url_button') }).click();
    await expect(notes(page)).toContainText('Added: Publicly hosted badge');
    await page.getByRole('link', { name: 'Publicly hosted badge' }).click();
    await page.getByRole('button', { name: en('show') }).click();
    const qr = page.getByRole('dialog').getByRole('img', { name: en('qr_label') });
    await expect(qr).toHaveAttribute('data-qr-data', `${server.url}/self.json`);
    await expectNoAxeViolations(page);
    const picture = await qr.screenshot();
    await page.getByRole('dialog').getByRole('button', { name: en('close') }).click();
    await page.getByRole('link', { name: en('back_to_wallet') }).click();
    const card = cards(page).filter({ hasText: 'Publicly hosted badge' });
    await card.getByRole('button', { name: en('delete') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: en('delete_yes') }).click();
    await expect(card).toHaveCount(0);
    await page.getByLabel(en('scan_image')).setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: picture });
    await expect(notes(page)).toContainText('Added: Publicly hosted badge');
    await expect(cards(page)).toHaveCount(2);
  });

  test('deep link asks before fetching, then opens the credential', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(server.url)) fetched.push(r.url());
    });
    const target = `${server.url}/cors/03-valid-di-v1-issuancedate.json`;
    await page.goto(`/wallet/import?url=${encodeURIComponent(target)}`);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('confirm_import_heading'));
    await expect(page.getByText(target)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(fetched).toEqual([]);
    await page.getByRole('button', { name: en('confirm_import_yes') }).click();
    await expect(page).toHaveURL(/\/wallet\/[0-9a-f]{16}$/);
    expect(fetched).toEqual([target]);
    await expect(page.locator('.credential-elements')).toContainText('EQF');

    await page.goto('/wallet/import?url=javascript:alert(1)');
    await appReady(page);
    await expect(page.getByText(en('confirm_import_missing'))).toBeVisible();
    await expect(page.getByRole('button', { name: en('confirm_import_yes') })).toHaveCount(0);
  });

  test('a corrupted stored record is quarantined and reported; the rest loads', async ({ page }) => {
    await openWallet(page);
    await importFile(page, '02.json', fixture('02-valid-di-v2-second-issuer.json'));
    await storeBrokenRecord(page);
    await page.reload();
    await appReady(page);
    await expect(page.getByTestId('quarantined')).toHaveText(en('quarantined', { count: 1 }));
    await expect(cards(page)).toHaveCount(1);
    expect((await storedBytes(page)).map((r) => r.key)).not.toContain('id:broken');
    await expectNoAxeViolations(page);
  });

  test('print: a long credential flows on to more pages, nothing is cut off', async ({ page }) => {
    await openWallet(page);
    // a long credential: a long description and many learning outcomes (the signature no longer
    // matches, which does not matter for printing)
    const long = JSON.parse(fixture('01-valid-di-v2-ehr-basics.json').toString('utf8'));
    long.id = 'urn:uuid:3f1d9d0e-0000-4000-8000-000000000021';
    const achievement = long.credentialSubject.achievement;
    achievement.description = 'Health data protection and information technology. '.repeat(60);
    achievement.learningOutcomes = Array.from(
      { length: 40 },
      (_, i) => `Outcome ${i + 1}: documents care in the electronic health record and checks who may read it`,
    );
    achievement.learningOutcomes.push('The last learning outcome: explains the result to the patient');
    await importFile(page, 'long.json', Buffer.from(JSON.stringify(long, null, 2)));
    await cards(page).first().getByRole('link').click();
    const outcomes = page.locator('.credential-elements .element').filter({ has: page.getByText(en('el_outcomes'), { exact: true }) });
    const last = outcomes.locator('li').last();
    await expect(last).toHaveText('The last learning outcome: explains the result to the patient');

    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 915 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.credential-actions')).toBeHidden();
    // longer than one page, and still every element whole: nothing clipped
    const pageBox = (await page.locator('.credential-page').boundingBox())!;
    expect(pageBox.height).toBeGreaterThan(1009);
    expect(await clippedInPrint(page)).toEqual([]);
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.height).toBeGreaterThan(0);
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(pageBox.y + pageBox.height);
    // the print type is smaller than the screen's
    const printSize = await last.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    await page.emulateMedia({ media: 'screen' });
    const screenSize = await last.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(printSize).toBeLessThan(screenSize);
  });

  test('the credential page follows a language switch (labels, dates, verdict)', async ({ page }) => {
    await openWallet(page);
    await importFile(page, '01.json', fixture('01-valid-di-v2-ehr-basics.json'));
    await cards(page).first().getByRole('link').click();
    await expect(page.locator('.credential-page')).toHaveAttribute('data-verdict', 'verified', { timeout: 15_000 });
    const labels = ['el_learner', 'el_title', 'el_issuer', 'el_country', 'el_issued', 'el_valid_until', 'el_ects', 'el_eqf', 'el_format'];
    const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const dt = page.locator('.credential-elements dt');
    let current = 'en';
    for (const lang of ['fi', 'nl', 'et', 'uk']) {
      await page.getByRole('combobox', { name: tr(current, 'common.language') }).selectOption(lang);
      current = lang;
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const key of labels) {
        await expect(dt.filter({ hasText: exactly(tr(lang, `wallet.${key}`)) }), `${lang} ${key}`).toHaveCount(1);
      }
      await expect(dt.filter({ hasText: exactly(en('el_learner')) })).toHaveCount(0);
      const issued = page.locator('.credential-elements .element').filter({ has: page.locator('dt', { hasText: exactly(tr(lang, 'wallet.el_issued')) }) });
      const date = await page.evaluate(
        (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 14)),
        lang,
      );
      await expect(issued.locator('dd')).toHaveText(date);
      await expect(page.locator('.credential-page > .verdict .verdict-text')).toHaveText(tr(lang, 'wallet.verdict_verified'));
      const signature = page.locator('.verify-check[data-reason="signature-valid"]');
      await expect(signature.locator('.check-label')).toHaveText(tr(lang, 'verify.check_signature'));
      await expect(signature.locator('.check-reason')).toHaveText(tr(lang, 'verify.reason_signature_valid'));
      if (lang === 'uk') {
        await expectNoAxeViolations(page);
        // the wallet list's dates follow too
        await page.getByRole('link', { name: tr(lang, 'wallet.back_to_wallet') }).click();
        await expect(cards(page).first().locator('.facts')).toContainText(tr(lang, 'wallet.issued_on', { date }));
        await page.getByRole('combobox', { name: tr(lang, 'common.language') }).selectOption('it');
        const it = await page.evaluate(
          () => new Intl.DateTimeFormat('it', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 14)),
        );
        await expect(cards(page).first().locator('.facts')).toContainText(tr('it', 'wallet.issued_on', { date: it }));
      }
    }
  });

  test('an unreadable record that cannot be moved to quarantine is still reported, never dropped', async ({ page }) => {
    await openWallet(page);
    await importFile(page, '02.json', fixture('02-valid-di-v2-second-issuer.json'));
    await storeBrokenRecord(page);
    // the quarantine store refuses every write from now on
    await page.addInitScript(() => {
      const add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (this.name === 'quarantine') throw new DOMException('refused by the test', 'UnknownError');
        return add.apply(this, args);
      };
    });
    await page.reload();
    await appReady(page);
    await expect(cards(page)).toHaveCount(1);
    await expect(page.getByTestId('quarantined')).toHaveText(en('quarantined', { count: 1 }));
    // still stored where it was: reported again on the next load
    const keys = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('carewise-wallet');
          open.onsuccess = () => {
            const req = open.result.transaction('credentials').objectStore('credentials').getAllKeys();
            req.onsuccess = () => {
              open.result.close();
              resolve((req.result as string[]).sort());
            };
            req.onerror = () => reject(req.error);
          };
        }),
    );
    expect(keys).toContain('id:broken');
    await page.reload();
    await appReady(page);
    await expect(page.getByTestId('quarantined')).toHaveText(en('quarantined', { count: 1 }));
  });
  test('a badge picture that cannot be loaded is left out; one that loads is shown', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource/);
    await openWallet(page);
    await importFile(page, '01.json', fixture('01-valid-di-v2-ehr-basics.json'));
    const picture = cards(page).locator('img.badge-image');
    await expect(picture).toHaveCount(1);
    await expect.poll(() => picture.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    // the issuer's host is gone: no broken-image icon, on the card or on the credential page
    await page.route('**/badges/digital-health-records-basics.png', (route) => route.abort('failed'));
    await page.reload();
    await appReady(page);
    await expect(cards(page)).toHaveCount(1);
    await expect(picture).toHaveCount(0);
    await cards(page).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital health records basics');
    await expect(page.locator('.credential-page .verify-check')).toHaveCount(4);
    await expect(page.locator('.credential-page img')).toHaveCount(0);
  });
});
