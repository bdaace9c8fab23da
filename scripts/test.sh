#!/bin/sh
# The whole test suite (`npm test`): static checks, unit, integration, migrations, env validation and
# end-to-end. Integration tests run on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
set -eu
export NEXT_TELEMETRY_DISABLED=1
export TZ=Asia/Kathmandu
export PATH="$PWD/node_modules/.bin:$PATH"

step() { printf '\n=== %s\n' "$1"; }

step "format (prettier)"
prettier --check . --log-level warn
step "lint (eslint, type-aware)"
eslint . --max-warnings 0
step "typecheck"
tsc --noEmit
step "unit tests"
vitest run --project unit
step "integration tests on PGlite"
env -u TEST_DATABASE_URL vitest run --project integration
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "integration tests on PostgreSQL"
  # The embedded-database process tests and the PGlite half of the engine tests skip themselves here.
  vitest run --project integration
else
  echo "TEST_DATABASE_URL is not set: skipping the PostgreSQL run (concurrency tests report skipped)."
fi
step "migrations (stock Prisma CLI: deploy, status, drift)"
sh scripts/check-migrations.sh
step "environment validation fails the build"
sh scripts/check-env-build.sh
step "end-to-end (Playwright, Chromium)"
playwright test
