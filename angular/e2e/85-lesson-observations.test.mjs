// Lesson observations (issue 5): a developmental observation from the deputy to teacher06 (server error beside a field,
// draft kept over a reload, signing), the teacher's reply and sharing, an evaluation locked on signing and reopened by
// the director with a reason, the empty state, 360 px and no raw keys.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { BASE_URL, hasHorizontalScroll, launch, selectOption, shot, signInAndWait, visibleRawKeys } from './support.mjs';

const TEACHER06 = 'Светлана Ивановна Петрова';
const COLLEAGUE = 'Ольга Николаевна Ким';
const TEACHER03 = 'Ерлан Серікұлы Оспанов';

let session;
let page;
let observationUrl;

/** Each person works in a fresh browser, so one failing step does not leave the next test signed in as someone else. */
async function as(userName) {
  await session?.close();
  session = await launch({ culture: 'ru' });
  page = session.page;
  await signInAndWait(page, { userName });
}

/** Waits for a snackbar with this text (an earlier one may still be on screen). */
async function snackbar(pattern) {
  await page.locator('.mat-mdc-snack-bar-label').filter({ hasText: pattern }).first().waitFor();
}

after(async () => {
  await session?.close();
});

test('lesson observation: the deputy records a developmental observation, sees a server error beside the field, keeps the draft and signs', async () => {
  await as('deputy');
  await page.goto(`${BASE_URL}/lesson-observations`);
  await page.getByTestId('obs-purpose-note').waitFor();
  await page.getByTestId('obs-new').click();

  await page.getByTestId('obs-teacher').fill('Петрова');
  await page.getByRole('option', { name: new RegExp(TEACHER06) }).click();
  await page.getByTestId('obs-teacher-picked').filter({ hasText: TEACHER06 }).waitFor();
  await page.getByTestId('obs-className').fill('7 Б');
  await page.getByTestId('obs-topic').fill('Причастный оборот');
  await page.getByTestId('obs-focus').fill('Обратная связь ученикам');
  await page.getByTestId('obs-note-add').click();
  await page.getByTestId('obs-note-text-0').fill('Начало урока: цели записаны на доске');
  await page.getByTestId('obs-note-add').click();
  await page.getByTestId('obs-note-text-1').fill('Работа в парах, все заняты');
  await page.getByTestId('obs-strengths').fill('Чёткие цели, активная работа в парах');
  await page.getByTestId('obs-growth').fill('Дать время на самооценку в конце урока');
  await selectOption(page, 'obs-sheet', 1);
  const scores = page.getByTestId('obs-scores');
  await scores.waitFor();
  await scores.locator('mat-radio-button').nth(2).locator('input').check();
  await page.getByTestId('obs-score-total').filter({ hasText: /2/ }).waitFor();

  // Nothing typed is lost: a reload brings the draft back, with both notes.
  await page.waitForTimeout(300);
  await page.reload();
  await page.getByTestId('draft-restored').waitFor();
  assert.equal(await page.getByTestId('obs-note-text-1').inputValue(), 'Работа в парах, все заняты');
  assert.equal(await page.getByTestId('obs-focus').inputValue(), 'Обратная связь ученикам');
  await page.getByTestId('obs-teacher-picked').filter({ hasText: TEACHER06 }).waitFor();

  // The subject is missing: the server's message shows beside the field.
  await page.getByTestId('obs-save').click();
  const subjectError = page.locator('mat-form-field').filter({ has: page.getByTestId('obs-subject') }).locator('mat-error');
  await subjectError.waitFor();
  assert.ok((await subjectError.innerText()).trim().length > 0);
  await shot(page, 'lesson-observation-subject-error');

  await page.getByTestId('obs-subject').fill('Русский язык');
  await page.getByTestId('obs-save').click();
  await page.waitForURL(/\/lesson-observations\/[0-9a-f-]{36}$/);
  observationUrl = page.url();
  await page.getByTestId('obs-notes').filter({ hasText: 'Работа в парах' }).waitFor();
  await page.getByTestId('obs-score-total').waitFor();

  await page.getByTestId('obs-sign').click();
  await page.getByTestId('confirm').click();
  await snackbar(/подписано/i);
  await page.getByTestId('obs-status-chip').filter({ hasText: 'Подписано' }).waitFor();
  await page.getByTestId('obs-event-Signed').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'lesson-observation-signed');
});

test('lesson observation: teacher06 sees it on the home page, replies in writing and shares it with a colleague', async () => {
  assert.ok(observationUrl, 'the first test created the observation');
  await as('teacher06');
  await page.getByTestId('obs-widget').waitFor();
  await page.getByTestId('obs-widget').getByRole('link', { name: /Русский язык/ }).first().click();
  await page.getByTestId('obs-reply').waitFor();
  await page.getByTestId('obs-reply').fill('Спасибо! Попробую лист самооценки на следующем уроке.');
  await page.getByTestId('obs-reply-send').click();
  await snackbar(/Ответ сохранён/);
  await page.getByTestId('obs-docx').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('obs-docx-ru').click()]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  await page.getByTestId('obs-reply-text').filter({ hasText: 'лист самооценки' }).waitFor();
  await page.getByTestId('obs-event-Replied').waitFor();

  await page.getByTestId('obs-share-picker').fill('Ким');
  await page.getByRole('option', { name: new RegExp(COLLEAGUE) }).click();
  await page.getByTestId('obs-share-save').click();
  await snackbar(/Доступ сохранён/);
  await page.reload();
  await page.getByTestId(`obs-shared-${COLLEAGUE}`).waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'lesson-observation-replied-shared');
});

test('lesson observation: an evaluation is locked once signed and only the director reopens it with a reason', async () => {
  await as('director');
  await page.goto(`${BASE_URL}/lesson-observations`);
  await page.getByTestId(`obs-row-${TEACHER03}`).first().click();
  await page.getByTestId('obs-purpose-chip').filter({ hasText: 'Оценочное' }).waitFor();
  await page.getByTestId('obs-edit').waitFor();
  await page.getByTestId('obs-sign').click();
  await page.getByRole('dialog').filter({ hasText: /закрывается/ }).waitFor();
  await page.getByTestId('confirm').click();
  await page.getByTestId('obs-locked').waitFor();
  assert.equal(await page.getByTestId('obs-edit').count(), 0, 'a signed evaluation cannot be edited');

  // The reason is required.
  await page.getByTestId('obs-reopen').click();
  await page.locator('mat-form-field').filter({ has: page.getByTestId('obs-reopen-reason') }).locator('mat-error').waitFor();
  await page.getByTestId('obs-reopen-reason').fill('Ошибка в дате урока');
  await page.getByTestId('obs-reopen').click();
  await snackbar(/открыто заново/i);
  await page.getByTestId('obs-event-Reopened').filter({ hasText: 'Ошибка в дате урока' }).waitFor();
  await page.getByTestId('obs-locked').waitFor({ state: 'detached' });
  await page.getByTestId('obs-edit').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'lesson-observation-reopened');
});

test('lesson observation pages: an empty state, and 360 px without sideways scrolling', async () => {
  await page.goto(`${BASE_URL}/lesson-observations`);
  await page.getByTestId('obs-list').waitFor();
  // The director's own observations, then his own observed lessons (none): the server filters by the caller's part.
  await page.getByTestId('obs-scope-mine').click();
  await page.getByTestId('obs-row-Ерлан Серікұлы Оспанов').first().waitFor();
  await page.getByTestId('obs-scope-me').click();
  await page.getByTestId('obs-empty').waitFor();
  await page.getByTestId('obs-scope-all').click();
  await page.getByTestId('obs-from').fill('2001-01-01');
  await page.getByTestId('obs-to').fill('2001-01-02');
  await page.getByTestId('obs-empty').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);

  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/lesson-observations', '/lesson-observations/new', '/lesson-observations/forms', new URL(observationUrl ?? `${BASE_URL}/lesson-observations`).pathname]) {
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(400);
    assert.equal(await hasHorizontalScroll(page), false, `no sideways scroll on ${path}`);
    assert.deepEqual(await visibleRawKeys(page), [], `no raw keys on ${path}`);
  }
  await shot(page, 'lesson-observation-360');
});
