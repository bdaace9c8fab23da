// Limits on the procedures someone could abuse hold per caller, across app instances, and say how long
// to wait.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/create.ts";
import { appRouter } from "../routers/_app.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent } from "../test/factories.ts";
import { makeParticipant } from "../test/team-factories.ts";
import { PROCEDURE_LIMITS, RateLimitedError } from "./procedures.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
let tdb: TestDatabase;
// A second client with its own pool stands in for a second app instance on the same database.
let otherInstance: Db;
beforeAll(async () => {
  tdb = await openTestDatabase();
  otherInstance = createDb(tdb.url, { poolMax: 1 });
});
afterAll(async () => {
  await otherInstance.$disconnect();
  await tdb.close();
});

function joinLimit() {
  const rule = PROCEDURE_LIMITS["teams.joinByCode"];
  if (!rule) throw new Error("teams.joinByCode has no limit");
  return rule;
}

/** The domain code a call failed with ("ok" when it succeeded). */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.cause instanceof RateLimitedError ? `${error.code}:${error.cause.code}` : error.code;
  }
}

describe("procedure rate limits", () => {
  it("name only mutations that exist", () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    for (const path of Object.keys(PROCEDURE_LIMITS)) {
      expect(procedures[path]?._def.type, path).toBe("mutation");
    }
  });

  it("refuse a person's join attempts past the limit, on every instance, and nobody else's", async () => {
    const event = await makeEvent(tdb.db, { now });
    const [guesser, other] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    const { limit } = joinLimit();
    const attempt = (user: typeof guesser, db: Db) =>
      codeOf(callerFor(db, user, now).teams.joinByCode({ eventId: event.id, code: "ABCDEFGHJKMN" }));
    const codes: string[] = [];
    for (let i = 0; i < limit + 2; i++) codes.push(await attempt(guesser, i % 2 ? tdb.db : otherInstance));
    // Up to the limit each attempt reaches the rules (no such team); then every one is refused.
    expect(codes.slice(0, limit).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes.slice(limit)).toEqual(["TOO_MANY_REQUESTS:RATE_LIMITED", "TOO_MANY_REQUESTS:RATE_LIMITED"]);
    // Another person, and another procedure of the same person, are not affected.
    expect(await attempt(other, tdb.db)).toBe("NOT_FOUND");
    expect(
      await codeOf(callerFor(tdb.db, guesser, now).teams.byCode({ eventId: event.id, code: "ABCDEFGHJKMN" })),
    ).toBe("NOT_FOUND");
  });

  it("say how long to wait, in the message and in seconds", async () => {
    const event = await makeEvent(tdb.db, { now });
    const person = await makeParticipant(tdb.db, { eventId: event.id });
    const { limit, windowSeconds } = joinLimit();
    let refusal: unknown = null;
    for (let i = 0; i <= limit && !refusal; i++) {
      try {
        await callerFor(tdb.db, person, now).teams.joinByCode({ eventId: event.id, code: "ABCDEFGHJKMN" });
      } catch (error) {
        if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") refusal = error;
      }
    }
    expect(refusal).toBeInstanceOf(TRPCError);
    const error = refusal as TRPCError;
    expect(error.message).toMatch(
      /^You've done this a lot in a short time\. Please wait (a minute|\d+ (minutes|seconds)) and try again\.$/,
    );
    const cause = error.cause as RateLimitedError;
    expect(cause.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(cause.retryAfterSeconds).toBeLessThanOrEqual(windowSeconds);
  });

  it("count signed-out callers by client IP, and keep no ids or addresses in the table", async () => {
    const event = await makeEvent(tdb.db, { now });
    const { limit } = joinLimit();
    const anonymous = (clientIp: string) =>
      codeOf(
        callerFor(tdb.db, null, now, { clientIp }).teams.joinByCode({
          eventId: event.id,
          code: "ABCDEFGHJKMN",
        }),
      );
    const codes: string[] = [];
    for (let i = 0; i <= limit; i++) codes.push(await anonymous("203.0.113.7"));
    expect(codes.slice(0, limit).every((c) => c === "UNAUTHORIZED")).toBe(true);
    expect(codes[limit]).toBe("TOO_MANY_REQUESTS:RATE_LIMITED");
    expect(await anonymous("203.0.113.8")).toBe("UNAUTHORIZED");

    const rows = await tdb.db.rateLimitWindow.findMany({
      where: { key: { startsWith: "call:" } },
      select: { key: true },
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^call:[a-zA-Z.]+:[0-9a-f]{64}$/);
  });
});
