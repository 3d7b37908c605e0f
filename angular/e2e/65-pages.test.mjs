// Pages a real user stumbled on (issue 14): dates written as the app's language writes them, whatever the browser's
// language; the director's home tiles lead to the list behind each number and keep their words whole at 360 px.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { BASE_URL, clickUntil, followLink, api, hasHorizontalScroll, launch, selectOption, shot, signInAndWait, expectSnackbar } from './support.mjs';

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
  const kkMonth = ['қаң', 'ақп', 'нау', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел'][now.getMonth()];
  const header = await period.innerText();
  assert.ok(header.toLowerCase().includes(kkMonth) && header.includes(String(now.getFullYear())), `the calendar names the month in Kazakh: "${header}"`);
  assert.match(await page.locator('.mat-calendar-table-header').innerText(), /^\s*дүйсенбі/i, 'weekdays in Kazakh, from Monday');
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

/** Words of a text broken across two lines (a word of up to 12 letters must stay whole; longer ones may be hyphenated). */
async function brokenWords(page, selector) {
  return page.evaluate((sel) => {
    const broken = [];
    for (const el of document.querySelectorAll(sel)) {
      const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!node) continue;
      const text = node.textContent;
      for (const m of text.matchAll(/[^\s]+/g)) {
        if (m[0].length > 12) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  }, selector);
}

test("the director's home tiles keep their words whole at 360 px in ru and kk and open the list behind each number", async () => {
  const { page } = await open({ culture: 'ru', width: 360, height: 780 }, 'ru');
  await signInAndWait(page);
  const tile = page.getByTestId('indicator-completed-cycles');
  await tile.waitFor();
  await page.getByTestId('figure-staff').waitFor();
  assert.deepEqual(await brokenWords(page, '.figure dt'), [], 'ru labels wrap between words');
  assert.equal(await hasHorizontalScroll(page), false);
  await shot(page, 'home-tiles-ru-360');

  // The whole tile is the link: the list opens with the tile's filter applied.
  await tile.click();
  await page.waitForURL(/\/growth-cycles\?.*status=Completed/);
  assert.match(page.url(), /year=\d{4}/);
  assert.match(await page.getByTestId('filter-status').textContent(), /Заверш/, 'the list shows the filter it was opened with');
  await page.goBack();
  await page.getByTestId('figure-young').click();
  await page.waitForURL(/\/staff\?young=true/);
  await page.goBack();
  await page.getByTestId('indicator-lessons').click();
  await page.waitForURL(/\/lesson-observations\?from=\d{4}-09-01&to=\d{4}-08-31/);

  const kk = (await open({ culture: 'ru', width: 360, height: 780 }, 'kk')).page;
  await signInAndWait(kk);
  await kk.getByTestId('indicator-completed-cycles').waitFor();
  await kk.getByTestId('figure-staff').waitFor();
  assert.equal(await kk.evaluate(() => document.documentElement.lang), 'kk');
  assert.deepEqual(await brokenWords(kk, '.figure dt'), [], 'kk labels wrap between words');
  assert.equal(await hasHorizontalScroll(kk), false);
  await shot(kk, 'home-tiles-kk-360');

  // The cycle list at 360 px: its explanation and filters fold, the first cycle is on the first screen.
  await checkCycleList(kk);
});

async function checkCycleList(page) {
  await page.goto(`${BASE_URL}/growth-cycles`);
  const first = page.getByTestId('cycle-link').first();
  await first.waitFor();
  assert.equal(await page.getByTestId('filters-toggle').isVisible(), true, 'the filters fold behind a button');
  const box = await first.boundingBox();
  assert.ok(box && box.y + box.height < 780, `the first cycle is on the first screen (y=${box?.y})`);
  assert.equal(await hasHorizontalScroll(page), false);
  await shot(page, 'cycle-list-kk-360');
}

test('plan editor: the SMART rule shows in the goal card, an activity is linked from there, a draft saves in any state', async () => {
  const { page } = await open({ culture: 'ru' }, 'ru');
  // teacher09's draft: no later test submits it (teacher04's plan is resubmitted by the "my work" tests).
  await signInAndWait(page, { userName: 'teacher09' });
  await page.goto(`${BASE_URL}/development-plans`);
  await page.getByTestId('plan-link').first().click();
  await page.getByTestId('plan-topic').waitFor();

  // A Table 18 plan (32 actions) opens with its action sections folded, each with its progress.
  const progress = page.getByTestId('section-progress');
  assert.ok((await progress.count()) >= 4, 'every section shows its progress');
  assert.ok((await page.getByTestId('item').count()) < 32, 'the long action sections start folded');

  await page.getByTestId('goal-add').click();
  const goal = page.locator('.entry-card').filter({ has: page.getByTestId('goal-title') }).last();
  await goal.getByTestId('goal-title').fill('Повысить долю уроков с критериальным оцениванием');
  const achievable = goal.getByTestId('smart-Achievable');
  assert.equal(await achievable.getAttribute('data-ok'), 'false');
  assert.match(await goal.getByTestId('goal-link-hint').innerText(), /К какой цели/);
  assert.equal(await goal.getByTestId('smart-Specific').getAttribute('data-ok'), 'true');

  // Linked from the goal card: a new action, already for this goal, opened and in view (its text still empty).
  await goal.getByTestId('goal-add-activity').click();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'item-text');
  assert.equal(await achievable.getAttribute('data-ok'), 'true');
  assert.equal(await goal.getByTestId('goal-link-hint').count(), 0);

  // The goal is not SMART yet (no indicator, priority, deadline) and the new action has no text: the draft saves all the same.
  await page.getByTestId('plan-save').click();
  await expectSnackbar(page, /Сохран|сохран/);
  assert.equal(await page.getByTestId('form-error').count(), 0);
  await shot(page, 'plan-editor-smart');
});

test('the audit log names the record, whose it is, who changed it and the fields, in the reader language', async () => {
  const { page } = await open({ culture: 'ru' }, 'ru');
  await signInAndWait(page);
  await page.goto(`${BASE_URL}/audit-logs?entityType=DevelopmentPlan`);
  const entity = page.getByTestId('audit-entity').first();
  await entity.waitFor();
  assert.match(await entity.innerText(), /Индивидуальный план развития/);
  assert.match(await page.getByTestId('audit-owner').first().innerText(), /Чья запись: \S+/);
  await entity.click();
  const properties = await page.getByTestId('audit-property').allInnerTexts();
  assert.ok(properties.length > 0);
  for (const p of properties) assert.doesNotMatch(p, /^[A-Z][a-z]+[A-Z]\w*$/, `"${p}" is a field name, not a CLR property`);
  for (const v of await page.getByTestId('audit-new-value').allInnerTexts()) {
    assert.doesNotMatch(v, /^[0-9a-f]{8}-[0-9a-f]{4}-/, 'an id is shown as a name or "another record"');
    assert.doesNotMatch(v, /^\d{4}-\d{2}-\d{2}T/, 'times in the reader format');
    assert.doesNotMatch(v, /^\{"/, 'a plan content is summarised, its JSON only on request');
  }
  await shot(page, 'audit-log-ru');
});

test('the wheel of balance at 360 px fits the screen and names every sector in full under the wheel', async () => {
  const { page } = await open({ culture: 'ru', width: 360, height: 780 }, 'kk');
  await signInAndWait(page, { userName: 'teacher01' });
  await followLink(page, page.getByTestId('growth-widget-open'), /\/growth-cycles\/[0-9a-f-]+/);
  const coaching = page.getByTestId('artefact-CoachingSelfAnalysis');
  const legend = coaching.getByTestId('view-wheel').getByTestId('radar-legend');
  await clickUntil(coaching.getByTestId('artefact-toggle'), (timeout) => legend.waitFor({ timeout }));
  const sectors = await legend.locator('li').allInnerTexts();
  assert.ok(sectors.length >= 6, `every sector is named (${sectors.length})`);
  for (const s of sectors) assert.match(s, /\p{L}{3,}.*\d/u, `"${s}": a name and its score`);
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && e.getClientRects().length)
    .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
    .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`));
  assert.equal(await hasHorizontalScroll(page), false, `the wheel does not push the page sideways: ${wide.join('; ')}`);
  await coaching.getByTestId('view-wheel').screenshot({ path: 'e2e/artifacts/wheel-kk-360.png' });
});
