/**
 * Settings shared by playwright.config.ts (which starts the server) and the specs (which talk to the
 * same server and database). Kept free of Playwright imports so the config can load it cheaply.
 */
import { fileURLToPath } from "node:url";

/** 3200 unless E2E_PORT says otherwise (two checkouts running their suites side by side). */
export const E2E_PORT = Number(process.env.E2E_PORT?.trim() || 3200);

/**
 * The e2e server's per-IP sign-in allowance (SIGNIN_LIMIT_PER_IP). Every browser sign-in in a run shares
 * the loopback address's allowance (see playwright.config.ts), so it must stay above their number in
 * any 15 minutes; e2e/rate-limit.spec.ts reaches it from another address.
 */
export const E2E_SIGNIN_LIMIT_PER_IP = 150;
/**
 * localhost, not 127.0.0.1: Next's NextRequest rewrites 127.0.0.1 in request URLs to "localhost", so
 * Auth.js would send the browser from 127.0.0.1 to localhost after sign-in, away from its cookie.
 */
export const BASE_URL = `http://localhost:${E2E_PORT}`;

/** CI points this at a fresh database on a real PostgreSQL; unset means an embedded PGlite database. */
export function externalDatabaseUrl(): string | undefined {
  return process.env.E2E_DATABASE_URL?.trim() || undefined;
}

/**
 * Data root of the embedded database in embedded mode. `scripts/e2e-server.sh` wipes it before each
 * run, so every run starts from an empty, freshly migrated database. Overridable for debugging.
 */
export const EMBEDDED_DB_DIR =
  process.env.E2E_EMBEDDED_DB_DIR?.trim() || fileURLToPath(new URL("../../.data/e2e", import.meta.url));
