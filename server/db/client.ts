import "server-only";
import { createDb, type Db } from "./create.ts";
import { resolveDatabaseUrl } from "./url.ts";

// Opened lazily on first use, so `next build` never connects; kept on globalThis so dev-mode
// hot reloads do not open a pool per reload.
const globalForDb = globalThis as { festivalDb?: Db };

export function db(): Db {
  globalForDb.festivalDb ??= createDb(resolveDatabaseUrl(), {
    poolMax: Number(process.env.DATABASE_POOL_MAX ?? 10) || 10,
  });
  return globalForDb.festivalDb;
}
