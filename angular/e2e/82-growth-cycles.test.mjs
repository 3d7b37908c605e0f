// Growth cycles: teacher01 (at Reflection) reads the stage guidance, sees the wheel of balance drawn as a radar chart,
// corrects a score (the range message stands beside the sector), downloads the self-analysis as DOCX, is told which
// required artefact is missing, adds it and moves on to Design. teacher03 (at Action) adds a lesson taught: the missing
// field is named beside it and the typed text survives a reload. The director opens a first cycle for a teacher with the
// entry diagnostic, and filters the school's cycles by stage. 360 px, no raw keys.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { BASE_URL, clickUntil, followLink, hasHorizontalScroll, shot, signedInBrowsers, expectSnackbar, visibleRawKeys } from './support.mjs';

const open = signedInBrowsers();

test('growth cycle: teacher01 works through Reflection with the wheel of balance and moves on to Design', async () => {
  const page = await open('teacher01');
  // The home card shows the current cycle and leads into it.
  await page.getByTestId('growth-widget-zone').waitFor();
  await followLink(page, page.getByTestId('growth-widget-open'), /\/growth-cycles\/[0-9a-f-]+/);
  await page.getByTestId('stage-title').filter({ hasText: 'Рефлексия' }).waitFor();
  await page.getByTestId('stage-guidance').waitFor();
  assert.ok((await page.getByTestId('stage-guidance').innerText()).length > 20, 'the stage guidance for the category');
  assert.deepEqual(await visibleRawKeys(page), []);

  // The coaching self-analysis: its wheel is drawn on a canvas by the charting library.
  const coaching = page.getByTestId('artefact-CoachingSelfAnalysis');
  const canvas = coaching.getByTestId('view-wheel').locator('canvas');
  await clickUntil(coaching.getByTestId('artefact-toggle'), (timeout) => canvas.waitFor({ timeout }));
  const painted = await canvas.evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
  assert.ok(painted > 1000, `the radar chart is drawn (${painted} painted pixels)`);
  await shot(page, 'growth-reflection-wheel');

  // Editing the wheel: 11 is out of range, the message stands beside the sector; 9 saves.
  await coaching.getByTestId('artefact-edit').click();
  const editor = page.getByTestId('artefact-editor');
  await editor.getByTestId('sector-score-0').fill('11');
  // Leaving the field shows its message, which moves the save button down: wait for it before clicking save, or the
  // click can land where the button was (on a loaded machine the message appears between mouse down and up).
  await editor.getByTestId('sector-score-0').press('Tab');
  await editor.getByTestId('sector-score-error-0').filter({ hasText: /10/ }).waitFor();
  await editor.getByTestId('artefact-save').click();
  await editor.getByTestId('form-error').waitFor();
  await editor.getByTestId('sector-score-0').fill('9');
  await editor.locator('app-radar-chart canvas').waitFor();
  await editor.getByTestId('artefact-save').click();
  await expectSnackbar(page, /сохран/i);
  await page.getByTestId('artefact-editor').waitFor({ state: 'detached' });

  // The self-analysis as DOCX (Russian).
  await coaching.getByTestId('artefact-docx').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('artefact-docx-ru').click()]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  assert.equal(readFileSync(await download.path()).subarray(0, 2).toString(), 'PK', 'a DOCX (zip) file');

  // Moving on without the required competence self-assessment: the page names what is missing before any click.
  await page.getByTestId('required-CompetenceSelfAssessment').waitFor();
  await page.getByTestId('stage-missing-hint').filter({ hasText: /Самооценка по профессиональному стандарту/ }).waitFor();
  assert.equal(await page.getByTestId('stage-complete').isDisabled(), true, 'no move while a required artefact is missing');
  await shot(page, 'growth-missing-artefact');

  // Add it: one competence at level 3.
  await page.getByTestId('artefact-add').click();
  await page.getByTestId('add-CompetenceSelfAssessment').click();
  await page.getByTestId('competence-level-02.1').click();
  await page.getByRole('option', { name: /^3/ }).click();
  await page.getByTestId('artefact-save').click();
  await expectSnackbar(page, /сохран/i);
  await page.getByTestId('artefact-CompetenceSelfAssessment').waitFor();

  await page.getByTestId('stage-complete').click();
  await page.getByTestId('stage-title').filter({ hasText: 'Проектирование' }).waitFor();
  await page.getByTestId('cycle-history').filter({ hasText: 'Проектирование' }).waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'growth-design');

  // Learner results of the Analysis stage: rows imported from a CSV file join the table, a bad number is reported by row.
  await page.getByTestId('stage-button-Analysis').click();
  await page.getByTestId('artefact-LearnerResults').getByTestId('artefact-edit').click();
  const csv = 'Класс;Предмет;Показатель;До;После\n7Б;Математика;Качество знаний, %;52,5;61\n7В;Математика;Качество знаний, %;пятьдесят;58\n';
  await page.getByTestId('learner-import-file').setInputFiles({ name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('learner-import-message').filter({ hasText: '2' }).waitFor();
  await page.getByTestId('learner-import-problems').filter({ hasText: '3' }).waitFor();
  assert.equal(await page.getByTestId('learner-row-1').getByTestId('learner-class').inputValue(), '7Б');
  assert.equal(await page.getByTestId('learner-row-1').getByTestId('learner-before').inputValue(), '52.5');
  await page.getByTestId('artefact-save').click();
  await expectSnackbar(page, /сохран/i);
  // A saved artefact opens to show what was saved.
  await page.getByTestId('view-learner-results').filter({ hasText: '+8.5' }).waitFor();
  await shot(page, 'growth-learner-import');
});

test('growth cycle: teacher03 adds a lesson taught; a missing field is named beside it and the draft survives a reload', async () => {
  const page = await open('teacher03');
  await page.goto(`${BASE_URL}/growth-cycles`);
  await page.getByTestId('cycle-link').first().click();
  await page.getByTestId('stage-title').filter({ hasText: 'Действие' }).waitFor();

  // An empty stage explains itself.
  await page.getByTestId('stage-button-Analysis').click();
  await page.getByTestId('artefacts-empty').waitFor();
  await page.getByTestId('stage-button-Action').click();

  await page.getByTestId('artefact-add').click();
  await page.getByTestId('add-LessonTaught').click();
  const editor = page.getByTestId('artefact-editor');
  await editor.getByTestId('field-className').fill('8Б');
  await editor.getByTestId('field-subject').fill('Физика');
  await editor.getByTestId('field-date').fill('2026-11-20');
  await editor.getByTestId('artefact-save').click();
  const objectives = editor.locator('mat-form-field').filter({ has: page.getByTestId('field-learningObjectives') }).locator('mat-error');
  await objectives.waitFor();
  assert.ok((await objectives.innerText()).trim().length > 3, 'the server’s message beside the learning objectives');

  await page.waitForTimeout(300);
  await page.reload();
  await page.getByTestId('pending-drafts').waitFor();
  await page.getByTestId('pending-drafts').getByRole('button').first().click();
  assert.equal(await page.getByTestId('field-className').inputValue(), '8Б', 'the typed class comes back from the draft');
  await page.getByTestId('artefact-draft-restored').waitFor();
  await page.getByTestId('field-learningObjectives').fill('8.2.1.3 Измерять силу трения скольжения');
  await page.getByTestId('artefact-save').click();
  await expectSnackbar(page, /сохран/i);
  await page.getByTestId('artefact-LessonTaught').waitFor();
  await page.getByTestId('required-LessonTaught').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);

  // The entry diagnostic links the recorded observation of teacher03's physics lesson.
  await page.getByTestId('artefact-EntryDiagnostic').getByTestId('artefact-edit').click();
  await page.getByTestId('part-observations').locator('mat-checkbox').filter({ hasText: 'Физика' }).first().locator('input').check();
  await page.getByTestId('artefact-save').click();
  await expectSnackbar(page, /сохран/i);
  await page.getByTestId('artefact-EntryDiagnostic').getByTestId('view-observations').filter({ hasText: 'Физика' }).waitFor();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  assert.equal(await hasHorizontalScroll(page), false, 'the cycle page fits 360 px');
  await shot(page, 'growth-cycle-360');
  await page.goto(`${BASE_URL}/growth-cycles`);
  await page.getByTestId('cycle-table').waitFor();
  assert.equal(await hasHorizontalScroll(page), false, 'the list fits 360 px');
});

test('growth cycle: the director opens a first cycle for a teacher with the entry diagnostic and filters by stage', async () => {
  const page = await open('director');
  await page.goto(`${BASE_URL}/growth-cycles`);
  await page.getByTestId('cycle-table').waitFor();
  await page.getByTestId('filter-stage').click();
  await page.getByRole('option', { name: /Проектирование/ }).click();
  await page.waitForURL(/stage=Design/);
  await page.getByTestId('cycle-link').filter({ hasText: 'Мұқанова' }).waitFor();
  await page.getByTestId('filter-status').click();
  await page.getByRole('option', { name: /Отменён/ }).click();
  await page.getByTestId('cycle-empty').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);

  await page.getByTestId('cycle-open-link').click();
  await page.getByTestId('open-participant').fill('Ахметов');
  await page.getByRole('option', { name: /Ахметов/ }).click();
  await page.getByTestId('open-participant-name').filter({ hasText: 'Ахметов' }).waitFor();
  await page.getByTestId('open-diagnostic').waitFor();
  await page.getByTestId('observations-empty').waitFor();

  // The diagnostic needs a growth zone: without one the message stands in the diagnostic.
  await page.getByTestId('field-observationSummary').fill('Урок информатики: ученики редко объясняют свой алгоритм.');
  await page.getByTestId('open-submit').click();
  await page.getByTestId('growthZones-error').waitFor();

  await page.getByTestId('zone-0').fill('Развитие алгоритмического мышления через объяснение решений');
  await page.getByTestId('competence-level-01.1').click();
  await page.getByRole('option', { name: /^4/ }).click();
  await page.getByTestId('open-submit').click();
  await page.getByTestId('stage-title').filter({ hasText: 'Действие' }).waitFor();
  await page.getByTestId('cycle-zone').filter({ hasText: 'алгоритмического' }).waitFor();
  await page.getByTestId('artefact-EntryDiagnostic').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'growth-opened-by-director');
});

test('growth cycle: in Kazakh, the mentor sees only what the mentee shared; the director makes a kind required and back', async () => {
  const mentor = await open('mentor1', { culture: 'kk' });
  await mentor.goto(`${BASE_URL}/growth-cycles`);
  await mentor.getByTestId('cycle-link').filter({ hasText: 'Сейітов' }).first().click();
  await mentor.getByTestId('stage-panel').waitFor();
  await mentor.getByTestId('stage-button-Analysis').click();
  await mentor.getByTestId('artefact-LessonSelfAnalysis').waitFor();
  assert.equal(await mentor.getByTestId('artefact-LearnerResults').count(), 0, 'learner results were not shared with the mentor');
  assert.equal(await mentor.getByTestId('artefact-add').count(), 0, 'the mentor adds nothing to the mentee’s cycle');
  assert.deepEqual(await visibleRawKeys(mentor), []);
  await shot(mentor, 'growth-mentor-kk');

  const page = await open('director');
  await page.goto(`${BASE_URL}/growth-cycles/settings`);
  const action = page.getByTestId('setting-Teacher-Action');
  await action.waitFor();
  await action.getByTestId('setting-kind-MentoringActivity').locator('input').check();
  await expectSnackbar(page, /сохран/i);
  await action.getByTestId('setting-reset').waitFor();
  await action.getByTestId('setting-reset').click();
  await action.getByTestId('setting-reset').waitFor({ state: 'detached' });
  assert.equal(await action.getByTestId('setting-kind-MentoringActivity').locator('input').isChecked(), false);
  assert.deepEqual(await visibleRawKeys(page), []);
});

test('growth cycle: teacher07 at Design reads Table 1 and Table 3 guidance and the research plan (Table 7) with its examples', async () => {
  const page = await open('teacher07');
  await page.goto(`${BASE_URL}/growth-cycles`);
  await page.getByTestId('cycle-link').first().click();
  await page.getByTestId('stage-title').filter({ hasText: 'Проектирование' }).waitFor();
  await page.getByTestId('guidance-TeacherActions').waitFor();
  await page.getByTestId('guidance-IncreasingCompetencies').waitFor();
  const plan = page.getByTestId('artefact-ResearchPlan');
  await plan.getByTestId('artefact-toggle').click();
  await plan.getByTestId('view-answers').filter({ hasText: 'Постановка проблемы' }).waitFor();
  await plan.getByTestId('artefact-edit').click();
  await page.getByTestId('answer-example-1').filter({ hasText: 'гипотез' }).waitFor().catch(async () => {
    assert.ok((await page.getByTestId('answer-example-1').innerText()).startsWith('Пример'), 'the worked example as a hint');
  });
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'growth-research-plan');
});

test('growth cycle: the deputy records a quarterly analytical report in the management-practice cycle and moves on', async () => {
  const page = await open('deputy');
  await page.goto(`${BASE_URL}/growth-cycles?kind=Administrator`);
  await page.getByTestId('cycle-link').first().click();
  await page.getByTestId('stage-title').filter({ hasText: 'Анализ' }).waitFor();
  await page.getByTestId('stage-guidance').waitFor();
  await page.getByTestId('artefact-add').click();
  await page.getByTestId('add-AnalyticalReport').click();
  await page.getByTestId('field-reportPeriod').click();
  await page.getByRole('option', { name: /четверть/i }).first().click();
  await page.getByTestId('field-title').fill('Итоги посещения уроков за I четверть');
  await page.getByTestId('field-text').fill('Обратная связь после посещения дана в течение двух дней по 14 урокам из 20.');
  await page.getByTestId('artefact-save').click();
  await expectSnackbar(page, /сохран/i);
  await page.getByTestId('stage-complete').click();
  await page.getByTestId('stage-title').filter({ hasText: 'Рефлексия' }).waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
});
