import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../server/db/create.ts";
import { sessionSelect } from "../server/directory/queries.ts";
import { eventPhase } from "../server/events/rules.ts";
import { callerFor } from "../server/test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../server/test/database.ts";
import { instantToLocal } from "../server/time/zoned.ts";
import { blobStore } from "../server/storage/blob-store.ts";
import { sniffImageType } from "../server/storage/images.ts";
import { seed } from "./seed.ts";
import { LIVE_DAY_SLUG } from "./seed-live.ts";
import {
  DEMO_CHILD_PROFILE_EMAIL,
  DEMO_OPERATOR_REQUEST_SLUG,
  DEMO_OPERATOR_SLUG,
  DEMO_PARENT_EMAIL,
  FESTIVAL_SLUG,
  HACK_DAY_SLUG,
} from "./seed-data.ts";

const today = new Date("2026-03-27T10:15:00.000Z");
const later = new Date("2026-04-09T21:00:00.000Z");

let tdb: TestDatabase;
let db: Db;

beforeAll(async () => {
  tdb = await openTestDatabase();
  db = tdb.db;
});
afterAll(() => tdb.close());

async function counts() {
  const [
    users,
    organisations,
    members,
    events,
    centres,
    roles,
    registrations,
    challenges,
    history,
    teams,
    teamMembers,
    consents,
    outbox,
    learnerGroups,
    learnerGroupMembers,
    sessions,
  ] = await Promise.all([
    db.user.count(),
    db.organisation.count(),
    db.organisationMember.count(),
    db.event.count(),
    db.centre.count(),
    db.eventRole.count(),
    db.registration.count(),
    db.challenge.count(),
    db.challengeStatusChange.count(),
    db.team.count(),
    db.teamMember.count(),
    db.guardianConsent.count(),
    db.outboxEmail.count(),
    db.learnerGroup.count(),
    db.learnerGroupMember.count(),
    db.recurringSession.count(),
  ]);
  return {
    users,
    organisations,
    members,
    events,
    centres,
    roles,
    registrations,
    challenges,
    history,
    teams,
    teamMembers,
    consents,
    outbox,
    learnerGroups,
    learnerGroupMembers,
    sessions,
  };
}

/** The seeded content by natural keys (ids are stable too: upserts never recreate a row). */
async function snapshot() {
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, alias: true, isPlatformAdmin: true },
  });
  const organisations = await db.organisation.findMany({
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      website: true,
      operatorRequestedAt: true,
      operatorApprovedAt: true,
      members: { orderBy: { userId: "asc" }, select: { userId: true, role: true } },
    },
  });
  const sessions = await db.recurringSession.findMany({
    orderBy: [{ organisation: { slug: "asc" } }, { title: "asc" }],
    select: { ...sessionSelect, organisation: { select: { slug: true } } },
  });
  const events = await db.event.findMany({
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      timeZone: true,
      status: true,
      publishedAt: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      startsAt: true,
      submissionDeadline: true,
      judgingClosesAt: true,
      resultsAt: true,
      teamMinSize: true,
      teamMaxSize: true,
      minimumAge: true,
      consentAge: true,
      createdById: true,
    },
  });
  const centres = await db.centre.findMany({
    orderBy: [{ event: { slug: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      eventId: true,
      name: true,
      addressLine: true,
      postcodeDistrict: true,
      latitude: true,
      longitude: true,
      capacity: true,
      accessibilityNotes: true,
      openingTimes: true,
    },
  });
  const roles = await db.eventRole.findMany({
    orderBy: [{ event: { slug: "asc" } }, { user: { email: "asc" } }, { role: "asc" }],
    select: {
      id: true,
      event: { select: { slug: true } },
      user: { select: { email: true } },
      role: true,
      centre: { select: { name: true } },
      grantedBy: { select: { email: true } },
    },
  });
  const registrations = await db.registration.findMany({
    orderBy: [{ event: { slug: "asc" } }, { user: { email: "asc" } }],
    select: {
      id: true,
      event: { select: { slug: true } },
      user: { select: { email: true } },
      centre: { select: { name: true } },
      experience: true,
      skills: true,
      dateOfBirth: true,
      status: true,
      guardianEmail: true,
      codeOfConductVersion: true,
      codeOfConductAt: true,
      checkedInAt: true,
      withdrawnAt: true,
    },
  });
  return { users, organisations, sessions, events, centres, roles, registrations };
}

async function festival() {
  return db.event.findUniqueOrThrow({
    where: { slug: FESTIVAL_SLUG },
    select: {
      id: true,
      status: true,
      timeZone: true,
      consentAge: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      startsAt: true,
      submissionDeadline: true,
      judgingClosesAt: true,
      resultsAt: true,
    },
  });
}

/** Whole years from a date of birth (a DATE, read as midnight UTC) to a calendar day "YYYY-MM-DD". */
function ageOn(dateOfBirth: Date | null, day: string): number {
  // The seed's events are all within their retention period: every date of birth is still there.
  if (!dateOfBirth) throw new Error("a date of birth was deleted");
  const [y, m, d] = day.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`bad day ${day}`);
  const age = y - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    m < dateOfBirth.getUTCMonth() + 1 ||
    (m === dateOfBirth.getUTCMonth() + 1 && d < dateOfBirth.getUTCDate());
  return beforeBirthday ? age - 1 : age;
}

describe("the demo seed", () => {
  let first: Awaited<ReturnType<typeof snapshot>>;
  let firstCounts: Awaited<ReturnType<typeof counts>>;

  beforeAll(async () => {
    await seed(db, today);
    first = await snapshot();
    firstCounts = await counts();
  });

  it("writes the demo content", () => {
    // The judging demo (./seed-judging.ts) adds two events with six one-person teams each, two more
    // judges, one centre each (led by lead@example.org), and the organiser's, judges' and lead's roles.
    // The festival's six roles include its safeguarding lead. A guardian and her child's profile (Leo,
    // registered, his consent link in her outbox) are two users, a registration, a consent and an email.
    // Code Club Day (./seed-live.ts, on now) has a centre, its organiser and lead, and six of the same
    // people registered, two with their guardian's consent, a mentor's role, two teams of two, and two
    // published learner groups (the two young people; the four adults). The sponsor is an operator with
    // five weekly sessions (one a draft); a community group waits to be approved as one.
    expect(firstCounts).toEqual({
      users: 12 + 2 + 2 + 12,
      organisations: 2,
      members: 2,
      events: 2 + 2 + 1,
      centres: 4 + 2 + 1,
      roles: 6 + 2 * 5 + 3,
      registrations: 7 + 12 + 6,
      challenges: 1,
      history: 1,
      teams: 1 + 12 + 2,
      teamMembers: 2 + 12 + 4,
      consents: 3 + 2,
      outbox: 3,
      learnerGroups: 2,
      learnerGroupMembers: 2 + 4,
      sessions: 4 + 1,
    });
    expect(first.events.map((e) => e.slug)).toEqual(
      [HACK_DAY_SLUG, FESTIVAL_SLUG, LIVE_DAY_SLUG, "spring-data-jam", "winter-open-data-day"].sort(),
    );
    expect(first.events.find((e) => e.slug === FESTIVAL_SLUG)?.name).toBe("Festival of Code 2026");
  });

  it("shows judging: a round being scored with judge@example.org part-way, and a round with published results", async () => {
    const rounds = await db.round.findMany({
      orderBy: { name: "asc" },
      select: {
        name: true,
        status: true,
        event: { select: { slug: true } },
        _count: { select: { entries: true } },
      },
    });
    expect(rounds).toEqual([
      { name: "Judging", status: "PUBLISHED", event: { slug: "spring-data-jam" }, _count: { entries: 6 } },
      {
        name: "Main judging",
        status: "OPEN",
        event: { slug: "winter-open-data-day" },
        _count: { entries: 6 },
      },
    ]);
    const queue = await db.assignment.findMany({
      where: { round: { status: "OPEN" }, judge: { user: { email: "judge@example.org" } } },
      select: { status: true },
    });
    expect(queue.filter((a) => a.status === "SCORED")).toHaveLength(2);
    const awards = await db.award.findMany({
      where: { event: { slug: "spring-data-jam" } },
      orderBy: { position: "asc" },
      select: { name: true, _count: { select: { winners: true } } },
    });
    expect(awards.map((a) => [a.name, a._count.winners])).toEqual([
      ["Winner", 1],
      ["Runner-up", 1],
      ["Third place", 1],
      ["Best use of open data", 1],
    ]);
    expect(queue.length).toBeGreaterThan(2);
    // The centre lead of the Winter Open Data Day's one centre has the judges' feedback to moderate.
    const lead = await db.user.findUniqueOrThrow({
      where: { email: "lead@example.org" },
      select: { id: true, email: true, name: true, isPlatformAdmin: true },
    });
    const winter = await db.event.findUniqueOrThrow({
      where: { slug: "winter-open-data-day" },
      select: { id: true },
    });
    const feedback = await callerFor(db, lead, today).judging.centreFeedback({ eventId: winter.id });
    expect(feedback.length).toBeGreaterThan(0);
    expect(feedback.every((f) => !f.approved && f.centre === "Central Library")).toBe(true);
  });

  it("shows the finals show at Winter Open Data Day under way: the second of four on stage, once", async () => {
    const shows = await db.finalsShow.findMany({
      select: {
        title: true,
        currentSlotId: true,
        timerStartedAt: true,
        event: { select: { slug: true } },
        slots: { orderBy: { position: "asc" }, select: { id: true, presentedAt: true } },
      },
    });
    expect(shows).toHaveLength(1);
    const [show] = shows;
    expect(show?.event.slug).toBe("winter-open-data-day");
    expect(show?.slots).toHaveLength(4);
    expect(show?.currentSlotId).toBe(show?.slots[1]?.id);
    expect(show?.slots.map((s) => s.presentedAt !== null)).toEqual([true, true, false, false]);
    // Paused: a running clock would read hours over by the time someone looks.
    expect(show?.timerStartedAt).toBeNull();
  });

  it("gives the same rows when run again on the same day", async () => {
    await seed(db, new Date(today.getTime() + 3_600_000));
    expect(await counts()).toEqual(firstCounts);
    expect(await snapshot()).toEqual(first);
  });

  it("gives every event a cover, every organisation a logo and Data Dragons a project with images, once", async () => {
    const images = async () => ({
      events: await db.event.findMany({
        orderBy: { slug: "asc" },
        select: { coverImageKey: true, coverImageContentType: true, coverImageAlt: true },
      }),
      logos: await db.organisation.findMany({ select: { logoKey: true } }),
      projects: await db.submission.findMany({
        where: { team: { name: "Data Dragons" } },
        select: {
          title: true,
          status: true,
          images: { orderBy: { position: "asc" }, select: { storageKey: true, alt: true } },
        },
      }),
    });
    const before = await images();
    for (const e of before.events) {
      expect(e.coverImageContentType).toBe("image/png");
      expect(e.coverImageAlt).toMatch(/\S/);
      const bytes = await blobStore().get(e.coverImageKey ?? "");
      expect(bytes && sniffImageType(bytes)).toBe("image/png");
    }
    expect(before.logos.every((o) => o.logoKey !== null)).toBe(true);
    expect(before.projects).toHaveLength(1);
    expect(before.projects[0]?.status).toBe("DRAFT");
    expect(before.projects[0]?.images).toHaveLength(2);
    await seed(db, today);
    expect(await images()).toEqual(before);
  });

  it("puts the festival in registration at `today`", async () => {
    const event = await festival();
    const state = eventPhase(event, today);
    expect(state.phase).toBe("REGISTRATION_OPEN");
    expect(state.capabilities.canRegister).toBe(true);
    expect(state.nextMilestone?.kind).toBe("REGISTRATION_CLOSES");
    expect(event.timeZone).toBe("Europe/London");
    const hackDay = await db.event.findUniqueOrThrow({ where: { slug: HACK_DAY_SLUG } });
    expect(eventPhase(hackDay, today).phase).toBe("REGISTRATION_OPEN");
  });

  it("registers three young people (two under 13, one by his guardian) awaiting a guardian's consent", async () => {
    const event = await festival();
    const startDay = instantToLocal(event.startsAt, event.timeZone).slice(0, 10);
    const registrations = await db.registration.findMany({
      where: { eventId: event.id },
      select: {
        dateOfBirth: true,
        status: true,
        guardianEmail: true,
        codeOfConductVersion: true,
        codeOfConductAt: true,
        user: { select: { email: true, alias: true } },
      },
    });
    expect(registrations).toHaveLength(7);
    for (const r of registrations) {
      expect(r.codeOfConductVersion).toBe("2026-1");
      expect(r.codeOfConductAt.getTime()).toBeLessThanOrEqual(today.getTime());
    }
    const young = registrations.filter((r) => ageOn(r.dateOfBirth, startDay) < event.consentAge);
    expect(young).toHaveLength(3);
    expect(young.filter((r) => ageOn(r.dateOfBirth, startDay) < 13)).toHaveLength(2);
    for (const r of young) {
      expect(r.status).toBe("PENDING_CONSENT");
      expect(r.guardianEmail).toMatch(/@example\.org$/);
      expect(r.user.alias).not.toBeNull();
    }
    for (const r of registrations.filter((r) => !young.includes(r))) {
      expect(r.status).toBe("CONFIRMED");
      expect(r.guardianEmail).toBeNull();
    }
  });

  it("grants every demo role", () => {
    const roles = first.roles.map(
      (r) => `${r.event.slug} ${r.role} ${r.user.email} ${r.centre?.name ?? "-"}`,
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        `${FESTIVAL_SLUG} ORGANISER organiser@example.org -`,
        `${HACK_DAY_SLUG} ORGANISER organiser@example.org -`,
        `${FESTIVAL_SLUG} JUDGE judge@example.org -`,
        `${FESTIVAL_SLUG} CENTRE_LEAD lead@example.org Leeds Central Library`,
        `${FESTIVAL_SLUG} MENTOR mentor@example.org Manchester Digital Hub`,
        `${FESTIVAL_SLUG} SAFEGUARDING_LEAD lead@example.org -`,
      ]),
    );
    const admin = first.users.find((u) => u.email === "admin@example.org");
    expect(admin?.isPlatformAdmin).toBe(true);
    expect(first.users.filter((u) => u.isPlatformAdmin)).toHaveLength(1);
    const sponsor = first.users.find((u) => u.email === "sponsor@example.org");
    const org = first.organisations.find((o) => o.name === "Northern Rail Data");
    expect(org?.members).toEqual([{ userId: sponsor?.id, role: "OWNER" }]);
    expect(org?.kind).toBe("PUBLIC_SECTOR");
    const festivalCentres = first.centres
      .filter((c) => c.eventId === first.events.find((e) => e.slug === FESTIVAL_SLUG)?.id)
      .map((c) => [c.name, c.postcodeDistrict]);
    expect(festivalCentres).toEqual([
      ["Bristol Engine Shed", "BS1"],
      ["Leeds Central Library", "LS1"],
      ["Manchester Digital Hub", "M1"],
    ]);
  });

  it("lists an approved operator's weekly sessions in the directory, and a request waits for the admin", async () => {
    const operator = first.organisations.find((o) => o.slug === DEMO_OPERATOR_SLUG);
    const approvedAt = operator?.operatorApprovedAt?.getTime() ?? NaN;
    expect(operator?.operatorRequestedAt?.getTime()).toBeLessThan(approvedAt);
    expect(approvedAt).toBeLessThan(today.getTime());
    const waiting = first.organisations.find((o) => o.slug === DEMO_OPERATOR_REQUEST_SLUG);
    expect(waiting).toMatchObject({ kind: "COMMUNITY", operatorApprovedAt: null });
    expect(waiting?.operatorRequestedAt?.getTime()).toBeLessThan(today.getTime());
    expect(waiting?.members).toHaveLength(1);

    // The public directory: the four published sessions (not the draft), under the filters people use.
    const publicCaller = callerFor(db, null, today).directory;
    const titles = async (filters: Parameters<typeof publicCaller.list>[0]) =>
      (await publicCaller.list(filters)).sessions.map((s) => s.title);
    const all = await publicCaller.list({});
    expect(all.sessions.map((s) => s.title).sort()).toEqual([
      "Cathays Library Code Club",
      "Open Data Lab (online)",
      "Saturday Data Club",
      "Station Coders Newcastle",
    ]);
    expect(all.sessions.every((s) => s.organisation.slug === DEMO_OPERATOR_SLUG)).toBe(true);
    expect(await titles({ area: "CF24" })).toEqual(["Cathays Library Code Club"]);
    expect(await titles({ area: "LS" })).toEqual(["Saturday Data Club"]);
    expect(await titles({ mode: "online" })).toEqual(["Open Data Lab (online)"]);
    expect(await titles({ cost: "paid" })).toEqual(["Saturday Data Club"]);
    expect(await titles({ age: 9, level: "NEW" })).toEqual(["Cathays Library Code Club"]);
    // One starts next term: not within the month, within the next three.
    expect(await titles({ when: "month" })).not.toContain("Station Coders Newcastle");
    expect(await titles({ when: "term" })).toContain("Station Coders Newcastle");
    const cardiff = all.sessions.find((s) => s.title === "Cathays Library Code Club");
    expect(cardiff).toMatchObject({ weekday: 2, startTime: "17:00", endTime: "18:30", costPence: 0 });
    expect(instantToLocal(cardiff?.nextMeeting.start ?? new Date(NaN), "Europe/London")).toMatch(/T17:00$/);
    // Cathays takes its bookings here: Leo's guardian booked him one of its 12 places.
    expect(cardiff).toMatchObject({ placesHere: 12, bookingUrl: "" });
    const parent = first.users.find((u) => u.email === "parent@example.org");
    if (!parent || !cardiff) throw new Error("the demo has no parent or Cathays club");
    const places = await callerFor(db, parent, today).directory.clubPlaces({ sessionId: cardiff.id });
    expect(places.places).toEqual({ places: 12, booked: 1, left: 11, waiting: 0 });
    expect(places.people.map((p) => [p.name, p.booking?.status ?? null])).toEqual([
      ["Priya", null],
      ["Leo", "BOOKED"],
    ]);

    // The operator's owner sees the draft too; the platform admin sees the waiting request first.
    const sponsor = first.users.find((u) => u.email === "sponsor@example.org");
    const admin = first.users.find((u) => u.email === "admin@example.org");
    if (!sponsor || !admin || !operator) throw new Error("the demo has no sponsor, admin or operator");
    const own = await callerFor(db, sponsor, today).directory.sessions({ organisationId: operator.id });
    expect(own.sessions).toHaveLength(5);
    expect(own.sessions.filter((s) => s.publishedAt === null).map((s) => s.title)).toEqual([
      "Family Coding Morning (York)",
    ]);
    const requests = await callerFor(db, admin, today).directory.operators();
    expect(requests.map((o) => [o.slug, o.operatorApprovedAt === null, o._count.sessions])).toEqual([
      [DEMO_OPERATOR_REQUEST_SLUG, true, 0],
      [DEMO_OPERATOR_SLUG, false, 5],
    ]);
  });

  it("moves the dates when run on a later day, and keeps the rows", async () => {
    const before = await snapshot();
    await seed(db, later);
    const after = await snapshot();
    expect(await counts()).toEqual(firstCounts);
    for (const event of after.events) {
      const old = before.events.find((e) => e.id === event.id);
      const shift = 13 * 24 * 3_600_000;
      // 13 days later; an hour less where the window crosses the spring DST change.
      // The day that is on now is on at each run.
      if (event.slug === LIVE_DAY_SLUG) {
        expect(eventPhase(old ?? event, today).phase).toBe("HACKING");
        expect(eventPhase(event, later).phase).toBe("HACKING");
      }
      for (const field of ["registrationOpensAt", "startsAt", "resultsAt"] as const) {
        const moved = event[field].getTime() - (old?.[field].getTime() ?? 0);
        expect([shift, shift - 3_600_000], `${event.slug} ${field}`).toContain(moved);
      }
      if (event.slug === FESTIVAL_SLUG || event.slug === HACK_DAY_SLUG) {
        expect(eventPhase(event, later).phase).toBe("REGISTRATION_OPEN");
      }
    }
    // Same people, centres, roles and registrations; only dates (and dates of birth) moved.
    const withoutDates = (s: typeof after) => ({
      users: s.users,
      organisations: s.organisations.map(
        ({ operatorRequestedAt: _requested, operatorApprovedAt: _approved, ...o }) => o,
      ),
      sessions: s.sessions.map(
        ({ startsOn: _startsOn, endsOn: _endsOn, publishedAt: _publishedAt, ...session }) => session,
      ),
      centres: s.centres,
      roles: s.roles,
      registrations: s.registrations.map(({ id, user, centre, status, guardianEmail }) => ({
        id,
        user,
        centre,
        status,
        guardianEmail,
      })),
    });
    expect(withoutDates(after)).toEqual(withoutDates(before));
    // Each weekly session still starts on its weekday: 13 days later, a week or two later.
    for (const session of after.sessions) {
      const old = before.sessions.find((b) => b.id === session.id);
      const moved = (session.startsOn.getTime() - (old?.startsOn.getTime() ?? 0)) / (24 * 3_600_000);
      expect([7, 14], session.title).toContain(moved);
    }
    const moved = after.registrations.filter((r) => {
      const old = before.registrations.find((b) => b.id === r.id);
      return old !== undefined && old.codeOfConductAt.getTime() !== r.codeOfConductAt.getTime();
    });
    expect(moved).toHaveLength(after.registrations.length);
  });

  it("leaves data that is not demo data alone", async () => {
    const other = await db.user.create({
      data: { email: "someone@example.test", name: "Not Demo" },
      select: { id: true },
    });
    const event = await festival();
    await db.eventRole.create({ data: { eventId: event.id, userId: other.id, role: "JUDGE" } });
    await seed(db, later);
    expect(await db.user.findUnique({ where: { id: other.id }, select: { name: true } })).toEqual({
      name: "Not Demo",
    });
    expect(await db.eventRole.count({ where: { userId: other.id } })).toBe(1);
    expect(await db.user.count()).toBe(firstCounts.users + 1);
  });

  it("gives the demo guardian Leo's profile, which only she can act for", async () => {
    const leo = await db.user.findUniqueOrThrow({
      where: { email: DEMO_CHILD_PROFILE_EMAIL },
      select: { id: true, name: true, alias: true, managedBy: { select: { email: true } } },
    });
    expect(leo).toMatchObject({ name: "Leo", alias: "CodeCub", managedBy: { email: DEMO_PARENT_EMAIL } });
    const parent = await db.user.findUniqueOrThrow({
      where: { email: DEMO_PARENT_EMAIL },
      select: { id: true },
    });
    const children = await callerFor(
      db,
      { id: parent.id, email: DEMO_PARENT_EMAIL, name: "Priya Shah", isPlatformAdmin: false },
      today,
    ).guardians.children();
    // At the festival, waiting for her consent; at Code Club Day (on now), consented and checked in.
    expect(children.map((c) => [c.name, c.registrations.map((r) => [r.event.slug, r.status])])).toEqual([
      [
        "Leo",
        [
          [LIVE_DAY_SLUG, "CONFIRMED"],
          [FESTIVAL_SLUG, "PENDING_CONSENT"],
        ],
      ],
    ]);
  });

  it("emails the young people's guardians a working consent link, as the app does, naming them", async () => {
    const young = [
      { email: "participant5@example.org", guardian: "guardian.pixelfox@example.org", firstName: "Jess" },
      { email: "participant6@example.org", guardian: "guardian.byteotter@example.org", firstName: "Sam" },
      { email: DEMO_CHILD_PROFILE_EMAIL, guardian: DEMO_PARENT_EMAIL, firstName: "Leo" },
    ];
    const guardians = young.map((y) => y.guardian);
    const mails = await db.outboxEmail.findMany({
      where: { to: { in: guardians } },
      orderBy: { to: "asc" },
      select: { to: true, kind: true, subject: true, text: true, link: true },
    });
    expect(mails.map((m) => [m.to, m.kind])).toEqual(
      [...guardians].sort().map((to) => [to, "guardian-consent"]),
    );
    for (const y of young) {
      const mail = mails.find((m) => m.to === y.guardian);
      expect(mail?.subject).toContain(y.firstName);
      expect(mail?.text).not.toMatch(/your young person|Okoro|Kowal/);
      const token = mail?.link?.split("/consent/")[1] ?? "";
      // The link works: the consent page the guardian opens names the young person.
      const view = await callerFor(db, null, today).registrations.consentByToken({ token });
      expect(view).toMatchObject({ state: "VALID", firstName: y.firstName });
      // Made the way the app makes them: only the token's hash is stored, and the request is audited.
      const consent = await db.guardianConsent.findFirstOrThrow({
        where: { registration: { user: { email: y.email }, event: { slug: FESTIVAL_SLUG } } },
        select: { id: true, tokenHash: true, guardianEmail: true },
      });
      expect(consent.tokenHash).not.toContain(token);
      expect(consent.guardianEmail).toBe(y.guardian);
      expect(await db.auditLog.count({ where: { action: "consent.request", entityId: consent.id } })).toBe(1);
    }
  });

  it("has a day on now: people in the building at its centre, young people with consent and collectors", async () => {
    const event = await db.event.findUniqueOrThrow({
      where: { slug: LIVE_DAY_SLUG },
      select: {
        id: true,
        status: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
        startsAt: true,
        submissionDeadline: true,
        judgingClosesAt: true,
        resultsAt: true,
      },
    });
    // The seed ran again at `later` above: it is that day's event now, on all day.
    const during = new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate(), 12));
    expect(eventPhase(event, during).phase).toBe("HACKING");
    const lead = await db.user.findUniqueOrThrow({
      where: { email: "lead@example.org" },
      select: { id: true, email: true, name: true },
    });
    const desk = await callerFor(db, { ...lead, isPlatformAdmin: false }, during).checkin.desk({
      eventId: event.id,
      search: "",
    });
    expect(desk.present).toBe(4);
    expect(desk.expected).toBe(6);
    const jess = desk.people.find((p) => p.displayName === "PixelFox");
    expect(jess).toMatchObject({ needsCollection: true, hasSensitive: true, ageBandLabel: "13–15" });
    expect(jess?.collectors.map((c) => c.label)).toEqual(["Ngozi Okoro (mother)", "Tunde Okoro (uncle)"]);
    expect(desk.people.find((p) => p.displayName === "CodeCub")).toMatchObject({ needsCollection: true });
    // Nothing blocks anyone at the door: consent is in force for both young people.
    expect(desk.people.flatMap((p) => p.alerts.filter((a) => a.kind === "blocking"))).toEqual([]);
    // Today's learner groups are published: Jess sees hers with her mentor's first name.
    const jessUser = await db.user.findUniqueOrThrow({
      where: { email: "participant5@example.org" },
      select: { id: true, email: true, name: true },
    });
    const mine = await callerFor(db, { ...jessUser, isPlatformAdmin: false }, during).groups.myGroup({
      eventId: event.id,
    });
    expect(mine).toEqual([
      {
        day: expect.any(String) as string,
        label: "New to coding 1",
        level: "NEW",
        mentorFirstName: "Marcus",
      },
    ]);
  });

  it("puts the demo team at the centre where both its members registered", async () => {
    const team = await db.team.findFirstOrThrow({
      where: { name: "Data Dragons" },
      select: {
        centre: { select: { name: true } },
        members: {
          select: {
            user: {
              select: {
                registrations: {
                  where: { event: { slug: FESTIVAL_SLUG } },
                  select: { centre: { select: { name: true } } },
                },
              },
            },
          },
        },
      },
    });
    expect(team.centre?.name).toBe("Leeds Central Library");
    expect(team.members.flatMap((m) => m.user.registrations.map((r) => r.centre?.name))).toEqual([
      "Leeds Central Library",
      "Leeds Central Library",
    ]);
  });

  it("shows the core loop: a published sponsor challenge and a team of two adults with a captain", async () => {
    const challenge = await db.challenge.findFirstOrThrow({
      where: { event: { slug: FESTIVAL_SLUG } },
      select: { status: true, organisation: { select: { slug: true } } },
    });
    expect(challenge).toEqual({ status: "PUBLISHED", organisation: { slug: "northern-rail-data" } });
    const members = await db.teamMember.findMany({
      where: { team: { name: "Data Dragons" } },
      orderBy: { user: { email: "asc" } },
      select: { isCaptain: true, user: { select: { email: true } } },
    });
    expect(members).toEqual([
      { isCaptain: true, user: { email: "participant1@example.org" } },
      { isCaptain: false, user: { email: "participant2@example.org" } },
    ]);
  });
});
