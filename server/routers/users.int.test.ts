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
