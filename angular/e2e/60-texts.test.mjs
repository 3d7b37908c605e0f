// Every key the web app uses (angular/i18n-keys.json) is served by the host in kk, ru and en.
// When this fails, merge the listed keys from angular/i18n-keys.json into the server's JSON resources.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { serverTexts } from './support.mjs';

const keys = Object.keys(JSON.parse(readFileSync(new URL('../i18n-keys.json', import.meta.url), 'utf8')));

for (const culture of ['kk', 'ru', 'en']) {
  test(`the host serves every web app text in ${culture}`, async () => {
    const texts = await serverTexts(culture);
    const missing = keys.filter((k) => typeof texts[k] !== 'string' || !texts[k].trim());
    assert.deepEqual(missing, [], `missing in the ${culture} resources`);
  });
}
