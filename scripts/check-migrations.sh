#!/bin/sh
# Deploys every migration to a fresh PGlite and (when TEST_DATABASE_URL names a server) a fresh
# PostgreSQL database through the stock Prisma CLI, then checks `migrate status` and that neither the
# deployed database nor the migrations drift from prisma/schema.prisma.
set -eu
export PATH="$PWD/node_modules/.bin:$PATH"

check() {
  prisma migrate deploy
  prisma migrate status
  prisma migrate diff --from-config-datasource --to-schema prisma/schema.prisma --exit-code
  prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code
}

if [ "${1:-}" = "--inner" ]; then
  check
  exit 0
fi

echo "--- on a fresh PGlite"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
env -u DATABASE_URL EMBEDDED_DB_DIR="$tmp" tsx scripts/db.ts run -- sh scripts/check-migrations.sh --inner

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "--- on a fresh PostgreSQL database"
  name="festival_migrations_$$"
  admin_url="$TEST_DATABASE_URL"
  db_url="$(node -e 'const u=new URL(process.argv[1]); u.pathname="/"+process.argv[2]; console.log(u.toString())' "$admin_url" "$name")"
  psql "$admin_url" -q -c "CREATE DATABASE \"$name\""
  status=0
  DATABASE_URL="$db_url" sh scripts/check-migrations.sh --inner || status=$?
  psql "$admin_url" -q -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)"
  exit "$status"
else
  echo "TEST_DATABASE_URL is not set: skipping the PostgreSQL migration check."
fi
