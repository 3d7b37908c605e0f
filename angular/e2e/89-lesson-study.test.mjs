// Lesson Study (issue 16): a group plans a research lesson with three case pupils and their predictions, two observers
// capture notes on a 360 px phone while the network is cut and then restored (the notes stay on the device and are sent), the
// discussion shows the predictions beside what each observer saw, and the report downloads as DOCX; a member attaches the
// discussed round to her growth cycle from the discussion page; once published, its publisher takes it out of the library from
// the library page (a member who did not publish sees no such button).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { BASE_URL, api, cycleAtReflection, expectSnackbar, followLink, hasHorizontalScroll, selectOption, shot, signedInBrowsers, visibleRawKeys } from './support.mjs';

const open = signedInBrowsers();
const TEACHER = 'Нұрлан Ержанұлы Ахметов'; // teacher05
const THEME = `Модельдер ${Date.now().toString(36)}`;
const PUPILS = ['Ученик А', 'Б.В.', 'Ученик Г'];
const INTERVIEW = { learned: 'Сравнивать дроби полосками', difficult: 'Разные знаменатели', helped: 'Рисунок соседа' };
const NOTES = { teacher05: 'Сразу сравнил дроби без модели', teacher06: 'Нарисовал полоски, объяснил соседу' };

let groupId = '';
let lessonId = '';

test('the facilitator forms the group in the web form and plans a research lesson with three case pupils and predictions', async () => {
  const page = await open('teacher11');
  await page.goto(`${BASE_URL}/lesson-study`);
  await page.getByTestId('ls-new-group').click();
  await page.getByTestId('ls-group-form').waitFor();
  await page.getByTestId('ls-theme').fill(THEME);
  await page.getByTestId('ls-question').fill('Как модель помогает сравнивать дроби?');
  await page.getByTestId('ls-subject').fill('Математика');
  await page.getByTestId('ls-grade').fill('7');
  await selectOption(page, 'ls-origin', /Творческая группа/);
  await page.getByTestId('ls-members').click();
  for (const surname of ['Байжанов', 'Ахметов', 'Петрова']) await page.getByRole('option').filter({ hasText: surname }).click();
  await page.keyboard.press('Escape');
  await selectOption(page, 'ls-facilitator', /Байжанов/);
  assert.deepEqual(await visibleRawKeys(page), []);
  await page.getByTestId('ls-group-save').click();
  await page.waitForURL(/\/lesson-study\/groups\/[0-9a-f-]{36}$/);
  groupId = page.url().split('/').at(-1);
  const created = await api(page, 'GET', `/api/app/lesson-study/groups/${groupId}`);
  assert.equal(created.body.theme, THEME);
  assert.equal(created.body.origin, 'CreativeGroup');
  assert.equal(created.body.members.length, 3);
  assert.match(created.body.facilitatorName, /Байжанов/);

  await page.getByTestId('ls-plan-round').click();
  await page.getByTestId('ls-plan-form').waitFor();
  await page.getByTestId('ls-teacher').click();
  await page.getByRole('option', { name: TEACHER, exact: true }).click();
  await page.getByTestId('ls-class').fill('7 А');
  await page.getByTestId('ls-focus').fill('Как ученики используют модель');
  await page.getByTestId('ls-objectives').fill('Сравнивают дроби с разными знаменателями');
  const stage = page.getByTestId('ls-stage');
  await stage.nth(0).locator('input').nth(0).fill('Вызов');
  await stage.nth(0).locator('input').nth(1).fill('5');
  await page.getByTestId('ls-add-stage').click();
  await stage.nth(1).locator('input').nth(0).fill('Работа с моделью');
  await stage.nth(1).locator('input').nth(1).fill('20');
  const pupils = page.getByTestId('ls-pupil');
  for (let i = 0; i < 3; i++) {
    await pupils.nth(i).locator('input').first().fill(PUPILS[i]);
    const predictions = pupils.nth(i).getByTestId('ls-prediction');
    await predictions.nth(0).fill(`Прогноз ${i + 1}: вызов`);
    await predictions.nth(1).fill(`Прогноз ${i + 1}: модель`);
  }
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'lesson-study-plan');
  await page.getByTestId('ls-plan-save').click();
  await page.waitForURL(new RegExp(`/lesson-study/groups/${groupId}$`));
  await page.getByTestId('ls-round').first().waitFor();

  const group = await api(page, 'GET', `/api/app/lesson-study/groups/${groupId}`);
  lessonId = group.body.rounds[0].id;
  const lesson = await api(page, 'GET', `/api/app/lesson-study/lessons/${lessonId}`);
  assert.deepEqual(lesson.body.casePupils.map((p) => p.pseudonym), PUPILS);
  assert.equal(lesson.body.predictions.length, 6);
});

for (const observer of ['teacher05', 'teacher06']) {
  test(`${observer} captures notes on a 360 px phone while the network is cut, and they are sent when it returns`, async () => {
    assert.ok(lessonId, 'the lesson was planned');
    const page = await open(observer, { width: 360, height: 780 });
    await page.goto(`${BASE_URL}/lesson-study/lessons/${lessonId}/observe`);
    await page.getByTestId('ls-obs-pupil').first().waitFor();
    assert.equal(await hasHorizontalScroll(page), false, 'the capture page fits 360 px');
    const context = page.context();

    await context.setOffline(true);
    await page.getByTestId('ls-connection').filter({ hasText: /Нет связи/ }).waitFor();
    await page.getByTestId('ls-obs-pupil').filter({ hasText: PUPILS[0] }).click();
    await page.getByTestId('ls-obs-text').fill(NOTES[observer]);
    await page.getByTestId('ls-obs-save').click();
    const note = page.getByTestId('ls-obs-note').filter({ hasText: NOTES[observer] });
    await note.getByTestId('ls-obs-note-state').filter({ hasText: /сохранено на устройстве/ }).waitFor();
    await shot(page, `lesson-study-observe-offline-${observer}`);

    // Still on the device after a reload of the page's data would be lost without it: the note is in localStorage.
    const stored = await page.evaluate((id) => localStorage.getItem(`kemel.lessonStudy.notes.${id}`), lessonId);
    assert.match(stored ?? '', new RegExp(NOTES[observer]));

    await context.setOffline(false);
    await note.getByTestId('ls-obs-note-state').filter({ hasText: /отправлено/ }).waitFor({ timeout: 30000 });
    assert.deepEqual(await visibleRawKeys(page), []);
    await shot(page, `lesson-study-observe-sent-${observer}`);
  });
}

test('after the lesson a member writes down each case pupil\'s short interview on a 360 px phone', async () => {
  assert.ok(lessonId, 'the lesson was planned');
  const page = await open('teacher05', { width: 360, height: 780 });
  await page.goto(`${BASE_URL}/lesson-study/groups/${groupId}`);
  await page.getByTestId('ls-interviews-link').first().click();
  const cards = page.getByTestId('ls-interview');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 3);
  assert.equal(await hasHorizontalScroll(page), false, 'the interview page fits 360 px');
  for (let i = 0; i < 3; i++) {
    await cards.nth(i).getByTestId('ls-interview-learned').fill(`${INTERVIEW.learned} ${i + 1}`);
    await cards.nth(i).getByTestId('ls-interview-difficult').fill(`${INTERVIEW.difficult} ${i + 1}`);
  }
  await cards.nth(0).getByTestId('ls-interview-helped').fill(INTERVIEW.helped);
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'lesson-study-interviews');
  await page.getByTestId('ls-interviews-save').click();
  await expectSnackbar(page, /Ответы интервью сохранены/);
  const lesson = await api(page, 'GET', `/api/app/lesson-study/lessons/${lessonId}`);
  assert.equal(lesson.body.interviews.length, 3);
  const first = lesson.body.interviews.find((x) => x.pupilId === lesson.body.casePupils[0].id);
  assert.equal(first.helped, INTERVIEW.helped);

  // Saved answers come back into the form.
  await page.reload();
  await cards.first().getByTestId('ls-interview-learned').waitFor();
  assert.equal(await cards.nth(2).getByTestId('ls-interview-learned').inputValue(), `${INTERVIEW.learned} 3`);
});

test('the discussion shows each pupil\'s predictions beside what every observer saw, and the report downloads', async () => {
  const page = await open('teacher11');
  await page.goto(`${BASE_URL}/lesson-study/lessons/${lessonId}/discussion`);
  const first = page.getByTestId('ls-disc-pupil').filter({ hasText: PUPILS[0] });
  await first.waitFor();
  await first.getByTestId('ls-disc-prediction').filter({ hasText: 'Прогноз 1: вызов' }).waitFor();
  const observed = first.getByTestId('ls-disc-observed').first();
  await observed.filter({ hasText: NOTES.teacher05 }).waitFor();
  await observed.filter({ hasText: NOTES.teacher06 }).waitFor();
  await first.getByTestId('ls-disc-interview').filter({ hasText: INTERVIEW.helped }).waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'lesson-study-discussion');

  await page.getByTestId('ls-conclusions').fill('Модель помогает слабым ученикам; сильным нужна задача «докажи».');
  await page.getByTestId('ls-changes').fill('Пошаговая инструкция к работе с моделью.');
  await page.getByTestId('ls-mark-discussed').click();
  await page.getByTestId('ls-round-status').filter({ hasText: /Обсуждён/ }).waitFor();

  await page.goto(`${BASE_URL}/lesson-study/groups/${groupId}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ls-report-ru').click()]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a DOCX is a zip');
});

test('a member attaches the discussed round to her growth cycle from the discussion page', async () => {
  assert.ok(lessonId, 'the lesson was planned');
  const page = await open('teacher06', { width: 360, height: 780 });
  const cycleId = await cycleAtReflection(page);
  await page.goto(`${BASE_URL}/lesson-study/lessons/${lessonId}/discussion`);
  await page.getByTestId('ls-round-status').filter({ hasText: /Обсуждён/ }).waitFor();
  await page.getByTestId('ls-evidence').click();
  await expectSnackbar(page, /приложен к вашему циклу роста/);
  assert.equal(await hasHorizontalScroll(page), false, 'the discussion page fits 360 px');
  await followLink(page, page.getByTestId('ls-evidence-open'), new RegExp(`/growth-cycles/${cycleId}`));

  // At Reflection the round is a reflective note: the conclusions and the agreed changes, no case pupil.
  const cycle = await api(page, 'GET', `/api/app/growth-cycles/${cycleId}`);
  const notes = cycle.body.stages.flatMap((s) => s.artefacts).filter((a) => a.kind === 'ReflectiveNote');
  assert.equal(notes.length, 1, JSON.stringify(notes));
  assert.equal(notes[0].content.evidenceType, 'LessonStudy');
  assert.match(notes[0].content.text, /Модель помогает слабым ученикам/);
  for (const pupil of PUPILS) assert.ok(!JSON.stringify(notes[0].content).includes(pupil), `no pupil in the evidence: ${pupil}`);
});

test('the publisher takes the report out of the library from the library page; another member may not', async () => {
  assert.ok(groupId, 'the group was formed');
  for (const member of ['teacher05', 'teacher06', 'teacher11']) {
    const consent = await api(await open(member), 'PUT', `/api/app/lesson-study/groups/${groupId}/consent`, { publish: true, shareWithAllSchools: false });
    assert.equal(consent.status, 200, `${member} consents: ${JSON.stringify(consent.body)}`);
  }
  const page = await open('teacher11', { width: 360, height: 780 });
  const published = await api(page, 'POST', `/api/app/lesson-study/groups/${groupId}/publish`, { shareWithAllSchools: false });
  assert.equal(published.status, 200, JSON.stringify(published.body));
  const library = `${BASE_URL}/lesson-study/library?filter=${encodeURIComponent(THEME)}`;

  const member = await open('teacher05');
  await member.goto(library);
  await member.getByTestId('ls-library-item').filter({ hasText: THEME }).waitFor();
  assert.equal(await member.getByTestId('ls-library-unpublish').count(), 0, 'a member who did not publish has no button');

  await page.goto(library);
  await page.getByTestId('ls-library-item').filter({ hasText: THEME }).waitFor();
  // Cancelling the confirmation keeps the item.
  await page.getByTestId('ls-library-unpublish').click();
  await page.getByRole('dialog').getByRole('button', { name: /Отмена/ }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('ls-library-item').count(), 1);
  assert.equal(await hasHorizontalScroll(page), false, 'the library fits 360 px');
  await shot(page, 'lesson-study-library-unpublish');
  await page.getByTestId('ls-library-unpublish').click();
  await page.getByRole('dialog').getByTestId('confirm').click();
  await expectSnackbar(page, /убран из библиотеки/);
  await page.getByTestId('ls-library-empty').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  const group = await api(page, 'GET', `/api/app/lesson-study/groups/${groupId}`);
  assert.equal(group.body.libraryItemId, null);
});
