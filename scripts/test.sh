#!/bin/sh
# The whole test suite (`npm test`): static checks, unit, integration, migrations, env validation and
# end-to-end. With TEST_DATABASE_URL (a PostgreSQL server) every integration file runs on PostgreSQL and
# the embedded engine's own files on PGlite, and the end-to-end tests run on a fresh PostgreSQL database;
# without it, everything runs on PGlite.
set -eu
export NEXT_TELEMETRY_DISABLED=1
export TZ=Asia/Kathmandu
export PATH="$PWD/node_modules/.bin:$PATH"

step() { printf '\n=== %s\n' "$1"; }

step "format (prettier)"
prettier --check . --log-level warn
step "lint (eslint, type-aware) and typecheck, side by side"
# Two processes at once: each is mostly one core's work. Both finish; either failing fails the run.
eslint . --max-warnings 0 &
lint=$!
tsc_status=0
tsc --noEmit || tsc_status=$?
lint_status=0
wait "$lint" || lint_status=$?
if [ "$lint_status" -ne 0 ] || [ "$tsc_status" -ne 0 ]; then
  echo "lint exited $lint_status, typecheck exited $tsc_status" >&2
  exit 1
fi
step "unit tests"
vitest run --project unit
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "integration tests on PostgreSQL (every file)"
  # The production engine runs every integration file; the embedded-database process tests and the
  # PGlite half of the engine tests skip themselves here.
  vitest run --project integration --project integration-processes
  step "integration tests on PGlite (the embedded engine's own paths)"
  # The embedded database (PGlite: the same PostgreSQL, compiled to WebAssembly, one session) runs the
  # demo and development. Here it runs the files about what differs on it: its server and the Prisma
  # CLI against it, the demo data, outages, idempotent replays and rate-limit counters on one session,
  # hostile text over its wire protocol, the health check and the webhook outbox. Everything else runs
  # on PostgreSQL above; `npm run test:int` without TEST_DATABASE_URL runs every file on PGlite (and so
  # does this script when no PostgreSQL server is given).
  env -u TEST_DATABASE_URL vitest run --project integration --project integration-processes \
    prisma/engine/ server/db/ prisma/seed.int.test.ts server/routers/idempotency.int.test.ts \
    server/routers/hostile-input.int.test.ts server/rate-limit/ server/auth/rate-limit.int.test.ts \
    app/api/health/ server/webhooks/
else
  step "integration tests on PGlite (every file)"
  vitest run --project integration --project integration-processes
  echo "TEST_DATABASE_URL is not set: no PostgreSQL run (the concurrency tests report skipped)."
fi
step "migrations (stock Prisma CLI: deploy, status, drift)"
sh scripts/check-migrations.sh
step "environment validation fails the build"
sh scripts/check-env-build.sh
step "end-to-end (Playwright, Chromium)"
# With a PostgreSQL server at hand the app under test runs on a fresh database there, as in production
# (and about a third faster than on the embedded database, whose one session serialises every query);
# the embedded database itself is covered by the integration run on PGlite above. E2E_DATABASE_URL set
# by the caller wins; without either, the suite runs on an embedded PGlite database.
if [ -n "${TEST_DATABASE_URL:-}" ] && [ -z "${E2E_DATABASE_URL:-}" ]; then
  e2e_db="festival_e2e_$$"
  psql "$TEST_DATABASE_URL" -q -c "CREATE DATABASE \"$e2e_db\""
  trap 'psql "$TEST_DATABASE_URL" -q -c "DROP DATABASE IF EXISTS \"$e2e_db\" WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
  E2E_DATABASE_URL="$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$TEST_DATABASE_URL" "$e2e_db")"
  export E2E_DATABASE_URL
  echo "e2e on a fresh PostgreSQL database: $e2e_db"
fi
playwright test
