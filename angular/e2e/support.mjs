// Shared helpers for the browser tests: Debian's Chromium (its headless shell where installed, ADR-009) driven by
// playwright-core (never a downloaded browser).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { chromiumPath } from './browser-path.mjs';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5055').replace(/\/$/, '');
export const PASSWORD = 'Demo#2026';
export const DEMO_SCHOOL = 'Kemel Demo School';
export const SECOND_SCHOOL = 'Kemel Second School';
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const CHROMIUM = chromiumPath();

mkdirSync(ARTIFACTS, { recursive: true });

let browser;

/** One Chromium per test file (each file runs in its own process), closed after the file's tests. */
async function sharedBrowser() {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  return browser;
}

after(async () => {
  await browser?.close().catch(() => undefined);
});

/**
 * A fresh browser context (no cookies or storage carried over from any other) with one page at the given viewport and UI
 * language. Contexts share one Chromium: starting a browser per session cost more than a second each.
 */
export async function launch({ width = 1366, height = 900, culture = 'en' } = {}) {
  const context = await (await sharedBrowser()).newContext({
    viewport: { width, height },
    locale: culture,
    acceptDownloads: true,
  });
  await context.addInitScript((c) => {
    if (!localStorage.getItem('kemel.culture')) localStorage.setItem('kemel.culture', c);
  }, culture);
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.consoleErrors = errors;
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}

/** Signs in through the sign-in page: school (picked from the list), user name, password. */
export async function signIn(page, { school = DEMO_SCHOOL, userName = 'director', password = PASSWORD } = {}) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('sign-in').waitFor();
  if (school) {
    const input = page.getByTestId('school');
    await input.fill('');
    await input.fill(school.slice(0, 8));
    await page.getByRole('option', { name: school, exact: true }).click();
  } else {
    await page.getByTestId('host-login').click();
  }
  await page.getByTestId('username').fill(userName);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
}

export async function signInAndWait(page, options) {
  await signIn(page, options);
  await page.getByTestId('user-menu').waitFor();
}

export async function signOut(page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').waitFor();
}

export async function shot(page, name) {
  await page.waitForTimeout(150);
  // A screenshot is a record for people, not a check: the test command, whose screenshots nobody looks at, turns them off
  // (E2E_SCREENSHOTS=0; a full-page one costs up to 2 s of a loaded machine). On such a machine a long page can take more
  // than the default 15 s.
  if (process.env.E2E_SCREENSHOTS === '0') return;
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, timeout: 60_000 });
}

/**
 * Whether the document still scrolls sideways (it must not, down to 360 px) once its layout has settled: after a viewport
 * change or a first render a loaded machine can take several frames to lay the page out at the new width, so an overflow
 * counts only when it lasts 6 s.
 */
export async function hasHorizontalScroll(page) {
  return page
    .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1, null, { timeout: 6000 })
    .then(() => false, () => true);
}

/** Calls the API from inside the page (same origin, the page's cookie, the antiforgery header as Angular sends it). */
export async function api(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers = body ? { 'Content-Type': 'application/json' } : {};
      const xsrf = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
      if (xsrf && method !== 'GET') headers['X-XSRF-TOKEN'] = decodeURIComponent(xsrf.slice('XSRF-TOKEN='.length));
      const res = await fetch(path, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: json };
    },
    { method, path, body },
  );
}

/**
 * Clicks, then waits for what the click does; clicks again if it did not happen. On a loaded machine a card that finishes
 * loading above the target can move it between Playwright's stability check and the click, so the click lands beside it.
 * `done(timeout)` waits for the click's effect (a URL, an element) and throws when it is not there in time.
 */
export async function clickUntil(locator, done, { attempts = 3, wait = 5000 } = {}) {
  for (let i = 1; ; i++) {
    // A late effect of the previous click counts (and its target may be gone by now).
    if (i > 1 && (await done(500).then(() => true, () => false))) return;
    await locator.click();
    try {
      await done(wait);
      return;
    } catch (e) {
      if (i >= attempts) throw e;
    }
  }
}

/** Follows a link to the page whose address matches `url`, clicking again if the first click was lost (see clickUntil). */
export async function followLink(page, locator, url) {
  await clickUntil(locator, async (timeout) => {
    if (!url.test(page.url())) await page.waitForURL(url, { timeout });
  });
}

/**
 * Picks a person in a staff picker: types the search, clicks their option and waits for `shown` (the chip or row the pick
 * adds). On a loaded machine the form can still move under the open list, and a click that lands beside the option closes
 * the list with nothing picked: then it types again (three attempts).
 */
export async function pickStaff(page, pickerTestId, search, fullName, shown) {
  for (let i = 1; ; i++) {
    await page.getByTestId(pickerTestId).fill(search);
    await page.locator('mat-option').filter({ hasText: fullName }).first().click();
    try {
      await shown.waitFor({ timeout: 5000 });
      return;
    } catch (e) {
      if (i >= 3) throw e;
    }
  }
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Picks an option of a mat-select (opened by clicking the element with the test id). */
export async function selectOption(page, testId, optionName) {
  await page.getByTestId(testId).click();
  // The newest panel (an earlier select's may still be closing).
  const panel = page.locator('.mat-mdc-select-panel').last();
  await panel.waitFor();
  const multiple = (await panel.getAttribute('aria-multiselectable')) === 'true';
  const option = typeof optionName === 'number'
    ? page.getByRole('option').nth(optionName)
    : page.getByRole('option', { name: optionName, exact: true });
  await option.click();
  // A single-choice select closes itself; a multiple one needs Escape, pressed only then: while a single one's panel is
  // still closing, an Escape reaches the dialog around it and closes the dialog.
  if (multiple) await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
}

/** The texts the server currently serves for a culture (to know whether the web app's UI:* keys are merged yet). */
export async function serverTexts(culture) {
  const res = await fetch(`${BASE_URL}/api/app/texts/${culture}`);
  return (await res.json()).texts;
}

/** Raw localization keys visible on the page (there should be none once i18n-keys.json is merged into the server). */
export async function visibleRawKeys(page) {
  const text = await page.locator('body').innerText();
  return [...new Set(text.match(/\b(?:UI|Menu|DisplayName|Enum|Role|Permission):[A-Za-z][A-Za-z0-9_.]*/g) ?? [])];
}

/** Waits until the snackbar shows (and returns its text). */
export async function snackbarText(page) {
  const bar = page.locator('.mat-mdc-snack-bar-label').last();
  await bar.waitFor();
  return bar.innerText();
}

/**
 * Waits for a snackbar whose text matches: the one a previous action opened may still be showing while this action's
 * request is in flight, so reading the current one would race. Fails naming the text that did show.
 */
export async function expectSnackbar(page, expected) {
  const matching = page.locator('.mat-mdc-snack-bar-label').filter({ hasText: expected });
  try {
    await matching.first().waitFor();
  } catch {
    throw new Error(`no snackbar matched ${expected}; showing: ${await snackbarText(page).catch(() => '(none)')}`);
  }
}

/**
 * Returns `open(userName, options)`: a new browser signed in as that demo user (Russian unless told), closed after the
 * test file. The first session of a user in a language signs in through the sign-in page; later ones (in any file of the
 * run) start from that session's cookies, which the server still has to accept: when it does not (signed out, password
 * changed), the user signs in again.
 */
export function signedInBrowsers(defaults = { culture: 'ru' }) {
  const sessions = [];
  after(async () => {
    for (const s of sessions) await s.close();
  });
  return async (userName, options = {}) => {
    const settings = { ...defaults, ...options };
    const session = await launch(settings);
    sessions.push(session);
    await signInOrReuse(session, userName, settings.culture ?? 'en');
    return session.page;
  };
}

// The run's sign-in cookies, one file per demo user and language (run.mjs gives the folder; without it, only this file's own).
const cookieDir = process.env.E2E_COOKIE_DIR;
const cookiesInMemory = new Map();

/**
 * Reuses a session only when the server still accepts it and it speaks the language asked for: a signed-in user's language
 * is the session's (signing in saves the browser's language with it), and a test may have switched it since.
 */
async function signInOrReuse({ context, page }, userName, culture) {
  const key = `${userName}.${culture}`;
  const file = cookieDir && join(cookieDir, `${key}.json`);
  const saved = file ? (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined) : cookiesInMemory.get(key);
  if (saved) {
    await context.addCookies(saved);
    await page.goto(`${BASE_URL}/`);
    const home = page.getByTestId('user-menu');
    await home.or(page.getByTestId('sign-in')).first().waitFor();
    if ((await home.isVisible()) && (await page.evaluate(() => document.documentElement.lang)) === culture) return;
    await context.clearCookies();
    await page.evaluate((c) => localStorage.setItem('kemel.culture', c), culture);
  }
  await signInAndWait(page, { userName });
  const cookies = await context.cookies();
  if (file) writeFileSync(file, JSON.stringify(cookies));
  else cookiesInMemory.set(key, cookies);
}

let schoolsCreated = 0;

/**
 * A new school with its own director, created by the platform operator through the host API (so a test may change the
 * director's account, e.g. turn on two-factor sign-in, without touching the demo schools). Returns
 * { id, name, bin, directorUserName, directorPassword }.
 */
export async function createSchool() {
  const session = await launch({ culture: 'en' });
  try {
    await signInAndWait(session.page, { school: null, userName: 'admin' });
    schoolsCreated += 1;
    const stamp = `${Date.now().toString(36)}${schoolsCreated}`;
    const school = {
      name: `E2E school ${stamp}`,
      bin: `7${String(Date.now()).slice(-9)}${String(schoolsCreated % 100).padStart(2, '0')}`,
      directorUserName: `dir.${stamp}`,
      directorPassword: 'Sabaq#Jospar-2026',
    };
    const res = await api(session.page, 'POST', '/api/host/schools', {
      name: school.name,
      bin: school.bin,
      region: 'Алматы облысы',
      district: 'Қарасай ауданы',
      settlementType: 'Urban',
      languagesOfInstruction: ['Kazakh', 'Russian'],
      directorUserName: school.directorUserName,
      directorEmail: `${school.directorUserName}@example.kz`,
      directorFullName: 'Айгүл Серікқызы Тестова',
      directorPassword: school.directorPassword,
    });
    if (res.status >= 300) throw new Error(`POST /api/host/schools -> ${res.status} ${JSON.stringify(res.body)}`);
    return { ...school, id: res.body?.id };
  } finally {
    await session.close();
  }
}

/** The current code of an authenticator app for a base32 shared key (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits). */
export function totp(sharedKey, time = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of sharedKey.replace(/[\s=-]/g, '').toUpperCase()) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error(`not base32: ${ch}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const h = createHmac('sha1', key).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  const n = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(n % 1_000_000).padStart(6, '0');
}

/**
 * The caller's own growth cycle at Reflection: the one she has there already (an earlier test file may have built it), or
 * one built through the API (opened, a lesson taught, then its analysis).
 */
export async function cycleAtReflection(page) {
  const me = (await api(page, 'GET', '/api/app/configuration')).body.currentUser;
  const mine = await api(page, 'GET', '/api/app/growth-cycles?mine=true&status=Active&stage=Reflection');
  const own = mine.body.items?.find((c) => c.participantStaffMemberId === me.staffMemberId);
  if (own) return own.id;
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const opened = await api(page, 'POST', '/api/app/growth-cycles', {
    academicYear: now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1, participantKind: 'Teacher', competenceCodes: ['01.1'],
    entryDiagnostic: {
      competences: [{ code: '01.1', level: 2 }], observationSummary: 'Наблюдение урока', feedback: [{ source: 'Learners', summary: 'Непонятно' }],
      growthZones: ['Активность учащихся'],
    },
  });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const id = opened.body.id;
  const add = async (kind, content) => {
    const added = await api(page, 'POST', `/api/app/growth-cycles/${id}/artefacts`, { kind, content });
    assert.equal(added.status, 201, JSON.stringify(added.body));
  };
  const move = async (targetStage) => {
    const { concurrencyStamp } = (await api(page, 'GET', `/api/app/growth-cycles/${id}`)).body;
    const moved = await api(page, 'POST', `/api/app/growth-cycles/${id}/move`, { targetStage, concurrencyStamp });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
  };
  await add('LessonTaught', { date: day, className: '7 А', subject: 'Русский язык', learningObjectives: '7.1.1.1' });
  await move('Analysis');
  await add('LessonSelfAnalysis', { date: day, text: 'Самоанализ урока' });
  await add('LearnerResults', { learnerResults: [{ className: '7 А', subject: 'Русский язык', indicator: 'СОР, %', before: 60 }] });
  await add('FeedbackCollected', { feedback: [{ source: 'Learners', summary: 'Интересно' }] });
  await move('Reflection');
  return id;
}
