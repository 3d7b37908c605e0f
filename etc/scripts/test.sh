#!/usr/bin/env bash
# Runs every test of KemelSchoolPD: the .NET suites (SQLite and a throwaway PostgreSQL cluster) and the browser tests
# (Playwright driving Debian's Chromium against the real host). Needs: .NET 10 SDK, Node 20, PostgreSQL server binaries
# (initdb, pg_ctl), /usr/bin/chromium and python3 — `.ci/run` installs the missing ones on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
e2e_log=$(mktemp)
trap 'rm -f "$log" "$e2e_log"' EXIT

dotnet restore KemelSchoolPD.sln
# The web app's packages first: the solution build then builds the web app once (the host's BuildAngular target), and the
# browser tests reuse both builds (--prebuilt).
if [ -f angular/package.json ]; then (cd angular && npm ci --no-audit --no-fund); fi
dotnet build KemelSchoolPD.sln --no-restore -c Debug
# Formatting drift fails the run: the C# files as .editorconfig says (fix with `dotnet format KemelSchoolPD.sln whitespace`).
dotnet format KemelSchoolPD.sln whitespace --verify-no-changes --no-restore
# C# lines longer than 140 characters fail the run too (migrations and long string literals excepted).
python3 etc/scripts/check-line-length.py
status=0
# The browser tests run beside the .NET suites (their own hosts on temporary SQLite files and free ports, their own
# browsers). Their output follows.
e2e_pid=
if [ -f angular/package.json ]; then
  # Without screenshots: they are records for people (`npm run e2e` keeps them in e2e/artifacts), not checks. In three lanes,
  # each with its own host and database: one file waits on the browser and the host while the others run.
  (cd angular && E2E_SCREENSHOTS=0 npm run e2e -- --prebuilt --lanes=3) > "$e2e_log" 2>&1 &
  e2e_pid=$!
fi
dotnet test KemelSchoolPD.sln --no-build -c Debug 2>&1 | tee "$log" || status=$?
# The web app's unit tests (vitest, src/**/*.spec.ts), while the browser tests finish.
if [ -f angular/package.json ]; then
  (cd angular && NO_COLOR=1 npm test) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | tee -a "$log" || status=$?
fi
if [ -n "$e2e_pid" ]; then
  wait "$e2e_pid" || status=$?
  cat "$e2e_log" | tee -a "$log"
fi

set +e +o pipefail
# One closing line for every suite together: .NET's "Passed: N"/"Failed: N", node's "# pass N"/"# fail N" and vitest's
# "Tests  N failed | M passed (T)".
passed=$(grep -oE '(Passed: +[0-9]+|^# pass [0-9]+|^ +Tests .*\b[0-9]+ passed)' "$log" | grep -oE '[0-9]+( passed)?$' \
  | grep -oE '^[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE '(Failed: +[0-9]+|^# fail [0-9]+|^ +Tests +[0-9]+ failed)' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status
