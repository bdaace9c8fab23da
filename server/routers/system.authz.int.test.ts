import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { now, systemAuthorization, systemWorld } from "./system.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(systemAuthorization, { db: () => tdb.db, world: systemWorld, now });

describe("system", () => {
  it("ping answers { ok: true }; echo returns its input and writes nothing", async () => {
    const { me } = await systemWorld(tdb.db);
    const audits = await tdb.db.auditLog.count();
    expect(await callerFor(tdb.db, null, now).system.ping()).toEqual({ ok: true });
    expect(await callerFor(tdb.db, me, now).system.echo({ message: "hello", n: 7 })).toEqual({
      message: "hello",
      n: 7,
    });
    expect(await tdb.db.auditLog.count()).toBe(audits);
  });

  it("echo refuses a message over 200 characters", async () => {
    const { me } = await systemWorld(tdb.db);
    await expect(callerFor(tdb.db, me, now).system.echo({ message: "x".repeat(201) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
