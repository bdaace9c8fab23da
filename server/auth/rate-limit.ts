import { createHash } from "node:crypto";
import type { Db } from "../db/create.ts";

export interface SignInLimits {
  perEmail: number;
  perIp: number;
  windowMinutes: number;
}

export function signInLimits(env: NodeJS.ProcessEnv = process.env): SignInLimits {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    perEmail: positive(env.SIGNIN_LIMIT_PER_EMAIL, 5),
    perIp: positive(env.SIGNIN_LIMIT_PER_IP, 30),
    windowMinutes: positive(env.SIGNIN_LIMIT_WINDOW_MINUTES, 15),
  };
}

// Keys are hashed so the table holds no addresses.
const keyFor = (kind: "email" | "ip", value: string) =>
  `signin:${kind}:${createHash("sha256").update(value.trim().toLowerCase()).digest("hex")}`;

/**
 * Counts one sign-in request against a fixed window in the database, so the limit holds across every
 * app instance. The window is computed from the database's clock. Returns the new count.
 */
async function hit(db: Db, key: string, windowSeconds: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0);
}

/** true when this request is within both limits (each request counts, allowed or not). */
export async function consumeSignInAllowance(
  db: Db,
  params: { email: string; ip: string | null; limits: SignInLimits },
): Promise<boolean> {
  const windowSeconds = params.limits.windowMinutes * 60;
  const emailCount = await hit(db, keyFor("email", params.email), windowSeconds);
  const ipCount = params.ip ? await hit(db, keyFor("ip", params.ip), windowSeconds) : 0;
  return emailCount <= params.limits.perEmail && ipCount <= params.limits.perIp;
}

/** Old windows are useless; sign-in requests clean up after themselves now and then. */
export async function pruneRateLimitWindows(db: Db): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < now() - interval '1 day'`;
}
