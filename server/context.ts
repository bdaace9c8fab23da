import type { PageScope } from "./cache/public-pages.ts";
import type { Db } from "./db/create.ts";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  isPlatformAdmin: boolean;
  /**
   * Set while a guardian acts for a child whose profile they keep (server/guardians/acting.ts): the
   * fields above are the child's, this is the guardian at the keyboard. Absent otherwise.
   */
  guardian?: { id: string; email: string; name: string | null };
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  /** The rule clock: the database's now() in the app, a fixed instant in tests. */
  now: () => Promise<Date>;
  /**
   * The secret of an `Authorization: Bearer fst_…` header, set only by the HTTP API's context
   * (/api/v1), whose callers are never a session user. Read by apiTokenProcedure.
   */
  apiBearer?: string | null;
  /**
   * Keeps a public answer of the HTTP API for 30 seconds in the page cache, under `key` and `tags`
   * (invalidated with the pages that show the same data: server/api/cache.ts). Absent outside an HTTP
   * request (tests): the answer is read afresh.
   */
  cachePublicRead?: <T>(
    key: readonly string[],
    tags: readonly string[],
    read: () => Promise<T>,
  ) => Promise<T>;
  /** Only from X-Forwarded-For when TRUST_PROXY is set. */
  clientIp: string | null;
  /**
   * Marks the cached public pages in `scope` (one event's and the home page, or all) for rendering
   * afresh, on every instance; called after a mutation that can change one succeeds
   * (server/cache/public-pages.ts). Absent outside an HTTP request.
   */
  publicPagesChanged?: (scope: PageScope) => void;
}

/** The database's clock, so every app instance agrees on deadlines. */
export function databaseClock(db: Db): () => Promise<Date> {
  return async () => {
    const rows = await db.$queryRaw<{ now: Date }[]>`select now() as now`;
    const now = rows[0]?.now;
    if (!(now instanceof Date)) throw new Error("The database did not return its clock");
    return now;
  };
}

/**
 * The database's clock read once: every call returns the instant of the first (a failed read is tried
 * again). For a page render, whose sections should all agree on one "now" (and need not ask for it one
 * query each).
 */
export function clockReadOnce(clock: () => Promise<Date>): () => Promise<Date> {
  let reading: Promise<Date> | null = null;
  return () => {
    reading ??= clock().catch((error: unknown) => {
      reading = null;
      throw error;
    });
    return reading;
  };
}
