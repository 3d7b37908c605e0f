// Issue 11 in the browser: the director gives accounts from the staff list (one invitation, two one-time passwords on
// the DOCX handout), a teacher signs in with the handout's password and must choose their own, archiving signs that
// teacher out everywhere, and "forgot password" answers the same whoever is asked about.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';

import { BASE_URL, DEMO_SCHOOL, launch, shot, signIn, signedInBrowsers, tempDir } from './support.mjs';

const INVITED = 'Щербакова Юлия Андреевна';
const WITH_PASSWORD = ['Шәріпов Ғалым Жұмаұлы', 'Құрманғазы Өмірбек Нұрлыбекұлы'];
const NEW_PASSWORD = 'Taudan-Kemel-2026!';

/** The texts of a DOCX's runs, in order (the handout is a table: label cell, value cell). */
function docxTexts(path) {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  const entries = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const offset = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (name === 'word/document.xml') {
      const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
      const data = zip.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error('word/document.xml not found');
}

describe('accounts', { concurrency: false }, () => {
  const open = signedInBrowsers({ culture: 'ru' });
  let director;
  let teacherPage;
  const slips = {};

  test('the director gives three staff members accounts: one invitation, two one-time passwords on the handout', async () => {
    director = await open('director');
    await director.goto(`${BASE_URL}/staff`);
    for (const name of [INVITED, ...WITH_PASSWORD]) {
      await director.getByTestId('staff-search').fill(name.split(' ')[0]);
      const row = director.locator(`tr[data-staff="${name}"]`);
      await row.getByTestId('no-account').waitFor();
      await row.locator('[data-testid^="select-"] input').check();
    }
    await director.getByTestId('give-accounts').click();
    await director.getByTestId('give-accounts-selected').click();
    const download = director.waitForEvent('download');
    await director.getByTestId('bulk-confirm').click();
    const file = join(tempDir('kemel-e2e-handout-'), (await download).suggestedFilename());
    await (await download).saveAs(file);
    assert.match(file, /\.docx$/);
    assert.ok(statSync(file).size > 1000, 'the handout is a real DOCX');
    await director.getByTestId('bulk-result').waitFor();
    assert.match(await director.getByTestId('bulk-invited').innerText(), /Щербакова/);
    const otp = await director.getByTestId('bulk-otp').innerText();
    assert.match(otp, /Шәріпов/);
    assert.match(otp, /Құрманғазы/);
    await shot(director, 'accounts-bulk-result');

    const texts = docxTexts(file);
    for (const line of otp.split('\n')) {
      const userName = line.split('—')[1]?.trim();
      if (!userName) continue;
      const at = texts.indexOf(userName);
      assert.ok(at >= 0, `${userName} is on the handout`);
      slips[line.split('—')[0].trim()] = { userName, password: texts[at + 2] };
    }
    assert.equal(Object.keys(slips).length, 2);
    await director.getByTestId('dialog-done').click();

    // The users page shows the invitation as pending.
    await director.goto(`${BASE_URL}/users?q=${encodeURIComponent('Щербакова')}`);
    const state = director.locator('tr[data-user] [data-testid="user-state"]').first();
    await state.waitFor();
    assert.match(await state.innerText(), /Приглашение отправлено/);
    const sharipov = slips[WITH_PASSWORD[0]];
    await director.goto(`${BASE_URL}/users?q=${encodeURIComponent(sharipov.userName)}`);
    await director.locator(`tr[data-user="${sharipov.userName}"]`).getByText('Должен сменить пароль').waitFor();
  });

  test('a teacher signs in with the one-time password, must choose their own, then lands on the teacher home', async () => {
    const { userName, password } = slips[WITH_PASSWORD[0]];
    const session = await launch({ culture: 'kk' });
    teacherPage = session.page;
    keep(session);
    await signIn(teacherPage, { userName, password });
    await teacherPage.getByTestId('first-password-title').waitFor();
    // Nothing else opens until the password is changed.
    await teacherPage.goto(`${BASE_URL}/development-plans`);
    await teacherPage.getByTestId('first-password-title').waitFor();
    await teacherPage.getByTestId('current-password').fill(password);
    await teacherPage.getByTestId('new-password').fill('short');
    await teacherPage.getByTestId('repeat-password').fill('short');
    await teacherPage.getByTestId('change-password-submit').click();
    assert.ok(await teacherPage.getByTestId('password-rules').isVisible());
    await teacherPage.getByTestId('new-password').fill(NEW_PASSWORD);
    await teacherPage.getByTestId('repeat-password').fill(NEW_PASSWORD);
    await shot(teacherPage, 'accounts-first-password');
    await teacherPage.getByTestId('change-password-submit').click();
    await teacherPage.locator('[data-home="teacher"]').waitFor();
    assert.equal(new URL(teacherPage.url()).pathname, '/');
  });

  test('archiving a signed-in teacher ends their session: the next action lands on the sign-in page', async () => {
    await director.goto(`${BASE_URL}/staff`);
    await director.getByTestId('staff-search').fill('Шәріпов');
    await director.locator(`tr[data-staff="${WITH_PASSWORD[0]}"] a.row-link`).click();
    await director.getByTestId('staff-archive').click();
    await director.getByTestId('confirm').click();
    await director.getByTestId('staff-restore').waitFor();

    await teacherPage.getByTestId('user-menu').click();
    await teacherPage.getByTestId('my-profile').click();
    await teacherPage.getByTestId('sign-in').waitFor();
    assert.equal(new URL(teacherPage.url()).pathname, '/login');
  });

  test('forgot password gives the same confirmation whether or not the account exists', async () => {
    const session = await launch({ culture: 'ru' });
    keep(session);
    const page = session.page;
    const sent = [];
    for (const who of ['teacher01', 'nobody-here']) {
      await page.goto(`${BASE_URL}/login`);
      await page.getByTestId('forgot-password').click();
      const school = page.getByTestId('school');
      await school.fill('');
      await school.fill(DEMO_SCHOOL.slice(0, 8));
      await page.getByRole('option', { name: DEMO_SCHOOL, exact: true }).click();
      await page.getByTestId('username-or-email').fill(who);
      await page.getByTestId('forgot-submit').click();
      sent.push(await page.getByTestId('forgot-sent').innerText());
    }
    assert.equal(sent[0], sent[1]);
    await shot(page, 'accounts-forgot-sent');
  });
});

const sessions = [];
function keep(session) {
  sessions.push(session);
}
after(async () => {
  for (const s of sessions) await s.close();
});
