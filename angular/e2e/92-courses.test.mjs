// Courses (issue 17): a teacher records a completed 80-hour course with its certificate, sees her hours toward сарапшы and
// the three-year clock reset, builds a three-event post-course plan that the director approves; a certificate's QR page opens
// without signing in and shows only the certificate's identity and validity.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { BASE_URL, api, hasHorizontalScroll, launch, serverTexts, shot, signedInBrowsers, tempDir, visibleRawKeys } from './support.mjs';

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
  await page.getByTestId('course-record-new').click();
  await page.getByTestId('course-record-form').waitFor();
  await page.getByTestId('course-programme').click();
  await page.getByRole('option').filter({ hasText: PROGRAMME }).click();
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
