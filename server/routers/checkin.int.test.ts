// What the check-in procedures do: the desk, checking in and out, who may collect a young person, and
// the guardian's collection settings (who may call them: checkin.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH } from "../checkin/code.ts";
import { callerFor } from "../test/callers.ts";
import { makeEventWithTwoCentres, makeYoungPersonWithConsent } from "../test/checkin-factories.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeUser } from "../test/factories.ts";
import { refusal as failure } from "../test/outcome.ts";
import { makeRegistration } from "../test/registration-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setup() {
  const db = tdb.db;
  const { organiser, lead, otherLead, event, centre, otherCentre } = await makeEventWithTwoCentres(db, {
    now,
  });
  const young = await makeYoungPersonWithConsent(db, {
    eventId: event.id,
    centreId: centre.id,
    now,
    alias: "PixelFox",
  });
  const adultUser = await makeUser(db, { name: "Alex Adult" });
  const adult = await makeRegistration(db, { eventId: event.id, userId: adultUser.id, centreId: centre.id });
  const eventId = event.id;
  return {
    eventId,
    centre,
    otherCentre,
    young,
    adult,
    asLead: callerFor(db, lead, now),
    asOtherLead: callerFor(db, otherLead, now),
    asOrganiser: callerFor(db, organiser, now),
    lead,
    organiser,
  };
}

describe("check-in codes", () => {
  it("gives every registration a code of the alphabet, distinct within the event, however it is inserted", async () => {
    const { eventId, centre } = await setup();
    const users = await Promise.all(Array.from({ length: 40 }, () => makeUser(tdb.db)));
    // One statement inserting many rows: the trigger sees the rows inserted before each.
    await tdb.db.registration.createMany({
      data: users.map((u) => ({
        eventId,
        userId: u.id,
        centreId: centre.id,
        experience: "SOME" as const,
        dateOfBirth: new Date("1990-01-01T00:00:00Z"),
        status: "CONFIRMED" as const,
        codeOfConductVersion: "2026-1",
        codeOfConductAt: now,
      })),
    });
    const codes = (
      await tdb.db.registration.findMany({ where: { eventId }, select: { checkInCode: true } })
    ).map((r) => r.checkInCode);
    expect(codes).toHaveLength(42);
    expect(new Set(codes).size).toBe(42);
    const valid = new RegExp(`^[${CHECK_IN_ALPHABET}]{${CHECK_IN_CODE_LENGTH}}$`);
    for (const code of codes) expect(code).toMatch(valid);
  });
});

describe("the check-in desk", () => {
  it("finds people at the lead's own centres by code (any case, spaces or dashes) or shown name, never by a young person's full name", async () => {
    const { eventId, young, asLead, asOtherLead } = await setup();
    const typed = `${young.checkInCode.slice(0, 3).toLowerCase()}-${young.checkInCode.slice(3)}`;
    const byCode = await asLead.checkin.desk({ eventId, search: typed });
    expect(byCode.people.map((p) => p.displayName)).toEqual(["PixelFox"]);
    expect(byCode.people[0]).toMatchObject({
      checkInCode: young.checkInCode,
      needsCollection: true,
      mayLeaveAlone: false,
      collectors: [{ label: "Sam Patel (aunt)" }],
      presentSince: null,
      ageBandLabel: "Under 13",
    });
    expect(byCode.people[0]?.alerts.map((a) => a.text)).toEqual([
      "No photos or video: their guardian hasn't agreed to them.",
    ]);
    expect((await asLead.checkin.desk({ eventId, search: "pixel" })).people).toHaveLength(1);
    expect((await asLead.checkin.desk({ eventId, search: "Alex" })).people.map((p) => p.displayName)).toEqual(
      ["Alex Adult"],
    );
    // The young person's surname is not shown to centre leads, so it finds nobody.
    expect((await asLead.checkin.desk({ eventId, search: "Young" })).matches).toBe(0);
    // Another centre's lead finds nobody from this centre, by code or by name.
    expect((await asOtherLead.checkin.desk({ eventId, search: young.checkInCode })).matches).toBe(0);
    expect((await asOtherLead.checkin.desk({ eventId, search: "PixelFox" })).expected).toBe(0);
    // The desk never sends a date of birth, an email or a full name.
    const json = JSON.stringify(byCode);
    expect(json).not.toMatch(/2014|@example\.test|Jamie|Young/);
  });

  it("lists who is in the building when nothing is searched, and counts them", async () => {
    const { eventId, young, adult, asLead } = await setup();
    expect(await asLead.checkin.desk({ eventId, search: "" })).toMatchObject({
      people: [],
      present: 0,
      expected: 2,
    });
    await asLead.checkin.checkIn({ eventId, registrationId: young.registrationId });
    await asLead.checkin.checkIn({ eventId, registrationId: adult.id });
    const desk = await asLead.checkin.desk({ eventId, search: "" });
    expect(desk.present).toBe(2);
    expect(desk.people.map((p) => [p.displayName, p.presentSince?.toISOString()])).toEqual([
      ["Alex Adult", now.toISOString()],
      ["PixelFox", now.toISOString()],
    ]);
  });
});

describe("checking in", () => {
  it("checks in once, records it in the audit log, and refuses a second check-in while they are in", async () => {
    const { eventId, young, asLead } = await setup();
    expect(await asLead.checkin.checkIn({ eventId, registrationId: young.registrationId })).toEqual({
      checkedInAt: now,
    });
    expect(
      await failure(asLead.checkin.checkIn({ eventId, registrationId: young.registrationId })),
    ).toMatchObject({ code: "CONFLICT", message: /already checked in/ });
    const audit = await tdb.db.auditLog.findMany({
      where: { eventId, entityType: "Attendance" },
      select: { action: true, data: true },
    });
    expect(audit).toEqual([{ action: "attendance.checkIn", data: { registrationId: young.registrationId } }]);
  });

  it("opens one visit when two phones check the same person in at once", async () => {
    const { eventId, young, asLead, asOrganiser } = await setup();
    const results = await Promise.allSettled([
      asLead.checkin.checkIn({ eventId, registrationId: young.registrationId }),
      asOrganiser.checkin.checkIn({ eventId, registrationId: young.registrationId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await tdb.db.attendance.count({ where: { registrationId: young.registrationId } })).toBe(1);
  });

  it("refuses someone whose guardian has not consented, and someone who withdrew", async () => {
    const { eventId, centre, asLead } = await setup();
    const waiting = await makeRegistration(tdb.db, {
      eventId,
      userId: (await makeUser(tdb.db)).id,
      centreId: centre.id,
      status: "PENDING_CONSENT",
      dateOfBirth: "2013-01-01",
      guardianEmail: "parent@example.test",
    });
    expect(await failure(asLead.checkin.checkIn({ eventId, registrationId: waiting.id }))).toMatchObject({
      code: "FORBIDDEN",
      message: "They can't be checked in until a guardian consents to them attending.",
    });
    const desk = await asLead.checkin.desk({ eventId, search: "" });
    expect(desk.expected).toBe(3);
    const gone = await makeRegistration(tdb.db, {
      eventId,
      userId: (await makeUser(tdb.db)).id,
      centreId: centre.id,
      status: "WITHDRAWN",
    });
    expect((await failure(asLead.checkin.checkIn({ eventId, registrationId: gone.id }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("does not find a registration of another event or another centre", async () => {
    const { eventId, otherCentre, asLead } = await setup();
    const elsewhere = await makeRegistration(tdb.db, {
      eventId,
      userId: (await makeUser(tdb.db)).id,
      centreId: otherCentre.id,
    });
    expect((await failure(asLead.checkin.checkIn({ eventId, registrationId: elsewhere.id }))).code).toBe(
      "NOT_FOUND",
    );
    const other = await setup();
    expect(
      (await failure(asLead.checkin.checkIn({ eventId, registrationId: other.young.registrationId }))).code,
    ).toBe("NOT_FOUND");
  });
});

describe("checking out", () => {
  it("lets a young person leave with an adult their guardian authorised, and records who", async () => {
    const { eventId, young, asLead } = await setup();
    await asLead.checkin.checkIn({ eventId, registrationId: young.registrationId });
    expect(
      await asLead.checkin.checkOut({
        eventId,
        registrationId: young.registrationId,
        choice: { kind: "collector", collectorId: young.collectorId },
      }),
    ).toEqual({ departure: "COLLECTED", collectedBy: "Sam Patel (aunt)" });
    const visit = await tdb.db.attendance.findFirstOrThrow({
      where: { registrationId: young.registrationId },
      select: { checkedOutAt: true, departure: true, collectedBy: true },
    });
    expect(visit).toEqual({ checkedOutAt: now, departure: "COLLECTED", collectedBy: "Sam Patel (aunt)" });
    // Out now: checking out again is refused, checking in again opens a second visit.
    expect(
      (
        await failure(
          asLead.checkin.checkOut({
            eventId,
            registrationId: young.registrationId,
            choice: { kind: "alone" },
          }),
        )
      ).code,
    ).toBe("CONFLICT");
    await asLead.checkin.checkIn({ eventId, registrationId: young.registrationId });
    expect(await tdb.db.attendance.count({ where: { registrationId: young.registrationId } })).toBe(2);
  });

  it("refuses an adult the guardian did not authorise, and leaving alone without permission", async () => {
    const { eventId, centre, young, asLead } = await setup();
    const someoneElse = await makeYoungPersonWithConsent(tdb.db, { eventId, centreId: centre.id, now });
    await asLead.checkin.checkIn({ eventId, registrationId: young.registrationId });
    // Another child's authorised adult is not this child's.
    expect(
      await failure(
        asLead.checkin.checkOut({
          eventId,
          registrationId: young.registrationId,
          choice: { kind: "collector", collectorId: someoneElse.collectorId },
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND", message: /isn't on the guardian's list/ });
    expect(
      await failure(
        asLead.checkin.checkOut({ eventId, registrationId: young.registrationId, choice: { kind: "alone" } }),
      ),
    ).toMatchObject({ code: "FORBIDDEN", message: /hasn't said they may leave/ });
    // A centre lead cannot override; still in the building.
    expect(
      (
        await failure(
          asLead.checkin.checkOut({
            eventId,
            registrationId: young.registrationId,
            choice: { kind: "override", collectedBy: "Chris Neighbour", reason: "Guardian phoned the desk" },
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await asLead.checkin.desk({ eventId, search: "" })).present).toBe(1);
  });

  it("lets an organiser override with a name and a reason, recorded in the audit log", async () => {
    const { eventId, young, asLead, asOrganiser } = await setup();
    await asLead.checkin.checkIn({ eventId, registrationId: young.registrationId });
    const short = await failure(
      asOrganiser.checkin.checkOut({
        eventId,
        registrationId: young.registrationId,
        choice: { kind: "override", collectedBy: " ", reason: "ok" },
      }),
    );
    expect(short.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(short)).toContain("collectedBy");
    expect(JSON.stringify(short)).toContain("reason");
    expect(
      await asOrganiser.checkin.checkOut({
        eventId,
        registrationId: young.registrationId,
        choice: {
          kind: "override",
          collectedBy: "Chris Neighbour",
          reason: "Guardian phoned the desk; ID seen",
        },
      }),
    ).toEqual({ departure: "OVERRIDE", collectedBy: "Chris Neighbour" });
    const audit = await tdb.db.auditLog.findFirstOrThrow({
      where: { eventId, action: "attendance.checkOutOverride" },
      select: { data: true },
    });
    expect(audit.data).toMatchObject({ overrideReason: "Guardian phoned the desk; ID seen" });
  });

  it("lets an adult, and a young person whose guardian allows it, leave on their own", async () => {
    const { eventId, centre, adult, asLead } = await setup();
    const independent = await makeYoungPersonWithConsent(tdb.db, {
      eventId,
      centreId: centre.id,
      now,
      mayLeaveAlone: true,
    });
    for (const registrationId of [adult.id, independent.registrationId]) {
      await asLead.checkin.checkIn({ eventId, registrationId });
      expect(await asLead.checkin.checkOut({ eventId, registrationId, choice: { kind: "alone" } })).toEqual({
        departure: "ALONE",
        collectedBy: null,
      });
    }
  });
});

describe("a guardian's collection settings", () => {
  it("replaces the list of adults and the leave-alone permission, shown back on the consent page", async () => {
    const { eventId, young, asLead } = await setup();
    const guardian = callerFor(tdb.db, null, now);
    const saved = await guardian.checkin.setCollection({
      token: young.token,
      mayLeaveAlone: true,
      collectors: [
        { name: "  Robin   Grand ", relationship: "grandparent" },
        { name: "Kim Minder", relationship: "childminder" },
      ],
    });
    expect(saved).toMatchObject({
      mayLeaveAlone: true,
      collectors: [
        { name: "Robin Grand", relationship: "grandparent" },
        { name: "Kim Minder", relationship: "childminder" },
      ],
    });
    const page = await guardian.registrations.consentByToken({ token: young.token });
    expect(page).toMatchObject({ state: "USED", mayLeaveAlone: true, collectors: saved.collectors });
    // The old adult is no longer authorised.
    await asLead.checkin.checkIn({ eventId, registrationId: young.registrationId });
    expect(
      (
        await failure(
          asLead.checkin.checkOut({
            eventId,
            registrationId: young.registrationId,
            choice: { kind: "collector", collectorId: young.collectorId },
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("says clearly what is wrong with a name or relationship, and refuses too many adults", async () => {
    const { young } = await setup();
    const guardian = callerFor(tdb.db, null, now);
    const bad = await failure(
      guardian.checkin.setCollection({
        token: young.token,
        mayLeaveAlone: false,
        collectors: [{ name: "S", relationship: "" }],
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(bad)).toContain("Say how they are related");
    const many = Array.from({ length: 7 }, (_, i) => ({
      name: `Adult Number${"x".repeat(i)}`,
      relationship: "friend",
    }));
    expect(
      JSON.stringify(
        await failure(
          guardian.checkin.setCollection({ token: young.token, mayLeaveAlone: false, collectors: many }),
        ),
      ),
    ).toContain("Name at most 6 adults");
  });

  it("refuses a withdrawn consent, an unknown link and the young person themselves", async () => {
    const { young } = await setup();
    const input = { token: young.token, mayLeaveAlone: true, collectors: [] };
    expect((await failure(callerFor(tdb.db, young.user, now).checkin.setCollection(input))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (
        await failure(
          callerFor(tdb.db, null, now).checkin.setCollection({ ...input, token: "not-a-real-link" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await callerFor(tdb.db, null, now).registrations.withdrawConsent({ token: young.token });
    expect((await failure(callerFor(tdb.db, null, now).checkin.setCollection(input))).code).toBe("NOT_FOUND");
  });
});
