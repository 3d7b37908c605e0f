// Sign-in messages that need their own account: a locked account.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launch, shot, signIn } from './support.mjs';

let session;
before(async () => {
  session = await launch({ culture: 'kk' });
});
after(async () => {
  await session?.close();
});

test('too many wrong passwords lock the account, with a clear message', async () => {
  const page = session.page;
  let attempts = 0;
  const attempt = async (password) => {
    if (attempts === 0) await signIn(page, { userName: 'teacher12', password });
    else {
      await page.getByTestId('password').fill(password);
      await page.getByTestId('sign-in').click();
    }
    attempts++;
    await page.locator(`[data-testid="form-error"][data-attempt="${attempts}"]`).waitFor();
    return page.getByTestId('form-error').getAttribute('data-code');
  };

  let code = await attempt('wrong-1');
  assert.equal(code, 'Account:InvalidCredentials');
  while (code !== 'Account:LockedOut' && attempts < 7) code = await attempt(`wrong-${attempts + 1}`);
  assert.equal(code, 'Account:LockedOut');
  assert.match(await page.getByTestId('form-error').innerText(), /бұғатталды/); // the server's Kazakh text
  await shot(page, 'login-locked-kk');

  // Even the right password is refused while the lock lasts.
  assert.equal(await attempt('Demo#2026'), 'Account:LockedOut');
});
