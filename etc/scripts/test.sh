#!/usr/bin/env bash
# Runs every test of KemelSchoolPD: the .NET suites (SQLite and a throwaway PostgreSQL cluster) and the browser tests
# (Playwright driving Debian's Chromium against the real host). Needs: .NET 10 SDK, Node 20, PostgreSQL server binaries
# (initdb, pg_ctl), /usr/bin/chromium and python3 — `.ci/run` installs the missing ones on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
e2e_log=$(mktemp)
dotnet_built=$(mktemp -u)
e2e_pid=
# "[test.sh mm:ss] step": where the run's time goes (the CI must stay under 20 minutes on two cores).
start=$SECONDS
step() { printf '[test.sh %02d:%02d] %s\n' $(((SECONDS - start) / 60)) $(((SECONDS - start) % 60)) "$*"; }
# A failed step ends the run: the browser tests' background job goes with it.
trap 'rm -f "$log" "$e2e_log" "$dotnet_built"; [ -n "$e2e_pid" ] && kill -- -"$e2e_pid" 2>/dev/null; true' EXIT

# Steps that wait on the network or the disk overlap the ones that wait on the CPU (2 cores): the web app's packages
# install while NuGet restores, the web app builds while the solution does, and the browser tests start as soon as both
# builds are there.
has_web=; [ -f angular/package.json ] && has_web=1
step "restoring NuGet and npm packages"
if [ -n "$has_web" ]; then (cd angular && npm ci --no-audit --no-fund) > "$e2e_log" 2>&1 & npm_pid=$!; fi
dotnet restore KemelSchoolPD.sln
if [ -n "$has_web" ]; then
  wait "$npm_pid" || { cat "$e2e_log"; exit 1; }
  # The web app's build (what the host's BuildAngular target runs for `dotnet run`), then the browser tests once the
  # solution is built too. The browser tests run beside the .NET suites (their own hosts on temporary SQLite files and free
  # ports, their own browsers), without screenshots (records for people, kept by `npm run e2e`), in three lanes each with
  # its own host and database: one file waits on the browser and the host while the others run. Their output follows.
  set -m # its own process group, so that the trap above stops the whole job (npm, node, the hosts it started)
  (
    (cd angular && npm run build) || exit 1
    step "web app built"
    while [ ! -f "$dotnet_built" ]; do sleep 1; done
    # The .NET suites start alone: every test class waits for the one seeded database their first minute makes, and beside
    # three browser lanes that one thread got so little of the two cores that it took two and a half minutes (7 s alone).
    sleep 75
    step "browser tests start"
    cd angular && E2E_SCREENSHOTS=0 npm run e2e -- --prebuilt --lanes=3
    step "browser tests done"
  ) >> "$e2e_log" 2>&1 &
  e2e_pid=$!
  set +m
fi
step "building the solution"
dotnet build KemelSchoolPD.sln --no-restore -c Debug -p:SkipAngularBuild=true
touch "$dotnet_built"
step "solution built; checking formatting and line length"
status=0
# Formatting drift fails the run: the C# files as .editorconfig says (fix with `dotnet format KemelSchoolPD.sln whitespace`).
dotnet format KemelSchoolPD.sln whitespace --verify-no-changes --no-restore || status=$?
# C# lines longer than 140 characters fail the run too (migrations and long string literals excepted).
python3 etc/scripts/check-line-length.py || status=$?
step "running the .NET suites"
dotnet test KemelSchoolPD.sln --no-build -c Debug 2>&1 | tee "$log" || status=$?
step ".NET suites done"
# The web app's unit tests (vitest, src/**/*.spec.ts), while the browser tests finish.
if [ -n "$has_web" ]; then
  (cd angular && NO_COLOR=1 npm test) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | tee -a "$log" || status=$?
fi
if [ -n "$e2e_pid" ]; then
  step "waiting for the browser tests"
  wait "$e2e_pid" || status=$?
  cat "$e2e_log" | tee -a "$log"
fi

set +e +o pipefail
# One closing line for every suite together: .NET's "Passed: N"/"Failed: N", node's "# pass N"/"# fail N" and vitest's
# "Tests  N failed | M passed (T)".
passed=$(grep -oE '(Passed: +[0-9]+|^# pass [0-9]+|^ +Tests .*\b[0-9]+ passed)' "$log" | grep -oE '[0-9]+( passed)?$' \
  | grep -oE '^[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE '(Failed: +[0-9]+|^# fail [0-9]+|^ +Tests +[0-9]+ failed)' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
step "done"
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status
