// Individual development plans: a teacher edits the draft (the text survives a reload), submission shows the SMART check's
// messages beside the goal's fields; the deputy reviews a submitted plan and returns it with a comment; DOCX download.
// Evidence files: a teacher attaches files to a goal (picker and drag-and-drop), a refused type or size is explained in
// Russian, the file is kept after saving and downloads with the same bytes (for the deputy too); a file removed in the draft
// editor is deleted once the plan is saved; the plan page at 360 px in Kazakh.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

import { BASE_URL, api, hasHorizontalScroll, shot, signedInBrowsers, expectSnackbar, tempDir, visibleRawKeys } from './support.mjs';

const open = signedInBrowsers();

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('plan: teacher01 edits the draft, the text survives a reload, and submitting shows the error beside the goal field', async () => {
  const page = await open('teacher01');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-table').waitFor();
  await page.getByTestId('plan-link').first().click();
  const topic = page.getByTestId('plan-topic');
  await topic.waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);

  const text = `Формативное оценивание на уроках ${Date.now()}`;
  await topic.fill(text);
  await page.waitForTimeout(300);
  await page.reload();
  await page.getByTestId('draft-restored').waitFor();
  assert.equal(await page.getByTestId('plan-topic').inputValue(), text, 'the typed text comes back from the draft');

  // A new goal with a deadline far outside the school year: the server refuses, the message stands beside the deadline.
  await page.getByTestId('goal-add').click();
  const goals = page.locator('app-plan-detail .entry-card').filter({ has: page.getByTestId('goal-title') });
  const goal = goals.last();
  await goal.getByTestId('goal-title').fill('Повысить долю уроков с формативным оцениванием');
  await goal.getByTestId('goal-deadline').fill('2001-01-15');
  await page.getByTestId('plan-submit').click();
  const fieldError = goal.locator('mat-error');
  await fieldError.first().waitFor();
  assert.ok((await fieldError.first().innerText()).trim().length > 5, 'a message beside the field');
  await page.getByTestId('form-error').waitFor();
  assert.equal(await page.getByTestId('plan-topic').inputValue(), text, 'nothing typed is lost');
  await shot(page, 'plans-teacher-error');

  // A valid deadline but a goal that is still not SMART (no indicator, target, priority, action): the message goes into its card.
  const year = new Date().getMonth() >= 8 ? new Date().getFullYear() : new Date().getFullYear() - 1;
  await goal.getByTestId('goal-deadline').fill(`${year + 1}-04-15`);
  await page.getByTestId('plan-submit').click();
  await goal.getByTestId('goal-error').waitFor();
  assert.ok((await goal.getByTestId('goal-error').innerText()).trim().length > 5);
  await goal.locator('mat-error').filter({ hasText: 'Укажите показатель и целевое значение' }).first().waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'plans-teacher-smart');
  await goal.screenshot({ path: 'e2e/artifacts/plans-goal-error.png' });

  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(200);
  assert.equal(await hasHorizontalScroll(page), false, 'the plan page fits 360 px');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-table').waitFor();
  assert.equal(await hasHorizontalScroll(page), false, 'the list fits 360 px');
});

test('plan editor: teacher01 attaches a file to a goal of the draft, saves it, then removes it and the file is deleted', async () => {
  const page = await open('teacher01');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-link').first().click();
  await page.getByTestId('plan-topic').waitFor();
  const planId = page.url().split('/').pop();
  const goal = page.getByTestId('goal-0');
  await goal.getByTestId('evidence-open').click();
  await goal.getByTestId('attachment-input').setInputFiles({ name: 'сабақ-жоспары.png', mimeType: 'image/png', buffer: PNG });
  await goal.getByTestId('attachment').filter({ hasText: 'сабақ-жоспары.png' }).waitFor();
  await page.getByTestId('plan-save').click();
  await expectSnackbar(page, /сохранен/i);
  await page.reload();
  const file = page.getByTestId('goal-0').getByTestId('attachment').filter({ hasText: 'сабақ-жоспары.png' });
  await file.waitFor();

  // Removing it from the goal is kept in the draft until saved; the saved plan then lets the file go for good.
  await file.getByTestId('attachment-remove').click();
  await file.waitFor({ state: 'detached' });
  await page.getByTestId('plan-save').click();
  await expectSnackbar(page, /сохранен/i);
  await page.reload();
  await page.getByTestId('goal-0').getByTestId('evidence-open').waitFor();
  await expectNoFiles(page, planId);
});

/** The plan has no files left on the server (a removed file is deleted once the plan is saved). */
async function expectNoFiles(page, planId) {
  for (let i = 0; i < 20; i++) {
    const res = await api(page, 'GET', `/api/app/attachments?ownerType=DevelopmentPlan&ownerId=${planId}`);
    assert.equal(res.status, 200);
    if (res.body.length === 0) return;
    await page.waitForTimeout(250);
  }
  assert.fail('the removed file is still stored');
}

test('plan: the deputy finds the plan waiting for agreement, sees it, returns it with a comment, and downloads it as DOCX', async () => {
  const page = await open('deputy');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-table').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await page.getByTestId('filter-status').click();
  await page.getByTestId('filter-waiting').click();
  await page.waitForURL(/status=Submitted/);
  // The unfiltered rows stay on screen while the filtered page loads: the plan opened is one the list marks as waiting.
  const waiting = page.locator('tr').filter({ has: page.getByTestId('plan-status').filter({ hasText: 'На согласовании' }) });
  await page.locator('[data-testid="plan-table"][aria-busy="false"]').waitFor();
  await waiting.getByTestId('plan-link').first().click();

  const review = page.getByTestId('plan-review');
  await review.waitFor();
  await page.getByTestId('plan-view').waitFor();
  assert.ok((await page.getByTestId('view-goal').count()) >= 1, 'the plan shows its goals');
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'plans-review');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('plan-docx').click().then(() => page.getByTestId('plan-docx-ru').click()),
  ]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a DOCX is a zip package');

  // Returning needs a comment.
  await page.getByTestId('plan-return').click();
  await review.getByTestId('form-error').waitFor();
  await page.getByTestId('review-comment').fill('Уточните целевые значения второй цели и добавьте сроки.');
  await page.getByTestId('plan-return').click();
  await expectSnackbar(page, /возвращён/);
  await page.getByTestId('plan-status').filter({ hasText: 'Возвращён' }).waitFor();
  await page.getByTestId('comment').filter({ hasText: 'Уточните целевые значения' }).first().waitFor();
  await shot(page, 'plans-returned');
});

test('plan: teacher07 records the progress of the plan in progress', async () => {
  const page = await open('teacher07');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-table').waitFor();
  await page.getByTestId('plan-status').filter({ hasText: 'Выполняется' }).first().waitFor();
  await page.getByTestId('plan-link').first().click();
  const progress = page.getByTestId('plan-progress');
  await progress.waitFor();
  await progress.getByTestId('progress-actual').first().fill('3');
  await progress.getByTestId('progress-status').first().click();
  await page.getByRole('option', { name: 'Частично достигнуто (±)', exact: true }).click();
  await page.getByTestId('progress-save').click();
  await expectSnackbar(page, /сохранено/);
  await page.reload();
  await page.getByTestId('plan-progress').waitFor();
  assert.equal(await page.getByTestId('progress-actual').first().inputValue(), '3');
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'plans-progress');

  // The plan's history (shared with the mentor's year plan): the progress just saved is the newest version; opened, it shows what changed.
  const history = page.getByTestId('agreement-history');
  await history.getByTestId('agreement-version').filter({ hasText: 'Изменено после согласования' }).first().waitFor();
  await history.getByTestId('agreement-version-show').first().click();
  await history.getByTestId('agreement-version-content').getByTestId('agreement-changes').filter({ hasText: '3' }).waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
});

test('plan evidence: teacher07 attaches files to a goal, a wrong type is refused, the file is saved and downloads unchanged', async () => {
  const page = await open('teacher07');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-table').waitFor();
  await page.getByTestId('plan-status').filter({ hasText: 'Выполняется' }).first().waitFor();
  await page.getByTestId('plan-link').first().click();
  const goal = page.getByTestId('progress-goal-0');
  const files = goal.getByTestId('evidence-files');
  await files.getByTestId('attachments-empty').waitFor();
  await goal.getByTestId('evidence-link').filter({ hasText: 'Ашық сабақ жоспары' }).waitFor();

  // A program is not evidence: the server tells the type by the content and refuses it; the message is in Russian.
  await files.getByTestId('attachment-input').setInputFiles({
    name: 'программа.exe', mimeType: 'application/octet-stream', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
  });
  await files.getByTestId('attachment-error').filter({ hasText: /программа\.exe.*нельзя прикрепить/s }).waitFor();
  assert.equal(await files.getByTestId('attachment').count(), 0);
  // Over the size limit (10 MB): refused, with the limit named.
  const big = join(tempDir('kemel-e2e-big-'), 'большой.pdf');
  writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 0x41)]));
  await files.getByTestId('attachment-input').setInputFiles(big);
  await files.getByTestId('attachment-error').filter({ hasText: /большой\.pdf.*слишком большой: не более 10 МБ/s }).waitFor();
  rmSync(dirname(big), { recursive: true, force: true });
  assert.equal(await files.getByTestId('attachment').count(), 0);

  // A picture through the file picker, a text file dropped onto the zone.
  await files.getByTestId('attachment-input').setInputFiles({ name: 'сертификат.png', mimeType: 'image/png', buffer: PNG });
  const picture = files.getByTestId('attachment').filter({ hasText: 'сертификат.png' });
  await picture.waitFor();
  assert.match(await picture.getByTestId('attachment-meta').innerText(), /\d+ байт · PNG/);
  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Отчёт о семинаре по исследовательским навыкам'], 'отчёт.txt', { type: 'text/plain' }));
    return data;
  });
  await files.getByTestId('attachment-drop').dispatchEvent('drop', { dataTransfer: dropped });
  await files.getByTestId('attachment').filter({ hasText: 'отчёт.txt' }).waitFor();
  await page.getByTestId('progress-unsaved').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'plans-evidence-attached');

  // Removing the text file before saving; saving keeps the picture with the plan.
  await files.getByTestId('attachment').filter({ hasText: 'отчёт.txt' }).getByTestId('attachment-remove').click();
  await files.getByTestId('attachment').filter({ hasText: 'отчёт.txt' }).waitFor({ state: 'detached' });
  await page.getByTestId('progress-save').click();
  await expectSnackbar(page, /сохранено/);
  await page.reload();
  const saved = page.getByTestId('progress-goal-0').getByTestId('evidence-files').getByTestId('attachment');
  await saved.filter({ hasText: 'сертификат.png' }).waitFor();
  assert.equal(await saved.count(), 1, 'only the saved file is listed');

  const [download] = await Promise.all([page.waitForEvent('download'), saved.first().getByTestId('attachment-download').click()]);
  assert.equal(download.suggestedFilename(), 'сертификат.png');
  assert.deepEqual(readFileSync(await download.path()), PNG, 'the same bytes come back');

  // The deputy, who may read every plan, sees the file in the plan's view and downloads it too (nothing to change there).
  const deputy = await open('deputy');
  await deputy.goto(page.url());
  const seen = deputy.getByTestId('view-goal').first().getByTestId('attachment').filter({ hasText: 'сертификат.png' });
  await seen.waitFor();
  assert.equal(await deputy.getByTestId('attachment-remove').count(), 0, 'no removing in the view');
  assert.equal(await deputy.getByTestId('attachment-drop').count(), 0, 'no uploading in the view');
  const [copy] = await Promise.all([deputy.waitForEvent('download'), seen.getByTestId('attachment-download').click()]);
  assert.deepEqual(readFileSync(await copy.path()), PNG);

  // The same page at 360 px in Kazakh: nothing sideways, no raw keys.
  const kk = await open('teacher07', { culture: 'kk', width: 360, height: 800 });
  await kk.goto(page.url());
  await kk.getByTestId('progress-goal-0').getByTestId('attachment').filter({ hasText: 'сертификат.png' }).waitFor();
  assert.equal(await hasHorizontalScroll(kk), false, 'the plan with its evidence fits 360 px');
  assert.deepEqual(await visibleRawKeys(kk), []);
  await shot(kk, 'plans-evidence-kk-360');
});

test('plan list: the director sees an empty state for a year without plans', async () => {
  const page = await open('director');
  await page.goto(`${BASE_URL}/development-plans?year=2090`);
  await page.getByTestId('plan-empty').filter({ hasText: /\S/ }).waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
});
