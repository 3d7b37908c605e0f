// Action Research and the school's development events (issue 16): a teacher opens a project on a phone, runs its first cycle
// step by step (lessons → data → analysis → adjustment), finishing it opens the second cycle, and the report downloads; an
// organiser records an event's attendance and outcome, and the participant sees their hours. Pages fit 360 px, no raw keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  BASE_URL, api, cycleAtReflection, hasHorizontalScroll, pickStaff, selectOption, shot, signedInBrowsers, visibleRawKeys,
} from './support.mjs';

const open = signedInBrowsers();
const PHONE = { width: 360, height: 780 };

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('a teacher opens a project, runs a cycle, the next cycle opens and the report downloads', async () => {
  const page = await open('teacher05', PHONE);
  await page.goto(`${BASE_URL}/action-research`);
  await page.getByTestId('ar-new').click();
  await page.getByTestId('ar-form').waitFor();
  await page.getByTestId('ar-save').click();
  await page.locator('mat-error').nth(3).waitFor();
  assert.ok(await page.locator('mat-error').count() >= 4, 'the required fields are explained');
  await page.getByTestId('ar-title').fill('Рольдік ойындар және белсенділік');
  await page.getByTestId('ar-subject').fill('Қазақ әдебиеті');
  await page.getByTestId('ar-classes').fill('7 Б');
  await page.getByTestId('ar-problem').fill('Часть учащихся 7 Б не участвует в обсуждении текста.');
  await page.getByTestId('ar-researchQuestion').fill('Повысят ли ролевые игры активность слабо мотивированных учащихся?');
  await page.getByTestId('ar-hypothesis').fill('Если на уроке использовать инсценировку, то активность вырастет.');
  await page.getByTestId('ar-strategy').fill('10 минут инсценировки на каждом уроке.');
  assert.equal(await hasHorizontalScroll(page), false, 'the form fits 360 px');
  await page.getByTestId('ar-save').click();
  await page.waitForURL(/\/action-research\/[0-9a-f-]{36}$/);
  const cycle1 = page.getByTestId('ar-cycle-1');
  await cycle1.waitFor();

  // Step 1: lessons. Moving on without data is refused with the reason.
  await page.getByTestId('ar-lesson-date').fill(today());
  await page.getByTestId('ar-lesson-class').fill('7 Б');
  await page.getByTestId('ar-lesson-topic').fill('Абай');
  await page.getByTestId('ar-lesson-add').click();
  await page.getByTestId('ar-lesson').first().waitFor();
  await page.getByTestId('ar-advance').click();
  await page.getByTestId('ar-advance').filter({ hasText: /Анализ/ }).waitFor();

  // Step 2: data.
  await page.getByTestId('ar-advance').click();
  await page.locator('app-form-banner').filter({ hasText: /не завершён/ }).waitFor();
  await page.getByTestId('ar-data-title').fill('Наблюдение коллеги');
  await page.getByTestId('ar-data-summary').fill('Участвовали 15 из 24 учащихся.');
  await page.getByTestId('ar-data-add').click();
  await page.getByTestId('ar-data').first().waitFor();
  // The emptied form marks nothing as missing until it is used again.
  assert.equal(await page.getByTestId('ar-data-title').inputValue(), '');
  const titleField = page.locator('mat-form-field').filter({ has: page.getByTestId('ar-data-title') });
  assert.doesNotMatch(await titleField.getAttribute('class') ?? '', /mat-form-field-invalid/, 'the emptied data form shows no error');
  // Pre/post results from a CSV file, read by the growth cycle's own import: a row it cannot read is reported by its number.
  await selectOption(page, 'ar-data-kind', 'Входные и итоговые результаты');
  await page.getByTestId('ar-data-title').fill('Активность до и после');
  const csv = 'Класс;Предмет;Показатель;До;После\n7 Б;Литература;Активные учащиеся, %;37,5;62,5\n7 Б;Литература;Оценка;пять;4\n';
  await page.getByTestId('learner-import-file').setInputFiles({ name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  // The row with a word for a number is read without it and reported by its number; the teacher removes it before saving.
  await page.getByTestId('learner-import-message').filter({ hasText: '2' }).waitFor();
  await page.getByTestId('learner-import-problems').filter({ hasText: '3' }).waitFor();
  await page.getByTestId('ar-imported-row').filter({ hasText: 'Активные учащиеся, %' }).waitFor();
  await page.getByTestId('ar-imported-row').filter({ hasText: 'Оценка' }).getByRole('button').click();
  assert.equal(await page.getByTestId('ar-imported-row').count(), 1);
  assert.equal(await hasHorizontalScroll(page), false, 'the import fits 360 px');
  await shot(page, 'action-research-import-phone');
  await page.getByTestId('ar-data-add').click();
  await page.getByTestId('ar-data').filter({ hasText: /37[.,]5 → 62[.,]5/ }).waitFor();
  assert.equal(await page.getByTestId('ar-imported-row').count(), 0, 'the imported rows went into the saved item');
  await page.getByTestId('ar-advance').click();
  await page.getByTestId('ar-advance').filter({ hasText: /Корректировка/ }).waitFor();

  // Steps 3 and 4: analysis, adjustment; finishing opens the second cycle.
  await page.getByTestId('ar-analysis').fill('Активность выросла, но стеснительные учащиеся отказываются от ролей.');
  await page.getByTestId('ar-advance').click();
  await page.getByTestId('ar-finish').waitFor();
  await page.getByTestId('ar-adjustment').fill('Инсценировка в малых группах с выбором роли.');
  assert.equal(await hasHorizontalScroll(page), false, 'the cycle fits 360 px');
  await shot(page, 'action-research-cycle-phone');
  await page.getByTestId('ar-finish').click();
  await page.locator('.mat-mdc-snack-bar-label').filter({ hasText: /Цикл завершён/ }).first().waitFor();
  await page.getByTestId('ar-cycle-2').waitFor();
  assert.match(await page.getByTestId('ar-cycle-1').innerText(), /Завершён/);
  assert.deepEqual(await visibleRawKeys(page), []);

  // The report in Kazakh.
  await page.getByTestId('ar-report').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('ar-report-kk').click();
  assert.match((await download).suggestedFilename(), /\.docx$/);
});

test('an organiser records attendance and the participant sees their hours', async () => {
  const participant = await open('teacher07');
  const me = (await api(participant, 'GET', '/api/app/configuration')).body.currentUser;
  assert.ok(me.staffMemberId, 'teacher07 has a staff record');

  const page = await open('teacher06', PHONE);
  await page.goto(`${BASE_URL}/development-events/new`);
  await page.getByTestId('event-form').waitFor();
  await page.getByTestId('event-title').fill('Открытый урок: приёмы обратной связи');
  await page.getByTestId('event-date').fill(today());
  await page.getByTestId('event-duration').fill('90');
  const surname = me.fullName.split(' ')[0];
  await pickStaff(page, 'event-participant-picker', surname, me.fullName,
    page.getByTestId('event-participants').filter({ hasText: me.fullName }));
  assert.equal(await hasHorizontalScroll(page), false, 'the event form fits 360 px');
  await page.getByTestId('event-save').click();
  await page.waitForURL(/\/development-events\/[0-9a-f-]{36}$/);

  // Attendance and the outcome (the organiser is a participant too).
  const attended = page.getByTestId('event-attended').filter({ hasText: me.fullName });
  await attended.waitFor();
  await attended.click();
  await page.getByTestId('event-outcome-input').fill('Коллективный анализ: критерии оценивания стали понятнее учащимся.');
  await page.getByTestId('event-record').click();
  // The snackbar of the creation may still show: wait for the recording's own.
  await page.locator('.mat-mdc-snack-bar-label').filter({ hasText: /сохранены/ }).first().waitFor();
  await page.getByTestId('event-outcome').waitFor();
  assert.equal(await hasHorizontalScroll(page), false, 'the event page fits 360 px');
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'development-event-recorded-phone');

  // The participant's hours include the 90 minutes.
  await participant.goto(`${BASE_URL}/development-events`);
  const total = participant.getByTestId('event-my-hours-total');
  await total.waitFor();
  assert.ok(Number((await total.innerText()).replace(',', '.')) >= 1.5, 'an hour and a half accrued');
  assert.deepEqual(await visibleRawKeys(participant), []);
});

test('the organiser edits a planned event and changes its participants with the staff picker', async () => {
  const colleague = await open('teacher07');
  const me = (await api(colleague, 'GET', '/api/app/configuration')).body.currentUser;
  const page = await open('teacher06', PHONE);
  const inTwoWeeks = new Date(Date.now() + 14 * 86400_000);
  const pad = (n) => String(n).padStart(2, '0');
  const startsOn = `${inTwoWeeks.getFullYear()}-${pad(inTwoWeeks.getMonth() + 1)}-${pad(inTwoWeeks.getDate())}`;
  const created = await api(page, 'POST', '/api/app/development-events', {
    kind: 'MethodologicalMeeting', title: 'Семинар: формативное оценивание', startsOn, durationMinutes: 60, participantStaffMemberIds: [],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));

  // Edit: a title left empty is explained beside the field; the saved change shows on the page.
  await page.goto(`${BASE_URL}/development-events/${created.body.id}`);
  await page.getByTestId('event-edit').click();
  await page.waitForURL(/\/edit$/);
  await page.getByTestId('event-title').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="event-title"]')?.value);
  await page.getByTestId('event-title').fill('');
  await page.getByTestId('event-save').click();
  await page.getByTestId('event-form').locator('mat-error').first().waitFor();
  await page.getByTestId('event-title').fill('Семинар: критерии оценивания и обратная связь');
  await page.getByTestId('event-duration').fill('120');
  assert.equal(await hasHorizontalScroll(page), false, 'the edit form fits 360 px');
  await page.getByTestId('event-save').click();
  await page.waitForURL(/\/development-events\/[0-9a-f-]{36}$/);
  await page.locator('.mat-mdc-snack-bar-label').filter({ hasText: /изменено/ }).first().waitFor();
  await page.locator('app-page-header').filter({ hasText: 'критерии оценивания' }).waitFor();

  // Participants: add a colleague with the picker, save; remove, save again.
  await page.getByTestId('event-participants-change').click();
  await pickStaff(page, 'event-participant-picker', me.fullName.split(' ')[0], me.fullName,
    page.getByTestId('event-participant-chip').filter({ hasText: me.fullName }));
  assert.equal(await hasHorizontalScroll(page), false, 'the participant editor fits 360 px');
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'development-event-participants-phone');
  await page.getByTestId('event-participants-save').click();
  await page.locator('.mat-mdc-snack-bar-label').filter({ hasText: /участников сохран/ }).first().waitFor();
  await page.getByTestId('event-attendance').filter({ hasText: me.fullName }).waitFor();
  const saved = await api(page, 'GET', `/api/app/development-events/${created.body.id}`);
  assert.ok(saved.body.participants.some((p) => p.staffMemberId === me.staffMemberId), 'the colleague is a participant');
  assert.equal(Number(saved.body.durationMinutes), 120);

  await page.getByTestId('event-participants-change').click();
  await page.getByTestId('event-participant-chip').filter({ hasText: me.fullName }).getByTestId('event-participant-remove').click();
  await page.getByTestId('event-participants-save').click();
  await page.getByTestId('event-participants-change').waitFor();
  const after = await api(page, 'GET', `/api/app/development-events/${created.body.id}`);
  assert.ok(!after.body.participants.some((p) => p.staffMemberId === me.staffMemberId), 'the colleague was removed');
});

test('the owner changes the group, links her research plan, corrects and deletes data; a member attaches the analysed cycle to her growth cycle', async () => {
  // teacher06, at Reflection in a cycle of her own (e2e 82 moves teacher01's demo cycle on to Design in a full run).
  const member = await open('teacher06', PHONE);
  await cycleAtReflection(member);
  const memberMe = (await api(member, 'GET', '/api/app/configuration')).body.currentUser;
  const owner = await open('teacher07', PHONE);
  const created = await api(owner, 'POST', '/api/app/action-research', {
    title: 'Кері байланыс парақтары', subject: 'Математика', classNames: '6 А', problem: 'Учащиеся не используют комментарии учителя.',
    researchQuestion: 'Помогут ли листы обратной связи учащимся исправлять ошибки?', hypothesis: 'Если давать лист с вопросами, ошибки будут исправлять чаще.',
    strategy: 'Лист обратной связи после каждой самостоятельной работы.',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const projectId = created.body.id;
  const cycle = created.body.cycles[0];
  for (const title of ['Наблюдение: урок 1', 'Анкета учащихся']) {
    const added = await api(owner, 'POST', `/api/app/action-research/${projectId}/cycles/${cycle.id}/data`, { kind: 'Observation', title, summary: '12 из 25', results: [] });
    assert.ok(added.status < 300, JSON.stringify(added.body));
  }

  // The group: the owner adds a colleague with the staff picker.
  await owner.goto(`${BASE_URL}/action-research/${projectId}`);
  await owner.getByTestId('ar-members-change').click();
  await pickStaff(owner, 'ar-member-picker', memberMe.fullName.split(' ')[0], memberMe.fullName,
    owner.getByTestId('ar-member-chip').filter({ hasText: memberMe.fullName }));
  await owner.getByTestId('ar-members-save').click();
  await owner.locator('.mat-mdc-snack-bar-label').filter({ hasText: /Состав группы сохранён/ }).first().waitFor();
  await owner.getByTestId('ar-member').filter({ hasText: memberMe.fullName }).waitFor();

  // The research plan: one of her own growth cycle's Table 7 plans.
  await owner.getByTestId('ar-plan-change').click();
  await owner.getByTestId('ar-plan-select').waitFor();
  await owner.getByTestId('ar-plan-save').click();
  await owner.locator('.mat-mdc-snack-bar-label').filter({ hasText: /План исследования связан/ }).first().waitFor();
  await owner.getByTestId('ar-summary').locator('ol.plan li').first().waitFor();

  // A data row corrected, another deleted after confirming.
  const first = owner.getByTestId('ar-data').filter({ hasText: 'Наблюдение: урок 1' });
  await first.getByTestId('ar-data-edit').click();
  assert.equal(await owner.getByTestId('ar-data-title').inputValue(), 'Наблюдение: урок 1');
  await owner.getByTestId('ar-data-title').fill('Наблюдение коллеги: урок 1');
  await owner.getByTestId('ar-data-add').click();
  await owner.locator('.mat-mdc-snack-bar-label').filter({ hasText: /Данные сохранены/ }).first().waitFor();
  await owner.getByTestId('ar-data').filter({ hasText: 'Наблюдение коллеги: урок 1' }).waitFor();
  await owner.getByTestId('ar-data').filter({ hasText: 'Анкета учащихся' }).getByTestId('ar-data-delete').click();
  await owner.getByTestId('confirm').click();
  await owner.locator('.mat-mdc-snack-bar-label').filter({ hasText: /Данные удалены/ }).first().waitFor();
  assert.equal(await owner.getByTestId('ar-data').count(), 1);
  assert.equal(await hasHorizontalScroll(owner), false, 'the project page fits 360 px');
  assert.deepEqual(await visibleRawKeys(owner), []);
  await shot(owner, 'action-research-owner-tools-phone');

  // The analysed cycle goes to the member's own growth cycle (teacher06 is at Reflection: a reflective note).
  const fresh = await api(owner, 'GET', `/api/app/action-research/${projectId}`);
  const open1 = fresh.body.cycles[0];
  const saved = await api(owner, 'PUT', `/api/app/action-research/${projectId}/cycles/${open1.id}`, {
    lessons: [], analysis: 'Исправлений стало больше у половины класса.', adjustment: null, stepDueOn: null, concurrencyStamp: open1.concurrencyStamp,
  });
  assert.ok(saved.status < 300, JSON.stringify(saved.body));
  await member.goto(`${BASE_URL}/action-research/${projectId}`);
  await member.getByTestId('ar-evidence').waitFor();
  assert.equal(await member.getByTestId('ar-members-change').count(), 0, 'only the owner changes the group');
  assert.equal(await member.getByTestId('ar-plan-change').count(), 0, 'only the owner links the plan');
  await member.getByTestId('ar-evidence').click();
  await member.getByTestId('ar-evidence-cycle').waitFor();
  await member.getByTestId('ar-evidence-save').click();
  await member.locator('.mat-mdc-snack-bar-label').filter({ hasText: /приложен к вашему циклу роста/ }).first().waitFor();
  await member.getByTestId('ar-evidence-open').click();
  await member.waitForURL(/\/growth-cycles\/[0-9a-f-]{36}$/);
});
