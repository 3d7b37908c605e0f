// Printed documents: the staff list as a Word file from the registry page, and the school's own wording of a form.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, shot, signInAndWait, expectSnackbar } from './support.mjs';

let session;
let page;

before(async () => {
  session = await launch({ culture: 'ru' });
  page = session.page;
  await signInAndWait(page);
});
after(async () => {
  await session?.close();
});

test('the registry prints the staff list as a Word file in Kazakh or Russian', async () => {
  await page.goto(`${BASE_URL}/staff`);
  await page.getByTestId('staff-print').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('staff-print-ru').click()]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a DOCX is a zip package');
  assert.ok(bytes.length > 2000);
});

test('a methodologist changes the wording of a form, a broken copy is refused with the reason, and the standard comes back', async () => {
  await page.goto(`${BASE_URL}/document-templates`);
  await page.getByTestId('template-table').getByRole('link', { name: 'Список педагогов' }).first().waitFor();
  assert.ok((await page.getByTestId('template-table').locator('tr').count()) >= 3, 'kk and ru rows');
  await page.goto(`${BASE_URL}/document-templates/StaffRegistry/ru`);
  const content = page.getByTestId('template-content');
  // The editor is there before the template is: wait for its text.
  await page.waitForFunction(() => document.querySelector('[data-testid="template-content"]')?.value.length > 0);
  const standard = await content.inputValue();
  assert.match(standard, /Список педагогических работников/);

  // Beside the editor, the page as it prints: landscape, the title, each field showing its name, the signature line.
  const preview = page.getByTestId('template-preview');
  await preview.getByTestId('preview-h1').filter({ hasText: 'Список педагогических работников' }).waitFor();
  assert.equal(await preview.getByTestId('preview-page').getAttribute('aria-label'), 'Альбомная страница');
  assert.match(await preview.getByTestId('preview-table').innerText(), /«FullName»/);
  assert.match(await preview.getByTestId('preview-signature').innerText(), /Директор школы: _+/);
  // Typing redraws it.
  await content.fill(standard.replace('Список педагогических работников', 'Наши педагоги'));
  await preview.getByTestId('preview-h1').filter({ hasText: 'Наши педагоги' }).waitFor();
  await shot(page, 'document-template-preview');

  await content.fill('<document><p>{{ Header.SchoolName }}</document>');
  await preview.getByTestId('preview-error').filter({ hasText: /Шаблон нельзя использовать/ }).waitFor();
  await page.getByTestId('template-save').click();
  await page.locator('mat-error').filter({ hasText: /Шаблон нельзя использовать/ }).waitFor();
  await shot(page, 'document-template-refused');

  await content.fill(standard.replace('Список педагогических работников', 'Наши педагоги'));
  await page.getByTestId('template-save').click();
  await expectSnackbar(page, /сохранена/);
  await page.getByTestId('template-reset').waitFor();
  await shot(page, 'document-template-customized');

  await page.getByTestId('template-reset').click();
  await page.getByTestId('template-reset').waitFor({ state: 'detached' });
  assert.match(await content.inputValue(), /Список педагогических работников/);
});
