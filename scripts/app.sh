#!/bin/sh
# Starts the app: `sh scripts/app.sh dev|start|demo`. Run it through `tsx scripts/db.ts run --`, which
# sets DATABASE_URL (the embedded PGlite server unless DATABASE_URL was already set).
#   dev    migrate, then `next dev`
#   start  migrate, then `next start` (needs a previous `next build`)
#   demo   migrate, seed the demo data, build, then `next start`
set -eu
mode="${1:-dev}"

# Outside production a missing AUTH_SECRET is generated once and kept under .data/ (never committed).
if [ -z "${AUTH_SECRET:-}" ]; then
  if [ "${APP_ENV:-development}" = "production" ]; then
    echo "AUTH_SECRET must be set when APP_ENV=production" >&2
    exit 1
  fi
  mkdir -p .data
  [ -s .data/auth-secret ] || node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64url'))" > .data/auth-secret
  AUTH_SECRET="$(cat .data/auth-secret)"
  export AUTH_SECRET
fi

# Idle connections are kept 65 s, longer than the load balancers and HTTP clients in front usually keep
# theirs: Node's default of 5 s makes a client that reuses a socket just as the server closes it get
# ECONNRESET (proxies, and Playwright's request context, which ignores the Keep-Alive hint).
keep_alive=65000
prisma migrate deploy
case "$mode" in
  dev) exec next dev ;;
  start) exec next start --keepAliveTimeout "$keep_alive" ;;
  demo)
    tsx --conditions=react-server prisma/seed.ts
    next build
    exec next start --keepAliveTimeout "$keep_alive"
    ;;
  *) echo "unknown mode: $mode (dev, start or demo)" >&2; exit 2 ;;
esac
