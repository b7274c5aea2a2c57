// The verifier bundle in a real browser: every fixture credential is verified in the Web Worker
// (public/verifier-worker.js + the `verifier` wasm) and must get the verdict the reference
// implementations gave it (tests/fixtures/credentials/manifest.json); offline, a credential with
// a status list is "unknown", never "verified". Also prints the median verify time per kind.
import { test, expect, tr, expectNoAxeViolations, followStatusServer } from './fixtures/base';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'credentials');
const manifest = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8'));
const issuers = readFileSync(join(root, 'public', 'api', 'issuers.json'), 'utf8');

type Entry = { file: string; parse: string; signature: string; validity: string; status: string; role?: string };

/** The overall verdict the manifest's per-check verdicts add up to (as domain::verify::overall). */
function expectedVerdict(e: Entry): string {
  if (e.parse === 'error' || e.signature === 'invalid') return 'invalid';
  if (e.status === 'revoked') return 'revoked';
  if (e.validity === 'expired') return 'expired';
  if (e.validity === 'not-yet-valid') return 'invalid';
  if (e.signature === 'missing') return 'unknown';
  return 'verified';
}

// The status credentials name http://127.0.0.1:8765/status/…: end2end/servers/status.mjs serves
// them for the whole run (playwright.config.ts; on another port when E2E_PORT_BASE moves the
// ports, with the browser's requests routed there by tests/fixtures/base.ts).

type Reply = { report: { verdict: string; signature: { state: string; reason: string }; status: { state: string; reason: string }; validity: { reason: string } }; ms: number };

/** Starts the verifier worker in the page and verifies each (base64) input in turn. */
async function verifyAll(page: import('@playwright/test').Page, inputs: string[], offline: boolean, rounds = 1) {
  return page.evaluate(
    async ({ inputs, offline, issuers, rounds }) => {
      const bundles = JSON.parse(document.getElementById('carewise-bundles')!.textContent || '{}');
      const v = bundles.verifier || { js: '/verifier.js', wasm: '/verifier_bg.wasm' };
      const worker = new Worker('/verifier-worker.js', { type: 'module' });
      worker.postMessage({ init: v });
      let next = 0;
      const call = (bytes: Uint8Array) =>
        new Promise<any>((resolve) => {
          const id = ++next;
          const onMessage = (e: MessageEvent) => {
            if (e.data.id !== id) return;
            worker.removeEventListener('message', onMessage);
            resolve(e.data);
          };
          worker.addEventListener('message', onMessage);
          worker.postMessage({ id, bytes, now: Date.now(), issuers, offline });
        });
      const out: any[][] = [];
      for (let r = 0; r < rounds; r++) {
        const round: any[] = [];
        for (const b64 of inputs) {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          round.push(await call(bytes));
        }
        out.push(round);
      }
      worker.terminate();
      return out;
    },
    { inputs, offline, issuers, rounds },
  ) as Promise<Reply[][]>;
}

const entries: Entry[] = manifest.files.filter((e: Entry) => e.role !== 'status-list');
const b64 = (file: string) => readFileSync(join(fixtures, file)).toString('base64');

test('every fixture gets the reference verdict in the browser worker', async ({ page }) => {
  await page.goto('/');
  const [replies] = await verifyAll(page, entries.map((e) => b64(e.file)), false);
  const got = Object.fromEntries(entries.map((e, i) => [e.file, replies[i].report.verdict]));
  const want = Object.fromEntries(entries.map((e) => [e.file, expectedVerdict(e)]));
  expect(got).toEqual(want);
  // the per-check results agree with the manifest too
  entries.forEach((e, i) => {
    const r = replies[i].report;
    if (e.signature === 'valid') expect(r.signature.state, e.file).toBe('pass');
    if (e.signature === 'invalid') expect(r.signature.state, e.file).toBe('fail');
    if (e.status === 'revoked') expect(r.status.reason, e.file).toBe('revoked');
    if (e.status === 'active') expect(r.status.reason, e.file).toBe('status-active');
  });
});

test('offline, a credential with a status list is unknown — never verified', async ({ page }) => {
  await page.goto('/');
  const files = ['18-revoked-di.json', '19-status-active-di.json'];
  const [replies] = await verifyAll(page, files.map(b64), true);
  for (const r of replies) {
    expect(r.report.signature.state).toBe('pass');
    expect(r.report.status).toEqual({ state: 'unknown', reason: 'status-unreachable' });
    expect(r.report.verdict).toBe('unknown');
  }
});

test('median verify time per fixture kind (worker loaded)', async ({ page }) => {
  await page.goto('/');
  const kinds: Record<string, string[]> = {
    'eddsa-rdfc-2022': ['01-valid-di-v2-ehr-basics.json', '02-valid-di-v2-second-issuer.json', '03-valid-di-v1-issuancedate.json'],
    'eddsa-rdfc-2022 + status': ['19-status-active-di.json'],
    'VC-JWT EdDSA': ['05-valid-jwt-eddsa.jwt'],
    'VC-JWT ES256': ['06-valid-jwt-es256.jwt'],
    'VC-JWT RS256': ['07-valid-jwt-rs256.jwt'],
  };
  const lines: string[] = [];
  for (const [kind, files] of Object.entries(kinds)) {
    const rounds = await verifyAll(page, files.map(b64), false, 21);
    const times = rounds.slice(1).flat().map((r) => r.ms).sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    lines.push(`${kind.padEnd(26)} ${median.toFixed(2)} ms (n=${times.length})`);
    if (kind === 'eddsa-rdfc-2022') expect(median).toBeLessThanOrEqual(30);
  }
  console.log(`browser verify medians:\n${lines.join('\n')}`);
});

// ---- in the wallet: each imported fixture's card gets its verdict as data-verdict

const importable = entries.filter((e) => e.parse === 'ok');

test('each imported credential card shows the reference verdict (data-verdict)', async ({ browser }) => {
  test.setTimeout(180_000);
  const got: Record<string, string> = {};
  for (const e of importable) {
    // a fresh wallet each time: tampered copies share their original's id
    const { baseURL } = test.info().project.use;
    const context = await browser.newContext({ baseURL, viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
    await followStatusServer(context);
    const page = await context.newPage();
    await page.goto('/wallet');
    await page.locator('#import-file').setInputFiles(join(fixtures, e.file));
    const card = page.locator('.credential-card');
    await expect(card).toHaveCount(1);
    await expect(card).not.toHaveAttribute('data-verdict', 'unchecked', { timeout: 15_000 });
    got[e.file] = (await card.getAttribute('data-verdict')) || '';
    await context.close();
  }
  expect(got).toEqual(Object.fromEntries(importable.map((e) => [e.file, expectedVerdict(e)])));
});

test('the credential page lists the checks with reasons and checks again on demand', async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/Failed to load resource: net::ERR_NAME_NOT_RESOLVED/); // the badge image's example.fi host
  await page.goto('/wallet');
  await page.locator('#import-file').setInputFiles(join(fixtures, '06-valid-jwt-es256.jwt'));
  const card = page.locator('.credential-card');
  await expect(card).toHaveAttribute('data-verdict', 'verified', { timeout: 15_000 });
  await card.getByRole('link').click();
  const checks = page.locator('.verify-check');
  await expect(checks).toHaveCount(4);
  await expect(page.locator('.verify-check[data-reason="signature-valid"]')).toContainText(tr('en', 'verify.reason_signature_valid'));
  await expect(page.locator('.verify-check[data-reason="issuer-not-trusted"]')).toContainText(tr('en', 'verify.reason_issuer_not_trusted'));
  const again = page.getByRole('button', { name: tr('en', 'verify.verify_again') });
  await again.click();
  await expect(again).toBeEnabled();
  await expect(page.locator('.credential-page')).toHaveAttribute('data-verdict', 'verified');
  // the page's verdict says the issuer is not trusted, and so does the desk card
  const untrusted = tr('en', 'verify.reason_issuer_not_trusted');
  await expect(page.locator('.credential-page > .verdict .verdict-text')).toHaveText(untrusted);
  await page.getByRole('button', { name: tr('en', 'wallet.show') }).click();
  const verdict = page.getByRole('dialog').locator('.verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'verified');
  await expect(verdict).toHaveAttribute('data-caveat', 'issuer-not-trusted');
  await expect(verdict.locator('.verdict-symbol')).toHaveText('!');
  await expect(verdict.locator('.verdict-symbol')).toHaveAttribute('aria-hidden', 'true');
  await expect(verdict.locator('.verdict-text')).toHaveText(untrusted);
  await expectNoAxeViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: tr('en', 'wallet.close') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('each card shows its verdict with a symbol and in words; an untrusted issuer is named as such', async ({ page }) => {
  test.setTimeout(90_000);
  // badge images point at the issuers' (fictional) sites: answered here, never fetched
  await page.route(/^https?:\/\/[^/]*example\.[a-z]+\//, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>' }),
  );
  const want: [string, string, string, string][] = [
    // file, data-verdict, symbol, words
    ['01-valid-di-v2-ehr-basics.json', 'verified', '✓', tr('en', 'wallet.verdict_verified')],
    ['06-valid-jwt-es256.jwt', 'verified', '!', tr('en', 'verify.reason_issuer_not_trusted')],
    ['11-tampered-di-proofvalue.json', 'invalid', '✗', tr('en', 'wallet.verdict_invalid')],
    ['16-expired-di.json', 'expired', '!', tr('en', 'wallet.verdict_expired')],
    ['26-unsigned-ob3.json', 'unknown', '?', tr('en', 'wallet.verdict_unknown')],
  ];
  await page.goto('/wallet');
  const cards = page.locator('.credential-card');
  for (const [i, [file, code, symbol, words]] of want.entries()) {
    await page.locator('#import-file').setInputFiles(join(fixtures, file));
    await expect(cards).toHaveCount(i + 1);
    const card = cards.first(); // newest first
    await expect(card, file).toHaveAttribute('data-verdict', code, { timeout: 15_000 });
    const verdict = card.locator('.verdict');
    await expect(verdict.locator('.verdict-symbol'), file).toHaveText(symbol);
    await expect(verdict.locator('.verdict-symbol'), file).toHaveAttribute('aria-hidden', 'true');
    await expect(verdict.locator('.verdict-text'), file).toHaveText(words);
    if (file.startsWith('06-')) await expect(verdict).toHaveAttribute('data-caveat', 'issuer-not-trusted');
    else await expect(verdict).not.toHaveAttribute('data-caveat', /./);
  }
  // a trusted issuer's credential still says plainly "Verified"
  await expect(cards.filter({ hasText: tr('en', 'wallet.verdict_verified') })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('offline, an imported credential with a status list is unknown', async ({ page, context, allowConsoleErrors }) => {
  allowConsoleErrors(/Failed to load resource: net::ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED)/); // badge images offline
  await page.goto('/wallet');
  // the worker is loaded while online (in use the service worker keeps it for offline)
  await page.locator('#import-file').setInputFiles(join(fixtures, '06-valid-jwt-es256.jwt'));
  await expect(page.locator('.credential-card')).toHaveAttribute('data-verdict', 'verified', { timeout: 15_000 });
  await context.setOffline(true);
  await page.locator('#import-file').setInputFiles(join(fixtures, '19-status-active-di.json'));
  await expect(page.locator('.credential-card')).toHaveCount(2);
  const card = page.locator('.credential-card').first();
  await expect(card).toHaveAttribute('data-verdict', 'unknown', { timeout: 15_000 });
  await card.getByRole('link').click();
  await expect(page.locator('.verify-check[data-reason="status-unreachable"]')).toContainText(tr('en', 'verify.reason_status_unreachable'));
  await context.setOffline(false);
  await page.getByRole('button', { name: tr('en', 'verify.verify_again') }).click();
  await expect(page.locator('.credential-page')).toHaveAttribute('data-verdict', 'verified', { timeout: 15_000 });
});
