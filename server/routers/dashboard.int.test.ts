// What the organisers' dashboard, exports and announcements do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExperienceLevel, RegistrationStatus, SubmissionStatus } from "../db/generated/enums.ts";
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
  it("counts registrations by status, centre, age band and experience, and teams, in the product's words", async () => {
    const { organiser, event, adult } = await setup();
    await makeTeam(tdb.db, {
      eventId: event.id,
      captain: adult,
      lookingForMembers: true,
      name: "=cmd|' /C calc'!A0",
    });
    const overview = await callerFor(tdb.db, organiser, now).dashboard.overview({ eventId: event.id });
    // When it was counted: the request's clock, already in the event's zone (24-hour, zone named).
    expect(overview.countedAt).toEqual(now);
    expect(overview.countedAtLabel).toMatch(/^\d{2}:\d{2}:\d{2} [A-Z+\d-]+$/);
    expect(overview.registrations).toMatchObject({
      total: 2,
      withdrawn: 1,
      byStatus: [
        { label: "Waiting for guardian consent", count: 1 },
        { label: "Confirmed", count: 1 },
        { label: "Withdrawn", count: 1 },
      ],
      byCentre: expect.arrayContaining([
        { label: "Leeds", count: 1 },
        { label: "No centre chosen", count: 1 },
      ]) as unknown,
      byExperience: [{ label: "Some experience", count: 2 }],
    });
    expect(overview.registrations.byAgeBand).toEqual([
      { label: "Under 13", count: 1 },
      { label: "13–15", count: 0 },
      { label: "16–17", count: 0 },
      { label: "18+", count: 1 },
    ]);
    expect(overview.teams).toMatchObject({ total: 1, complete: 1, lookingForMembers: 1 });

    const teams = await callerFor(tdb.db, organiser, now).dashboard.exportTeamsCsv({ eventId: event.id });
    // A cell that a spreadsheet would run as a formula is defused.
    expect(teams.csv.split("\r\n")[1]).toMatch(/^"?'=cmd/);
    expect(teams.csv).not.toContain("@");
  });

  // Issue 8, kind 10: "1 are looking" counted a full team whose captain left the box ticked.
  it("never counts a full team as looking for members, on the dashboard or in the export", async () => {
    const { organiser, event, adult } = await setup();
    const team = await makeTeam(tdb.db, { eventId: event.id, captain: adult, lookingForMembers: true });
    const as = callerFor(tdb.db, organiser, now);
    expect((await as.dashboard.overview({ eventId: event.id })).teams.lookingForMembers).toBe(1);
    await tdb.db.event.update({ where: { id: event.id }, data: { teamMaxSize: 1, teamMinSize: 1 } });
    const full = await as.dashboard.overview({ eventId: event.id });
    expect(full.teams.lookingForMembers).toBe(0);
    const csv = (await as.dashboard.exportTeamsCsv({ eventId: event.id })).csv;
    expect(csv.split("\r\n")[1]).toContain(`${team.name},`);
    expect(csv.split("\r\n")[1]).toMatch(/,No,/);
  });

  it("counts teams by centre the way the centres page does, with the ones at no centre apart", async () => {
    const { organiser, event, adult } = await setup();
    await makeTeam(tdb.db, { eventId: event.id, captain: adult });
    const as = callerFor(tdb.db, organiser, now);
    const overview = await as.dashboard.overview({ eventId: event.id });
    const centres = await as.centres.list({ eventId: event.id });
    const unplaced = await as.centres.withoutCentre({ eventId: event.id });
    const perCentre = centres.reduce((sum, c) => sum + c.teams, 0) + unplaced.teams;
    expect(perCentre).toBe(overview.teams.total);
    for (const c of centres) {
      expect(overview.teams.byCentre.find((b) => b.label === c.name)?.count ?? 0).toBe(c.teams);
    }
    expect(overview.teams.byCentre.find((b) => b.label === "No centre chosen")?.count ?? 0).toBe(
      unplaced.teams,
    );
  });

  // Every export speaks the product's words: no internal code (CONFIDENT, PENDING_CONSENT, SUBMITTED...)
  // in any cell of any CSV an organiser or centre lead downloads.
  it("puts no internal codes in any export", async () => {
    const { organiser, event, adult } = await setup();
    const team = await makeTeam(tdb.db, { eventId: event.id, captain: adult });
    await tdb.db.submission.create({
      data: { eventId: event.id, teamId: team.id, title: "Bus times", status: "SUBMITTED", submittedAt: now },
    });
    const as = callerFor(tdb.db, organiser, now);
    const csvs = [
      (await as.registrations.exportCsv({ eventId: event.id })).csv,
      (await as.dashboard.exportTeamsCsv({ eventId: event.id })).csv,
      (await as.dashboard.exportSubmissionsCsv({ eventId: event.id })).csv,
    ];
    const codes = new Set<string>([
      ...Object.values(RegistrationStatus),
      ...Object.values(ExperienceLevel),
      ...Object.values(SubmissionStatus),
      "none",
      "yes",
      "no",
    ]);
    for (const csv of csvs) {
      const cells = csv.split("\r\n").flatMap((line) => line.split(","));
      expect(cells.filter((cell) => codes.has(cell))).toEqual([]);
    }
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

  // Any procedure: PostgreSQL refuses NUL in text, so it is bad input (400), never a failed insert (500).
  it("refuses text holding a NUL character as bad input, storing nothing", async () => {
    const { organiser, event } = await setup();
    await expect(
      callerFor(tdb.db, organiser, now).announcements.create({
        eventId: event.id,
        title: "Doors open",
        body: "Bring a laptop\u0000",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await tdb.db.announcement.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("refuses an empty announcement with field errors", async () => {
    const { organiser, event } = await setup();
    await expect(
      callerFor(tdb.db, organiser, now).announcements.create({ eventId: event.id, title: "", body: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await tdb.db.announcement.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("announcements.update and delete", () => {
  it("corrects an announcement without emailing it again, marks it edited, and keeps the old text in the audit log", async () => {
    const { organiser, event } = await setup();
    const caller = callerFor(tdb.db, organiser, now);
    const posted = await caller.announcements.create({
      eventId: event.id,
      title: "Doors open at 9",
      body: "Bring a laptop.",
    });
    const mailBefore = await tdb.db.outboxEmail.count({ where: { kind: "announcement" } });
    await caller.announcements.update({
      eventId: event.id,
      announcementId: posted.id,
      title: "Doors open at 10",
      body: "Bring a laptop and a charger.",
    });
    const [shown] = await callerFor(tdb.db, null, now).announcements.list({ slug: event.slug });
    expect(shown).toMatchObject({ title: "Doors open at 10", body: "Bring a laptop and a charger." });
    expect(shown?.editedAt).toEqual(now);
    expect(await tdb.db.outboxEmail.count({ where: { kind: "announcement" } })).toBe(mailBefore);
    const entry = await tdb.db.auditLog.findFirstOrThrow({
      where: { entityId: posted.id, action: "announcement.edit" },
      select: { data: true, actorId: true },
    });
    expect(entry).toEqual({
      actorId: organiser.id,
      data: { before: { title: "Doors open at 9", body: "Bring a laptop." } },
    });

    await caller.announcements.delete({ eventId: event.id, announcementId: posted.id });
    expect(await callerFor(tdb.db, null, now).announcements.list({ slug: event.slug })).toEqual([]);
    expect(
      await tdb.db.auditLog.count({ where: { entityId: posted.id, action: "announcement.delete" } }),
    ).toBe(1);
  });

  it("cannot touch another event's announcement through this event", async () => {
    const one = await setup();
    const two = await setup();
    const theirs = await callerFor(tdb.db, two.organiser, now).announcements.create({
      eventId: two.event.id,
      title: "Their news",
      body: "Only theirs.",
    });
    const mine = callerFor(tdb.db, one.organiser, now).announcements;
    await expect(
      mine.update({
        eventId: one.event.id,
        announcementId: theirs.id,
        title: "Hijacked",
        body: "Nope nope.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mine.delete({ eventId: one.event.id, announcementId: theirs.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await tdb.db.announcement.count({ where: { id: theirs.id, title: "Their news" } })).toBe(1);
  });

  it("refuses an edit that leaves it empty, with field errors", async () => {
    const { organiser, event } = await setup();
    const caller = callerFor(tdb.db, organiser, now);
    const posted = await caller.announcements.create({
      eventId: event.id,
      title: "Doors open",
      body: "At nine.",
    });
    await expect(
      caller.announcements.update({ eventId: event.id, announcementId: posted.id, title: "", body: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
