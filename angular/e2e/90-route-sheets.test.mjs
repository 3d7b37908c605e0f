// Route sheets «ДЗЕН-НАВИГАТОР. ДАМУ ЖОЛЫ»: the teacher marks a period, the reviewer (deputy for teacher07's demo sheet)
// gives their marks, a weekly self-evaluation is logged, the Word document downloads, and the pages fit 360 px.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { BASE_URL, api, hasHorizontalScroll, launch, shot, signInAndWait, expectSnackbar, visibleRawKeys } from './support.mjs';

let session;
let page;
let sheetId;

before(async () => {
  session = await launch({ culture: 'ru' });
  page = session.page;
});
after(async () => {
  await session?.close();
});

async function sheet() {
  const r = await api(page, 'GET', `/api/app/route-sheets/${sheetId}`);
  assert.equal(r.status, 200);
  return r.body;
}

test('route sheets: teacher07 marks a period with comments, and the draft survives a reload', async () => {
  await signInAndWait(page, { userName: 'teacher07' });
  await page.goto(`${BASE_URL}/route-sheets`);
  await page.getByTestId('my-sheet-open').click();
  await page.getByTestId('row-1').waitFor();
  sheetId = page.url().split('/route-sheets/')[1];
  const before = await sheet();
  assert.equal(before.abilities.canSelfAssess, true);
  assert.equal(before.abilities.canReview, false);
  assert.match(await page.getByTestId('route-reviewer').innerText(), new RegExp(before.reviewerName));

  await page.getByTestId('period-2').click();
  await page.getByTestId('row-1-self-Achieved').click();
  await page.getByTestId('row-1-self-comment').fill('Каждый урок планирую по целям обучения');
  await page.getByTestId('row-2-self-Partial').click();
  await page.getByTestId('row-2-self-comment').fill('Посетила два урока коллег');

  // Nothing typed is lost: after a reload the unsaved marks come back.
  await page.reload();
  await page.getByTestId('draft-restored').waitFor();
  await page.getByTestId('period-2').click();
  assert.equal(await page.getByTestId('row-1-self-Achieved').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByTestId('row-2-self-comment').inputValue(), 'Посетила два урока коллег');
  await shot(page, 'route-sheet-teacher');

  await page.getByTestId('self-save').click();
  await expectSnackbar(page, /сохранены/);
  const after = await sheet();
  const a1 = after.rows[0].assessments.find((a) => Number(a.period) === 2);
  const a2 = after.rows[1].assessments.find((a) => Number(a.period) === 2);
  assert.equal(a1.selfMark, 'Achieved');
  assert.equal(a1.selfComment, 'Каждый урок планирую по целям обучения');
  assert.equal(a2.selfMark, 'Partial');
  assert.deepEqual(await visibleRawKeys(page), []);
});

test('route sheets: a weekly self-evaluation is refused for a week outside the year, then added', async () => {
  await page.goto(`${BASE_URL}/route-sheets/${sheetId}`);
  await page.getByTestId('tab-weekly').click();
  await page.getByTestId('weekly-form').waitFor();
  await page.getByTestId('weekly-week').fill('2020-01-06');
  await page.getByTestId('weekly-class').fill('7 «Б»');
  await page.getByTestId('weekly-worked').fill('Групповая работа по критериям');
  await page.getByTestId('weekly-change').fill('Больше времени на рефлексию');
  await page.getByTestId('weekly-mark-Partial').click();
  await page.getByTestId('weekly-add').click();
  await page.locator('mat-error').filter({ hasText: /учебный год/ }).waitFor();
  await shot(page, 'route-sheet-weekly-error');

  const monday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByTestId('weekly-week').fill(monday);
  await page.getByTestId('weekly-add').click();
  await expectSnackbar(page, /добавлена/);
  await page.getByTestId('weekly-list').getByText('Групповая работа по критериям').waitFor();
  const r = await api(page, 'GET', `/api/app/route-sheets/${sheetId}/weekly-evaluations`);
  assert.equal(r.body.length, 1);
  assert.equal(r.body[0].mark, 'Partial');
});

test('route sheets: the Word document of the chosen period downloads', async () => {
  await page.goto(`${BASE_URL}/route-sheets/${sheetId}`);
  await page.getByTestId('period-2').click();
  await page.getByTestId('route-docx').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('route-docx-ru').click()]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  await page.keyboard.press('Escape');
});

test('route sheets: the suggestions tab lists the level\'s recommended activities, all 47 on request', async () => {
  await page.getByTestId('tab-suggestions').click();
  await page.getByTestId('suggestions').locator('li').first().waitFor();
  const own = await page.getByTestId('suggestions').locator('li').count();
  assert.ok(own > 0 && own < 47, `the level's own activities (${own})`);
  await page.getByTestId('suggestions-all').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="suggestions"] li').length === 47);
  await shot(page, 'route-sheet-suggestions');
});

test('route sheets: 360 px without horizontal scroll, home card for the teacher', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${BASE_URL}/route-sheets/${sheetId}`);
  await page.getByTestId('row-1').waitFor();
  assert.equal(await hasHorizontalScroll(page), false);
  await shot(page, 'route-sheet-360');
  await page.goto(`${BASE_URL}/route-sheets`);
  await page.getByTestId('my-sheet-open').waitFor();
  assert.equal(await hasHorizontalScroll(page), false);
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('route-widget-marked').waitFor();
  assert.match(await page.getByTestId('route-widget-marked').innerText(), /2 из 4/);
  assert.deepEqual(await visibleRawKeys(page), []);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.context().clearCookies();
});

test('route sheets: the reviewer marks the period; a concurrent change gives a clear message and nothing is lost', async () => {
  // Who reviews teacher07's demo sheet: read it from the API before signing in as them.
  await page.goto(`${BASE_URL}/login`);
  await signInAndWait(page, { userName: 'deputy' });
  const s = await sheet();
  assert.equal(s.abilities.canReview, true, 'the deputy reviews teacher07');
  await page.goto(`${BASE_URL}/route-sheets/${sheetId}`);
  await page.getByTestId('period-2').click();
  // The teacher's marks are shown read-only beside the reviewer's controls.
  await page.getByTestId('row-1-self').getByText('Каждый урок планирую по целям обучения').waitFor();
  await page.getByTestId('row-1-reviewer-Achieved').click();
  await page.getByTestId('row-1-reviewer-comment').fill('Согласна: планы уроков соответствуют целям');

  // Someone else saves meanwhile.
  const other = await api(page, 'POST', `/api/app/route-sheets/${sheetId}/review`, {
    period: 2, marks: [{ rowOrder: 3, mark: 'Partial', comment: null }], concurrencyStamp: s.concurrencyStamp,
  });
  assert.equal(other.status, 200);
  await page.getByTestId('review-save').click();
  await page.getByTestId('route-conflict').waitFor();
  await page.getByTestId('route-reload').click();
  await page.getByTestId('route-conflict').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('row-1-reviewer-comment').inputValue(), 'Согласна: планы уроков соответствуют целям');
  await page.getByTestId('review-save').click();
  await expectSnackbar(page, /сохранены/);
  await shot(page, 'route-sheet-reviewer');
  const done = await sheet();
  const a = done.rows[0].assessments.find((x) => Number(x.period) === 2);
  assert.equal(a.reviewerMark, 'Achieved');
  assert.equal(a.selfMark, 'Achieved');
  assert.equal(done.rows[2].assessments.find((x) => Number(x.period) === 2).reviewerMark, 'Partial');
  assert.deepEqual(await visibleRawKeys(page), []);
});

test('route sheets: the administration filters the list, sees an empty state, and assigns sheets to a level', async () => {
  await page.goto(`${BASE_URL}/route-sheets`);
  await page.getByTestId('route-table').locator('a.row-link').first().waitFor();
  assert.ok((await page.getByTestId('route-table').locator('a.row-link').count()) >= 5);
  await page.getByTestId('route-search').fill('нет-такого-педагога');
  await page.getByTestId('route-empty').filter({ hasText: /Ничего не найдено|найдено/ }).waitFor();
  await page.getByTestId('route-search').fill('');

  await page.getByTestId('route-assign').click();
  await page.getByTestId('assign-scope').click();
  await page.getByRole('option', { name: 'Уровень квалификации' }).click();
  await page.getByTestId('assign-category').click();
  await page.getByRole('option').nth(1).click();
  await page.getByTestId('assign-submit').click();
  const result = await page.getByTestId('assign-result').innerText();
  assert.match(result, /Создано: \d+, пропущено .*: \d+/);
  await shot(page, 'route-sheet-assign');
  await page.keyboard.press('Escape');

  await page.goto(`${BASE_URL}/route-sheets/templates`);
  await page.getByTestId('template-active').first().waitFor();
  assert.ok((await page.getByTestId('template-active').count()) >= 3);
  assert.deepEqual(await visibleRawKeys(page), []);

  // Editing a built-in template saves the school's own copy (the built-in one stays).
  await page.getByTestId('templates-Pedagogue').locator('a.row-link').first().click();
  const title = page.getByTestId('tpl-title-ru');
  await title.waitFor();
  const builtInUrl = page.url();
  await title.fill(`${await title.inputValue()} (школа)`);
  await page.getByTestId('tpl-save').click();
  await expectSnackbar(page, /сохранен/);
  await page.waitForURL((u) => u.toString() !== builtInUrl);
  assert.match(await page.getByTestId('tpl-title-ru').inputValue(), /\(школа\)$/);
  await shot(page, 'route-sheet-template-copy');
});
