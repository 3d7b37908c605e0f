// A user of school A who types the URL of school B's record sees "not found" (and the API answers 404).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, SECOND_SCHOOL, api, launch, shot, signInAndWait } from './support.mjs';

let schoolA;
let schoolB;
before(async () => {
  schoolA = await launch({ culture: 'en' });
  schoolB = await launch({ culture: 'en' });
});
after(async () => {
  await schoolA?.close();
  await schoolB?.close();
});

test("school A's director cannot open school B's staff member or association", async () => {
  await signInAndWait(schoolB.page, { school: SECOND_SCHOOL, userName: 'director' });
  const bStaff = (await api(schoolB.page, 'GET', '/api/app/staff?skipCount=0&maxResultCount=1')).body.items[0];
  assert.ok(bStaff?.id, 'school B has a staff member');
  await schoolB.page.goto(`${BASE_URL}/staff/${bStaff.id}`);
  await schoolB.page.locator('h1', { hasText: bStaff.fullName }).waitFor(); // visible to its own school

  const a = schoolA.page;
  await signInAndWait(a); // Kemel Demo School
  await a.goto(`${BASE_URL}/staff/${bStaff.id}`);
  await a.getByTestId('not-found').waitFor();
  assert.equal(await a.getByTestId('staff-form').count(), 0);
  assert.ok(!(await a.locator('body').innerText()).includes(bStaff.fullName), "nothing of B's record is shown");
  assert.equal((await api(a, 'GET', `/api/app/staff/${bStaff.id}`)).status, 404);
  await shot(a, 'tenant-isolation-not-found');

  const bAssociations = (await api(schoolB.page, 'GET', '/api/app/methodological-associations?skipCount=0&maxResultCount=1')).body.items;
  if (bAssociations.length) {
    await a.goto(`${BASE_URL}/methodological-associations/${bAssociations[0].id}`);
    await a.getByTestId('not-found').waitFor();
  }

  // An unknown address inside the app gets the same view.
  await a.goto(`${BASE_URL}/no-such-page`);
  await a.getByTestId('not-found').waitFor();
});
