// npm run e2e: builds the web app, starts the real host (fresh SQLite database, demo data seeded at start) on a free
// port of 127.0.0.1, waits for /health, runs the browser tests (node --test + playwright-core + Debian's Chromium, ADR-009),
// then stops the host. Options: --no-build (reuse dist/), --prebuilt (reuse dist/ and the host's build too, as the test
// command does right after building the solution), --keep-db (print the temp folder and keep it).
// Extra arguments after `--` go to `node --test` (e.g. `npm run e2e -- --no-build --test-name-pattern=import`);
// `--only=15,30` runs just the files whose names start with those prefixes; `--lanes=2` runs the files in two lanes at once,
// each with its own host and database (LANE_STARTS_BY_COUNT; --lanes=3 for three).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromiumPath } from './browser-path.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const angularRoot = resolve(here, '..');
const repoRoot = resolve(angularRoot, '..');
const args = process.argv.slice(2);
const prebuilt = args.includes('--prebuilt');
const noBuild = prebuilt || args.includes('--no-build');
const keepDb = args.includes('--keep-db');
const only = (args.find((a) => a.startsWith('--only=')) ?? '').slice('--only='.length).split(',').filter(Boolean);
const testArgs = args.filter((a) => !['--no-build', '--prebuilt', '--keep-db'].includes(a) && !a.startsWith('--only=')
  && !a.startsWith('--lanes='));
/**
 * Where the second and third lanes start (by file name). Each lane starts from a fresh demo school, so the files of one lane
 * may build on each other's data, never on another lane's.
 */
const LANE_STARTS_BY_COUNT = { 2: ['82'], 3: ['70', '88'] };
const chromium = chromiumPath();

if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install Debian's package: apt-get update && apt-get install -y chromium-headless-shell`);
  process.exit(2);
}

if (!noBuild) {
  console.log('[e2e] building the web app…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: angularRoot, stdio: 'inherit', timeout: 600_000 });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(angularRoot, 'dist/kemel/browser/index.html'))) {
  console.error('[e2e] dist/kemel/browser/index.html is missing: run without --no-build.');
  process.exit(2);
}

const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs') && (!only.length || only.some((p) => f.startsWith(p))))
  .sort();
const lanes = splitIntoLanes(files, Number((args.find((a) => a.startsWith('--lanes=')) ?? '--lanes=1').slice('--lanes='.length)) || 1);

const stops = [];
function stopAll() {
  for (const stop of stops.splice(0)) stop();
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});
process.on('SIGTERM', () => {
  stopAll();
  process.exit(143);
});

let code = 1;
try {
  const seededDb = lanes.length > 1 ? await seedDatabase() : null;
  const codes = await Promise.all(lanes.map((laneFiles, i) => runLane(laneFiles, lanes.length > 1 ? `lane ${i + 1}` : null, seededDb)));
  if (seededDb && !keepDb) rmSync(dirname(seededDb), { recursive: true, force: true });
  code = codes.find((c) => c !== 0) ?? 0;
  if (process.env.E2E_SCREENSHOTS !== '0') console.log(`[e2e] screenshots: ${join(here, 'artifacts')}`);
} catch (e) {
  console.error(`[e2e] ${e instanceof Error ? e.message : e}`);
} finally {
  stopAll();
}
process.exit(code);

/** The files in lanes: lane k takes the files from the (k-1)th start on (by name); 1, 2 or 3 lanes. */
function splitIntoLanes(all, count) {
  const starts = LANE_STARTS_BY_COUNT[count] ?? [];
  const lanesOut = Array.from({ length: starts.length + 1 }, () => []);
  for (const f of all) lanesOut[starts.filter((s) => f >= s).length].push(f);
  return lanesOut.filter((l) => l.length);
}

/**
 * One host (the demo database, free port) and one `node --test` over the lane's files, one file at a time. A single lane
 * prints as it goes; several print each lane's output when it ends.
 */
async function runLane(laneFiles, name, seededDb) {
  const label = name ? `[e2e ${name}]` : '[e2e]';
  // The demo users' sign-in cookies, shared by the test files of this lane (support.mjs, signedInBrowsers).
  const cookieDir = mkdtempSync(join(tmpdir(), 'kemel-e2e-cookies-'));
  const host = await startHost(label, seededDb);
  try {
    console.log(`${label} host is up; running ${laneFiles.length} test files…`);
    const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', ...testArgs, ...laneFiles.map((f) => join(here, f))], {
      cwd: angularRoot,
      stdio: name ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, E2E_BASE_URL: host.baseUrl, CHROMIUM_PATH: chromium, E2E_COOKIE_DIR: cookieDir },
    });
    let output = '';
    tests.stdout?.on('data', (d) => (output += d));
    tests.stderr?.on('data', (d) => (output += d));
    const status = await new Promise((resolveStatus) => tests.on('close', (c) => resolveStatus(c ?? 1)));
    if (name) console.log(`${label} ${laneFiles.join(' ')}\n${output}`);
    return status;
  } catch (e) {
    console.error(`${label} ${e instanceof Error ? e.message : e}`);
    console.error(host.log().split('\n').slice(-60).join('\n'));
    return 1;
  } finally {
    await host.stop();
    rmSync(cookieDir, { recursive: true, force: true });
  }
}

/**
 * Migrates and seeds one demo database for all lanes (a host that starts, answers /health and stops): three hosts doing it
 * at once cost about 70 s of CPU on the 2-core machine, a copy of the result costs nothing. Returns the database's path.
 */
async function seedDatabase() {
  const host = await startHost('[e2e seed]', null, { keep: true });
  await host.stop();
  return host.database;
}

/**
 * Starts the host on a free port of 127.0.0.1 with a database of its own in a new temporary folder: a copy of `seededDb`
 * (already migrated and seeded, so it starts in seconds) or a new one it migrates and seeds itself. Resolves once /health
 * answers, with { baseUrl, database, log(), stop() }; stop() ends the host and removes the folder (unless kept).
 */
async function startHost(label, seededDb, { keep = keepDb } = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'kemel-e2e-db-'));
  const database = join(dataDir, 'e2e.db');
  // With its journal, if the seeding host left one (a pooled connection may outlive the host's stop).
  if (seededDb) for (const suffix of ['', '-wal']) if (existsSync(seededDb + suffix)) copyFileSync(seededDb + suffix, database + suffix);
  console.log(`${label} starting the host on ${baseUrl} (database ${database})…`);
  const host = spawn(
    'dotnet',
    ['run', ...(prebuilt ? ['--no-build'] : []), '--project', join(repoRoot, 'src/KemelSchoolPD.HttpApi.Host'), '--no-launch-profile',
      '--urls', baseUrl],
    {
      cwd: repoRoot,
      detached: true, // own process group, so the whole tree (dotnet run + the app) is stopped at the end
      env: {
        ...process.env,
        ConnectionStrings__Default: `Data Source=${database}`,
        Spa__RootPath: join(angularRoot, 'dist/kemel/browser'),
        // The host's e-mails (no SMTP: .eml files) go with its database, not into the developer's App_Data.
        Email__PickupDirectory: join(dataDir, 'mail'),
        // Every test signs in from 127.0.0.1: the sign-in rate limits (ADR-007) are raised as in the .NET suites.
        // Plain HTTP on 127.0.0.1: outside Development the host marks its cookies Secure-only (SignInDefences.CookieSecurity)
        // and refuses to issue the antiforgery token over HTTP, so the tests run it as `dotnet run` does (launch profile).
        ASPNETCORE_ENVIRONMENT: 'Development',
        RateLimiting__Account__PermitLimitPerIp: '100000',
        RateLimiting__Account__PermitLimitPerAccount: '100000',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_NOLOGO: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let hostLog = '';
  host.stdout.on('data', (d) => (hostLog += d));
  host.stderr.on('data', (d) => (hostLog += d));
  let hostExited = false;
  const exited = new Promise((resolveExit) => host.on('exit', () => resolveExit((hostExited = true))));
  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      try {
        process.kill(-host.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
      else if (keepDb) console.log(`${label} kept ${dataDir}`);
    })();
    return stopped;
  };
  stops.push(stop);
  try {
    await waitForHealth(baseUrl, 300_000, () => hostExited);
  } catch (e) {
    console.error(`${label} ${e instanceof Error ? e.message : e}`);
    console.error(hostLog.split('\n').slice(-60).join('\n'));
    await stop();
    throw e;
  }
  return { baseUrl, database, log: () => hostLog, stop };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url, timeoutMs, hostExited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hostExited()) throw new Error('the host exited before it became healthy');
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the host did not answer ${url}/health within ${timeoutMs / 1000} s`);
}
