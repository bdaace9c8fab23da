/**
 * Direct database access for setting up test data (e.g. a platform admin), on the same database the
 * server under test uses: E2E_DATABASE_URL, or the embedded server that scripts/e2e-server.sh started,
 * whose URL its owner publishes in `<EMBEDDED_DB_DIR>/pglite.lock`.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { EMBEDDED_DB_DIR, externalDatabaseUrl } from "./env";

function embeddedDatabaseUrl(): string {
  const lockPath = join(EMBEDDED_DB_DIR, "pglite.lock");
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch {
    throw new Error(
      `No embedded database lock at ${lockPath}: is the e2e server (scripts/e2e-server.sh) running?`,
    );
  }
  const record: unknown = JSON.parse(text);
  const url =
    typeof record === "object" && record !== null && "url" in record && typeof record.url === "string"
      ? record.url
      : null;
  if (!url) throw new Error(`The embedded database in ${EMBEDDED_DB_DIR} has not published its URL yet.`);
  return url;
}

/** The URL of the database the server under test uses. */
export function databaseUrl(): string {
  return externalDatabaseUrl() ?? embeddedDatabaseUrl();
}

/** Runs `fn` with a fresh connection, closed afterwards (the embedded server allows only a few). */
export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Makes `email` a platform admin, creating the account if needed (what scripts/make-admin.ts does). */
export async function makePlatformAdmin(email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "User" (id, email, "isPlatformAdmin", "updatedAt") VALUES ($1, $2, true, now())
       ON CONFLICT (email) DO UPDATE SET "isPlatformAdmin" = true, "updatedAt" = now()`,
      [`e2e-${randomUUID()}`, address],
    ),
  );
}
