// What the organisers' dashboard, exports and announcements do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setup() {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const centre = await tdb.db.centre.create({
    data: { eventId: event.id, name: "Leeds", capacity: 30 },
    select: { id: true },
  });
  const adult = await makeParticipant(tdb.db, { eventId: event.id, centreId: centre.id, name: "Ada Adult" });
  const young = await makeParticipant(tdb.db, {
    eventId: event.id,
    status: "PENDING_CONSENT",
    dateOfBirth: new Date("2015-01-01T00:00:00.000Z"),
  });
  const gone = await makeParticipant(tdb.db, { eventId: event.id, status: "WITHDRAWN" });
  return { organiser, event, centre, adult, young, gone };
}

describe("dashboard.overview", () => {
  it("counts registrations by status, centre, age band and experience, and teams", async () => {
    const { organiser, event, adult } = await setup();
    await makeTeam(tdb.db, {
      eventId: event.id,
      captain: adult,
      lookingForMembers: true,
      name: "=cmd|' /C calc'!A0",
    });
    const overview = await callerFor(tdb.db, organiser, now).dashboard.overview({ eventId: event.id });
    expect(overview.registrations).toMatchObject({
      total: 2,
      withdrawn: 1,
      byStatus: { CONFIRMED: 1, PENDING_CONSENT: 1, WITHDRAWN: 1 },
      byCentre: { Leeds: 1, "No centre": 1 },
      byExperience: { SOME: 2 },
    });
    expect(overview.registrations.byAgeBand).toEqual([
      { label: "Under 13", count: 1 },
      { label: "13–15", count: 0 },
      { label: "16–17", count: 0 },
      { label: "18+", count: 1 },
    ]);
    expect(overview.teams).toEqual({ total: 1, complete: 1, lookingForMembers: 1 });

    const teams = await callerFor(tdb.db, organiser, now).dashboard.exportTeamsCsv({ eventId: event.id });
    // A cell that a spreadsheet would run as a formula is defused.
    expect(teams.csv.split("\r\n")[1]).toMatch(/^"?'=cmd/);
    expect(teams.csv).not.toContain("@");
  });
});

describe("announcements.create", () => {
  it("shows the announcement on the event page and emails everyone still registered, one message each", async () => {
    const { organiser, event, adult, young, gone } = await setup();
    const result = await callerFor(tdb.db, organiser, now).announcements.create({
      eventId: event.id,
      title: "Doors open at 9",
      body: "Bring a laptop.\n\nLunch is provided.",
    });
    expect(result.recipients).toBe(2);
    const list = await callerFor(tdb.db, null, now).announcements.list({ slug: event.slug });
    expect(list.map((a) => a.title)).toEqual(["Doors open at 9"]);
    const mail = await tdb.db.outboxEmail.findMany({
      where: { kind: "announcement" },
      select: { to: true, subject: true },
    });
    const to = mail.map((m) => m.to);
    expect(to).toEqual(expect.arrayContaining([adult.email, young.email]));
    expect(to).not.toContain(gone.email);
    expect(mail.every((m) => m.subject === `${event.name}: Doors open at 9`)).toBe(true);
  });

  it("refuses an empty announcement with field errors", async () => {
    const { organiser, event } = await setup();
    await expect(
      callerFor(tdb.db, organiser, now).announcements.create({ eventId: event.id, title: "", body: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await tdb.db.announcement.count({ where: { eventId: event.id } })).toBe(0);
  });
});
