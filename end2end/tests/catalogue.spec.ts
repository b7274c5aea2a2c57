// The catalogue face at a phone viewport: search, facets, sort, detail, URL state, interests,
// wallet awareness, bad data, both backends, accessibility and the DOM size at 10,000 entries.
import { test, expect, tr, appReady, expectNoAxeViolations } from './fixtures/base';
import { APP_SECOND, BACKEND } from '../playwright.config';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

test.use({ locale: 'en-GB' });

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
type Entry = {
  id: string;
  title: Record<string, string>;
  area: string;
  awardingBody: { name: string };
  learningOutcomes: Record<string, string>[];
  occupations: { label: Record<string, string> }[];
  achievementId: string;
  stackability: { buildsOn: string[] };
};
const CATALOGUE: Entry[] = JSON.parse(readFileSync(join(root, 'public/api/catalogue.json'), 'utf8'));
const LIST = (url: URL) => url.pathname.endsWith('/api/catalogue.json');

// The same folding as the app (lower case, no diacritics), to compute expectations from data.
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const haystack = (e: Entry) =>
  fold(
    [
      ...Object.values(e.title),
      e.awardingBody.name,
      ...e.learningOutcomes.flatMap((o) => Object.values(o)),
      ...e.occupations.flatMap((o) => Object.values(o.label)),
    ].join(' | '),
  );
const matching = (q: string) => CATALOGUE.filter((e) => fold(q).split(/\s+/).filter(Boolean).every((w) => haystack(e).includes(w)));
const count = (n: number) => tr('en', 'catalogue.count', { count: n });

async function openList(page: Page, path = '/catalogue') {
  await page.goto(path);
  await appReady(page);
  await expect(page.getByTestId('cat-count')).not.toBeEmpty();
}
const search = (page: Page) => page.getByRole('searchbox', { name: tr('en', 'catalogue.search_label') });
const results = (page: Page) => page.getByTestId('cat-results').getByRole('link');
async function openFilters(page: Page) {
  await page.locator('.cat-facets > summary').click();
}
const facet = (page: Page, legendKey: string) => page.getByRole('group', { name: tr('en', legendKey) });
// A facet value's accessible name is its label and its live count: "Health (7)".
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const option = (label: string) => new RegExp(`^${esc(label)} \\(`);
const named = (label: string, n: number) => `${label} (${n})`;

test.describe('catalogue list', () => {
  test('search is case- and diacritics-insensitive across the languages of an entry', async ({ page }) => {
    await openList(page);
    await expect(page.getByTestId('cat-count')).toHaveText(count(CATALOGUE.length));
    for (const q of ['SANITÀ', 'tervis', 'koolitus']) {
      const want = matching(q);
      expect(want.length, q).toBeGreaterThan(0);
      await search(page).fill(q);
      await expect(page.getByTestId('cat-count')).toHaveText(count(want.length));
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q)}`));
      const shown = await results(page).allTextContents();
      expect(new Set(shown)).toEqual(new Set(want.slice(0, 20).map((e) => e.title.en)));
    }
    // "sanita" (no accent) finds the same as "SANITÀ".
    await search(page).fill('sanita');
    await expect(page.getByTestId('cat-count')).toHaveText(count(matching('sanità').length));
    await search(page).fill('zzzz-nothing');
    await expect(page.getByTestId('cat-count')).toHaveText(count(0));
  });

  test('facets filter with live counts; sort; paging; all in the URL', async ({ page }) => {
    await openList(page);
    await openFilters(page);
    const health = CATALOGUE.filter((e) => e.area === 'health');
    const areaGroup = facet(page, 'catalogue.facet_area');
    const healthBox = areaGroup.getByRole('checkbox', { name: option(tr('en', 'catalogue.area_health')) });
    await expect(healthBox).toHaveAccessibleName(named(tr('en', 'catalogue.area_health'), health.length));
    await healthBox.check();
    await expect(page).toHaveURL(/area=health/);
    await expect(page.getByTestId('cat-count')).toHaveText(count(health.length));
    // Counts of the same facet stay (disjunctive); another facet counts within health.
    const it = CATALOGUE.filter((e) => e.area === 'it').length;
    await expect(areaGroup.getByRole('checkbox', { name: option(tr('en', 'catalogue.area_it')) })).toHaveAccessibleName(
      named(tr('en', 'catalogue.area_it'), it),
    );
    const freeHealth = health.filter((e: any) => e.price.amount === 0).length;
    await expect(facet(page, 'catalogue.facet_price').getByRole('checkbox')).toHaveAccessibleName(
      named(tr('en', 'catalogue.free_only'), freeHealth),
    );
    await facet(page, 'catalogue.facet_price').getByRole('checkbox').check();
    await expect(page).toHaveURL(/free=1/);
    await expect(page.getByTestId('cat-count')).toHaveText(count(freeHealth));

    // Sort by title.
    await page.getByLabel(tr('en', 'catalogue.sort_label')).selectOption('title');
    await expect(page).toHaveURL(/sort=title/);
    const titles = health.filter((e: any) => e.price.amount === 0).map((e) => fold(e.title.en)).sort();
    const shown = (await results(page).allTextContents()).map(fold);
    expect(shown).toEqual(titles);

    // Back steps through the changes: sort, then free, then area.
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/free=/);
    await expect(page.getByTestId('cat-count')).toHaveText(count(health.length));
    await page.goBack();
    await expect(page.getByTestId('cat-count')).toHaveText(count(CATALOGUE.length));

    // Paging: 20 per page.
    await page.getByRole('link', { name: tr('en', 'catalogue.next_page') }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(results(page)).toHaveCount(20);
    await expect(page.getByText(tr('en', 'catalogue.page_of', { page: 2, pages: Math.ceil(CATALOGUE.length / 20) }))).toBeVisible();
  });

  test('open a course, go back: the list is as it was; a shared URL reproduces the view', async ({ page, browser }) => {
    await openList(page);
    await search(page).fill('data');
    await openFilters(page);
    await facet(page, 'catalogue.facet_country').getByRole('checkbox', { name: new RegExp(tr('en', 'catalogue.country_ee')) }).check();
    await page.getByLabel(tr('en', 'catalogue.sort_label')).selectOption('ects');
    await expect(page).toHaveURL(/sort=ects/);
    const url = page.url();
    const before = await results(page).allTextContents();
    expect(before.length).toBeGreaterThan(0);
    await results(page).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(before[0]);
    await page.goBack();
    await expect(page).toHaveURL(url);
    await expect(search(page)).toHaveValue('data');
    await expect.poll(() => results(page).allTextContents()).toEqual(before);

    // The same URL in a fresh browser context shows the same view.
    const other = await browser.newContext({ locale: 'en-GB', viewport: { width: 412, height: 915 } });
    const p2 = await other.newPage();
    await p2.goto(url);
    await appReady(p2);
    await expect(search(p2)).toHaveValue('data');
    await expect(p2.getByLabel(tr('en', 'catalogue.sort_label'))).toHaveValue('ects');
    await expect.poll(() => results(p2).allTextContents()).toEqual(before);
    await other.close();
  });

  test('axe: list with filters open, and a detail page', async ({ page }) => {
    await openList(page, '/catalogue?area=healthtech');
    await openFilters(page);
    await expectNoAxeViolations(page);
    await page.goto('/catalogue/fi-telecare-devices-home-care');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Telecare devices for home care');
    await expectNoAxeViolations(page);
  });

  test('a malformed entry is counted, an incomplete one is marked, markup stays text', async ({ page }) => {
    await page.route(LIST, async (route) => {
      const res = await route.fetch();
      const list = await res.json();
      list.unshift(
        { id: 'x-incomplete', title: '<img src=x onerror="window.__xss=1">Bare <b>course</b>', unknownField: 1 },
        { id: 'x-bad', ects: 'three' },
      );
      await route.fulfill({ response: res, json: list });
    });
    await openList(page);
    await expect(page.getByText(tr('en', 'catalogue.skipped', { count: 1 }))).toBeVisible();
    const card = page.getByRole('listitem').filter({ hasText: 'Bare <b>course</b>' });
    await expect(card.getByRole('link')).toHaveText('<img src=x onerror="window.__xss=1">Bare <b>course</b>');
    await expect(card.getByText(tr('en', 'catalogue.incomplete'))).toBeVisible();
    await expect(page.locator('main img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    await expect(page.getByTestId('cat-count')).toHaveText(count(CATALOGUE.length + 1));
  });
});

test.describe('catalogue detail', () => {
  test('elements grouped for a reader, ESCO links with attribution, pathway', async ({ page }) => {
    await page.goto('/catalogue/ee-data-protection-care-settings');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data protection in care settings');
    for (const k of ['group_learn', 'group_effort', 'group_assessment', 'group_awarder', 'group_stacking', 'group_esco']) {
      await expect(page.getByRole('heading', { level: 2, name: tr('en', `catalogue.${k}`) })).toBeVisible();
    }
    await expect(page.locator('.cat-outcomes li')).toHaveCount(3);
    const esco = page.getByRole('link', { name: 'medical records clerk' });
    await expect(esco).toHaveAttribute('href', /^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    await expect(page.getByText(tr('en', 'common.esco_attribution')).last()).toBeVisible();
    await expect(page.getByTestId('cat-pathway')).toContainText('Care worker with digital health skills');
    // Builds on: linked by its title.
    await expect(page.getByRole('link', { name: 'Digital health records basics' }).first()).toBeVisible();
  });

  test('save to My interests survives a reload and is listed on the catalogue page', async ({ page }) => {
    await page.goto('/catalogue/nl-ehr-basics');
    await appReady(page);
    const save = page.getByRole('button', { name: tr('en', 'catalogue.save') });
    await save.click();
    const saved = page.getByRole('button', { name: tr('en', 'catalogue.saved') });
    await expect(saved).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('button', { name: tr('en', 'catalogue.saved') })).toBeVisible();
    await page.getByRole('link', { name: tr('en', 'catalogue.back_to_list') }).click();
    const mine = page.getByRole('region', { name: tr('en', 'catalogue.my_interests') });
    await expect(mine.getByRole('link', { name: 'Electronic health records: the basics' })).toBeVisible();
    await page.reload();
    await appReady(page);
    await expect(mine.getByRole('link', { name: 'Electronic health records: the basics' })).toBeVisible();
  });

  test('share copies the link where the Web Share API is missing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as any).share;
    });
    await page.goto('/catalogue/nl-ehr-basics');
    await appReady(page);
    await page.getByRole('button', { name: tr('en', 'catalogue.share') }).click();
    await expect(page.getByText(tr('en', 'catalogue.link_copied'))).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('wallet-aware: "You hold this" and next steps from the held achievement ids', async ({ page }) => {
    const held = CATALOGUE.find((e) => e.id === 'ee-digital-health-records-basics')!;
    const next = CATALOGUE.filter((e) => e.stackability.buildsOn.includes(held.id));
    expect(next.length).toBeGreaterThan(0);
    await page.addInitScript((id) => localStorage.setItem('carewise.wallet.achievements', JSON.stringify([id])), held.achievementId);
    await page.goto(`/catalogue/${held.id}`);
    await appReady(page);
    await expect(page.getByTestId('cat-held')).toHaveText(tr('en', 'catalogue.you_hold'));
    await page.goto('/catalogue/nl-ehr-basics');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Electronic health records: the basics');
    await expect(page.getByTestId('cat-held')).toHaveCount(0);
    await openList(page);
    const steps = page.getByRole('region', { name: tr('en', 'catalogue.next_steps') });
    for (const e of next) await expect(steps.getByRole('link', { name: e.title.en })).toBeVisible();
    await expect(steps.getByRole('link', { name: held.title.en })).toHaveCount(0);
  });
});

test.describe('catalogue on a backend that pages and searches on the server', () => {
  test('same UI: search, facets and pages are asked of the server', async ({ page }) => {
    const seen: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(`${BACKEND}/catalogue?`)) seen.push(r.url());
    });
    await page.goto(`${APP_SECOND}/catalogue`);
    await appReady(page);
    await expect(page.getByTestId('cat-count')).toHaveText(count(CATALOGUE.length));
    await expect(results(page)).toHaveCount(20);
    expect(seen).toHaveLength(1); // the first page is asked for once
    await search(page).fill('telecare');
    await expect(page.getByTestId('cat-count')).toHaveText(count(matching('telecare').length));
    await expect.poll(() => seen.some((u) => u.includes('q=telecare'))).toBe(true);
    await search(page).fill('');
    await openFilters(page);
    const it = CATALOGUE.filter((e) => e.area === 'it').length;
    await facet(page, 'catalogue.facet_area').getByRole('checkbox', { name: option(tr('en', 'catalogue.area_it')) }).check();
    await expect(page.getByTestId('cat-count')).toHaveText(count(it));
    await expect.poll(() => seen.some((u) => u.includes('area=it'))).toBe(true);
    await facet(page, 'catalogue.facet_area').getByRole('checkbox', { name: option(tr('en', 'catalogue.area_it')) }).uncheck();
    await page.getByRole('link', { name: tr('en', 'catalogue.next_page') }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect.poll(() => seen.some((u) => u.includes('page=2'))).toBe(true);
    await expect(results(page)).toHaveCount(20);
    expect(seen.every((u) => u.includes('per_page=20'))).toBe(true);
  });
});

test.describe('at 10,000 entries', () => {
  test('the DOM stays under 1,000 nodes', async ({ page }) => {
    test.setTimeout(120_000);
    const big = join(root, 'target', 'catalogue-10000.json');
    if (!existsSync(big)) execFileSync('node', [join(root, 'tools/catalogue/generate.mjs'), '--scale', '10000']);
    const body = readFileSync(big);
    await page.route(LIST, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/catalogue');
    await appReady(page);
    await expect(page.getByTestId('cat-count')).toHaveText(count(10000), { timeout: 60_000 });
    await openFilters(page);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1000);
    await search(page).fill('health');
    await expect(page.getByTestId('cat-count')).not.toHaveText(count(10000));
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1000);
  });
});

test.describe('catalogue data', () => {
  test('public/api/catalogue*.json is what tools/catalogue/generate.mjs makes from data/', () => {
    const out = execFileSync('node', [join(root, 'tools/catalogue/generate.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/catalogue: \d+ entries, up to date/);
  });

  test('at least 40 entries, each with the mandatory EU elements, in English and the provider language, with ESCO labels from the CSV', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    const esco = new Map(
      readFileSync(join(root, 'data/careers/esco-occupations-health-ict.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => [l.split(',')[0], l.split(',')[3]]),
    );
    const local: Record<string, string> = { NL: 'nl', EE: 'et', FI: 'fi', IT: 'it' };
    for (const e of CATALOGUE as any[]) {
      const lang = local[e.awardingBody.country];
      expect(lang, e.id).toBeTruthy();
      for (const k of ['title', 'awardingBody', 'learningOutcomes', 'ects', 'eqfLevel', 'assessment', 'participation', 'qualityAssurance'])
        expect(e[k], `${e.id} ${k}`).toBeTruthy();
      expect(e.title.en && e.title[lang], e.id).toBeTruthy();
      for (const o of e.learningOutcomes) expect(o.en && o[lang], e.id).toBeTruthy();
      for (const k of ['stackability', 'languages', 'price', 'startDates', 'durationWeeks', 'location', 'iscedF'])
        expect(e[k], `${e.id} ${k}`).toBeDefined();
      for (const o of e.occupations) expect(o.label.en, `${e.id} ${o.uri}`).toBe(esco.get(o.uri));
    }
    for (const area of ['health', 'it', 'healthtech', 'transversal']) expect(CATALOGUE.some((e) => e.area === area), area).toBe(true);
  });
});
