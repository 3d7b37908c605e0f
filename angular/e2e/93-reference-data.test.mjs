// Reference data (issue 14): teacher01 reads Table 1's forms and indicators for the stage; the director
// renames a self-assessment level and marks педагог-исследователь as not used (the ladder skips it), reads the professional
// standard's requirements per category, and the page fits 360 px with no raw keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { BASE_URL, followLink, api, hasHorizontalScroll, shot, signedInBrowsers, expectSnackbar, visibleRawKeys } from './support.mjs';

const open = signedInBrowsers();

test('reference data: Table 1 columns on the cycle page', async () => {
  const page = await open('teacher01');
  await followLink(page, page.getByTestId('growth-widget-open'), /\/growth-cycles\/[0-9a-f-]+/);
  const columns = page.getByTestId('guidance-columns-TeacherActions');
  await columns.waitFor();
  // teacher01 is at Reflection on a fresh database and at Design once the growth-cycle tests have moved her on.
  const text = await columns.innerText();
  assert.match(text, /Формы и методы работы/);
  assert.match(text, /Индикаторы эффективности/);
  assert.match(text, /рефлексивные записи|постановка SMART-целей/);
  assert.match(text, /сформулированные зоны роста|наличие ИПР/);
  assert.deepEqual(await visibleRawKeys(page), []);
});

test('reference data: the director renames a scale level and skips a category, at 360 px', async () => {
  const page = await open('director', { width: 360, height: 800 });
  await page.goto(`${BASE_URL}/growth-cycles/settings`);
  await page.getByRole('tab', { name: 'Шкала и категории' }).click();
  const school = page.getByTestId('settings-school');
  await school.getByTestId('scale-ru-1').waitFor();
  // The page fills the names once the school's settings have loaded.
  for (let i = 0; i < 50 && !(await school.getByTestId('scale-ru-1').inputValue()); i++) await page.waitForTimeout(200);
  assert.equal(await school.getByTestId('scale-ru-1').inputValue(), 'начальный');
  await school.getByTestId('scale-ru-1').fill('стартовый');
  await school.getByTestId('ladder-skip-Researcher').click();
  await school.getByTestId('school-save').click();
  await expectSnackbar(page, /сохран/i);
  assert.doesNotMatch(await school.getByTestId('ladder-text').innerText(), /исследователь/i);
  assert.equal(await hasHorizontalScroll(page), false, 'no sideways scroll at 360 px');
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'reference-school-settings-360');

  const saved = await api(page, 'GET', '/api/app/growth-cycles/settings/school');
  assert.equal(saved.body.scaleLabelsRu[0], 'стартовый');
  assert.deepEqual(saved.body.skippedCategories, ['Researcher']);

  await page.getByRole('tab', { name: 'Профессиональный стандарт' }).click();
  const requirements = page.getByTestId('standard-requirements');
  await requirements.waitFor();
  assert.match(await requirements.innerText(), /Обеспечение безопасной образовательной среды/);
  assert.match(await page.getByTestId('standard-values').innerText(), /гражданственность/);

  const reset = await api(page, 'PUT', '/api/app/growth-cycles/settings/school', { skippedCategories: [], concurrencyStamp: saved.body.concurrencyStamp });
  assert.equal(reset.status, 200);
});
