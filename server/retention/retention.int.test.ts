// The retention job with an injected clock: what it deletes, what it keeps, and that it runs once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { makeEventWithTwoCentres, makeYoungPersonWithConsent } from "../test/checkin-factories.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeUser } from "../test/factories.ts";
import { refusal } from "../test/outcome.ts";
import { makeRegistration } from "../test/registration-factories.ts";
import { deleteExpiredPersonalData } from "./commands.ts";

const day = 24 * 60 * 60 * 1000;
/** The world's clock: the event starts 7 days later and its results come out 12 days later. */
const now = new Date("2026-11-24T12:00:00.000Z");
const resultsAt = new Date(now.getTime() + 12 * day);
const after = (days: number) => new Date(resultsAt.getTime() + days * day);

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

/** An event with a 12-year-old (consent, collector, sensitive answers, two visits) and an adult who never came. */
async function setup() {
  const db = tdb.db;
  const { organiser, event, centre } = await makeEventWithTwoCentres(db, { now });
  await db.event.update({
    where: { id: event.id },
    data: { sensitiveFields: ["MEDICAL"] },
    select: { id: true },
  });
  const young = await makeYoungPersonWithConsent(db, { eventId: event.id, centreId: centre.id, now });
  const adultUser = await makeUser(db, { name: "Alex Adult" });
  const adult = await makeRegistration(db, { eventId: event.id, userId: adultUser.id, centreId: centre.id });
  await db.sensitiveInfo.create({
    data: { registrationId: young.registrationId, medical: "Asthma: inhaler in bag" },
    select: { registrationId: true },
  });
  const startsAt = new Date(now.getTime() + 7 * day);
  await db.attendance.createMany({
    data: [
      {
        registrationId: young.registrationId,
        centreId: centre.id,
        checkedInAt: startsAt,
        checkedOutAt: startsAt,
      },
      {
        registrationId: young.registrationId,
        centreId: centre.id,
        checkedInAt: new Date(startsAt.getTime() + day),
      },
    ],
  });
  await db.registration.update({
    where: { id: young.registrationId },
    data: { checkedInAt: new Date(startsAt.getTime() + day) },
    select: { id: true },
  });
  return { db, event, organiser, young, adult, asOrganiser: (at: Date) => callerFor(db, organiser, at) };
}

async function personalData(db: TestDatabase["db"], registrationId: string) {
  return db.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      dateOfBirth: true,
      ageAtStart: true,
      checkedInAt: true,
      sensitive: { select: { medical: true } },
      visits: { select: { id: true } },
      collectors: { select: { id: true } },
      consents: { select: { attend: true, guardianName: true } },
    },
  });
}

describe("the retention job", () => {
  it("keeps everything until the period has passed, to the millisecond", async () => {
    const { db, event, young } = await setup();
    const done = await deleteExpiredPersonalData(db, {
      now: new Date(after(30).getTime() - 1),
      trigger: "schedule",
    });
    expect(done.map((d) => d.eventId)).not.toContain(event.id);
    const kept = await personalData(db, young.registrationId);
    expect(kept.dateOfBirth).not.toBeNull();
    expect(kept.sensitive?.medical).toBe("Asthma: inhaler in bag");
    expect(kept.visits).toHaveLength(2);
    expect(kept.collectors).toHaveLength(1);
  });

  it("then deletes dates of birth, sensitive answers, visits and collectors, keeping ages, consents and counts", async () => {
    const { db, event, young, adult, asOrganiser } = await setup();
    const done = await deleteExpiredPersonalData(db, { now: after(30), trigger: "schedule" });
    expect(done.find((d) => d.eventId === event.id)?.counts).toEqual({
      registrations: 2,
      datesOfBirth: 2,
      sensitiveRecords: 1,
      visits: 2,
      attended: 1,
      collectors: 1,
    });
    const gone = await personalData(db, young.registrationId);
    // Born 2014-03-03; the event starts on 2026-12-01: 12 at the start.
    expect(gone).toMatchObject({ dateOfBirth: null, ageAtStart: 12, checkedInAt: null, sensitive: null });
    expect(gone.visits).toEqual([]);
    expect(gone.collectors).toEqual([]);
    expect(gone.consents).toEqual([{ attend: true, guardianName: "Pat Guardian" }]);
    expect(await personalData(db, adult.id)).toMatchObject({ dateOfBirth: null, ageAtStart: 36 });
    // The record of it, and the audit entry, hold counts only.
    const status = await asOrganiser(after(31)).retention.status({ eventId: event.id });
    expect(status.state).toMatchObject({ kind: "DELETED", deletedAt: after(30) });
    expect(status.deletion).toMatchObject({ trigger: "schedule", attended: 1, visits: 2 });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { eventId: event.id, action: "retention.deleted" },
      select: { actorId: true, data: true },
    });
    expect(entry.actorId).toBeNull();
    expect(entry.data).toMatchObject({ trigger: "schedule", datesOfBirth: 2 });
    // Organisers still see the young person as a young person, by age band.
    const { rows } = await asOrganiser(after(31)).registrations.list({ eventId: event.id });
    const band = rows.find((r) => r.id === young.registrationId);
    expect(band?.ageBand).toBe("UNDER_13");
    expect(band?.displayName).toMatch(/^Coder/);
    // Running again finds nothing to do.
    expect(
      (await deleteExpiredPersonalData(db, { now: after(40), trigger: "schedule" })).map((d) => d.eventId),
    ).not.toContain(event.id);
  });

  it("also deletes help requests (free text a young person typed) and the adults' visits on site", async () => {
    const { db, event, organiser } = await setup();
    const centre = await db.centre.findFirstOrThrow({ where: { eventId: event.id }, select: { id: true } });
    const team = await db.team.create({
      data: { eventId: event.id, centreId: centre.id, name: "Kites", joinCode: "KITESKITES23" },
      select: { id: true },
    });
    await db.helpRequest.create({
      data: {
        eventId: event.id,
        centreId: centre.id,
        teamId: team.id,
        topic: "OTHER",
        description: "My name is Jess and I sit at table 4",
        status: "RESOLVED",
        expiresAt: after(-10),
      },
    });
    await db.staffVisit.create({
      data: {
        eventId: event.id,
        centreId: centre.id,
        userId: organiser.id,
        checkedInAt: now,
        checkedOutAt: now,
      },
    });
    await deleteExpiredPersonalData(db, { now: after(29), trigger: "schedule" });
    expect(await db.helpRequest.count({ where: { eventId: event.id } })).toBe(1);
    await deleteExpiredPersonalData(db, { now: after(30), trigger: "schedule" });
    expect(await db.helpRequest.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.staffVisit.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("also deletes learner groups and who was in them", async () => {
    const { db, event, young, adult } = await setup();
    const centre = await db.centre.findFirstOrThrow({ where: { eventId: event.id }, select: { id: true } });
    await db.learnerGroup.create({
      data: {
        eventId: event.id,
        centreId: centre.id,
        day: new Date("2026-12-01T00:00:00Z"),
        level: "NEW",
        label: "New to coding 1",
        members: { create: [{ registrationId: young.registrationId }, { registrationId: adult.id }] },
      },
      select: { id: true },
    });
    const members = () => db.learnerGroupMember.count({ where: { group: { eventId: event.id } } });
    await deleteExpiredPersonalData(db, { now: after(29), trigger: "schedule" });
    expect(await members()).toBe(2);
    await deleteExpiredPersonalData(db, { now: after(30), trigger: "schedule" });
    expect(await members()).toBe(0);
    expect(await db.learnerGroup.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("follows the event's own retention period", async () => {
    const { db, event, young, asOrganiser } = await setup();
    await asOrganiser(now).retention.update({ eventId: event.id, retentionDays: 90 });
    await deleteExpiredPersonalData(db, { now: after(89), trigger: "schedule" });
    expect((await personalData(db, young.registrationId)).dateOfBirth).not.toBeNull();
    await deleteExpiredPersonalData(db, { now: after(90), trigger: "schedule" });
    expect((await personalData(db, young.registrationId)).dateOfBirth).toBeNull();
    // After the deletion the setting can no longer change.
    const late = await refusal(
      asOrganiser(after(91)).retention.update({ eventId: event.id, retentionDays: 400 }),
    );
    expect(late.code).toBe("CONFLICT");
  });

  it("deletes once when the schedule and an organiser run it together", async () => {
    const { db, event, asOrganiser } = await setup();
    const results = await Promise.allSettled([
      deleteExpiredPersonalData(db, { now: after(30), trigger: "schedule" }),
      asOrganiser(after(30)).retention.deleteNow({ eventId: event.id }),
      deleteExpiredPersonalData(db, { now: after(30), trigger: "schedule" }),
    ]);
    const records = await db.personalDataDeletion.findMany({
      where: { eventId: event.id },
      select: { visits: true },
    });
    expect(records).toEqual([{ visits: 2 }]);
    const audits = await db.auditLog.count({ where: { eventId: event.id, action: "retention.deleted" } });
    expect(audits).toBe(1);
    // The organiser's press either did it or was told it had been done.
    const press = results[1];
    if (press.status === "rejected") expect(String(press.reason)).toMatch(/deleted already/);
  });

  it("refuses an organiser's deletion before the period has passed", async () => {
    const { event, asOrganiser } = await setup();
    const early = await refusal(asOrganiser(after(29)).retention.deleteNow({ eventId: event.id }));
    expect(early.code).toBe("CONFLICT");
    expect((await asOrganiser(after(29)).retention.status({ eventId: event.id })).state.kind).toBe("KEPT");
  });

  it("refuses a retention period outside 1–3,650 days with a message", async () => {
    const { event, asOrganiser } = await setup();
    for (const retentionDays of [0, 3651, 1.5]) {
      const bad = await refusal(asOrganiser(now).retention.update({ eventId: event.id, retentionDays }));
      expect(bad.code).toBe("BAD_REQUEST");
    }
  });
});
