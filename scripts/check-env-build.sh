#!/bin/sh
# Proves the environment is validated at build time: `next build` must fail, naming the variable,
# when the environment is invalid.
set -u
export PATH="$PWD/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1

expect_failure() {
  label="$1"
  variable="$2"
  shift 2
  out="$(env "$@" next build 2>&1)"
  code=$?
  if [ "$code" -eq 0 ]; then
    echo "FAIL: next build succeeded with $label"
    exit 1
  fi
  if ! printf '%s' "$out" | grep -q "$variable"; then
    echo "FAIL: next build failed with $label but did not name $variable:"
    printf '%s\n' "$out" | tail -20
    exit 1
  fi
  echo "ok: next build refuses $label (names $variable)"
}

secret="an-auth-secret-that-is-long-enough-for-tests"
expect_failure "APP_ENV=production without SMTP_URL" SMTP_URL -u SMTP_URL APP_ENV=production AUTH_SECRET="$secret"
expect_failure "APP_ENV=production without APP_URL" APP_URL -u APP_URL APP_ENV=production AUTH_SECRET="$secret" SMTP_URL=smtp://localhost:25
expect_failure "a short AUTH_SECRET" AUTH_SECRET AUTH_SECRET=short
expect_failure "a DATABASE_URL that is not PostgreSQL" DATABASE_URL AUTH_SECRET="$secret" DATABASE_URL=mysql://localhost/db
