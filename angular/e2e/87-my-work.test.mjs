// My work and the notification centre (issue 13): a teacher sends her plan for agreement, the deputy's bell shows it, the
// deputy opens it from the bell and agrees, the teacher's bell shows "agreed"; "my work" lists the item and comes first on
// the home page; the bell, the pages and the director's school overview fit a 360 px phone in Kazakh.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { BASE_URL, hasHorizontalScroll, shot, signedInBrowsers, expectSnackbar, snackbarText, visibleRawKeys } from './support.mjs';

const open = signedInBrowsers();
// teacher04 (Мадина Қайратқызы Әлиева) has this year's plan returned with a comment in the demo data.
const TEACHER = 'teacher04';
const TEACHER_NAME = 'Мадина Қайратқызы Әлиева';

/** The bell's unread count (0 when no badge). */
async function bellCount(page) {
  const badge = page.getByTestId('bell-count');
  return (await badge.isVisible()) ? Number((await badge.innerText()).replace(/\D/g, '')) : 0;
}

/** Goes home (a navigation makes the bell ask for its count) and waits until the count is at least `min`. */
async function waitForBell(page, min) {
  for (let i = 0; i < 20; i++) {
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('bell').waitFor();
    try {
      await page.getByTestId('bell-count').waitFor({ timeout: 3000 });
      if ((await bellCount(page)) >= min) return;
    } catch {
      /* not yet */
    }
    await page.waitForTimeout(500);
  }
  assert.fail(`the bell did not show ${min} unread`);
}

/** Whether "my work" is the first card of the home page. */
async function myWorkFirst(page) {
  await page.getByTestId('my-work-widget').waitFor();
  return page.locator('[data-testid="home"] .widget-cell').first().locator('[data-testid="my-work-widget"]').count();
}

let planUrl = '';

test('bell: the teacher sends her plan, the deputy sees it in the bell and in "my work", opens it from the bell and agrees; the teacher is told', async () => {
  const deputy = await open('deputy');
  await deputy.getByTestId('bell').waitFor();
  await deputy.waitForTimeout(1500);
  const before = await bellCount(deputy);

  // The teacher sends the plan again after correcting it.
  const teacher = await open(TEACHER);
  assert.equal(await myWorkFirst(teacher), 1, 'my work is the first card of the teacher home');
  await teacher.goto(`${BASE_URL}/development-plans`);
  await teacher.getByTestId('plan-status').filter({ hasText: 'Возвращён' }).first().waitFor();
  await teacher.getByTestId('plan-link').first().click();
  await teacher.getByTestId('plan-submit').waitFor();
  planUrl = teacher.url();
  await teacher.getByTestId('plan-submit').click();
  await teacher.getByTestId('plan-waiting').waitFor();

  // The deputy's bell counts it, and "my work" lists the plan waiting for agreement.
  await waitForBell(deputy, before + 1);
  assert.equal(await myWorkFirst(deputy), 1, 'my work is the first card of the deputy home');
  await deputy.getByTestId('my-work-widget').getByTestId('my-work-open').waitFor();
  await deputy.goto(`${BASE_URL}/my-work?kind=DevelopmentPlans.AwaitingAgreement`);
  const item = deputy.getByTestId('my-work-item').filter({ hasText: TEACHER_NAME });
  await item.first().waitFor();
  assert.match(await item.first().getByTestId('my-work-waiting').innerText(), /Ждёт/);
  assert.deepEqual(await visibleRawKeys(deputy), []);
  await shot(deputy, 'my-work-deputy');

  // The bell's panel: the newest notification names the teacher; opening it goes to the plan.
  await deputy.getByTestId('bell').click();
  const notification = deputy.getByTestId('bell-item').filter({ hasText: TEACHER_NAME }).and(deputy.locator('[data-kind="DevelopmentPlans.Submitted"]'));
  await notification.first().waitFor();
  assert.deepEqual(await visibleRawKeys(deputy), []);
  await shot(deputy, 'bell-panel-deputy');
  await notification.first().click();
  await deputy.waitForURL(/\/development-plans\/[0-9a-f-]{36}$/);
  assert.equal(new URL(deputy.url()).pathname, new URL(planUrl).pathname, 'the notification links to the plan');
  await deputy.getByTestId('plan-review').waitFor();
  await deputy.getByTestId('plan-agree').click();
  await expectSnackbar(deputy, /согласован/i);
  await deputy.getByTestId('plan-status').filter({ hasText: 'Согласован' }).first().waitFor();
  // Opened = read.
  await deputy.goto(`${BASE_URL}/notifications`);
  const opened = deputy.getByTestId('notif-item').filter({ hasText: TEACHER_NAME }).and(deputy.locator('[data-kind="DevelopmentPlans.Submitted"]'));
  await opened.first().waitFor();
  assert.equal(await opened.first().getByTestId('notif-mark-read').count(), 0, 'the opened notification is read');
  await shot(deputy, 'notifications-deputy');
  // Agreed: no longer waiting in "my work".
  await deputy.goto(`${BASE_URL}/my-work?kind=DevelopmentPlans.AwaitingAgreement`);
  await deputy.locator('[data-testid="my-work-list"][aria-busy="false"]').waitFor({ state: 'attached' });
  assert.equal(await deputy.getByTestId('my-work-item').filter({ hasText: TEACHER_NAME }).count(), 0, 'the agreed plan left my work');

  // The teacher's bell: "agreed".
  await waitForBell(teacher, 1);
  await teacher.getByTestId('bell').click();
  const agreed = teacher.getByTestId('bell-item').and(teacher.locator('[data-kind="DevelopmentPlans.Agreed"]'));
  await agreed.first().waitFor();
  assert.match(await agreed.first().innerText(), /согласован/i);
  await shot(teacher, 'bell-panel-teacher');
  await teacher.getByTestId('bell-read-all').click();
  await teacher.getByTestId('bell-count').waitFor({ state: 'detached' });
  await teacher.keyboard.press('Escape');
  await teacher.goto(`${BASE_URL}/notifications?show=unread`);
  await teacher.getByTestId('notif-empty').waitFor();
  assert.deepEqual(await visibleRawKeys(teacher), []);
});

test('my work: the director home shows my work first and the school overview; the page filters by state', async () => {
  const page = await open('director');
  assert.equal(await myWorkFirst(page), 1, 'my work is the first card of the director home');
  const overview = page.getByTestId('school-work-widget');
  await overview.getByTestId('school-work-kind').first().waitFor();
  await overview.getByTestId('without-plan-count').waitFor();
  assert.match(await overview.getByTestId('without-plan-count').innerText(), /^\d+$/);
  assert.deepEqual(await visibleRawKeys(page), []);
  await shot(page, 'home-director-my-work');

  // A kind of the school overview opens the whole school's list, filtered.
  await overview.getByTestId('school-work-kind').first().click();
  await page.waitForURL(/\/my-work\?.*scope=school/);
  await page.getByTestId('my-work-item').first().waitFor();

  await page.goto(`${BASE_URL}/my-work?scope=school`);
  await page.getByTestId('state-Overdue').click();
  await page.waitForURL(/state=Overdue/);
  await page.locator('[data-testid="my-work-list"][aria-busy="false"]').waitFor();
  await page.getByTestId('my-work-item').first().waitFor();
  const states = await page.getByTestId('my-work-state').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  assert.ok(states.length > 0 && states.every((s) => s === 'Overdue'), 'only overdue items');

  // The school's defaults and due-date rules are the director's.
  await page.goto(`${BASE_URL}/notifications/school-settings`);
  await page.getByTestId('prefs-school').getByTestId('pref-row').first().waitFor();
  await page.getByTestId('due-rules-form').waitFor();
  assert.deepEqual(await visibleRawKeys(page), []);
});

test('preferences: a teacher turns off e-mail for one kind under the profile, and it is kept', async () => {
  const page = await open('teacher03');
  await page.goto(`${BASE_URL}/account/profile#notification-settings`);
  const row = page.getByTestId('prefs-mine').locator('[data-kind="DevelopmentPlans.Returned"]');
  await row.waitFor();
  await row.getByTestId('pref-email').click();
  await page.getByRole('option', { name: 'Не отправлять', exact: true }).click();
  await page.getByTestId('prefs-save').click();
  await snackbarText(page);
  await page.reload();
  await row.getByTestId('pref-reset').waitFor();
  assert.match(await row.getByTestId('pref-email').innerText(), /Не отправлять/);
  assert.match(await row.getByTestId('pref-source').innerText(), /Ваш выбор/);
  // Back to the school's default.
  await row.getByTestId('pref-reset').click();
  await page.getByTestId('prefs-save').click();
  await row.getByTestId('pref-reset').waitFor({ state: 'detached' });
  assert.match(await row.getByTestId('pref-source').innerText(), /школы/);
  // The teacher may not change the school's defaults.
  await page.goto(`${BASE_URL}/notifications/school-settings`);
  await page.waitForURL(/\/forbidden/);
});

test('phone, Kazakh: the bell, its panel, my work, notifications and the preferences fit 360 px', async () => {
  for (const user of ['mentor1', 'director']) {
    const page = await open(user, { culture: 'kk', width: 360, height: 780 });
    await page.getByTestId('my-work-widget').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await hasHorizontalScroll(page), false, `${user}: the home page fits 360 px`);
    assert.deepEqual(await visibleRawKeys(page), []);
    await page.getByTestId('my-work-widget').screenshot({ path: `e2e/artifacts/m-home-my-work-${user}-kk.png` });
    if (user === 'director') {
      await page.getByTestId('school-work-widget').getByTestId('without-plan-count').waitFor();
      await page.getByTestId('school-work-widget').screenshot({ path: `e2e/artifacts/m-school-work-${user}-kk.png` });
    }

    await page.getByTestId('bell').click();
    await page.getByTestId('bell-panel').waitFor();
    await page.waitForTimeout(300);
    const panel = await page.locator('.notification-panel').boundingBox();
    assert.ok(panel && panel.x >= 0 && panel.x + panel.width <= 360, `${user}: the panel is inside the screen`);
    assert.equal(await hasHorizontalScroll(page), false, `${user}: the open panel fits 360 px`);
    await shot(page, `m-bell-${user}-kk`);
    await page.keyboard.press('Escape');

    for (const [path, ready] of [['/my-work', 'my-work-list'], ['/notifications', 'notif-list'], ['/account/profile#notification-settings', 'prefs-mine']]) {
      await page.goto(`${BASE_URL}${path}`);
      await page.getByTestId(ready).waitFor({ state: 'attached' });
      await page.locator('mat-progress-bar').first().waitFor({ state: 'detached' }).catch(() => undefined);
      await page.waitForTimeout(300);
      assert.equal(await hasHorizontalScroll(page), false, `${user}: ${path} fits 360 px`);
      assert.deepEqual(await visibleRawKeys(page), [], `${user}: ${path} shows no raw keys`);
    }
    await page.getByTestId('pref-row').first().waitFor();
    await page.getByTestId('prefs-mine').screenshot({ path: `e2e/artifacts/m-preferences-${user}-kk.png` });
  }
});
