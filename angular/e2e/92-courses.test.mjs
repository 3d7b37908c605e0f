// Courses (issue 17): a teacher records a completed 80-hour course with its certificate, sees her hours toward сарапшы and
// the three-year clock reset, builds a three-event post-course plan that the director approves and records its stage 3; a
// certificate's QR page opens without signing in and shows only the certificate's identity and validity; the director finds
// a teacher's courses on the paged ledger, assesses a course the platform runs by its scheme (rubric criteria, grade bands,
// pass or fail shown before saving) and adds a school course with its own scheme version; the platform operator keeps the
// working calendar of a year (validation beside the fields, the server's messages too, a confirmation before the year is
// replaced) and adds a shared catalogue course with a scheme version through the same forms the schools use.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { BASE_URL, api, clickUntil, expectSnackbar, followLink, hasHorizontalScroll, launch, selectOption, serverTexts, shot, signInAndWait, signedInBrowsers, tempDir, visibleRawKeys } from './support.mjs';

const open = signedInBrowsers();
const PROGRAMME = 'Педагогтерді аттестаттауға даярлау: біліктілік талаптарына сәйкес кәсіби құзыреттер, педагогикалық қызмет және даму';
const T09 = 'Жанар Әбілқызы Сәрсенова';

function iso(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const daysAgo = (n) => new Date(Date.now() - n * 86400_000);
let planUrl = '';

test('a teacher records a completed 80-hour course with its certificate and sees her hours and clock', async () => {
  const page = await open('teacher05');
  await page.goto(`${BASE_URL}/courses`);
  await page.getByTestId('course-ledger').waitFor();
  // A select without options does not open: wait until the form has the catalogue, then open it until the option shows.
  await followLink(page, page.getByTestId('course-record-new'), /\/courses\/record$/);
  await page.locator('[data-testid="course-record-form"][aria-busy="false"]').waitFor();
  const option = page.getByRole('option').filter({ hasText: PROGRAMME });
  await clickUntil(page.getByTestId('course-programme'), (timeout) => option.waitFor({ timeout }));
  await option.click();
  await page.getByTestId('course-hours').fill('80');
  await page.getByTestId('course-start').fill(iso(daysAgo(20)));
  await page.getByTestId('course-end').fill(iso(daysAgo(11)));
  await page.getByTestId('course-certificate-number').fill('KKD-2026-0415');
  await page.getByTestId('course-certificate-date').fill(iso(daysAgo(11)));
  await page.getByTestId('course-result').fill('Қорытынды жоба қорғалды');
  await page.getByTestId('course-record-save').click();
  await page.waitForURL(/\/courses\/records\/[0-9a-f-]{36}$/);
  assert.equal((await page.getByTestId('course-certificate-number').innerText()).trim(), 'KKD-2026-0415');

  // The certificate's copy.
  const dir = tempDir('kemel-course-');
  const file = join(dir, 'certificate.txt');
  writeFileSync(file, 'Сертификат № KKD-2026-0415, 80 академиялық сағат.\n');
  await page.getByTestId('attachment-input').setInputFiles(file);
  await page.getByTestId('attachment').filter({ hasText: 'certificate.txt' }).waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'courses-record-teacher');

  // The clocks: 80 hours toward сарапшы (72 needed); the next course three years after this one.
  await page.goto(`${BASE_URL}/courses`);
  const clock = page.getByTestId('course-clock');
  await clock.waitFor();
  assert.match(await clock.getByTestId('course-clock-hours').innerText(), /80\s*\/\s*72/);
  const texts = await serverTexts('ru');
  assert.match(await clock.innerText(), new RegExp(texts['Enum:QualificationCategory.Expert']));
  assert.match(await clock.getByTestId('course-clock-due').innerText(), new RegExp(String(daysAgo(11).getFullYear() + 3)));
  await page.getByTestId('course-record-link').filter({ hasText: 'Педагогтерді аттестаттауға' }).waitFor();
  assert.equal(await hasHorizontalScroll(page), false);
  await shot(page, 'courses-home-teacher');
});

test('the teacher builds a three-event post-course plan and the director approves it', async () => {
  const page = await open('teacher05');
  await page.goto(`${BASE_URL}/courses`);
  await page.getByTestId('course-record-link').filter({ hasText: 'Педагогтерді аттестаттауға' }).first().click();
  await page.getByTestId('course-plan-new').click();
  await page.getByTestId('plan-form').waitFor();
  await page.getByTestId('plan-direction').first().click();
  const events = page.getByTestId('plan-event');
  assert.equal(await events.count(), 3, 'the programme asks for three events');
  const titles = ['Ашық сабақ: жобалық оқыту', 'Әріптестерге шеберлік сыныбы', 'Әдістемелік мақала'];
  for (let i = 0; i < 3; i++) {
    await events.nth(i).getByTestId('plan-event-title').fill(titles[i]);
    await events.nth(i).getByTestId('plan-event-date').fill(iso(new Date(Date.now() + (10 + i * 30) * 86400_000)));
  }
  await events.nth(1).getByTestId('plan-event-kind').click();
  await page.getByRole('option').nth(1).click();
  await page.getByTestId('plan-save').click();
  await page.waitForURL(/\/courses\/plans\/[0-9a-f-]{36}$/);
  planUrl = page.url();
  await page.getByTestId('plan-submit').click();
  const texts = await serverTexts('ru');
  await page.getByTestId('plan-status').filter({ hasText: texts['Enum:DevelopmentPlanStatus.Submitted'] }).waitFor();
  assert.equal(await page.getByTestId('plan-agree').count(), 0, 'the teacher does not approve her own plan');

  const director = await open('director');
  await director.goto(planUrl);
  await director.getByTestId('plan-agree').click();
  await director.getByTestId('plan-status').filter({ hasText: texts['Enum:DevelopmentPlanStatus.Agreed'] }).waitFor();
  assert.equal(await director.getByTestId('plan-event-row').count(), 3);
  assert.deepEqual(await visibleRawKeys(director), []);
  await shot(director, 'courses-plan-director');
});

test('the teacher records stage 3 of her plan and the director reads it', async () => {
  assert.ok(planUrl, 'the plan of the previous test');
  const page = await open('teacher05');
  await page.goto(planUrl);
  await page.getByTestId('plan-outcome').waitFor();
  await page.getByTestId('plan-outcome-text').fill('Портфолио бөлімі және әріптестерге арналған семинар');
  await selectOption(page, 'plan-recommendation-kind', 1);
  const texts = await serverTexts('ru');
  assert.equal(await page.getByTestId('plan-recommendation-text').inputValue(), texts['UI:Courses.Recommend.District']);
  await page.getByTestId('plan-outcome-save').click();
  await expectSnackbar(page, texts['UI:Courses.OutcomeSaved']);

  const director = await open('director', { width: 360, height: 780 });
  await director.goto(planUrl);
  await director.getByTestId('plan-outcome-view').filter({ hasText: 'Портфолио бөлімі' }).waitFor();
  assert.equal((await director.getByTestId('plan-recommendation-view').innerText()).trim(), texts['UI:Courses.Recommend.District']);
  assert.equal(await hasHorizontalScroll(director), false);
  assert.deepEqual(await visibleRawKeys(director), []);
});

test('the director finds a teacher\'s courses on the paged ledger', async () => {
  const page = await open('director');
  await page.goto(`${BASE_URL}/courses?scope=all&q=${encodeURIComponent('СӘРСЕНОВА')}`);
  await page.getByTestId('course-record-link').filter({ hasText: T09 }).first().waitFor();
  const texts = await serverTexts('ru');
  // A search nothing matches says so (not "no courses yet").
  await page.getByTestId('course-ledger-search').fill('жоқ-курс-атауы');
  await page.getByTestId('course-ledger-empty').filter({ hasText: texts['UI:NothingFound'] }).waitFor();
  await page.goto(`${BASE_URL}/courses/programmes?q=${encodeURIComponent('ПЕДАГОГ-ҰЙЫМДАСТЫРУШЫ')}`);
  await page.getByTestId('programme-link').first().waitFor();
  assert.equal(await page.getByTestId('programme-link').count(), 1);
});

test('the director assesses a course the platform runs by its scheme and a certificate is issued', async () => {
  const teacher = await open('teacher08');
  const catalogue = await api(teacher, 'GET', '/api/app/courses/programmes?host=true&maxResultCount=100');
  const s003 = catalogue.body.items.find((p) => p.code === 'seed-003');
  const requested = await api(teacher, 'POST', '/api/app/courses/records', { programmeId: s003.id, plannedStart: iso(daysAgo(12)) });
  assert.equal(requested.status, 201);
  const deputy = await open('deputy');
  const approved = await api(deputy, 'POST', `/api/app/courses/records/${requested.body.id}/approve`, { concurrencyStamp: requested.body.concurrencyStamp });
  assert.equal(approved.status, 200);

  const page = await open('director', { width: 360, height: 780 });
  await page.goto(`${BASE_URL}/courses/records/${requested.body.id}`);
  await page.getByTestId('course-assess').click();
  await page.getByTestId('assess-form').waitFor();
  await page.getByTestId('assess-end').fill(iso(daysAgo(7)));
  // The mini-lesson: 7 criteria × 0–3, six «өте күшті» and one «әлсіз» = 19 («Үздік»); the project 15 («4»); the test 20.
  for (let i = 0; i < 7; i++) await selectOption(page, `assess-criterion-miniLesson-${i}`, i < 6 ? 3 : 1);
  await page.getByTestId('assess-score-project').fill('15');
  await page.getByTestId('assess-score-finalTest').fill('20');
  const texts = await serverTexts('ru');
  assert.match(await page.getByTestId('assess-total').innerText(), /54\s*\/\s*71/);
  assert.match(await page.getByTestId('assess-grade').innerText(), /Үздік · «4»/);
  assert.equal((await page.getByTestId('assess-verdict').innerText()).trim(), texts['UI:Courses.WillPass']);
  assert.equal(await hasHorizontalScroll(page), false);
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'courses-assess-phone');
  await page.getByTestId('assess-save').click();
  await page.waitForURL(/\/courses\/records\/[0-9a-f-]{36}$/);
  await page.getByTestId('course-certificate-qr').waitFor();
});

test('the director adds a school course and a scheme version of its own', async () => {
  const page = await open('director');
  await page.goto(`${BASE_URL}/courses/programmes`);
  await page.getByTestId('programme-new').click();
  await page.getByTestId('programme-form').waitFor();
  await page.getByTestId('programme-title').fill('Жаратылыстану пәндеріндегі зерттеу сабағы');
  await page.getByTestId('programme-provider').fill('«Өрлеу» БАҰО');
  await page.getByTestId('programme-field').fill('Биология');
  await page.getByTestId('programme-hours').fill('36');
  await page.getByTestId('programme-platform').click();
  await page.getByTestId('programme-module-add').click();
  await page.getByTestId('programme-module-title').fill('Зерттеу сабағын жоспарлау');
  await page.getByTestId('programme-module-hours').fill('36');
  await page.getByTestId('programme-save').click();
  await page.waitForURL(/\/courses\/programmes\/[0-9a-f-]{36}$/);
  await page.getByTestId('programme-scheme-new').click();
  await page.getByTestId('scheme-form').waitFor();
  await page.getByTestId('scheme-component-title').fill('Қорытынды жоба');
  await page.getByTestId('scheme-component-max').fill('20');
  await page.getByTestId('scheme-pass-mark').fill('10');
  await page.getByTestId('scheme-band-add').click();
  await page.getByTestId('scheme-band-label').fill('Жақсы');
  await page.getByTestId('scheme-band-min').fill('15');
  await page.getByTestId('scheme-band-max').fill('20');
  assert.deepEqual(await visibleRawKeys(page), []);
  await page.getByTestId('scheme-save').click();
  await page.waitForURL(/\/courses\/programmes\/[0-9a-f-]{36}$/);
  const schemes = page.getByTestId('programme-schemes');
  await schemes.filter({ hasText: 'Қорытынды жоба' }).waitFor();
  assert.match(await schemes.innerText(), /Жақсы 15–20/);
});

test('a certificate QR page opens without signing in and shows only the certificate', async () => {
  const director = await open('director');
  const records = await api(director, 'GET', '/api/app/courses/records?maxResultCount=100');
  const issued = records.body.items.find((r) => r.certificateToken && r.staffName === T09);
  assert.ok(issued, 'the demo certificate of teacher09');

  const anonymous = await launch({ width: 360, height: 780, culture: 'ru' });
  try {
    const page = anonymous.page;
    const qr = await page.request.get(`${BASE_URL}/api/public/certificates/${issued.certificateToken}/qr`);
    assert.equal(qr.status(), 200);
    assert.match(await qr.text(), /<svg/);
    await page.goto(`${BASE_URL}/verify/${issued.certificateToken}`);
    const card = page.getByTestId('certificate-verify');
    await card.getByTestId('certificate-teacher').waitFor();
    const texts = await serverTexts('ru');
    assert.match(await card.getByTestId('certificate-validity').innerText(), new RegExp(texts['Enum:CertificateValidity.Valid']));
    assert.equal((await card.getByTestId('certificate-teacher').innerText()).trim(), T09);
    assert.equal(page.url().includes('/login'), false, 'no sign-in');
    assert.equal(await hasHorizontalScroll(page), false);
    assert.deepEqual(await visibleRawKeys(page), []);
    await shot(page, 'courses-certificate-public');

    await page.goto(`${BASE_URL}/verify/unknown-token-000000000000000000000000000000`);
    await page.getByTestId('certificate-validity').filter({ hasText: texts['Enum:CertificateValidity.Unknown'] }).waitFor();
    assert.equal(await page.getByTestId('certificate-teacher').count(), 0);
  } finally {
    await anonymous.close();
  }
});

test('the platform operator records a provider programme\'s lifecycle and sees its deadlines in working days', async () => {
  const session = await launch({ width: 1366, height: 900, culture: 'ru' });
  try {
    const page = session.page;
    const save = async (n) => page.getByTestId('lifecycle-save').click().catch(async (e) => { await shot(page, `courses-lifecycle-failed-${n}`); throw e; });
    await signInAndWait(page, { school: null, userName: 'admin' });
    await page.goto(`${BASE_URL}/host/course-programmes?q=${encodeURIComponent('ПЕДАГОГ-ҰЙЫМДАСТЫРУШЫ')}`);
    await followLink(page, page.getByTestId('host-programme-link').first(), /\/lifecycle$/);
    // The form shows once the recorded steps are loaded (typing earlier would be overwritten by them).
    await page.getByTestId('lifecycle-form').waitFor();
    await page.getByTestId('lifecycle-protocol').fill('2026-02-02');
    for (const s of ['GeneralProvisions', 'Glossary', 'Topic', 'GoalsAndResults', 'StructureAndContent', 'LearningOrganisation',
      'MethodologicalProvision', 'Assessment', 'PostCourseSupport', 'Literature']) await page.getByTestId(`lifecycle-section-${s}`).getByRole('checkbox').check();
    await page.getByTestId('lifecycle-discussion').fill('2026-03-16');
    await save(1);
    // 10 working days from 16 March 2026 end on 1 April: Nauryz (21–23 March) and its days off (24–25 March) do not count.
    await page.getByTestId('lifecycle-discussion-ends').filter({ hasText: '01.04.2026' }).waitFor();
    await selectOption(page, 'lifecycle-conclusion', 1);
    await page.getByTestId('lifecycle-conclusion-on').fill('2026-05-08');
    await save(2);
    await page.getByTestId('lifecycle-approval-due').filter({ hasText: '14.05.2026' }).waitFor();
    // An approval before the agreement is refused with the step named.
    await page.getByTestId('lifecycle-approved-on').fill('2026-05-07');
    await save(3);
    await page.getByTestId('form-error').waitFor();
    assert.deepEqual(await visibleRawKeys(page), []);
    await shot(page, 'courses-lifecycle-host');
  } finally {
    await session.close();
  }
});

const YEAR = new Date().getFullYear() + 2;

test('the platform operator keeps a year\'s working calendar: days added, checked beside their fields, the year replaced after a confirmation', async () => {
  const session = await launch({ width: 360, height: 780, culture: 'ru' });
  try {
    const page = session.page;
    await signInAndWait(page, { school: null, userName: 'admin' });
    assert.equal((await api(page, 'PUT', `/api/host/public-holidays/${YEAR}`, { days: [] })).status, 200);
    await page.goto(`${BASE_URL}/host/public-holidays?year=${YEAR}`);
    await page.getByTestId('calendar-empty').filter({ hasText: String(YEAR) }).waitFor();
    const texts = await serverTexts('ru');

    // A new row saved empty: each field says what it needs; a day of another year and a day listed twice are refused beside the date.
    await page.getByTestId('calendar-day-add').click();
    await page.getByTestId('calendar-save').click();
    const day1 = page.getByTestId('calendar-day').nth(0);
    await day1.locator('mat-error').nth(3).waitFor(); // the date and the three names are explained
    await day1.getByTestId('calendar-day-date').fill(`${YEAR - 1}-05-09`);
    await day1.getByTestId('calendar-day-date').blur();
    await day1.getByTestId('calendar-day-date-error').filter({ hasText: String(YEAR) }).waitFor();
    await day1.getByTestId('calendar-day-date').fill(`${YEAR}-05-09`);
    await day1.getByTestId('calendar-day-kk').fill('Жеңіс күні');
    await day1.getByTestId('calendar-day-ru').fill('День Победы');
    await day1.getByTestId('calendar-day-en').fill('Victory Day');
    await page.getByTestId('calendar-day-add').click();
    const day2 = page.getByTestId('calendar-day').nth(1);
    await day2.getByTestId('calendar-day-date').fill(`${YEAR}-05-09`);
    await day2.getByTestId('calendar-day-date').blur();
    await day2.getByTestId('calendar-day-date-error').filter({ hasText: texts['UI:Courses.DayRepeated'] }).waitFor();
    await day2.getByTestId('calendar-day-date').fill(`${YEAR}-01-06`);
    await day2.getByTestId('calendar-day-kind').click();
    await page.getByRole('option', { name: texts['Enum:CalendarDayKind.WorkingDay'], exact: true }).click();
    await day2.getByTestId('calendar-day-kk').fill('Жұмыс күні (ауыстыру)');
    await day2.getByTestId('calendar-day-ru').fill('Рабочий день (перенос)');
    await day2.getByTestId('calendar-day-en').fill('Working day (moved)');
    assert.equal(await hasHorizontalScroll(page), false, 'the calendar fits 360 px');
    assert.deepEqual(await visibleRawKeys(page), []);

    // The server's message about a row's field is shown beside that field.
    await page.route('**/api/host/public-holidays/*', (route) => route.request().method() === 'PUT'
      ? route.fulfill({ status: 400, contentType: 'application/problem+json',
        body: JSON.stringify({ status: 400, title: 'Validation', errors: { 'days[1].nameKk': ['Сервер: слишком длинное название.'] } }) })
      : route.continue());
    await page.getByTestId('calendar-save').click();
    await page.getByRole('dialog').getByTestId('confirm').click();
    await day2.locator('mat-error').filter({ hasText: 'Сервер: слишком длинное название.' }).waitFor();
    await page.unroute('**/api/host/public-holidays/*');

    // Saving replaces the year after a confirmation; cancelling it changes nothing.
    await page.getByTestId('calendar-save').click();
    await page.getByRole('dialog').filter({ hasText: String(YEAR) }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: texts['UI:Cancel'] }).click();
    assert.equal((await api(page, 'GET', `/api/host/public-holidays?year=${YEAR}`)).body.length, 0);
    await page.getByTestId('calendar-save').click();
    await page.getByRole('dialog').getByTestId('confirm').click();
    await expectSnackbar(page, new RegExp(String(YEAR)));
    const saved = (await api(page, 'GET', `/api/host/public-holidays?year=${YEAR}`)).body;
    assert.deepEqual(saved.map((d) => [d.date, d.kind]), [[`${YEAR}-01-06`, 'WorkingDay'], [`${YEAR}-05-09`, 'Holiday']]);
    await shot(page, 'courses-calendar-host');

    // A row removed and the year saved again; the page shows what the server keeps (sorted by date).
    await page.getByTestId('calendar-day').nth(0).getByTestId('calendar-day-remove').click();
    await page.getByTestId('calendar-save').click();
    const replaced = page.waitForResponse((r) => r.url().includes(`/api/host/public-holidays/${YEAR}`) && r.request().method() === 'PUT');
    await page.getByRole('dialog').getByTestId('confirm').click();
    assert.equal((await replaced).status(), 200);
    assert.deepEqual((await api(page, 'GET', `/api/host/public-holidays?year=${YEAR}`)).body.map((d) => d.date), [`${YEAR}-05-09`]);
    await page.reload();
    await page.getByTestId('calendar-day').first().waitFor();
    assert.equal(await page.getByTestId('calendar-day').count(), 1);
    // The menu leads here.
    assert.ok(await page.locator('a[href="/host/public-holidays"]').count() >= 1, 'the host menu links the calendar');
  } finally {
    await session.close();
  }
});

test('the platform operator adds a shared catalogue course and a scheme version through the schools\' forms', async () => {
  const session = await launch({ width: 1366, height: 900, culture: 'ru' });
  const title = `Цифрлық сауаттылық ${Date.now().toString(36)}`;
  const code = `e2e-${Date.now().toString(36)}`;
  try {
    const page = session.page;
    await signInAndWait(page, { school: null, userName: 'admin' });
    const texts = await serverTexts('ru');
    await page.goto(`${BASE_URL}/host/course-programmes`);
    await page.getByTestId('host-programme-new').click();
    await page.getByTestId('programme-form').waitFor();
    // The required fields are explained (at least three messages); the count waits for them rather than racing the render.
    await clickUntil(page.getByTestId('programme-save'), (timeout) => page.locator('mat-error').nth(2).waitFor({ timeout }));
    await page.getByTestId('programme-code').fill(code);
    await page.getByTestId('programme-title').fill(title);
    await page.getByTestId('programme-provider').fill('«Өрлеу» БАҰО');
    await page.getByTestId('programme-field').fill('Цифрлық білім беру');
    await page.getByTestId('programme-hours').fill('72');
    for (const [name, hours] of [['Цифрлық құралдар', '36'], ['Онлайн сабақ', '36']]) {
      await page.getByTestId('programme-module-add').click();
      await page.getByTestId('programme-module-title').last().fill(name);
      await page.getByTestId('programme-module-hours').last().fill(hours);
    }
    assert.deepEqual(await visibleRawKeys(page), []);
    const failed = (n) => async (e) => { await shot(page, `courses-catalogue-failed-${n}`); throw e; };
    const created = page.waitForResponse((r) => r.url().endsWith('/api/host/course-programmes') && r.request().method() === 'POST');
    await page.getByTestId('programme-save').click();
    const answer = await created.catch(failed(0));
    assert.ok(answer.ok(), `created: ${answer.status()} ${await answer.text()}`);
    await expectSnackbar(page, texts['UI:Courses.Saved']).catch(failed(1));
    const row = page.getByTestId('host-programme-row').filter({ hasText: title });
    await row.waitFor();

    // A scheme version: a test of 40 points with a threshold of 20, and a pass mark.
    await row.getByTestId('host-programme-scheme').click();
    await page.getByTestId('scheme-form').waitFor();
    await page.getByTestId('scheme-component-title').first().fill('Тест');
    await page.getByTestId('scheme-component-max').first().fill('40');
    await page.getByTestId('scheme-component-threshold').first().fill('20');
    await page.getByTestId('scheme-pass-mark').fill('20');
    await page.getByTestId('scheme-band-add').click();
    await page.getByTestId('scheme-band-label').fill('Жақсы');
    await page.getByTestId('scheme-band-min').fill('30');
    await page.getByTestId('scheme-band-max').fill('40');
    assert.deepEqual(await visibleRawKeys(page), []);
    await page.getByTestId('scheme-save').click();
    await expectSnackbar(page, texts['UI:Courses.SchemeSaved']).catch(failed(2));
    await row.waitFor();

    // Edited: the hours change; the code stays.
    await row.getByTestId('host-programme-edit').click();
    await page.getByTestId('programme-form').waitFor();
    assert.equal(await page.getByTestId('programme-code').count(), 0, 'the code is set once');
    await page.getByTestId('programme-hours').fill('80');
    await page.getByTestId('programme-save').click();
    await expectSnackbar(page, texts['UI:Courses.Saved']).catch(failed(3));
    await row.filter({ hasText: texts['UI:Courses.HoursShort'].replace('{0}', '80') }).waitFor();

    const list = await api(page, 'GET', `/api/host/course-programmes?filter=${encodeURIComponent(title)}`);
    const id = list.body.items[0].id;
    const saved = (await api(page, 'GET', `/api/host/course-programmes/${id}`)).body;
    assert.equal(saved.code, code);
    assert.equal(saved.isHost, true);
    assert.equal(Number(saved.hours), 80);
    assert.deepEqual(saved.modules.map((m) => m.title), ['Цифрлық құралдар', 'Онлайн сабақ']);
    assert.equal(saved.schemes.length, 1);
    assert.deepEqual(saved.schemes[0].components.map((c) => [c.title, Number(c.maxPoints), Number(c.threshold)]), [['Тест', 40, 20]]);
    await shot(page, 'courses-catalogue-host');
  } finally {
    await session.close();
  }
});

test('the deputy declines a course request with a reason; the teacher attends and completes another; the director reads her clock', async () => {
  const teacher = await open('teacher10');
  const catalogue = await api(teacher, 'GET', '/api/app/courses/programmes?host=true&maxResultCount=100');
  const external = catalogue.body.items.find((p) => !p.runsOnPlatform && Number(p.hours) >= 36);
  assert.ok(external, 'a course run elsewhere');
  const first = await api(teacher, 'POST', '/api/app/courses/records', { programmeId: external.id, plannedStart: iso(daysAgo(40)) });
  const second = await api(teacher, 'POST', '/api/app/courses/records', { programmeId: external.id, plannedStart: iso(daysAgo(30)) });
  assert.equal(first.status, 201);
  assert.equal(second.status, 201);
  const texts = await serverTexts('ru');

  // The deputy declines the first request: a reason is required and the decline is confirmed.
  const deputy = await open('deputy', { width: 360, height: 780 });
  await deputy.goto(`${BASE_URL}/courses/records/${first.body.id}`);
  await deputy.getByTestId('course-decline').click();
  await deputy.getByTestId('course-decline-save').click();
  await deputy.getByTestId('course-decline-form').locator('mat-error').first().waitFor();
  await deputy.getByTestId('course-decline-reason').fill('Биыл мектеп бюджетінде бұл курсқа қаражат жоқ');
  await deputy.getByTestId('course-decline-save').click();
  await deputy.getByTestId('confirm').click();
  await expectSnackbar(deputy, texts['UI:Courses.Declined']);
  await deputy.getByTestId('course-record-status').filter({ hasText: texts['Enum:CourseRecordStatus.Declined'] }).waitFor();
  assert.match(await deputy.getByTestId('course-decline-comment').innerText(), /қаражат жоқ/);
  assert.equal(await deputy.getByTestId('course-decline').count(), 0, 'a declined request is not declined again');
  assert.equal(await hasHorizontalScroll(deputy), false);
  assert.deepEqual(await visibleRawKeys(deputy), []);
  const approved = await api(deputy, 'POST', `/api/app/courses/records/${second.body.id}/approve`, { concurrencyStamp: second.body.concurrencyStamp });
  assert.equal(approved.status, 200);

  // The teacher marks the approved course as being attended, then completes it; too many hours are refused beside the field.
  await teacher.goto(`${BASE_URL}/courses/records/${second.body.id}`);
  assert.equal(await teacher.getByTestId('course-decline').count(), 0, 'the teacher does not review her own request');
  await teacher.getByTestId('course-attend').click();
  await teacher.getByTestId('course-attend-start').fill(iso(daysAgo(30)));
  await teacher.getByTestId('course-attend-end').fill(iso(daysAgo(21)));
  await teacher.getByTestId('course-attend-save').click();
  await expectSnackbar(teacher, texts['UI:Courses.Attended']);
  await teacher.getByTestId('course-record-status').filter({ hasText: texts['Enum:CourseRecordStatus.Attended'] }).waitFor();
  assert.equal(await teacher.getByTestId('course-attend').count(), 0);
  await teacher.getByTestId('course-complete').click();
  await teacher.getByTestId('course-complete-hours').fill('9999');
  await teacher.getByTestId('course-complete-certificate-number').fill('ORL-2026-1187');
  await teacher.getByTestId('course-complete-certificate-date').fill(iso(daysAgo(21)));
  await teacher.getByTestId('course-complete-result').fill('Курс бағдарламасы толық меңгерілді');
  await teacher.getByTestId('course-complete-save').click();
  await teacher.getByTestId('course-complete-form').locator('mat-error').first().waitFor();
  await teacher.getByTestId('course-complete-hours').fill(String(Number(external.hours)));
  await teacher.getByTestId('course-complete-save').click();
  await expectSnackbar(teacher, texts['UI:Courses.Completed']);
  await teacher.getByTestId('course-record-status').filter({ hasText: texts['Enum:CourseRecordStatus.Completed'] }).waitFor();
  assert.equal((await teacher.getByTestId('course-certificate-number').innerText()).trim(), 'ORL-2026-1187');
  assert.deepEqual(await visibleRawKeys(teacher), []);

  // The director opens the teacher's clock from the record: the completed course counts toward her hours.
  const director = await open('director', { width: 360, height: 780 });
  await director.goto(`${BASE_URL}/courses/records/${second.body.id}`);
  await director.getByTestId('course-record-staff-clock').click();
  await director.waitForURL(/\/courses\/clock\/[0-9a-f-]{36}$/);
  const clock = director.getByTestId('course-clock');
  await clock.waitFor();
  assert.ok(parseFloat(await clock.getByTestId('course-clock-hours').innerText()) >= Number(external.hours), 'the completed course\'s hours count');
  await director.getByTestId('course-clock-line').filter({ hasText: external.title }).first().waitFor();
  await director.getByTestId('course-staff-record').nth(1).waitFor(); // the declined and the completed record
  assert.equal(await hasHorizontalScroll(director), false);
  assert.deepEqual(await visibleRawKeys(director), []);
  await shot(director, 'courses-staff-clock-phone');

  // From the school view, a due teacher's name opens her clock.
  await director.goto(`${BASE_URL}/courses/school`);
  const due = director.getByTestId('course-staff-clock-link');
  if (await due.count()) {
    await due.first().click();
    await director.waitForURL(/\/courses\/clock\/[0-9a-f-]{36}$/);
    await director.getByTestId('course-clock').waitFor();
  }
});
