// End-to-end tests: `npm run test:e2e` (or `node_modules/.bin/playwright test`).
//
// One production build of the app (built into .next-e2e, so it never fights over .next/ with a dev
// server or another build) is served on localhost:3200 by scripts/e2e-server.sh.
// The database is E2E_DATABASE_URL when set (CI: a fresh database on a real PostgreSQL, migrated on
// start), otherwise an embedded PGlite database in .data/e2e, wiped before every run. See e2e/support/.
//
// Three clocks disagree on purpose: the server runs in Asia/Kathmandu, the browser in America/Los_Angeles
// and the events in Europe/London, so any time shown in the wrong zone fails a test.
import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";
import {
  BASE_URL,
  E2E_PORT,
  E2E_SIGNIN_LIMIT_PER_IP,
  EMBEDDED_DB_DIR,
  externalDatabaseUrl,
} from "./e2e/support/env";

const NO_CHROMIUM =
  "No Chromium found. Install one: `sudo apt-get install -y chromium-headless-shell` (Debian/Ubuntu; " +
  "or `chromium`) or set CHROMIUM_PATH=/path/to/chrome.";

/**
 * Where the browser may be, best first: Debian's headless shell (the same Blink engine without the
 * desktop browser around it; the end-to-end run spends about a fifth less time with it than with the
 * full browser on a 2-core machine, most of the suite's CPU being the browser's), then Debian's full
 * Chromium.
 */
const DEBIAN_BROWSERS = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"];

/**
 * CHROMIUM_PATH if set (and it must exist: a typo should not silently fall back), else the first of
 * DEBIAN_BROWSERS present, else a browser installed by `npx playwright install`. Decided when the config
 * loads, so a missing browser fails at once instead of after the server has been built.
 */
function findChromium(): string {
  const explicit = process.env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH=${explicit} does not exist. ${NO_CHROMIUM}`);
  }
  const debian = DEBIAN_BROWSERS.find((path) => existsSync(path));
  if (debian) return debian;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(NO_CHROMIUM);
}

const databaseUrl = externalDatabaseUrl();

/**
 * Specs that read the whole database or the whole page cache and so must run with nothing else going
 * on: a digest of every table before and after opening links, and cache hits that any other test's
 * fixture (which marks every cached page stale) would turn into misses. They run after the rest, alone.
 */
const QUIET_SPECS = ["email-links.spec.ts", "page-cache.spec.ts"];

export default defineConfig({
  testDir: "e2e",
  // One server and one database for the whole run. Two spec files at a time (E2E_WORKERS to change it):
  // every test makes its own people and events, so they do not see each other's; a file's tests run in
  // order. The specs that need the machine to themselves run afterwards (the "quiet" project).
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS?.trim() || 2),
  // Never retry: a flaky test is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  // Two browsers and the server share a 2-core CI machine: steps take longer than on a laptop.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    timezoneId: "America/Los_Angeles",
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      // Without the networking flags Chromium keeps calling home, which floods a closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", testIgnore: QUIET_SPECS },
    { name: "quiet", testMatch: QUIET_SPECS, dependencies: ["chromium"], workers: 1 },
  ],
  webServer: {
    command: "sh scripts/e2e-server.sh",
    url: `${BASE_URL}/api/health`,
    // The production build comes first; on a busy 2-core machine it takes several minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    // Stop the server with SIGTERM (the default is SIGKILL): scripts/db.ts forwards it to the app and then
    // shuts the embedded database down cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // The build and request logs stay quiet unless DEBUG=pw:webserver; errors are shown.
    stderr: "pipe",
    env: {
      TZ: "Asia/Kathmandu",
      APP_ENV: "test",
      PORT: String(E2E_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "e2e-test-secret-not-for-production-0123456789",
      // No APP_URL: links in emails must follow the port actually served (PORT), as they do for
      // `PORT=3100 npm run demo`; every sign-in in the suite goes through such a link.
      // e2e/rate-limit.spec.ts: one trusted proxy and a per-IP limit to reach. Without a real proxy in
      // front, next start fills X-Forwarded-For with the socket address, so every browser sign-in in
      // the run shares the loopback address's allowance: keep the limit above their number.
      TRUST_PROXY: "1",
      // e2e/webhooks.spec.ts: endpoints on a receiver the test runs on 127.0.0.1 (http, loopback).
      WEBHOOKS_ALLOW_LOCAL: "1",
      SIGNIN_LIMIT_PER_IP: String(E2E_SIGNIN_LIMIT_PER_IP),
      // Empty means "not set" to scripts/db.ts and the app: the embedded database is used.
      DATABASE_URL: databaseUrl ?? "",
      EMBEDDED_DB_DIR: databaseUrl ? "" : EMBEDDED_DB_DIR,
    },
  },
});
