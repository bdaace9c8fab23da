#!/bin/sh
# The app server for the end-to-end tests, started by playwright.config.ts (webServer) with the test
# environment (APP_ENV=test, PORT, AUTH_SECRET, TZ, and DATABASE_URL or EMBEDDED_DB_DIR).
#   1. `next build` into .next-e2e (a production build: what users get, no dev-mode compile pauses);
#   2. run `next start` through scripts/db.ts, which starts the embedded database when DATABASE_URL is
#      empty (app.sh runs `prisma migrate deploy` on whichever database it gets, so a fresh
#      E2E_DATABASE_URL is migrated too).
# Playwright stops it with SIGTERM; db.ts forwards the signal to the app, then stops the database.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

: "${PORT:?PORT must be set (playwright.config.ts sets it)}"
: "${AUTH_SECRET:?AUTH_SECRET must be set (playwright.config.ts sets it)}"
export NEXT_TELEMETRY_DISABLED=1
export PATH="$root/node_modules/.bin:$PATH"

if [ -z "${DATABASE_URL:-}" ]; then
  unset DATABASE_URL
  : "${EMBEDDED_DB_DIR:?EMBEDDED_DB_DIR must be set when DATABASE_URL is not}"
  export EMBEDDED_DB_DIR
  lock="$EMBEDDED_DB_DIR/pglite.lock"
  # A database still served from a previous run would be joined (stale data): refuse instead.
  if [ -f "$lock" ]; then
    pid="$(node -e 'try { process.stdout.write(String(JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).pid)) } catch {}' "$lock")"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      echo "e2e: process $pid still serves the embedded database in $EMBEDDED_DB_DIR; stop it first." >&2
      exit 1
    fi
  fi
  # Start from an empty database every run. Only what scripts/db.ts creates is removed.
  rm -rf "$EMBEDDED_DB_DIR/pglite" "$lock"
  mkdir -p "$EMBEDDED_DB_DIR"
  echo "e2e: embedded database in $EMBEDDED_DB_DIR"
else
  unset EMBEDDED_DB_DIR
  echo "e2e: database from E2E_DATABASE_URL"
fi

# A build directory of its own: `.next/` belongs to whoever runs `npm run dev`, `npm run demo` or
# `npm run build` in the checkout (a second `next build` there is refused, and a rebuild under a running
# `next start` pulls its chunks away mid-test).
export NEXT_DIST_DIR=.next-e2e
# The types are checked by `tsc --noEmit` (npm test runs it before this; so does CI): not again here,
# which saves a minute of a 2-core machine. E2E_BUILD_TYPECHECK=1 checks them in the build too.
if [ "${E2E_BUILD_TYPECHECK:-}" != "1" ]; then export SKIP_BUILD_TYPECHECK=1; fi
echo "e2e: building into $NEXT_DIST_DIR"
next build
exec tsx scripts/db.ts run -- sh scripts/app.sh start
