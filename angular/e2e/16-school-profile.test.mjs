// School profile: the director of a new school opens it from the menu, sees validation beside the fields (the browser's and
// the server's), saves with a snackbar, is told clearly when someone else saved first (409) and can load their version;
// the page fits 360 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, api, createSchool, expectSnackbar, hasHorizontalScroll, launch, shot, signInAndWait, visibleRawKeys } from './support.mjs';

let school;
let session;

before(async () => {
  school = await createSchool();
  session = await launch({ culture: 'ru' });
  await signInAndWait(session.page, { school: school.name, userName: school.directorUserName, password: school.directorPassword });
});

after(async () => {
  await session?.close();
});

test('school profile: the director edits the details, errors stand beside the fields, a conflict is explained', async () => {
  const { page } = session;
  await page.goto(`${BASE_URL}/`);
  await page.locator('a[href="/school-profile"]').first().click();
  await page.getByTestId('school-profile-form').waitFor();
  assert.equal(await page.getByTestId('bin').inputValue(), school.bin, 'the BIN is shown (read only)');
  assert.equal(await page.getByTestId('name').inputValue(), school.name);
  assert.deepEqual(await visibleRawKeys(page), []);

  // The browser's checks: an empty name and a wrong e-mail are refused beside their fields, nothing is sent.
  await page.getByTestId('name').fill('');
  await page.getByTestId('email').fill('not-an-email');
  await page.getByTestId('save').click();
  const nameField = page.locator('mat-form-field').filter({ has: page.getByTestId('name') });
  const emailField = page.locator('mat-form-field').filter({ has: page.getByTestId('email') });
  await nameField.locator('mat-error').filter({ hasText: /\S/ }).waitFor();
  await emailField.locator('mat-error').filter({ hasText: /\S/ }).waitFor();
  await shot(page, 'school-profile-invalid');

  // The server's check: a name of spaces passes the browser but the server refuses it; its message goes beside the name.
  await page.getByTestId('name').fill('   ');
  await page.getByTestId('email').fill('');
  await page.getByTestId('save').click();
  await page.getByTestId('form-error').waitFor();
  await nameField.locator('mat-error').filter({ hasText: /\S/ }).waitFor();

  // A valid save: snackbar, and the values are there after a reload.
  const address = `Алматы облысы, Қаскелең қ., Абай к-сі, ${Date.now() % 1000}`;
  await page.getByTestId('name').fill(school.name);
  await page.getByTestId('address').fill(address);
  await page.getByTestId('phone').fill('+7 727 000 00 00');
  await page.getByTestId('email').fill('info@example.kz');
  await page.getByTestId('save').click();
  await expectSnackbar(page, /сохран/i);
  await page.reload();
  await page.getByTestId('school-profile-form').waitFor();
  assert.equal(await page.getByTestId('address').inputValue(), address);
  assert.equal(await page.getByTestId('email').inputValue(), 'info@example.kz');

  // Someone else saves first (here: the API with the current stamp): saving the page's stale copy says so, no data is lost.
  const current = await api(page, 'GET', '/api/app/school/profile');
  const { id: _id, bin: _bin, ...body } = current.body;
  const other = await api(page, 'PUT', '/api/app/school/profile', { ...body, district: 'Талғар ауданы' });
  assert.equal(other.status, 200, JSON.stringify(other.body));
  await page.getByTestId('address').fill(`${address} (2)`);
  await page.getByTestId('save').click();
  await page.getByTestId('form-error').filter({ hasText: /кто-то другой/ }).waitFor();
  await shot(page, 'school-profile-conflict');
  await page.getByTestId('reload').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="district"]')?.value === 'Талғар ауданы');
  await page.getByTestId('address').fill(`${address} (2)`);
  await page.getByTestId('save').click();
  await expectSnackbar(page, /сохран/i);

  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(200);
  assert.equal(await hasHorizontalScroll(page), false, 'the school profile fits 360 px');
  await shot(page, 'school-profile-360');
  assert.deepEqual(page.consoleErrors.filter((e) => !/40[09]/.test(e)), []);
});

test('school profile: a teacher sees the details but cannot change them', async () => {
  const teacher = await launch({ culture: 'ru' });
  try {
    await signInAndWait(teacher.page, { userName: 'teacher01' });
    await teacher.page.goto(`${BASE_URL}/school-profile`);
    await teacher.page.getByTestId('school-profile-form').waitFor();
    assert.ok((await teacher.page.getByTestId('name').inputValue()).length > 0);
    assert.equal(await teacher.page.getByTestId('name').isDisabled(), true);
    assert.equal(await teacher.page.getByTestId('save').count(), 0);
  } finally {
    await teacher.close();
  }
});
