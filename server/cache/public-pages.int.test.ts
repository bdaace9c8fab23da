// The public pages are refreshed after, and only after, a successful mutation that can change them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { codeOf } from "../test/outcome.ts";
import type { PageScope } from "./public-pages.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describe("refreshing the public pages", () => {
  it("follows a public mutation that succeeded, not a private one, a refused one or a query", async () => {
    const organiser = await makeUser(tdb.db);
    const stranger = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    const scopes: PageScope[] = [];
    const publicPagesChanged = (scope: PageScope) => {
      scopes.push(scope);
    };
    const refreshed = () => scopes.length;
    const asOrganiser = callerFor(tdb.db, organiser, now, { publicPagesChanged });
    const asStranger = callerFor(tdb.db, stranger, now, { publicPagesChanged });

    await asOrganiser.events.bySlug({ slug: event.slug });
    expect(refreshed()).toBe(0);
    await asOrganiser.users.updateEmailPreferences({ turnedOff: [] });
    expect(refreshed()).toBe(0);
    expect(
      await codeOf(
        asStranger.announcements.create({
          eventId: event.id,
          title: "Pizza",
          body: "Pizza at six.",
          requestKey: "request-key-00000001",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(refreshed()).toBe(0);
    await asOrganiser.announcements.create({
      eventId: event.id,
      title: "Pizza",
      body: "Pizza at six.",
      requestKey: "request-key-00000002",
    });
    expect(scopes).toEqual([{ kind: "event", slug: event.slug }]);
    // A change that reaches several events' pages (a name credits projects anywhere) refreshes them all.
    await asOrganiser.users.updateProfile({ name: "Organiser Person", alias: "" });
    expect(scopes.at(-1)).toEqual({ kind: "everything" });
  });
});
