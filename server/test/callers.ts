import type { Context, SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { appRouter } from "../routers/_app.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);

/**
 * Calls procedures as `user` (null: signed out) with the rule clock fixed at `now`. `extra` adds to the
 * context what an HTTP request would (publicPagesChanged).
 */
export function callerFor(
  db: Db,
  user: SessionUser | null,
  now: Date,
  extra: Partial<Pick<Context, "publicPagesChanged" | "clientIp">> = {},
) {
  const ctx: Context = { db, user, now: () => Promise.resolve(now), clientIp: null, ...extra };
  return createCaller(ctx);
}
