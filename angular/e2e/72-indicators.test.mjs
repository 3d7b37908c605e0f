// The school's indicators (issue 14): the director opens the 20 appendix indicators stage by stage, sees the counted ones
// with what they are counted of (teachers, the administration not counted), records the school's assessment of one that
// no record can count, and finds it again after a reload; the page fits a 360 px phone in Kazakh without raw keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { BASE_URL, hasHorizontalScroll, selectOption, shot, signedInBrowsers, snackbarText, visibleRawKeys } from './support.mjs';

const open = signedInBrowsers();

test('indicators: counted figures with their denominator, a manual assessment saved and shown again', async () => {
  const director = await open('director');
  await director.goto(`${BASE_URL}/`);
  await director.getByTestId('indicators-all').click();
  await director.getByTestId('indicators-denominator').waitFor();
  assert.match(await director.getByTestId('indicators-denominator').innerText(), /без администрации/);
  for (const stage of ['Action', 'Analysis', 'Reflection', 'Design', 'Approbation'])
    assert.equal(await director.getByTestId(`indicators-stage-${stage}`).count(), 1, stage);
  assert.equal(await director.locator('article[data-testid^="indicator-"]').count(), 20);
  assert.match(await director.getByTestId('indicator-Reflection.SelfAssessment').getByTestId('indicator-figure').innerText(), /\d+ \/ \d+/);

  const manual = director.getByTestId('indicator-Reflection.DialogueCulture');
  await manual.getByTestId('indicator-manual').waitFor();
  await manual.getByTestId('indicator-edit').click();
  await selectOption(director, 'indicator-achievement-select', 'Частично достигнуто');
  await manual.getByTestId('indicator-note').fill('Коучинг-сессии раз в месяц');
  await manual.getByTestId('indicator-evidence').fill('Протокол педсовета №3');
  await manual.getByTestId('indicator-save').click();
  await snackbarText(director);
  await director.reload();
  const saved = director.getByTestId('indicator-Reflection.DialogueCulture');
  await saved.getByTestId('indicator-achievement').waitFor();
  assert.equal((await saved.getByTestId('indicator-achievement').innerText()).trim(), 'Частично достигнуто');
  assert.match(await saved.getByTestId('indicator-note-text').innerText(), /Коучинг-сессии/);
  await shot(director, '72-indicators');
});

test('indicators: a 360 px phone in Kazakh shows the page without sideways scroll or raw keys', async () => {
  const director = await open('director', { width: 360, height: 780, culture: 'kk' });
  await director.goto(`${BASE_URL}/indicators`);
  await director.getByTestId('indicators-stage-Approbation').waitFor();
  assert.equal(await hasHorizontalScroll(director), false);
  assert.deepEqual(await visibleRawKeys(director), []);
  await shot(director, '72-indicators-360-kk');
});
