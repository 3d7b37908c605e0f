// Bytes over the wire for a signed-in user's first page load (issue 13): the web app (index.html, scripts, styles, fonts),
// the configuration, the texts and the home page's own data, cold (empty browser cache) and warm (the same browser opening
// the app again: index.html revalidated, hashed files and the versioned texts from the cache).
//
// Usage (the host running with the built web app; see etc/benchmarks/README.md):
//   node etc/benchmarks/PageLoad/page-load.mjs [baseUrl] [userName]      default http://127.0.0.1:5077 teacher01
// Uses Playwright from angular/node_modules and Debian's Chromium, as the browser tests do (CHROMIUM_PATH to override).
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromiumPath } from '../../../angular/e2e/browser-path.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const { chromium } = createRequire(resolve(root, 'angular/package.json'))('playwright-core');

const base = (process.argv[2] ?? 'http://127.0.0.1:5077').replace(/\/$/, '');
const userName = process.argv[3] ?? 'teacher01';
const school = process.env.BENCH_SCHOOL_BIN ?? '260140000001';
const password = process.env.BENCH_PASSWORD ?? 'Demo#2026';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const context = await browser.newContext({ locale: 'ru' });
const login = await context.request.post(`${base}/api/account/login`, { data: { school, userName, password } });
if (!login.ok()) throw new Error(`Sign-in of ${userName} failed: ${login.status()} ${await login.text()}`);

/** Opens the home page in a new tab of the same browser (same cache) and sums what each request cost on the wire. */
async function load() {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  // "cached": served from the browser's cache without asking; a revalidated index.html (304) shows as its headers' bytes.
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    requests.set(requestId, {
      url: response.url, status: response.status, fromCache: response.fromDiskCache || response.fromMemoryCache,
      encoding: headers['content-encoding'] ?? '', wire: 0, body: 0,
    });
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => { const r = requests.get(requestId); if (r) r.body += dataLength; });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => { const r = requests.get(requestId); if (r) r.wire = encodedDataLength; });
  await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await page.close();
  return [...requests.values()];
}

function kind(url) {
  const path = new URL(url).pathname;
  if (path === '/' || path.endsWith('.html')) return 'index.html';
  if (path === '/api/app/configuration') return 'configuration';
  if (path.startsWith('/api/app/texts/')) return 'texts';
  if (path.startsWith('/api/')) return 'own data (api)';
  return 'scripts, styles, fonts, icon';
}

const kinds = ['index.html', 'scripts, styles, fonts, icon', 'configuration', 'texts', 'own data (api)'];
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

function report(title, requests) {
  console.log(`\n${title}: ${requests.length} requests`);
  console.log(`${'part'.padEnd(30)}${'requests'.padStart(9)}${'cached'.padStart(8)}${'wire KB'.padStart(9)}${'body KB'.padStart(9)}  encodings`);
  let wire = 0;
  for (const k of kinds) {
    const rs = requests.filter((r) => kind(r.url) === k);
    const w = rs.reduce((s, r) => s + r.wire, 0);
    const b = rs.reduce((s, r) => s + r.body, 0);
    wire += w;
    const encodings = [...new Set(rs.filter((r) => !r.fromCache && r.status === 200).map((r) => r.encoding || 'identity'))].join(',');
    console.log(`${k.padEnd(30)}${String(rs.length).padStart(9)}${String(rs.filter((r) => r.fromCache).length).padStart(8)}`
      + `${kb(w)} ${kb(b)}  ${encodings}`);
  }
  console.log(`${'total'.padEnd(47)}${kb(wire)}`);
  return wire;
}

const cold = report(`Cold load of ${base}/ as ${userName}`, await load());
const warm = report('Warm load (same browser, again)', await load());
console.log(`\ncold ${(cold / 1024).toFixed(1)} KB, warm ${(warm / 1024).toFixed(1)} KB on the wire (headers included)`);
await browser.close();
