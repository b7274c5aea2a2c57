// The interest quiz (/quiz) and its result (/quiz/result): taken by role against the embedded
// backend's saved data, with expectations computed here from that data.
import { test, expect, tr, appReady, expectNoAxeViolations } from './fixtures/base';
import { QUIZ, CAREERS, TYPES, answerItems, expectedScores, expectedRanking, ResultPage, decodeQr, typeName, type Item } from './fixtures/quiz';

test.use({ locale: 'en-GB' });

// Like a lot: Social; like: Investigative; not sure: Conventional; dislike: Realistic;
// dislike a lot: Enterprising and Artistic.
const PATTERN: Record<string, number> = { S: 5, I: 4, C: 3, R: 2, E: 1, A: 1 };
const byPattern = (item: Item) => PATTERN[item.type];

async function takeQuiz(page: import('@playwright/test').Page, rating = byPattern, lang = 'en') {
  await page.goto('/quiz');
  await appReady(page);
  await page.getByRole('link', { name: tr(lang, 'quiz.start'), exact: true }).click();
  await expect(page).toHaveURL('/quiz?q=1');
  await answerItems(page, rating, lang);
  await expect(page).toHaveURL(/\/quiz\/result\?r=1[0-9a-z-]{12}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr(lang, 'quiz.result_title'));
}

test.describe('quiz', () => {
  test('taken end to end by role: scores, Holland code, ranked careers with routes and courses', async ({ page }) => {
    await page.goto('/quiz');
    await appReady(page);
    await expect(page.getByText(tr('en', 'quiz.start_facts', { count: 48, minutes: 4 }))).toBeVisible();
    // the IIP items are cited
    await expect(page.getByText('Armstrong, P. I., Allison, W., & Rounds, J. (2008)')).toBeVisible();
    await page.getByRole('link', { name: tr('en', 'quiz.start'), exact: true }).click();
    const bar = page.getByRole('progressbar', { name: tr('en', 'quiz.progress_label') });
    await expect(bar).toHaveAttribute('aria-valuenow', '1');
    await expect(bar).toHaveAttribute('aria-valuetext', tr('en', 'quiz.progress', { current: 1, total: 48 }));
    await answerItems(page, byPattern, 'en', 0, 10);
    await expect(bar).toHaveAttribute('aria-valuetext', tr('en', 'quiz.progress', { current: 11, total: 48 }));
    await expect(page).toHaveURL('/quiz?q=11');
    await answerItems(page, byPattern, 'en', 10);
    await expect(page).toHaveURL(/\/quiz\/result\?r=/);

    const result = new ResultPage(page);
    const expected = expectedScores(byPattern);
    // by hand: S 5 → 100, I 4 → 75, C 3 → 50, R 2 → 25, E and A 1 → 0
    expect(expected).toEqual({ R: 25, I: 75, A: 0, S: 100, E: 0, C: 50 });
    for (const t of TYPES) expect(await result.score(t), t).toBe(expected[t]);
    await expect(page.getByText(tr('en', 'quiz.strongest', { types: ['S', 'I', 'C'].map((t) => typeName('en', t as 'S')).join(', ') }))).toBeVisible();
    await expect(page.getByRole('img', { name: tr('en', 'quiz.chart_label') })).toBeVisible();

    const ids = await result.careerIds();
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids).toEqual(expectedRanking(expected).slice(0, ids.length));
    // the top career is Social-heavy, and every card has a route, a reason and its courses
    const top = CAREERS.careers.find((c) => c.id === ids[0])!;
    const profile = CAREERS.profiles.find((p) => p.isco === top.isco)!.scores;
    expect(Math.max(...profile)).toBe(profile[3]);
    const first = result.careers().first();
    await expect(first.getByRole('heading', { level: 3 })).toContainText(top.label.en);
    await expect(first.getByText(tr('en', 'quiz.why_title'))).toBeVisible();
    await expect(first.getByText(/Typical training: EQF level \d, about \d+ months/)).toBeVisible();
    for (const entry of top.catalogueEntries) {
      await expect(first.getByRole('link').and(page.locator(`[href="/catalogue/${entry}"]`))).toBeVisible();
    }
    // attributions
    await expect(page.getByText(tr('en', 'common.esco_attribution')).first()).toBeVisible();
    await expect(page.getByText(/This page includes information from the O\*NET 29\.0 Database/)).toBeVisible();
  });

  test('a course link shows the title from the catalogue and opens that entry', async ({ page }) => {
    const catalogue: { id: string; title: Record<string, string> }[] = await (await page.request.get('/api/catalogue.json')).json();
    await takeQuiz(page);
    const result = new ResultPage(page);
    const links = result.careers().locator('a[href^="/catalogue/"]');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    const entry = catalogue.find((e) => hrefs.includes(`/catalogue/${e.id}`));
    expect(entry, 'some linked course is in the catalogue').toBeTruthy();
    const link = result.careers().getByRole('link', { name: entry!.title.en, exact: true }).first();
    await expect(link).toHaveAttribute('href', `/catalogue/${entry!.id}`);
    await link.click();
    await expect(page).toHaveURL(`/catalogue/${entry!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry!.title.en);
  });

  test('a reload mid-quiz resumes at the same item with the answers kept', async ({ page }) => {
    await page.goto('/quiz?q=1');
    await appReady(page);
    await answerItems(page, byPattern, 'en', 0, 5);
    await expect(page).toHaveURL('/quiz?q=6');
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[5].text.en);
    await page.getByRole('button', { name: tr('en', 'quiz.back'), exact: true }).click();
    await expect(page).toHaveURL('/quiz?q=5');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[4].text.en);
    const chosen = page.getByRole('button', { name: tr('en', `quiz.answer_${byPattern(QUIZ.items[4])}`), exact: true });
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    // the intro offers to continue where the learner left off
    await page.goto('/quiz');
    await appReady(page);
    await page.getByRole('link', { name: tr('en', 'quiz.resume') }).click();
    await expect(page).toHaveURL('/quiz?q=6');
  });

  test('skip and back: a skipped item is left out of the scores', async ({ page }) => {
    await page.goto('/quiz?q=1');
    await appReady(page);
    const skipAllR = (item: Item) => (item.type === 'R' ? 0 : byPattern(item));
    await answerItems(page, skipAllR, 'en', 0, 1);
    await expect(page).toHaveURL('/quiz?q=2');
    await page.getByRole('button', { name: tr('en', 'quiz.back'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[0].text.en);
    await expect(page.getByRole('group').getByRole('button', { pressed: true })).toHaveCount(0);
    await answerItems(page, skipAllR, 'en', 0);
    const result = new ResultPage(page);
    expect(await result.score('R')).toBeNull();
    expect(await result.score('S')).toBe(100);
  });

  test('the result URL reproduces the result in a fresh browser, and its QR code decodes to it', async ({ page, browser }) => {
    await takeQuiz(page);
    const result = new ResultPage(page);
    const ids = await result.careerIds();
    const url = page.url();
    const decoded = await decodeQr(result.qr());
    expect(decoded).toBe(url);
    await expect(page.getByTestId('result-url')).toHaveText(url);

    const other = await browser.newContext({ locale: 'en-GB' });
    const fresh = await other.newPage();
    await fresh.goto(decoded!);
    await appReady(fresh);
    const again = new ResultPage(fresh);
    expect(await again.careerIds()).toEqual(ids);
    for (const t of TYPES) expect(await again.score(t)).toBe(await result.score(t));
    await other.close();
  });

  test('retake starts from the first item with nothing kept', async ({ page }) => {
    await takeQuiz(page);
    await page.getByRole('link', { name: tr('en', 'quiz.retake') }).click();
    await expect(page).toHaveURL('/quiz');
    await expect(page.getByRole('link', { name: tr('en', 'quiz.resume') })).toHaveCount(0);
    await page.getByRole('link', { name: tr('en', 'quiz.start'), exact: true }).click();
    await expect(page.getByRole('group').getByRole('button', { pressed: true })).toHaveCount(0);
  });

  test('items, answers and results are translated', async ({ page }) => {
    await page.goto('/quiz?q=1');
    await appReady(page);
    await page.getByRole('combobox', { name: tr('en', 'common.language') }).selectOption('uk');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(QUIZ.items[0].text.uk);
    for (let r = 1; r <= 5; r++) await expect(page.getByRole('button', { name: tr('uk', `quiz.answer_${r}`), exact: true })).toBeVisible();
    await answerItems(page, byPattern, 'uk');
    const result = new ResultPage(page, 'uk');
    expect(await result.score('S')).toBe(100);
    const [topId] = await result.careerIds();
    const top = CAREERS.careers.find((c) => c.id === topId)!;
    await expect(result.careers().first().getByRole('heading', { level: 3 })).toContainText(top.label.uk);
  });
});

test.describe('bad input', () => {
  test('a malformed quiz document gives a clear error with Retry', async ({ page }) => {
    let broken = true;
    await page.route('**/api/quiz.json', (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": 5}' }) : route.fallback(),
    );
    await page.goto('/quiz');
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(tr('en', 'common.err_malformed', { path: 'items' }));
    broken = false;
    await alert.getByRole('button', { name: tr('en', 'common.retry') }).click();
    await expect(page.getByRole('link', { name: tr('en', 'quiz.start'), exact: true })).toBeVisible();
  });

  test('a malformed careers document gives a clear error with Retry on the result page', async ({ page }) => {
    let broken = true;
    await page.route('**/api/careers.json', (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"profiles": 3, "careers": []}' }) : route.fallback(),
    );
    await page.goto('/quiz/result?r=10p23002s001e');
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(tr('en', 'common.err_malformed', { path: 'profiles' }));
    // the scores do not depend on the careers and are still shown
    expect(await new ResultPage(page).score('S')).toBe(100);
    broken = false;
    await alert.getByRole('button', { name: tr('en', 'common.retry') }).click();
    expect(await new ResultPage(page).careerIds()).toHaveLength(6);
  });

  test('a broken item is left out and counted; the others are asked', async ({ page }) => {
    await page.route('**/api/quiz.json', async (route) => {
      const res = await route.fetch();
      const doc = await res.json();
      doc.items.splice(2, 0, { id: 'bad', type: 'X', text: 'broken' });
      await route.fulfill({ response: res, json: doc });
    });
    await page.goto('/quiz');
    await appReady(page);
    await expect(page.getByText(tr('en', 'quiz.items_skipped', { count: 1 }))).toBeVisible();
    await expect(page.getByText(tr('en', 'quiz.start_facts', { count: 48, minutes: 4 }))).toBeVisible();
  });

  test('careers with an unknown ISCO group or no profile are skipped and counted; scoring still works', async ({ page }) => {
    await page.route('**/api/careers.json', async (route) => {
      const res = await route.fetch();
      const doc = await res.json();
      const base = doc.careers[0];
      doc.careers.unshift(
        { ...base, id: 'ict-operations-technician', isco: '3511' }, // no O*NET scores in the data
        { ...base, id: 'unknown-group', isco: '9999' },
        { id: 'broken' },
      );
      await route.fulfill({ response: res, json: doc });
    });
    await page.goto('/quiz/result?r=10p23002s001e');
    await appReady(page);
    await expect(page.getByText(tr('en', 'quiz.careers_skipped', { count: 3 }))).toBeVisible();
    const ids = await new ResultPage(page).careerIds();
    expect(ids).toHaveLength(6);
    expect(ids).not.toContain('unknown-group');
  });

  test('if the catalogue cannot be loaded, courses keep their fallback titles', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 503/);
    await page.route('**/api/catalogue.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/quiz/result?r=10p23002s001e');
    await appReady(page);
    const result = new ResultPage(page);
    const [topId] = await result.careerIds();
    const top = CAREERS.careers.find((c) => c.id === topId)!;
    const titles = JSON.parse(JSON.stringify((await (await page.request.get('/api/careers.json')).json()).catalogueTitles));
    await expect(result.careers().first().getByRole('link', { name: titles[top.catalogueEntries[0]].en })).toBeVisible();
  });

  test('a damaged result link says so and offers the quiz', async ({ page }) => {
    await page.goto('/quiz/result?r=1zz');
    await appReady(page);
    await expect(page.getByRole('alert')).toHaveText(tr('en', 'quiz.bad_code'));
    await page.getByRole('link', { name: tr('en', 'quiz.take_quiz') }).click();
    await expect(page).toHaveURL('/quiz');
  });
});

test.describe('quiz accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on an item and on a result (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/quiz?q=3');
      await appReady(page);
      await page.getByRole('button', { name: tr('en', 'quiz.answer_4'), exact: true }).click();
      await expect(page).toHaveURL('/quiz?q=4');
      await expectNoAxeViolations(page);
      await page.goto('/quiz/result?r=10p23002s001e');
      await appReady(page);
      await expect(new ResultPage(page).careers().first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the quiz works with the keyboard alone', async ({ page }) => {
    await page.goto('/quiz?q=1');
    await appReady(page);
    const like = page.getByRole('button', { name: tr('en', 'quiz.answer_5'), exact: true });
    await like.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/quiz?q=2');
    // focus moved to the new activity, so a screen reader reads it
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: tr('en', 'quiz.answer_1'), exact: true })).toBeFocused();
  });
});

test.describe('quiz data', () => {
  test('public/api/quiz.json and careers.json are what tools/careers/build.mjs makes from data/', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync('node', ['../tools/careers/build.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toContain('quiz: 48 items (36 IIP, 12 project-written)');
    expect(out).toMatch(/careers: \d+ careers/);
  });

  test('every item and career is in all six languages, with at least 5 IIP items per type and 20 careers', () => {
    for (const item of QUIZ.items) for (const l of ['en', 'nl', 'et', 'fi', 'it', 'uk']) expect(item.text[l], `${item.id} ${l}`).toBeTruthy();
    for (const t of TYPES) expect(QUIZ.items.filter((i) => i.type === t && i.set === 'iip').length).toBeGreaterThanOrEqual(5);
    expect(CAREERS.careers.length).toBeGreaterThanOrEqual(20);
    for (const c of CAREERS.careers) for (const l of ['en', 'nl', 'et', 'fi', 'it', 'uk']) expect(c.label[l], `${c.id} ${l}`).toBeTruthy();
    // ISCO 3511 has no O*NET interest scores: no career of that group is offered
    expect(CAREERS.careers.some((c) => c.isco === '3511')).toBe(false);
  });
});
