// Development plan templates and bulk assignment of plans. In a new school (so the demo school's teachers do not see the
// test's templates) the director copies a built-in template, sees validation beside the fields (a section's own beside that
// section), saves, renames, is told of a conflict (409), deletes it and pages through eleven more; in the demo school the
// deputy assigns plans for next year to one association (the missing level is shown beside its field). The pages fit 360 px.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  BASE_URL, api, clickUntil, createSchool, expectSnackbar, hasHorizontalScroll, launch, selectOption, shot, signedInBrowsers, signInAndWait, visibleRawKeys,
} from './support.mjs';

const open = signedInBrowsers();
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

test('plan templates: the director copies a built-in template, fixes the fields, saves, renames after a conflict and deletes it', async () => {
  const { page } = session;
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-templates').click();
  await page.getByTestId('templates-empty').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(200);
  assert.equal(await hasHorizontalScroll(page), false, 'the template list fits 360 px');
  await page.setViewportSize({ width: 1366, height: 900 });

  // The list lays itself out again at the wider size: a click on the moving link may be lost, so it is clicked again.
  await clickUntil(page.getByTestId('template-copy').first(), (timeout) => page.getByTestId('plan-template-form').waitFor({ timeout }));
  assert.match(await page.getByTestId('tpl-name').inputValue(), /\(копия\)$/);
  const sectionCount = await page.locator('[data-testid^="tpl-section-"]').count();
  assert.ok(sectionCount >= 1, 'the built-in sections are copied');

  // Browser check: an empty section title is refused beside the field.
  const first = page.getByTestId('tpl-section-1');
  const titleKk = await first.getByTestId('section-title-kk').inputValue();
  await first.getByTestId('section-title-kk').fill('');
  await page.getByTestId('tpl-save').click();
  await first.locator('mat-form-field').filter({ has: page.getByTestId('section-title-kk') }).locator('mat-error').filter({ hasText: /\S/ }).waitFor();
  await first.getByTestId('section-title-kk').fill(titleKk);

  // Server check: section 3's Russian title of spaces passes the browser; the server names that section's field
  // (sections[2].titleRu) and its message stands beside it, not beside the same field of section 1.
  const third = page.getByTestId('tpl-section-3');
  const titleRu = await third.getByTestId('section-title-ru').inputValue();
  await third.getByTestId('section-title-ru').fill('   ');
  await page.getByTestId('tpl-save').click();
  await page.getByTestId('form-error').waitFor();
  const ruError = (section) => section.locator('mat-form-field').filter({ has: page.getByTestId('section-title-ru') }).locator('mat-error');
  await ruError(third).filter({ hasText: /\S/ }).waitFor();
  assert.equal(await ruError(first).count(), 0);
  assert.equal(await page.getByTestId('sections-error').count(), 0, 'the message is not put on the list as a whole');
  await third.getByTestId('section-title-ru').fill(titleRu);

  // Server check: a name of spaces passes the browser; the server's message stands beside the name.
  await page.getByTestId('tpl-name').fill('   ');
  await page.getByTestId('tpl-save').click();
  await page.getByTestId('form-error').waitFor();
  await page.locator('mat-form-field').filter({ has: page.getByTestId('tpl-name') }).locator('mat-error').filter({ hasText: /\S/ }).waitFor();
  await shot(page, 'plan-template-errors');

  // A new section with a row, then save.
  const name = `Шаблон школы ${Date.now() % 100000}`;
  await page.getByTestId('tpl-name').fill(name);
  await page.getByTestId('section-add').click();
  const added = page.getByTestId(`tpl-section-${sectionCount + 1}`);
  await added.getByTestId('section-title-kk').fill('Зерттеу сабақтары');
  await added.getByTestId('section-title-ru').fill('Исследование урока');
  await added.getByTestId('row-add').click();
  await added.getByTestId('row-title-kk').fill('Lesson Study тобына қатысу');
  await added.getByTestId('row-title-ru').fill('Участие в группе Lesson Study');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(200);
  assert.equal(await hasHorizontalScroll(page), false, 'the template form fits 360 px');
  await shot(page, 'plan-template-form-360');
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.waitForTimeout(300); // the form lays itself out again at the wider size before its button is clicked
  await page.getByTestId('tpl-save').click();
  await expectSnackbar(page, /сохран/i);
  const row = page.getByTestId('template-row').filter({ hasText: name });
  await row.waitFor();

  // Open it; someone else saves first; saving the stale copy explains the conflict and reloads the other version.
  await row.getByTestId('template-link').click();
  await page.getByTestId('plan-template-form').waitFor();
  assert.equal(await page.getByTestId(`tpl-section-${sectionCount + 1}`).getByTestId('row-title-ru').inputValue(), 'Участие в группе Lesson Study');
  const id = page.url().split('/').pop();
  const current = (await api(page, 'GET', `/api/app/development-plans/templates/${id}`)).body;
  const other = await api(page, 'PUT', `/api/app/development-plans/templates/${id}`, {
    name: `${name} (изм.)`, layoutKind: current.layoutKind, sections: current.sections, concurrencyStamp: current.concurrencyStamp,
  });
  assert.equal(other.status, 200, JSON.stringify(other.body));
  await page.getByTestId('tpl-name').fill(`${name} 2`);
  await page.getByTestId('tpl-save').click();
  await page.getByTestId('form-error').filter({ hasText: /кто-то другой/ }).waitFor();
  await page.getByTestId('reload').click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="tpl-name"]')?.value === n, `${name} (изм.)`);
  await page.getByTestId('tpl-name').fill(`${name} 2`);
  await page.getByTestId('tpl-save').click();
  await expectSnackbar(page, /сохран/i);

  // Delete it (after confirming): the empty state is back.
  await page.getByTestId('template-row').filter({ hasText: `${name} 2` }).getByTestId('template-delete').click();
  await page.getByTestId('confirm').click();
  await expectSnackbar(page, /удал/i);
  await page.getByTestId('templates-empty').waitFor();

  // Eleven templates: ten a page, the eleventh on page 2; deleting it goes back to page 1.
  const layout = current.layoutKind;
  for (let i = 1; i <= 11; i++) {
    const body = { name: `Шаблон ${String(i).padStart(2, '0')}`, layoutKind: layout, sections: current.sections };
    const made = await api(page, 'POST', '/api/app/development-plans/templates', body);
    assert.equal(made.status, 201, JSON.stringify(made.body));
  }
  await page.goto(`${BASE_URL}/development-plans/templates?size=10&page=2`);
  await page.getByTestId('templates-paginator').waitFor();
  await page.getByTestId('template-row').filter({ hasText: 'Шаблон 11' }).waitFor();
  assert.equal(await page.getByTestId('template-row').count(), 1);
  assert.equal(await page.getByTestId('template-copy').count(), 2, 'the built-in forms are shown on every page');
  await page.getByTestId('template-row').getByTestId('template-delete').click();
  await page.getByTestId('confirm').click();
  await expectSnackbar(page, /удал/i);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="template-row"]').length === 10);
  assert.doesNotMatch(page.url(), /page=/);
});

test('plans list: a teacher sees neither the templates link nor the assign button', async () => {
  const page = await open('teacher01');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-table').waitFor();
  assert.equal(await page.getByTestId('plan-templates').count(), 0);
  assert.equal(await page.getByTestId('plan-assign').count(), 0);
});

test('plan assignment: the deputy assigns next year\'s plans to an association; a missing level is shown beside its field', async () => {
  const page = await open('deputy');
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-table').waitFor();
  await page.getByTestId('plan-assign').click();
  await page.getByTestId('assign-template').waitFor();
  await page.locator('mat-dialog-container').getByTestId('assign-year').click();
  await page.getByRole('option').first().click(); // next year (the list is newest first)

  // The level scope without a level: the server's message stands beside the level field.
  await selectOption(page, 'assign-scope', 1);
  await page.getByTestId('assign-submit').click();
  await page.locator('mat-form-field').filter({ has: page.getByTestId('assign-category') }).locator('mat-error').filter({ hasText: /\S/ }).waitFor();
  await shot(page, 'plans-assign-error');

  await selectOption(page, 'assign-scope', 2);
  // A demo association with members (e2e 10 adds an empty «E2E …» one, which sorts first).
  await page.getByTestId('assign-association').click();
  await page.getByRole('option').filter({ hasNotText: /^E2E/ }).first().click();
  await page.getByTestId('assign-submit').click();
  const result = await page.getByTestId('assign-result').innerText();
  assert.match(result, /Создано планов: \d+, пропущено: \d+/);
  const [, created, skipped] = result.match(/Создано планов: (\d+), пропущено: (\d+)/).map(Number);
  assert.ok(created > 0, 'plans were created for the association');
  // Again: everyone now has a plan for that year, so all are skipped.
  await page.getByTestId('assign-submit').click();
  await page.getByTestId('assign-result').filter({ hasText: new RegExp(`Создано планов: 0, пропущено: ${created + skipped}`) }).waitFor();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(200);
  assert.equal(await hasHorizontalScroll(page), false, 'the dialog fits 360 px');
  await shot(page, 'plans-assign-360');
});
