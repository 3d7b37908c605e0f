// Pages a real user stumbled on (issue 14): dates written as the app's language writes them, whatever the browser's
// language; the director's home tiles lead to the list behind each number and keep their words whole at 360 px.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { BASE_URL, api, launch, selectOption, shot, signInAndWait } from './support.mjs';

const sessions = [];
after(async () => {
  for (const s of sessions) await s.close();
});

async function open(options, culture) {
  const session = await launch(options);
  sessions.push(session);
  // The app's language is Kazakh although the browser speaks American English.
  await session.context.addInitScript((c) => localStorage.setItem('kemel.culture', c), culture);
  return session;
}

test('a Kazakh teacher on an en-US browser types and picks dates as dd.MM.yyyy; the API gets the same ISO day', async () => {
  const { page } = await open({ culture: 'en-US' }, 'kk');
  await signInAndWait(page);
  assert.equal(await page.evaluate(() => navigator.language), 'en-US');
  await page.goto(`${BASE_URL}/staff/new`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');

  const hire = page.getByTestId('hireDate');
  assert.equal(await hire.getAttribute('placeholder'), 'кк.аа.жжжж');
  // A day the calendar does not have is refused with the expected notation, not stored as another day.
  await hire.fill('31.02.2025');
  await hire.press('Tab');
  const hireError = page.locator('mat-form-field', { has: hire }).locator('mat-error');
  await hireError.waitFor();
  assert.match(await hireError.innerText(), /кк\.аа\.жжжж/);
  await hire.fill('5.9.2025');
  await hire.press('Tab');
  assert.equal(await hire.inputValue(), '05.09.2025');

  // Picked from the calendar: Kazakh month names, and the picked day written dd.MM.yyyy.
  const assigned = page.getByTestId('categoryAssignedOn');
  await page.locator('mat-form-field', { has: assigned }).locator('mat-datepicker-toggle button').click();
  const period = page.locator('.mat-calendar-period-button');
  await period.waitFor();
  const now = new Date();
  const kkMonth = new Intl.DateTimeFormat('kk', { month: 'short' }).format(now).toLowerCase();
  assert.ok((await period.innerText()).toLowerCase().includes(kkMonth.replace('.', '')), `the calendar names the month in Kazakh (${kkMonth})`);
  await page.locator('.mat-calendar-body-cell', { hasText: /^\s*15\s*$/ }).click();
  const pad = (n) => String(n).padStart(2, '0');
  assert.equal(await assigned.inputValue(), `15.${pad(now.getMonth() + 1)}.${now.getFullYear()}`);
  await shot(page, 'dates-kk-en-us');

  const name = `Күн Тексеру ${Date.now()}`;
  await page.getByTestId('fullName').fill(name);
  await page.getByTestId('position').fill('Математика пәнінің мұғалімі');
  await selectOption(page, 'category', 1);
  await page.getByTestId('totalExperienceYears').fill('3');
  await page.getByTestId('teachingExperienceYears').fill('2');
  await page.getByTestId('save').click();
  await page.waitForURL(/\/staff\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  const saved = await api(page, 'GET', `/api/app/staff/${id}`);
  assert.equal(saved.status, 200);
  assert.equal(saved.body.hireDate.slice(0, 10), '2025-09-05', 'the typed day, no time-zone shift');
  assert.equal(saved.body.categoryAssignedOn.slice(0, 10), `${now.getFullYear()}-${pad(now.getMonth() + 1)}-15`);
});
