import type { Db } from "../db/create.ts";

/** One request counted in a fixed window: the count so far (this one included) and when the window ends. */
export interface WindowCount {
  count: number;
  /** Whole seconds from the database's now until the window ends (≥ 1). */
  secondsLeft: number;
}

/**
 * Counts one request under `key` in the current fixed window of `windowSeconds` (aligned to the epoch,
 * by the database's clock), in PostgreSQL, so a limit holds across every app instance. One upsert.
 */
export async function countInWindow(db: Db, key: string, windowSeconds: number): Promise<WindowCount> {
  const rows = await db.$queryRaw<{ count: number; secondsLeft: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count",
      greatest(1, ceil(extract(epoch from "windowStart") + ${windowSeconds} - extract(epoch from now())))::int
        AS "secondsLeft"`;
  return { count: Number(rows[0]?.count ?? 0), secondsLeft: Number(rows[0]?.secondsLeft ?? windowSeconds) };
}

/** Old windows are useless; requests clean up after themselves now and then. */
export async function pruneRateLimitWindows(db: Db): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < now() - interval '1 day'`;
}
