// A number meets a noun in the reader's plural form (ICU plural blocks, angular/src/app/core/i18n/plural.ts):
// the Russian staff list says "1 год", "3 года", "12 лет", never "3 лет".
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, signInAndWait } from './support.mjs';

let session;
before(async () => {
  session = await launch({ culture: 'ru' });
});
after(async () => {
  await session?.close();
});

test('the staff list gives years in the Russian plural form of each number', async () => {
  const { page } = session;
  await signInAndWait(page);
  await page.goto(`${BASE_URL}/staff`);
  const cells = page.locator('td.mat-column-experience');
  await cells.first().waitFor();
  const texts = (await cells.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  assert.ok(texts.length > 5, 'the demo school lists its staff with experience');
  const word = { one: 'год', few: 'года', many: 'лет', other: 'года' };
  for (const text of texts) {
    const match = /^(\d+) \/ (\d+) (\S+)$/.exec(text);
    assert.ok(match, `"${text}" reads "teaching / total years"`);
    const total = Number(match[2]);
    assert.equal(match[3], word[new Intl.PluralRules('ru').select(total)], `"${text}"`);
  }
});
