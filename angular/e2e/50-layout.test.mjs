// Layout and accessibility: usable at 360 px (no sideways scrolling), a menu button on phones, labels on every
// field, a keyboard path through sign-in.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, hasHorizontalScroll, launch, shot, signInAndWait } from './support.mjs';

let session;
before(async () => {
  session = await launch({ width: 360, height: 740, culture: 'ru' });
});
after(async () => {
  await session?.close();
});

/** Visible form controls without an accessible name (label, aria-label or aria-labelledby). */
async function unlabelledControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, mat-select')]
      .filter((el) => el.getClientRects().length > 0 && el.getAttribute('type') !== 'hidden')
      .filter((el) => {
        const labelled = el.getAttribute('aria-labelledby');
        if (labelled && labelled.split(' ').some((id) => document.getElementById(id)?.textContent?.trim())) return false;
        if (el.getAttribute('aria-label')?.trim()) return false;
        return !(el.labels && [...el.labels].some((l) => l.textContent?.trim()));
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

test('sign-in at 360 px: no sideways scroll, labelled fields, reachable with the keyboard', async () => {
  const page = session.page;
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('sign-in').waitFor();
  assert.equal(await hasHorizontalScroll(page), false);
  assert.deepEqual(await unlabelledControls(page), []);
  await shot(page, 'm-login');

  // Keyboard only: the language buttons, then the school field, user name, password.
  await page.getByTestId('school').focus();
  await page.keyboard.type('Kemel De');
  await page.getByRole('option', { name: 'Kemel Demo School' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('director');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Demo#2026');
  await page.keyboard.press('Enter');
  await page.getByTestId('user-menu').waitFor();
});

test('the staff list and other pages fit 360 px without sideways scrolling', async () => {
  const page = session.page;
  await page.goto(`${BASE_URL}/staff`);
  await page.getByTestId('staff-table').locator('tr.clickable-row').first().waitFor();
  assert.equal(await hasHorizontalScroll(page), false, 'staff list');
  await shot(page, 'm-staff-list');

  // Filters fold away on a phone and open with a button.
  await page.getByTestId('filters-toggle').click();
  await page.getByTestId('filter-category').waitFor();
  assert.equal(await hasHorizontalScroll(page), false, 'staff list with filters');
  await shot(page, 'm-staff-list-filters');

  for (const [path, name] of [
    ['/', 'm-home'], ['/staff/new', 'm-staff-new'], ['/staff/import', 'm-staff-import'],
    ['/methodological-associations', 'm-associations'], ['/audit-logs', 'm-audit-log'],
  ]) {
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(400);
    assert.equal(await hasHorizontalScroll(page), false, path);
    assert.deepEqual(await unlabelledControls(page), [], `labels on ${path}`);
    await shot(page, name);
  }
});

test('on a phone the menu opens from the menu button and lists only permitted pages', async () => {
  const page = session.page;
  await page.goto(`${BASE_URL}/`);
  await page.getByTestId('menu-button').click();
  await page.getByTestId('nav-/staff').waitFor();
  await shot(page, 'm-menu-open');
  await page.getByTestId('nav-/staff').click();
  await page.waitForURL(/\/staff$/);
  await page.getByTestId('staff-table').waitFor();
});

test('the skip link is the first thing the keyboard reaches', async () => {
  const page = session.page;
  await page.goto(`${BASE_URL}/staff`);
  await page.getByTestId('staff-table').waitFor();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.equal(focused, '#main-content');
});

test('the lists with the shared filter bar fit 360 px in Kazakh, with their filters open too', async () => {
  const kk = await launch({ width: 360, height: 740, culture: 'kk' });
  try {
    const page = kk.page;
    await signInAndWait(page, { userName: 'director' });
    for (const [path, name] of [
      ['/staff', 'm-kk-staff'], ['/users', 'm-kk-users'], ['/development-plans', 'm-kk-plans'], ['/route-sheets', 'm-kk-route-sheets'],
      ['/growth-cycles', 'm-kk-growth-cycles'], ['/lesson-observations', 'm-kk-observations'],
      ['/methodological-associations', 'm-kk-associations'], ['/audit-logs', 'm-kk-audit-log'],
    ]) {
      await page.goto(`${BASE_URL}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.locator('app-filter-bar').first().waitFor();
      await page.waitForTimeout(400);
      assert.equal(await hasHorizontalScroll(page), false, path);
      assert.deepEqual(await unlabelledControls(page), [], `labels on ${path}`);
      const toggle = page.getByTestId('filters-toggle');
      if (await toggle.count()) {
        await toggle.click();
        await page.waitForTimeout(200);
        assert.equal(await hasHorizontalScroll(page), false, `${path} with its filters open`);
      }
      const raw = (await page.locator('body').innerText()).match(/\b(?:UI|Menu|Enum):[A-Za-z][A-Za-z0-9_.]*/g) ?? [];
      assert.deepEqual(raw, [], `no raw keys on ${path}`);
      await shot(page, name);
    }
  } finally {
    await kk.close();
  }
});
