import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeUser } from "../test/factories.ts";
import { now, usersAuthorization, usersWorld } from "./users.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(usersAuthorization, { db: () => tdb.db, world: usersWorld, now });

describe("users.updateProfile", () => {
  it("changes only the caller's own name and alias", async () => {
    const [me, other] = await Promise.all([
      makeUser(tdb.db, { name: "Old" }),
      makeUser(tdb.db, { name: "Other" }),
    ]);
    await callerFor(tdb.db, me, now).users.updateProfile({ name: "  Ada Lovelace ", alias: "countess" });
    expect(await callerFor(tdb.db, me, now).users.me()).toEqual({
      email: me.email,
      name: "Ada Lovelace",
      alias: "countess",
    });
    expect(
      (await tdb.db.user.findUniqueOrThrow({ where: { id: other.id }, select: { name: true } })).name,
    ).toBe("Other");
    await callerFor(tdb.db, me, now).users.updateProfile({ name: "Ada Lovelace", alias: "" });
    expect((await callerFor(tdb.db, me, now).users.me()).alias).toBeNull();
  });

  it.each([
    [{ name: "", alias: "" }, "name"],
    [{ name: "Ada", alias: "<script>" }, "alias"],
    [{ name: "x".repeat(81), alias: "" }, "name"],
  ])("refuses %j with an error on %s", async (input, field) => {
    const me = await makeUser(tdb.db);
    const error = await callerFor(tdb.db, me, now)
      .users.updateProfile(input)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCError);
    const issues = ((error as TRPCError).cause as { issues?: { path: unknown[] }[] }).issues ?? [];
    expect(issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("users.emailPreferences", () => {
  it("starts with every optional category on, and keeps exactly what the person turned off", async () => {
    const me = await makeUser(tdb.db);
    const caller = callerFor(tdb.db, me, now);
    const initial = await caller.users.emailPreferences();
    expect(initial.optional.map((c) => [c.category, c.on])).toEqual([
      ["TEAM", true],
      ["ANNOUNCEMENTS", true],
      ["CHALLENGES", true],
    ]);
    expect(initial.always.map((c) => c.category)).toEqual(["ACCESS", "CONSENT"]);
    await caller.users.updateEmailPreferences({ turnedOff: ["CHALLENGES", "TEAM", "TEAM"] });
    const after = await caller.users.emailPreferences();
    expect(after.optional.map((c) => [c.category, c.on])).toEqual([
      ["TEAM", false],
      ["ANNOUNCEMENTS", true],
      ["CHALLENGES", false],
    ]);
    await caller.users.updateEmailPreferences({ turnedOff: [] });
    expect((await caller.users.emailPreferences()).optional.every((c) => c.on)).toBe(true);
    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: me.id, action: "user.email_preferences" },
      orderBy: { createdAt: "asc" },
      select: { data: true },
    });
    expect(audit.map((a) => a.data)).toEqual([{ turnedOff: ["TEAM", "CHALLENGES"] }, { turnedOff: [] }]);
  });

  it.each([[["ACCESS"]], [["CONSENT"]], [["SPAM"]], [["TEAM", "TEAM", "TEAM", "TEAM"]]])(
    "refuses to turn off %j: those are always sent, or not categories at all",
    async (turnedOff) => {
      const me = await makeUser(tdb.db);
      const caller = callerFor(tdb.db, me, now);
      const refused = await caller.users
        .updateEmailPreferences({ turnedOff: turnedOff as unknown as "TEAM"[] })
        .then(
          () => "ok",
          (e: unknown) => (e instanceof TRPCError ? e.code : "other"),
        );
      expect(refused).toBe("BAD_REQUEST");
      expect((await caller.users.emailPreferences()).optional.every((c) => c.on)).toBe(true);
    },
  );
});
