// Two-factor sign-in: the director of a freshly created school (so the demo accounts stay untouched) turns it on at
// /account/two-factor with a code computed here from the shared key (RFC 6238), signs out, signs in with the code (a
// wrong code is refused first), then with a recovery code, and turns it off again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, api, createSchool, launch, shot, signIn, signOut, totp, visibleRawKeys } from './support.mjs';

let school;
let session;
let sharedKey = '';
let recoveryCodes = [];

before(async () => {
  school = await createSchool();
  session = await launch({ culture: 'en' });
});
after(async () => {
  // Leave the account as it was even when a step failed (best effort: the school is a throwaway one anyway).
  try {
    const page = session?.page;
    if (page && (await api(page, 'GET', '/api/account/two-factor')).body?.enabled) {
      await api(page, 'POST', '/api/account/two-factor/disable', { password: school.directorPassword });
    }
  } catch {
    /* signed out or gone */
  }
  await session?.close();
});

const signInAsDirector = (page) =>
  signIn(page, { school: school.name, userName: school.directorUserName, password: school.directorPassword });

test('the director turns on two-factor sign-in with a code from the shared key and sees the recovery codes once', async () => {
  const page = session.page;
  await signInAsDirector(page);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('two-factor-link').click();
  await page.waitForURL(/\/account\/two-factor$/);
  await page.getByTestId('two-factor-setup').click();
  sharedKey = (await page.getByTestId('two-factor-key').innerText()).replace(/\s+/g, '');
  assert.match(sharedKey, /^[A-Z2-7]{16,}$/, 'a base32 key');
  assert.match(await page.getByTestId('two-factor-uri').textContent(), new RegExp(`secret=${sharedKey}`));

  await page.getByTestId('two-factor-code').fill('000000' === totp(sharedKey) ? '111111' : '000000');
  await page.getByTestId('two-factor-enable').click();
  await page.getByTestId('form-error').filter({ hasText: /code is incorrect/i }).waitFor();

  await page.getByTestId('two-factor-code').fill(totp(sharedKey));
  await page.getByTestId('two-factor-enable').click();
  const codes = page.getByTestId('recovery-codes');
  await codes.waitFor();
  recoveryCodes = (await codes.locator('li code').allInnerTexts()).map((c) => c.trim());
  assert.equal(recoveryCodes.length, 10);
  await page.getByTestId('two-factor-disable').waitFor();
  assert.equal((await api(page, 'GET', '/api/account/two-factor')).body.enabled, true);
  assert.deepEqual(page.consoleErrors, []);
  await shot(page, 'two-factor-enabled');
  await signOut(page);
});

test('signing in then asks for the code: a wrong one is refused, the right one lets the director in', async () => {
  const page = session.page;
  await signInAsDirector(page);
  const step = page.getByTestId('two-factor-login');
  await step.waitFor();
  assert.match(await page.locator('h1').innerText(), /Two-step verification/);
  assert.deepEqual(await visibleRawKeys(page), []);
  assert.equal(await page.getByTestId('user-menu').count(), 0, 'not signed in before the code');
  assert.equal((await api(page, 'GET', '/api/account/two-factor')).status, 401);
  await shot(page, 'login-two-factor-code');

  // Not six digits: the field says so, nothing is sent.
  await page.getByTestId('two-factor-login-code').fill('12');
  await page.getByTestId('two-factor-login-submit').click();
  await step.locator('mat-error').filter({ hasText: /6 digits/ }).waitFor();

  const now = Date.now();
  const valid = new Set([-2, -1, 0, 1, 2].map((s) => totp(sharedKey, now + s * 30_000)));
  const wrong = ['123456', '654321', '111111'].find((c) => !valid.has(c));
  await page.getByTestId('two-factor-login-code').fill(wrong);
  await page.getByTestId('two-factor-login-submit').click();
  const error = page.getByTestId('form-error');
  await error.waitFor();
  assert.equal(await error.getAttribute('data-code'), 'Account:InvalidTwoFactorCode');
  assert.equal(await page.getByTestId('two-factor-login-code').inputValue(), '', 'the wrong code is cleared');

  await page.getByTestId('two-factor-login-code').fill(totp(sharedKey));
  await page.getByTestId('two-factor-login-submit').click();
  await page.getByTestId('user-menu').waitFor();
  assert.equal(await page.getByTestId('school-name').innerText(), school.name);
  assert.equal(await page.getByTestId('home').getAttribute('data-home'), 'director');
  await signOut(page);
});

test('a recovery code works once instead of the app (the page in Russian)', async () => {
  const page = session.page;
  await page.evaluate(() => localStorage.setItem('kemel.culture', 'ru'));
  await signInAsDirector(page);
  await page.getByTestId('two-factor-login').waitFor();
  assert.match(await page.locator('h1').innerText(), /Двухэтапная проверка/);
  await page.getByTestId('two-factor-login-toggle').click();
  await page.getByTestId('two-factor-login-recovery').fill(recoveryCodes[0]);
  await page.getByTestId('two-factor-login-submit').click();
  await page.getByTestId('user-menu').waitFor();
  assert.equal((await api(page, 'GET', '/api/account/two-factor')).body.recoveryCodesLeft, 9);
  await signOut(page);

  // The same recovery code is refused the second time; "back" returns to the password.
  await signInAsDirector(page);
  await page.getByTestId('two-factor-login-toggle').click();
  await page.getByTestId('two-factor-login-recovery').fill(recoveryCodes[0]);
  await page.getByTestId('two-factor-login-submit').click();
  assert.equal(await page.getByTestId('form-error').getAttribute('data-code'), 'Account:InvalidTwoFactorCode');
  await page.getByTestId('two-factor-login-back').click();
  await page.getByTestId('password').waitFor();
  await page.evaluate(() => localStorage.setItem('kemel.culture', 'en'));
});

test('the director turns two-factor sign-in off with a code; the next sign-in asks for the password only', async () => {
  const page = session.page;
  await signInAsDirector(page);
  await page.getByTestId('two-factor-login-code').fill(totp(sharedKey));
  await page.getByTestId('two-factor-login-submit').click();
  await page.getByTestId('user-menu').waitFor();

  await page.goto(`${BASE_URL}/account/two-factor`);
  await page.getByTestId('two-factor-code').fill(totp(sharedKey));
  await page.getByTestId('two-factor-disable').click();
  await page.getByTestId('two-factor-setup').waitFor();
  assert.equal((await api(page, 'GET', '/api/account/two-factor')).body.enabled, false);
  await signOut(page);

  await signInAsDirector(page);
  await page.getByTestId('user-menu').waitFor();
  assert.equal(await page.getByTestId('two-factor-login').count(), 0);
  assert.deepEqual(page.consoleErrors, []);
});
