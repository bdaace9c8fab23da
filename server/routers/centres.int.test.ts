// What the centres procedures do, and naming a centre lead at a centre (who may call them:
// centres.authz.ts and events.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { refusal as failure } from "../test/outcome.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre, makeRegistration } from "../test/registration-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setup() {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const as = callerFor(tdb.db, organiser, now);
  return { organiser, event, as, eventId: event.id };
}

describe("centres", () => {
  it("creates, lists, edits and deletes centres, keeping only the outward postcode", async () => {
    const { as, eventId } = await setup();
    const leeds = await as.centres.create({
      eventId,
      name: "  Leeds Central Library ",
      addressLine: "Calverley Street",
      postcodeDistrict: "ls1",
      capacity: 40,
      accessibilityNotes: "Step-free entrance on Centenary Street.",
      openingTimes: "Sat 9:00–18:00",
    });
    expect(leeds).toMatchObject({ name: "Leeds Central Library", postcodeDistrict: "LS1", capacity: 40 });
    const york = await as.centres.create({ eventId, name: "York Hub", capacity: 10 });
    expect((await as.centres.list({ eventId })).map((c) => [c.name, c.registered, c.leads])).toEqual([
      ["Leeds Central Library", 0, []],
      ["York Hub", 0, []],
    ]);
    const renamed = await as.centres.update({
      eventId,
      centreId: york.id,
      name: "York Minster Hub",
      capacity: 12,
    });
    expect(renamed).toMatchObject({ name: "York Minster Hub", capacity: 12 });
    await as.centres.delete({ eventId, centreId: york.id });
    expect((await as.centres.list({ eventId })).map((c) => c.name)).toEqual(["Leeds Central Library"]);
    const audit = await tdb.db.auditLog.findMany({
      where: { eventId, entityType: "Centre" },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "centre.create",
      "centre.create",
      "centre.update",
      "centre.delete",
    ]);
  });

  it("tells a centre's leads, by email, that deleting it took their role away", async () => {
    const { as, eventId, event } = await setup();
    const york = await as.centres.create({ eventId, name: "York Hub", capacity: 10 });
    const lead = await makeUser(tdb.db, { name: "Yasmin York", email: "yasmin@example.test" });
    await tdb.db.eventRole.create({
      data: { eventId, userId: lead.id, role: "CENTRE_LEAD", centreId: york.id },
    });
    await as.centres.delete({ eventId, centreId: york.id });
    const mails = await tdb.db.outboxEmail.findMany({
      where: { to: "yasmin@example.test", kind: "event-role-revoked" },
      select: { subject: true, text: true },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`You are no longer a centre lead of ${event.name}`);
    expect(mails[0]?.text).toContain("Hello Yasmin,");
    expect(mails[0]?.text).toContain("removed the centre York Hub from the event");
    expect(await tdb.db.eventRole.count({ where: { userId: lead.id } })).toBe(0);
  });

  it.each([
    ["a full postcode", { postcodeDistrict: "LS1 3AB" }, "postcodeDistrict"],
    ["no capacity", { capacity: 0 }, "capacity"],
    ["a fractional capacity", { capacity: 2.5 }, "capacity"],
    ["a one-letter name", { name: "L" }, "name"],
  ])("refuses %s, naming the field", async (_label, override, field) => {
    const { as, eventId } = await setup();
    const result = await failure(as.centres.create({ eventId, name: "Leeds", capacity: 10, ...override }));
    expect(result.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(result)).toContain(field);
  });

  it("refuses a second centre with the same name in the event, but not in another event", async () => {
    const { as, eventId } = await setup();
    await as.centres.create({ eventId, name: "Leeds", capacity: 10 });
    expect(await failure(as.centres.create({ eventId, name: "Leeds", capacity: 5 }))).toMatchObject({
      code: "CONFLICT",
      fields: { name: ["This event already has a centre with that name"] },
    });
    const elsewhere = await setup();
    await elsewhere.as.centres.create({ eventId: elsewhere.eventId, name: "Leeds", capacity: 10 });
  });

  it("refuses a centre whose name looks the same as another's (case, invisible characters, other alphabets)", async () => {
    const { as, eventId } = await setup();
    const leeds = await as.centres.create({ eventId, name: "Leeds Library", capacity: 10 });
    for (const name of [
      "leeds  library",
      "Leeds Library\u200B",
      "Leeds Librar\u0443",
      "ＬＥＥＤＳ Library",
    ]) {
      const result = await failure(as.centres.create({ eventId, name, capacity: 5 }));
      // A word mixing alphabets is refused by the form's rules (BAD_REQUEST) before any comparison.
      expect(["CONFLICT", "BAD_REQUEST"], name).toContain(result.code);
    }
    const york = await as.centres.create({ eventId, name: "York", capacity: 5 });
    expect(
      await failure(as.centres.update({ eventId, centreId: york.id, name: "LEEDS LIBRARY", capacity: 5 })),
    ).toMatchObject({
      code: "CONFLICT",
      fields: { name: ["This event already has a centre with that name"] },
    });
    // Renaming a centre to a look-alike of its own name is fine.
    await as.centres.update({ eventId, centreId: leeds.id, name: "Leeds library", capacity: 10 });
  });

  it("never lowers capacity below the people registered, and never deletes a centre people chose", async () => {
    const { as, eventId } = await setup();
    const centre = await makeCentre(tdb.db, eventId);
    for (let i = 0; i < 3; i++) {
      const person = await makeUser(tdb.db);
      await makeRegistration(tdb.db, { eventId, userId: person.id, centreId: centre.id });
    }
    const lower = await failure(
      as.centres.update({ eventId, centreId: centre.id, name: centre.name, capacity: 2 }),
    );
    expect(lower).toMatchObject({
      code: "BAD_REQUEST",
      fields: { capacity: ["3 people are registered at this centre, so it needs at least 3 places."] },
    });
    await as.centres.update({ eventId, centreId: centre.id, name: centre.name, capacity: 3 });
    expect((await failure(as.centres.delete({ eventId, centreId: centre.id }))).code).toBe("CONFLICT");
    expect(await tdb.db.centre.count({ where: { id: centre.id } })).toBe(1);
  });

  it("cannot touch another event's centre through this event (IDOR)", async () => {
    const mine = await setup();
    const theirs = await setup();
    const centre = await makeCentre(tdb.db, theirs.eventId);
    const update = mine.as.centres.update({
      eventId: mine.eventId,
      centreId: centre.id,
      name: "Mine now",
      capacity: 5,
    });
    expect((await failure(update)).code).toBe("NOT_FOUND");
    expect((await failure(mine.as.centres.delete({ eventId: mine.eventId, centreId: centre.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await tdb.db.centre.findUnique({ where: { id: centre.id }, select: { name: true } })).toEqual({
      name: centre.name,
    });
  });
});

describe("centres on the public event page", () => {
  it("shows where, when and access, and places left, but never who; a draft event's are not found", async () => {
    const { event, eventId } = await setup();
    const centre = await makeCentre(tdb.db, eventId, "Bradford");
    await tdb.db.centre.update({
      where: { id: centre.id },
      data: { capacity: 2, accessibilityNotes: "Lift to every floor." },
    });
    const person = await makeUser(tdb.db, { name: "Secret Person" });
    await makeRegistration(tdb.db, { eventId, userId: person.id, centreId: centre.id });
    const visitor = callerFor(tdb.db, null, now);
    const listed = await visitor.centres.listPublic({ slug: event.slug });
    expect(listed).toEqual([
      expect.objectContaining({
        name: "Bradford",
        accessibilityNotes: "Lift to every floor.",
        placesLeft: 1,
      }),
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/Secret|@/);

    const draft = await makeEvent(tdb.db, { now, status: "DRAFT" });
    await makeCentre(tdb.db, draft.id);
    expect((await failure(visitor.centres.listPublic({ slug: draft.slug }))).code).toBe("NOT_FOUND");
  });
});

describe("naming a centre lead", () => {
  it("requires a centre of this event, shows it on the role, and tells the lead where", async () => {
    const { as, eventId } = await setup();
    const centre = await makeCentre(tdb.db, eventId, "Leeds Library");
    const email = `lead-${Date.now()}@example.test`;
    expect(await failure(as.events.grantRole({ eventId, email, role: "CENTRE_LEAD" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    const other = await setup();
    const foreign = await makeCentre(tdb.db, other.eventId);
    expect(
      await failure(as.events.grantRole({ eventId, email, role: "CENTRE_LEAD", centreId: foreign.id })),
    ).toMatchObject({ code: "NOT_FOUND", fields: { centreId: ["Choose one of this event's centres"] } });

    const role = await as.events.grantRole({ eventId, email, role: "CENTRE_LEAD", centreId: centre.id });
    expect(role.centre).toEqual({ id: centre.id, name: "Leeds Library" });
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({ where: { to: email }, select: { text: true } });
    expect(mail.text).toContain("a centre lead of");
    expect(mail.text).toContain("at Leeds Library");
    // Granting again is a no-op; organisers are never tied to a centre.
    expect((await as.events.grantRole({ eventId, email, role: "CENTRE_LEAD", centreId: centre.id })).id).toBe(
      role.id,
    );
    const organiser = await as.events.grantRole({ eventId, email, role: "ORGANISER", centreId: centre.id });
    expect(organiser.centre).toBeNull();
    const listed = await as.centres.list({ eventId });
    expect(listed[0]?.leads.map((l) => l.email)).toEqual([email]);
  });
});
