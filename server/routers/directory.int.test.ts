// What the directory procedures do: an organisation becomes an operator, lists a weekly club and runs
// its own event, and the public directory and its calendar feed show them under the filters people use.
// Who may call them: directory.authz.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { codeOf, refusal } from "../test/outcome.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";
import { clubDetails } from "./directory.authz.ts";

// Tuesday 1 December 2026, noon in London.
const now = new Date("2026-12-01T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function operatorSetup() {
  const [owner, admin, visitor] = await Promise.all([
    makeUser(tdb.db),
    makeUser(tdb.db, { admin: true }),
    makeUser(tdb.db),
  ]);
  const org = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
  const asOwner = callerFor(tdb.db, owner, now);
  const asAdmin = callerFor(tdb.db, admin, now);
  const asVisitor = callerFor(tdb.db, visitor, now);
  return { owner, org, asOwner, asAdmin, asVisitor, organisationId: org.id };
}

/** The titles of the sessions the directory lists under `filters`, for a visitor signed out. */
async function listedSessions(filters: Parameters<ReturnType<typeof callerFor>["directory"]["list"]>[0]) {
  const listing = await callerFor(tdb.db, null, now).directory.list(filters);
  return listing.sessions.map((s) => s.title);
}

describe("becoming an operator", () => {
  it("asks, is approved, lists a club that appears once published, and leaves the directory when withdrawn", async () => {
    const { asOwner, asAdmin, organisationId } = await operatorSetup();
    const title = `Club ${organisationId}`;
    // Not an operator yet: sessions and events are refused.
    expect(await codeOf(asOwner.directory.createSession({ organisationId, details: clubDetails }))).toBe(
      "FORBIDDEN",
    );
    const asked = await asOwner.directory.requestOperator({ organisationId });
    expect(asked.requestedAt).toEqual(now);
    // Asking twice changes nothing.
    expect((await asOwner.directory.requestOperator({ organisationId })).requestedAt).toEqual(now);
    const waiting = await asAdmin.directory.operators();
    expect(waiting.find((o) => o.id === organisationId)).toMatchObject({
      operatorRequestedAt: now,
      operatorApprovedAt: null,
    });
    await asAdmin.directory.decideOperator({ organisationId, approved: true });
    expect(await codeOf(asOwner.directory.requestOperator({ organisationId }))).toBe("CONFLICT");

    const { id } = await asOwner.directory.createSession({
      organisationId,
      details: { ...clubDetails, title },
    });
    expect(await listedSessions({})).not.toContain(title);
    await asOwner.directory.publishSession({ organisationId, sessionId: id, published: true });
    const listing = await callerFor(tdb.db, null, now).directory.list({});
    const club = listing.sessions.find((s) => s.title === title);
    // Tuesday 17:00 in London, today: it has not met yet.
    expect(club?.nextMeeting).toEqual({
      start: new Date("2026-12-01T17:00:00.000Z"),
      end: new Date("2026-12-01T18:30:00.000Z"),
    });
    expect(club?.costPence).toBe(0);

    const mine = await asOwner.directory.sessions({ organisationId });
    expect(mine.operatorApprovedAt).toEqual(now);
    expect(mine.sessions.map((s) => s.title)).toEqual([title]);

    await asAdmin.directory.decideOperator({ organisationId, approved: false });
    expect(await listedSessions({})).not.toContain(title);
    expect(
      await codeOf(asOwner.directory.publishSession({ organisationId, sessionId: id, published: false })),
    ).toBe("FORBIDDEN");
  });

  it("is refused when the organisation is unknown", async () => {
    const { asAdmin } = await operatorSetup();
    expect(
      await codeOf(
        asAdmin.directory.decideOperator({ organisationId: "cmnotanorganisation00000", approved: true }),
      ),
    ).toBe("NOT_FOUND");
  });
});

async function approvedOperator() {
  const setup = await operatorSetup();
  await setup.asAdmin.directory.decideOperator({ organisationId: setup.organisationId, approved: true });
  return setup;
}

describe("sessions", () => {
  it("says what is wrong with each field, all at once", async () => {
    const { asOwner, organisationId } = await approvedOperator();
    const result = await refusal(
      asOwner.directory.createSession({
        organisationId,
        details: {
          ...clubDetails,
          title: "x",
          startTime: "18:30",
          endTime: "17:00",
          startsOn: "2027-02-30",
          minAge: 12,
          maxAge: 8,
          venueName: "",
          postcodeDistrict: "CF24 3AA",
          cost: "three pounds",
          bookingUrl: "http://example.test/book",
        },
      }),
    );
    expect(result.code).toBe("BAD_REQUEST");
    const text = JSON.stringify(result);
    for (const message of [
      "Use at least 3 characters",
      "That date doesn't exist",
      "Use only the first part of the postcode",
      "Enter a price in pounds",
      "starting with https://",
    ])
      expect(text).toContain(message);
  });

  it("checks the fields that depend on each other", async () => {
    const { asOwner, organisationId } = await approvedOperator();
    const result = await refusal(
      asOwner.directory.createSession({
        organisationId,
        details: {
          ...clubDetails,
          startTime: "18:30",
          endTime: "17:00",
          endsOn: "2026-08-01",
          minAge: 12,
          maxAge: 8,
          venueName: "",
          postcodeDistrict: "",
        },
      }),
    );
    const text = JSON.stringify(result);
    for (const message of [
      "End after it starts",
      "The last date can't be before the first",
      "The oldest age can't be below the youngest",
      "Say where it meets",
      "Enter the first part of the postcode",
    ])
      expect(text).toContain(message);
  });

  it("keeps no venue for an online session, reads a price in pounds, and changes and deletes only its own", async () => {
    const { asOwner, organisationId } = await approvedOperator();
    const other = await approvedOperator();
    const { id } = await asOwner.directory.createSession({
      organisationId,
      details: { ...clubDetails, mode: "ONLINE", cost: "£3.5" },
    });
    const saved = await tdb.db.recurringSession.findUniqueOrThrow({
      where: { id },
      select: { venueName: true, postcodeDistrict: true, costPence: true, startsOn: true, endsOn: true },
    });
    expect(saved).toEqual({
      venueName: "",
      postcodeDistrict: "",
      costPence: 350,
      startsOn: new Date("2026-09-01T00:00:00.000Z"),
      endsOn: null,
    });
    // Another operator naming this session through its own organisation finds nothing.
    // Thunks: a refused call starts only when it is awaited (a rejection never waits unhandled).
    for (const call of [
      () =>
        other.asOwner.directory.updateSession({
          organisationId: other.organisationId,
          sessionId: id,
          details: clubDetails,
        }),
      () =>
        other.asOwner.directory.publishSession({
          organisationId: other.organisationId,
          sessionId: id,
          published: true,
        }),
      () => other.asOwner.directory.deleteSession({ organisationId: other.organisationId, sessionId: id }),
    ])
      expect(await codeOf(call())).toBe("NOT_FOUND");
    await asOwner.directory.updateSession({
      organisationId,
      sessionId: id,
      details: { ...clubDetails, title: "Renamed club" },
    });
    expect((await asOwner.directory.sessions({ organisationId })).sessions[0]?.title).toBe("Renamed club");
    await asOwner.directory.deleteSession({ organisationId, sessionId: id });
    expect((await asOwner.directory.sessions({ organisationId })).sessions).toEqual([]);
    expect(await tdb.db.auditLog.count({ where: { entityId: id } })).toBe(3);
  });
});

describe("the directory", () => {
  it("filters sessions by age, area, level, cost, mode and when", async () => {
    const { asOwner, organisationId } = await approvedOperator();
    const make = async (title: string, details: Partial<typeof clubDetails>) => {
      const { id } = await asOwner.directory.createSession({
        organisationId,
        details: { ...clubDetails, ...details, title },
      });
      await asOwner.directory.publishSession({ organisationId, sessionId: id, published: true });
    };
    const tag = organisationId.slice(-6);
    await make(`Cathays juniors ${tag}`, {});
    await make(`Online Python ${tag}`, {
      mode: "ONLINE",
      level: "SOME",
      minAge: 13,
      maxAge: 18,
      cost: "4",
      weekday: 4,
    });
    await make(`Leeds seniors ${tag}`, {
      postcodeDistrict: "LS1",
      level: "CONFIDENT",
      minAge: 14,
      maxAge: 25,
    });
    await make(`Spring term ${tag}`, { startsOn: "2027-01-12", endsOn: "2027-03-30" });
    await make(`Finished ${tag}`, { startsOn: "2026-09-01", endsOn: "2026-11-24" });
    const titles = async (filters: Parameters<typeof listedSessions>[0]) =>
      (await listedSessions(filters)).filter((t) => t.endsWith(tag)).map((t) => t.replace(` ${tag}`, ""));

    expect(await titles({})).toEqual(["Cathays juniors", "Leeds seniors", "Online Python", "Spring term"]);
    expect(await titles({ age: 10 })).toEqual(["Cathays juniors", "Spring term"]);
    expect(await titles({ age: 16 })).toEqual(["Leeds seniors", "Online Python"]);
    expect(await titles({ area: "CF" })).toEqual(["Cathays juniors", "Spring term"]);
    expect(await titles({ area: "ls1" })).toEqual(["Leeds seniors"]);
    expect(await titles({ level: "CONFIDENT" })).toEqual(["Leeds seniors"]);
    expect(await titles({ cost: "paid" })).toEqual(["Online Python"]);
    expect(await titles({ mode: "online" })).toEqual(["Online Python"]);
    expect(await titles({ mode: "in-person", cost: "free" })).toEqual([
      "Cathays juniors",
      "Leeds seniors",
      "Spring term",
    ]);
    expect(await titles({ when: "month" })).toEqual(["Cathays juniors", "Leeds seniors", "Online Python"]);
    expect(await titles({ when: "term" })).toContain("Spring term");
  });

  it("lists an operator's published event by its centres' areas, and never a draft", async () => {
    const { asOwner, organisationId } = await approvedOperator();
    const slug = `cathays-${organisationId.slice(-6)}`;
    const created = await asOwner.events.createForOrganisation({
      organisationId,
      name: "Cathays Hack Day",
      slug,
      description: "",
      timeZone: "Europe/London",
      registrationOpensAt: "2026-11-20T09:00",
      registrationClosesAt: "2026-12-10T09:00",
      startsAt: "2026-12-12T09:00",
      submissionDeadline: "2026-12-13T16:00",
      judgingClosesAt: "2026-12-14T16:00",
      resultsAt: "2026-12-15T12:00",
      teamMinSize: 1,
      teamMaxSize: 5,
      minimumAge: 11,
      organiserEmail: "cathays.organiser@example.test",
    });
    const event = await tdb.db.event.findUniqueOrThrow({
      where: { id: created.id },
      select: { status: true, organisationId: true },
    });
    expect(event).toEqual({ status: "DRAFT", organisationId });
    const listedEvents = async (filters: Parameters<typeof listedSessions>[0]) =>
      (await callerFor(tdb.db, null, now).directory.list(filters)).events
        .filter((e) => e.slug === slug)
        .map((e) => e.centres.map((c) => c.name));
    expect(await listedEvents({})).toEqual([]);
    await tdb.db.centre.createMany({
      data: [
        { eventId: created.id, name: "Cathays Library", capacity: 30, postcodeDistrict: "CF24" },
        { eventId: created.id, name: "Leeds Central", capacity: 30, postcodeDistrict: "LS1" },
      ],
    });
    await tdb.db.event.update({
      where: { id: created.id },
      data: { status: "PUBLISHED" },
      select: { id: true },
    });
    expect(await listedEvents({})).toEqual([["Cathays Library", "Leeds Central"]]);
    // Only the centres in the area are shown with an area filter.
    expect(await listedEvents({ area: "CF" })).toEqual([["Cathays Library"]]);
    expect(await listedEvents({ area: "M" })).toEqual([]);
    expect(await listedEvents({ age: 10 })).toEqual([]);
    expect(await listedEvents({ mode: "online" })).toEqual([]);
    expect(await listedEvents({ when: "week" })).toEqual([]);
    expect(await listedEvents({ when: "month", level: "NEW", cost: "free" })).toEqual([
      ["Cathays Library", "Leeds Central"],
    ]);
  });

  it("never lists an event that has finished or a session of an organisation that is not an operator", async () => {
    const owner = await makeUser(tdb.db);
    const plain = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    await tdb.db.recurringSession.create({
      data: {
        organisationId: plain.id,
        title: `Unapproved ${plain.id}`,
        weekday: 3,
        startTime: "10:00",
        endTime: "11:00",
        timeZone: "Europe/London",
        startsOn: new Date("2026-09-01T00:00:00Z"),
        mode: "ONLINE",
        minAge: 8,
        maxAge: 18,
        level: "NEW",
        bookingUrl: "https://example.test",
        publishedAt: now,
      },
      select: { id: true },
    });
    expect(await listedSessions({})).not.toContain(`Unapproved ${plain.id}`);
    const past = await makeEvent(tdb.db, { now: new Date("2026-06-01T12:00:00Z") });
    const listing = await callerFor(tdb.db, null, now).directory.list({});
    expect(listing.events.map((e) => e.id)).not.toContain(past.id);
  });

  it("writes the listing as a calendar feed: the events and twelve weeks of each club's meetings", async () => {
    const { asOwner, organisationId } = await approvedOperator();
    const { id } = await asOwner.directory.createSession({
      organisationId,
      details: { ...clubDetails, postcodeDistrict: "NP20", title: "Newport club" },
    });
    await asOwner.directory.publishSession({ organisationId, sessionId: id, published: true });
    const feed = await callerFor(tdb.db, null, now).directory.calendar({ area: "NP20" });
    expect(feed.filename).toMatch(/\.ics$/);
    expect(feed.body).toContain("BEGIN:VCALENDAR");
    const meetings = feed.body.match(new RegExp(`UID:${id}-[0-9-]+@festival-of-code`, "g")) ?? [];
    expect(meetings).toHaveLength(12);
    // Tuesday 1 December 17:00 GMT is the first; the UIDs are the local dates.
    expect(meetings[0]).toBe(`UID:${id}-2026-12-01@festival-of-code`);
    expect(feed.body).toContain("DTSTART:20261201T170000Z");
    expect(feed.body).toContain("LOCATION:Cathays Library\\, Fairoak Road\\, NP20");
    const empty = await callerFor(tdb.db, null, now).directory.calendar({ area: "ZE" });
    expect(empty.body).toContain("BEGIN:VCALENDAR");
    expect(empty.body).not.toContain("BEGIN:VEVENT");
  });
});

describe("term breaks", () => {
  it("are typed one a line, kept in order, skipped by the listing and the feed, and said on the card", async () => {
    const { asOwner, organisationId } = await approvedOperator();
    const refused = await refusal(
      asOwner.directory.createSession({
        organisationId,
        details: { ...clubDetails, breaks: "after Christmas" },
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(refused)).toContain("Line 1: write it like 2027-02-15 to 2027-02-19 Half term");
    const { id } = await asOwner.directory.createSession({
      organisationId,
      details: {
        ...clubDetails,
        postcodeDistrict: "SA1",
        title: "Swansea club",
        // Tuesdays 1 and 8 December are off, then Christmas (22 and 29 December).
        breaks: "2026-12-21 to 2027-01-01 Christmas\n2026-11-30 to 2026-12-11 Hall repairs",
      },
    });
    await asOwner.directory.publishSession({ organisationId, sessionId: id, published: true });
    const mine = await asOwner.directory.sessions({ organisationId });
    expect(mine.sessions.find((s) => s.id === id)?.breaks).toEqual([
      { startsOn: "2026-11-30", endsOn: "2026-12-11", name: "Hall repairs" },
      { startsOn: "2026-12-21", endsOn: "2027-01-01", name: "Christmas" },
    ]);
    const listing = await callerFor(tdb.db, null, now).directory.list({ area: "SA1" });
    const card = listing.sessions.find((s) => s.id === id);
    expect(card?.nextMeeting.start).toEqual(new Date("2026-12-15T17:00:00.000Z"));
    expect(card?.nextBreak).toEqual({ startsOn: "2026-11-30", endsOn: "2026-12-11", name: "Hall repairs" });
    const feed = await callerFor(tdb.db, null, now).directory.calendar({ area: "SA1" });
    const days = (feed.body.match(new RegExp(`UID:${id}-([0-9-]+)@`, "g")) ?? []).map((u) =>
      u.slice(-11, -1),
    );
    expect(days.slice(0, 3)).toEqual(["2026-12-15", "2027-01-05", "2027-01-12"]);
    expect(days).toHaveLength(12);
  });
});

describe("an operator's clubs on its public page (organisations.bySlug)", () => {
  /** The titles of the clubs on the organisation's public page, for a visitor signed out. */
  async function pageClubs(slug: string) {
    return (await callerFor(tdb.db, null, now).organisations.bySlug({ slug })).clubs.map((c) => c.title);
  }

  it("lists its published clubs that meet again, soonest first, as the directory does; never a draft or an ended one", async () => {
    const { asOwner, org, organisationId } = await approvedOperator();
    const make = async (title: string, details: Partial<typeof clubDetails>, published = true) => {
      const { id } = await asOwner.directory.createSession({
        organisationId,
        details: { ...clubDetails, ...details, title },
      });
      if (published) await asOwner.directory.publishSession({ organisationId, sessionId: id, published });
    };
    await make("Tuesday juniors", {});
    await make("Thursday Python", { weekday: 4, mode: "ONLINE", cost: "3.50" });
    // Its last date is today (Tuesday) and today's meeting is still ahead.
    await make("Last one today", { endsOn: "2026-12-01" });
    await make("Spring term", { startsOn: "2027-01-12", endsOn: "2027-03-30" });
    await make("Draft club", {}, false);
    await make("Finished", { endsOn: "2026-11-24" });
    // Last met on Monday, yesterday: within the two days the database reads, but it meets no more.
    await make("Ended yesterday", { weekday: 1, endsOn: "2026-11-30" });

    const page = await callerFor(tdb.db, null, now).organisations.bySlug({ slug: org.slug });
    expect(page.clubs.map((c) => c.title)).toEqual([
      "Last one today",
      "Tuesday juniors",
      "Thursday Python",
      "Spring term",
    ]);
    expect(page.clubs[1]).toMatchObject({
      weekday: 2,
      startTime: "17:00",
      timeZone: "Europe/London",
      venueName: "Cathays Library",
      postcodeDistrict: "CF24",
      minAge: 8,
      maxAge: 12,
      level: "NEW",
      costPence: 0,
      bookingUrl: "https://example.test/book",
      nextMeeting: {
        start: new Date("2026-12-01T17:00:00.000Z"),
        end: new Date("2026-12-01T18:30:00.000Z"),
      },
    });
    expect(page.clubs[2]).toMatchObject({ mode: "ONLINE", costPence: 350 });
    // The same clubs, in the same order, with the same next meetings as the directory lists.
    const listing = await callerFor(tdb.db, null, now).directory.list({});
    expect(
      listing.sessions
        .filter((s) => s.organisation.slug === org.slug)
        .map(({ organisation: _organisation, ...session }) => session),
    ).toEqual(page.clubs);
  });

  it("shows none for an organisation that is not an operator, or no longer is", async () => {
    const owner = await makeUser(tdb.db);
    const plain = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    await tdb.db.recurringSession.create({
      data: {
        organisationId: plain.id,
        title: "Never approved",
        weekday: 3,
        startTime: "10:00",
        endTime: "11:00",
        timeZone: "Europe/London",
        startsOn: new Date("2026-09-01T00:00:00Z"),
        mode: "ONLINE",
        minAge: 8,
        maxAge: 18,
        level: "NEW",
        bookingUrl: "https://example.test",
        publishedAt: now,
      },
      select: { id: true },
    });
    expect(await pageClubs(plain.slug)).toEqual([]);

    const { asOwner, asAdmin, org, organisationId } = await approvedOperator();
    const { id } = await asOwner.directory.createSession({
      organisationId,
      details: { ...clubDetails, title: "Withdrawn club" },
    });
    await asOwner.directory.publishSession({ organisationId, sessionId: id, published: true });
    expect(await pageClubs(org.slug)).toEqual(["Withdrawn club"]);
    await asAdmin.directory.decideOperator({ organisationId, approved: false });
    expect(await pageClubs(org.slug)).toEqual([]);
    // The page itself is still there.
    const page = await callerFor(tdb.db, null, now).organisations.bySlug({ slug: org.slug });
    expect(page.name).toBe(org.name);
  });
});
