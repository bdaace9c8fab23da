// Booking a place at a club that takes its bookings here, through the directory procedures: an adult
// books for themself and a guardian for a child's profile they keep, the waiting list moves up as places
// free, the club page shows each visitor only their own people, and the operator's owners see and cancel
// bookings. Who may call them: directory.authz.ts.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import type { SessionDetailsInput } from "../directory/schema.ts";
import { DomainError } from "../errors.ts";
import { actingUser } from "../guardians/acting.ts";
import { callerFor } from "../test/callers.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";
import { codeOf, refusal } from "../test/outcome.ts";
import { clubDetails } from "./directory.authz.ts";

// Tuesday 1 December 2026, noon in London (and 01:00 on Wednesday 2 December in Auckland).
const now = new Date("2026-12-01T12:00:00.000Z");

/** Dates of birth, and the age each is on 1 December 2026. */
const ADULT = "1990-05-05"; // 36
const TEN = "2016-03-03"; // 10
const SIXTEEN = "2010-06-01"; // 16
const SEVEN = "2019-06-01"; // 7
const EIGHTEEN_TODAY = "2008-12-01"; // 18 today
const EIGHTEEN_TOMORROW = "2008-12-02"; // 17 in London, 18 in Auckland

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser | null) => callerFor(tdb.db, user, now);

/**
 * What a refused call came to: the tRPC code, the domain's own code (null when the refusal did not come
 * from the domain), the message and the field errors. Throws when the call succeeds.
 */
async function refused(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const domain = error.cause instanceof DomainError ? error.cause : null;
    return {
      code: error.code,
      domain: domain?.code ?? null,
      message: error.message,
      fields: domain?.fieldErrors ?? {},
    };
  }
  throw new Error("expected a refusal");
}

/** A new approved operator, its owner (Olive Owner) and a platform admin. */
async function operator() {
  const [owner, admin] = await Promise.all([
    makeUser(tdb.db, { name: "Olive Owner" }),
    makeUser(tdb.db, { admin: true }),
  ]);
  const org = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
  await as(admin).directory.decideOperator({ organisationId: org.id, approved: true });
  return { owner, admin, org, organisationId: org.id, asOwner: as(owner), asAdmin: as(admin) };
}

/**
 * A new operator's club that takes bookings here: 2 places, ages 8 to 25 ("and over"), Tuesdays in
 * London (its next meeting today at 17:00), published unless said, with `details` changed. Its title
 * is its own, so its emails can be told apart.
 */
async function clubWith(details: Partial<SessionDetailsInput> = {}, options: { published?: boolean } = {}) {
  const op = await operator();
  const title = `${details.title ?? "Club"} ${op.organisationId.slice(-8)}`;
  const all = {
    ...clubDetails,
    bookingUrl: "",
    placesHere: 2,
    minAge: 8,
    maxAge: 25,
    ...details,
    title,
  } satisfies SessionDetailsInput;
  const { id } = await op.asOwner.directory.createSession({
    organisationId: op.organisationId,
    details: all,
  });
  if (options.published ?? true)
    await op.asOwner.directory.publishSession({
      organisationId: op.organisationId,
      sessionId: id,
      published: true,
    });
  return { ...op, sessionId: id, title, details: all };
}

/** The club-booking emails to `to` about the club `title`, oldest first: subject, text and link. */
function bookingMail(to: string, title: string) {
  return tdb.db.outboxEmail.findMany({
    where: { to, kind: "club-booking", subject: { contains: title } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { subject: true, text: true, link: true },
  });
}

/** The subjects of bookingMail. */
async function subjects(to: string, title: string): Promise<string[]> {
  return (await bookingMail(to, title)).map((m) => m.subject);
}

/** Each person's own booking on the club page, as they see it: [status, position], or null. */
async function ownBooking(user: SessionUser, sessionId: string) {
  const page = await as(user).directory.clubPlaces({ sessionId });
  const self = page.people.find((p) => p.self);
  return self?.booking ? [self.booking.status, self.booking.position] : null;
}

describe("an adult books a place", () => {
  it("is booked, the places left go down, and they are emailed a link to the club's page", async () => {
    const { sessionId, title } = await clubWith();
    const adult = await makeUser(tdb.db, { name: "Ann Adult" });
    const before = await as(null).directory.clubPlaces({ sessionId });
    expect(before.places).toEqual({ places: 2, booked: 0, left: 2, waiting: 0 });
    expect(before.people).toEqual([]);

    const result = await as(adult).directory.book({ sessionId, dateOfBirth: ADULT, locale: "en-GB" });
    expect(result.status).toBe("BOOKED");
    const row = await tdb.db.clubBooking.findUniqueOrThrow({
      where: { id: result.bookingId },
      select: {
        sessionId: true,
        userId: true,
        bookedById: true,
        status: true,
        ageAtBooking: true,
        locale: true,
        cancelledAt: true,
      },
    });
    expect(row).toEqual({
      sessionId,
      userId: adult.id,
      bookedById: adult.id,
      status: "BOOKED",
      ageAtBooking: 36,
      locale: "en-GB",
      cancelledAt: null,
    });
    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: result.bookingId },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([{ action: "club.booking.book", actorId: adult.id }]);

    const places = await as(adult).directory.clubPlaces({ sessionId });
    expect(places).toEqual({
      signedIn: true,
      places: { places: 2, booked: 1, left: 1, waiting: 0 },
      people: [
        { id: adult.id, name: "Ann", self: true, kept: false, booking: { status: "BOOKED", position: null } },
      ],
    });
    // Signed out: the same places, nobody's booking.
    expect(await as(null).directory.clubPlaces({ sessionId })).toEqual({
      signedIn: false,
      places: { places: 2, booked: 1, left: 1, waiting: 0 },
      people: [],
    });
    // The page itself is the same for everyone, and says nothing of who booked.
    const page = await as(adult).directory.club({ sessionId });
    expect(page).toEqual(await as(null).directory.club({ sessionId }));
    expect(page).toMatchObject({
      id: sessionId,
      title,
      placesHere: 2,
      bookingUrl: "",
      nextMeeting: { start: new Date("2026-12-01T17:00:00.000Z"), end: new Date("2026-12-01T18:30:00.000Z") },
    });
    expect(JSON.stringify(page)).not.toContain(adult.id);

    const mail = await bookingMail(adult.email, title);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe(`Your place at ${title} is booked`);
    expect(mail[0]?.text).toContain(`You have a place at ${title}, run by Organisation `);
    expect(mail[0]?.text).toContain("The next meeting is on ");
    expect(mail[0]?.link).toMatch(new RegExp(`^http://[^/]+(/cy)?/directory/clubs/${sessionId}$`));
  });

  it("is written in the language it was booked in", async () => {
    const { sessionId, title } = await clubWith();
    const adult = await makeUser(tdb.db);
    await as(adult).directory.book({ sessionId, dateOfBirth: ADULT, locale: "cy" });
    expect(await subjects(adult.email, title)).toEqual([`Mae eich lle yn ${title} wedi'i archebu`]);
  });

  it("counts the age in the club's own zone: 18 today in Auckland is still 17 in London", async () => {
    const london = await clubWith();
    const auckland = await clubWith({ timeZone: "Pacific/Auckland", mode: "ONLINE" });
    const almost = await makeUser(tdb.db);
    const inLondon = await refused(
      as(almost).directory.book({ sessionId: london.sessionId, dateOfBirth: EIGHTEEN_TOMORROW }),
    );
    expect([inLondon.code, inLondon.domain]).toEqual(["FORBIDDEN", "CONSENT_REQUIRED"]);
    const inAuckland = await as(almost).directory.book({
      sessionId: auckland.sessionId,
      dateOfBirth: EIGHTEEN_TOMORROW,
    });
    expect(inAuckland.status).toBe("BOOKED");
    const row = await tdb.db.clubBooking.findUniqueOrThrow({
      where: { id: inAuckland.bookingId },
      select: { ageAtBooking: true },
    });
    expect(row.ageAtBooking).toBe(18);
    // 18 today in London books for themself.
    const birthday = await makeUser(tdb.db);
    expect(
      (await as(birthday).directory.book({ sessionId: london.sessionId, dateOfBirth: EIGHTEEN_TODAY }))
        .status,
    ).toBe("BOOKED");
  });
});

describe("the waiting list", () => {
  it("queues people once the places are taken, and shows each visitor only their own booking", async () => {
    const { sessionId, title } = await clubWith({ placesHere: 1 });
    const [first, second, third, stranger] = await Promise.all([
      makeUser(tdb.db, { name: "Fran First" }),
      makeUser(tdb.db, { name: "Sid Second" }),
      makeUser(tdb.db, { name: "Tess Third" }),
      makeUser(tdb.db, { name: "Stan Stranger" }),
    ]);
    const statuses = [];
    for (const person of [first, second, third])
      statuses.push((await as(person).directory.book({ sessionId, dateOfBirth: ADULT })).status);
    expect(statuses).toEqual(["BOOKED", "WAITING", "WAITING"]);
    expect(await ownBooking(first, sessionId)).toEqual(["BOOKED", null]);
    expect(await ownBooking(second, sessionId)).toEqual(["WAITING", 1]);
    expect(await ownBooking(third, sessionId)).toEqual(["WAITING", 2]);

    const theirs = await as(second).directory.clubPlaces({ sessionId });
    expect(theirs.people.map((p) => p.id)).toEqual([second.id]);
    expect(theirs.places).toEqual({ places: 1, booked: 1, left: 0, waiting: 2 });
    const strangers = await as(stranger).directory.clubPlaces({ sessionId });
    expect(strangers.people).toEqual([
      { id: stranger.id, name: "Stan", self: true, kept: false, booking: null },
    ]);
    expect(JSON.stringify(strangers)).not.toContain(first.id);
    expect(JSON.stringify(strangers)).not.toContain("Fran");

    expect(await subjects(second.email, title)).toEqual([`You're on the waiting list for ${title}`]);
    const audit = await tdb.db.auditLog.findMany({
      where: { action: { startsWith: "club.booking" }, actorId: { in: [first.id, second.id, third.id] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "club.booking.book",
      "club.booking.wait",
      "club.booking.wait",
    ]);
  });

  it("gives a place given up to the first waiting, and moves nobody up when a waiting person leaves", async () => {
    const { sessionId, title } = await clubWith({ placesHere: 1 });
    const guardian = await makeUser(tdb.db, { name: "Gwen Guardian" });
    const { id: childId } = await as(guardian).guardians.addChild({ name: "Mia Jones", alias: "Pixel" });
    const [holder, leaver, last] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db), makeUser(tdb.db)]);
    await as(holder).directory.book({ sessionId, dateOfBirth: ADULT });
    // The child waits first, booked in Welsh; then two adults.
    expect(
      (await as(guardian).directory.book({ sessionId, personId: childId, dateOfBirth: TEN, locale: "cy" }))
        .status,
    ).toBe("WAITING");
    await as(leaver).directory.book({ sessionId, dateOfBirth: ADULT });
    await as(last).directory.book({ sessionId, dateOfBirth: ADULT });
    expect(await ownBooking(last, sessionId)).toEqual(["WAITING", 3]);

    // Someone waiting leaves: nobody gets a place, the queue closes up.
    expect(await as(leaver).directory.cancelPlace({ sessionId })).toEqual({ cancelled: true });
    expect(await ownBooking(leaver, sessionId)).toBeNull();
    expect(await ownBooking(last, sessionId)).toEqual(["WAITING", 2]);
    expect((await as(null).directory.clubPlaces({ sessionId })).places).toEqual({
      places: 1,
      booked: 1,
      left: 0,
      waiting: 2,
    });
    const mailCount = await tdb.db.outboxEmail.count({ where: { kind: "club-booking" } });

    // The place is given up: the child (first waiting) gets it, and the guardian is told, in Welsh.
    await as(holder).directory.cancelPlace({ sessionId });
    const guardiansPage = await as(guardian).directory.clubPlaces({ sessionId });
    expect(guardiansPage.people.find((p) => p.id === childId)?.booking).toEqual({
      status: "BOOKED",
      position: null,
    });
    expect(await ownBooking(last, sessionId)).toEqual(["WAITING", 1]);
    expect(await ownBooking(holder, sessionId)).toBeNull();
    expect((await as(null).directory.clubPlaces({ sessionId })).places).toEqual({
      places: 1,
      booked: 1,
      left: 0,
      waiting: 1,
    });
    const promoted = await bookingMail(guardian.email, title);
    expect(promoted.map((m) => m.subject)).toEqual([
      `Rydych chi ar y rhestr aros ar gyfer ${title}`,
      `Mae lle yn ${title} yn eiddo i chi`,
    ]);
    expect(promoted[1]?.text).toContain("Mia");
    // Exactly one email came of it: to the guardian (none to the one who gave up, none to the last).
    expect(await tdb.db.outboxEmail.count({ where: { kind: "club-booking" } })).toBe(mailCount + 1);
    expect(await subjects(last.email, title)).toEqual([`You're on the waiting list for ${title}`]);
    const cancelled = await tdb.db.clubBooking.findFirstOrThrow({
      where: { sessionId, userId: holder.id },
      select: { status: true, cancelledAt: true },
    });
    expect(cancelled).toEqual({ status: "CANCELLED", cancelledAt: now });
    expect(
      await tdb.db.auditLog.count({ where: { action: "club.booking.promote", actorId: holder.id } }),
    ).toBe(1);

    // Giving up what is already given up: nothing there.
    expect((await refused(as(holder).directory.cancelPlace({ sessionId }))).code).toBe("NOT_FOUND");
  });

  it("books afresh after giving up: a place when one is free, else the back of the queue", async () => {
    const { sessionId } = await clubWith({ placesHere: 1 });
    const [holder, waiter, back] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db), makeUser(tdb.db)]);
    const firstBooking = await as(holder).directory.book({ sessionId, dateOfBirth: ADULT });
    await as(waiter).directory.book({ sessionId, dateOfBirth: ADULT });
    await as(back).directory.book({ sessionId, dateOfBirth: ADULT });
    // The first waiting leaves and books again: behind the one who was behind them.
    await as(waiter).directory.cancelPlace({ sessionId });
    expect((await as(waiter).directory.book({ sessionId, dateOfBirth: ADULT })).status).toBe("WAITING");
    expect(await ownBooking(back, sessionId)).toEqual(["WAITING", 1]);
    expect(await ownBooking(waiter, sessionId)).toEqual(["WAITING", 2]);
    // The holder gives up (back gets the place), then books again: the back of the queue, a new booking.
    await as(holder).directory.cancelPlace({ sessionId });
    expect(await ownBooking(back, sessionId)).toEqual(["BOOKED", null]);
    const again = await as(holder).directory.book({ sessionId, dateOfBirth: ADULT });
    expect(again.status).toBe("WAITING");
    expect(again.bookingId).not.toBe(firstBooking.bookingId);
    expect(await ownBooking(holder, sessionId)).toEqual(["WAITING", 2]);
    expect(await tdb.db.clubBooking.count({ where: { sessionId, userId: holder.id } })).toBe(1);

    // With a place free, a fresh booking gets it.
    const club2 = await clubWith({ placesHere: 1 });
    const solo = await makeUser(tdb.db);
    await as(solo).directory.book({ sessionId: club2.sessionId, dateOfBirth: ADULT });
    await as(solo).directory.cancelPlace({ sessionId: club2.sessionId });
    expect((await as(solo).directory.book({ sessionId: club2.sessionId, dateOfBirth: ADULT })).status).toBe(
      "BOOKED",
    );
  });

  it.skipIf(!onRealPostgres)(
    "gives the last place to exactly one of two booking at the same moment",
    async () => {
      const { sessionId } = await clubWith({ placesHere: 1 });
      const [one, two] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
      const results = await Promise.all([
        as(one).directory.book({ sessionId, dateOfBirth: ADULT }),
        as(two).directory.book({ sessionId, dateOfBirth: ADULT }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["BOOKED", "WAITING"]);
      expect(await tdb.db.clubBooking.count({ where: { sessionId, status: "BOOKED" } })).toBe(1);
      expect(await tdb.db.clubBooking.count({ where: { sessionId, status: "WAITING" } })).toBe(1);
    },
  );
});

describe("a guardian books for a child's profile they keep", () => {
  it("books with the child's id, and the email reaches the guardian saying whom it is about", async () => {
    const { sessionId, title } = await clubWith({ minAge: 8, maxAge: 12 });
    const guardian = await makeUser(tdb.db, { name: "Gwen Guardian" });
    const { id: childId } = await as(guardian).guardians.addChild({ name: "Mia Jones", alias: "Pixel" });
    const result = await as(guardian).directory.book({ sessionId, personId: childId, dateOfBirth: TEN });
    expect(result.status).toBe("BOOKED");
    const row = await tdb.db.clubBooking.findUniqueOrThrow({
      where: { id: result.bookingId },
      select: { userId: true, bookedById: true, ageAtBooking: true },
    });
    expect(row).toEqual({ userId: childId, bookedById: guardian.id, ageAtBooking: 10 });

    const mail = await bookingMail(guardian.email, title);
    expect(mail.map((m) => m.subject)).toEqual([`Your place at ${title} is booked`]);
    expect(mail[0]?.text).toContain("This email is about Mia, whose profile you keep");
    const child = await tdb.db.user.findUniqueOrThrow({ where: { id: childId }, select: { email: true } });
    expect(await tdb.db.outboxEmail.count({ where: { to: child.email } })).toBe(0);

    // The guardian's page: themself first (no booking: they are too old), then the child, booked.
    const page = await as(guardian).directory.clubPlaces({ sessionId });
    expect(page.people).toEqual([
      { id: guardian.id, name: "Gwen", self: true, kept: false, booking: null },
      { id: childId, name: "Mia", self: false, kept: true, booking: { status: "BOOKED", position: null } },
    ]);
    // Booking the child twice is refused; so is the guardian's own place at a children's club.
    const twice = await refused(
      as(guardian).directory.book({ sessionId, personId: childId, dateOfBirth: TEN }),
    );
    expect([twice.code, twice.domain, twice.message]).toEqual([
      "CONFLICT",
      "CONFLICT",
      "There's a booking for this person already.",
    ]);
    const tooOld = await refused(as(guardian).directory.book({ sessionId, dateOfBirth: ADULT }));
    expect(tooOld.code).toBe("BAD_REQUEST");
    expect(tooOld.fields).toEqual({ dateOfBirth: ["This club is for ages 8 to 12, and this person is 36."] });

    // The guardian gives the child's place up.
    await as(guardian).directory.cancelPlace({ sessionId, personId: childId });
    expect((await as(guardian).directory.clubPlaces({ sessionId })).people[1]?.booking).toBeNull();
  });

  it("books while acting as the child, as the child, with the guardian as the one who booked", async () => {
    const { sessionId, title } = await clubWith();
    const guardian = await makeUser(tdb.db, { name: "Gwen Guardian" });
    const { id: childId } = await as(guardian).guardians.addChild({ name: "Leo Jones", alias: "Rocket" });
    const acting = await actingUser(tdb.db, guardian, childId);
    expect(acting.guardian?.id).toBe(guardian.id);
    const result = await as(acting).directory.book({ sessionId, dateOfBirth: TEN });
    expect(result.status).toBe("BOOKED");
    const row = await tdb.db.clubBooking.findUniqueOrThrow({
      where: { id: result.bookingId },
      select: { userId: true, bookedById: true },
    });
    expect(row).toEqual({ userId: childId, bookedById: guardian.id });
    const audit = await tdb.db.auditLog.findFirstOrThrow({
      where: { entityId: result.bookingId },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(guardian.id);
    const mail = await bookingMail(guardian.email, title);
    expect(mail.map((m) => m.subject)).toEqual([`Your place at ${title} is booked`]);
    expect(mail[0]?.text).toContain("This email is about Leo, whose profile you keep");
    // Acting as the child, the page is still the guardian's: the guardian, then the child.
    const page = await as(acting).directory.clubPlaces({ sessionId });
    expect(page.people.map((p) => [p.id, p.self, p.kept, p.booking?.status ?? null])).toEqual([
      [guardian.id, true, false, null],
      [childId, false, true, "BOOKED"],
    ]);
    // Under 18 is no refusal when the guardian books: here it is the child's own id.
    const again = await refused(as(acting).directory.book({ sessionId, dateOfBirth: TEN }));
    expect(again.code).toBe("CONFLICT");
    await as(acting).directory.cancelPlace({ sessionId });
    expect(
      (
        await tdb.db.clubBooking.findUniqueOrThrow({
          where: { id: result.bookingId },
          select: { status: true },
        })
      ).status,
    ).toBe("CANCELLED");
  });

  it("finds nobody else's child, nor any other person, to book or cancel for", async () => {
    const { sessionId } = await clubWith();
    const [guardian, otherParent, adult] = await Promise.all([
      makeUser(tdb.db),
      makeUser(tdb.db),
      makeUser(tdb.db),
    ]);
    const { id: theirChild } = await as(otherParent).guardians.addChild({ name: "Ola", alias: "Otter" });
    await as(otherParent).directory.book({ sessionId, personId: theirChild, dateOfBirth: TEN });
    for (const personId of [theirChild, adult.id, "cmnotauser0000000000000000"]) {
      const booking = await refused(as(guardian).directory.book({ sessionId, personId, dateOfBirth: TEN }));
      expect([booking.code, booking.message]).toEqual([
        "NOT_FOUND",
        "You can book a place for yourself or for a child whose profile you keep.",
      ]);
      expect((await refused(as(guardian).directory.cancelPlace({ sessionId, personId }))).code).toBe(
        "NOT_FOUND",
      );
    }
    // Nothing booked for the adult, and the other parent's child keeps their place.
    expect(await tdb.db.clubBooking.count({ where: { sessionId, userId: adult.id } })).toBe(0);
    const kept = await tdb.db.clubBooking.findFirstOrThrow({
      where: { sessionId, userId: theirChild },
      select: { status: true, bookedById: true },
    });
    expect(kept).toEqual({ status: "BOOKED", bookedById: otherParent.id });
    // A child's profile removed by its guardian is nobody to book for either.
    const { id: removed } = await as(guardian).guardians.addChild({ name: "Gone", alias: "Gone" });
    await tdb.db.user.update({ where: { id: removed }, data: { deletedAt: now }, select: { id: true } });
    expect(
      (await refused(as(guardian).directory.book({ sessionId, personId: removed, dateOfBirth: TEN }))).code,
    ).toBe("NOT_FOUND");
  });
});

describe("who may book", () => {
  it("refuses a 16-year-old on an account of their own: a parent or guardian books", async () => {
    const { sessionId, title } = await clubWith();
    const teen = await makeUser(tdb.db);
    const result = await refused(as(teen).directory.book({ sessionId, dateOfBirth: SIXTEEN }));
    expect([result.code, result.domain]).toEqual(["FORBIDDEN", "CONSENT_REQUIRED"]);
    expect(result.message).toContain("Places for under-18s are booked by a parent or guardian.");
    expect(await tdb.db.clubBooking.count({ where: { sessionId } })).toBe(0);
    expect(await subjects(teen.email, title)).toEqual([]);
  });

  it("refuses a child outside the club's ages on the date of birth", async () => {
    const { sessionId } = await clubWith({ minAge: 8, maxAge: 12 });
    const guardian = await makeUser(tdb.db);
    const { id: childId } = await as(guardian).guardians.addChild({ name: "Tiny", alias: "Tiny" });
    const young = await refused(
      as(guardian).directory.book({ sessionId, personId: childId, dateOfBirth: SEVEN }),
    );
    expect(young).toEqual({
      code: "BAD_REQUEST",
      domain: "INVALID_INPUT",
      message: "This club is for ages 8 to 12, and this person is 7.",
      fields: { dateOfBirth: ["This club is for ages 8 to 12, and this person is 7."] },
    });
    const old = await refused(
      as(guardian).directory.book({ sessionId, personId: childId, dateOfBirth: SIXTEEN }),
    );
    expect(old.fields).toEqual({ dateOfBirth: ["This club is for ages 8 to 12, and this person is 16."] });
    expect(await tdb.db.clubBooking.count({ where: { sessionId } })).toBe(0);
    // Within the ages (the youngest and the oldest included) the place is booked.
    expect(
      (await as(guardian).directory.book({ sessionId, personId: childId, dateOfBirth: "2014-12-01" })).status,
    ).toBe("BOOKED");
  });

  it("refuses booking twice, whether booked or waiting", async () => {
    const { sessionId } = await clubWith({ placesHere: 1 });
    const [holder, waiter] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
    await as(holder).directory.book({ sessionId, dateOfBirth: ADULT });
    await as(waiter).directory.book({ sessionId, dateOfBirth: ADULT });
    for (const person of [holder, waiter]) {
      const twice = await refused(as(person).directory.book({ sessionId, dateOfBirth: ADULT }));
      expect([twice.code, twice.message]).toEqual(["CONFLICT", "There's a booking for this person already."]);
    }
    expect(await tdb.db.clubBooking.count({ where: { sessionId } })).toBe(2);
  });

  it("refuses an unknown club, and an impossible date of birth", async () => {
    const adult = await makeUser(tdb.db);
    expect(
      (
        await refused(
          as(adult).directory.book({ sessionId: "cmnotaclub0000000000000000", dateOfBirth: ADULT }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    for (const call of [as(null).directory.club, as(adult).directory.clubPlaces])
      expect(await codeOf(call({ sessionId: "cmnotaclub0000000000000000" }))).toBe("NOT_FOUND");
    const { sessionId } = await clubWith();
    const impossible = await refusal(as(adult).directory.book({ sessionId, dateOfBirth: "1990-02-30" }));
    expect(impossible.code).toBe("BAD_REQUEST");
    expect(impossible.fields.dateOfBirth).toEqual(["That date doesn't exist"]);
    expect(await tdb.db.clubBooking.count({ where: { sessionId } })).toBe(0);
  });
});

describe("a club that takes no bookings here", () => {
  it("refuses bookings for a club that books on its own page, and still shows it, without places", async () => {
    const { sessionId } = await clubWith({ placesHere: "", bookingUrl: "https://example.test/book" });
    const adult = await makeUser(tdb.db);
    const result = await refused(as(adult).directory.book({ sessionId, dateOfBirth: ADULT }));
    expect([result.code, result.domain, result.message]).toEqual([
      "PRECONDITION_FAILED",
      "PHASE_CLOSED",
      "This club doesn't take bookings here. Use its own booking page.",
    ]);
    expect((await as(adult).directory.clubPlaces({ sessionId })).places).toBeNull();
    expect(await as(null).directory.club({ sessionId })).toMatchObject({
      placesHere: null,
      bookingUrl: "https://example.test/book",
    });
  });

  it("refuses bookings for a draft, and shows it to nobody who holds no booking", async () => {
    const { sessionId } = await clubWith({}, { published: false });
    const adult = await makeUser(tdb.db);
    const result = await refused(as(adult).directory.book({ sessionId, dateOfBirth: ADULT }));
    expect([result.code, result.domain]).toEqual(["PRECONDITION_FAILED", "PHASE_CLOSED"]);
    for (const viewer of [adult, null]) {
      expect(await codeOf(as(viewer).directory.club({ sessionId }))).toBe("NOT_FOUND");
      expect(await codeOf(as(viewer).directory.clubPlaces({ sessionId }))).toBe("NOT_FOUND");
    }
  });

  it("taken out of the directory (with nobody booked): refuses bookings and hides the page", async () => {
    const { sessionId, organisationId, asOwner } = await clubWith();
    const stranger = await makeUser(tdb.db);
    await asOwner.directory.publishSession({ organisationId, sessionId, published: false });
    expect((await refused(as(stranger).directory.book({ sessionId, dateOfBirth: ADULT }))).code).toBe(
      "PRECONDITION_FAILED",
    );
    for (const viewer of [stranger, null]) {
      expect(await codeOf(as(viewer).directory.club({ sessionId }))).toBe("NOT_FOUND");
      expect(await codeOf(as(viewer).directory.clubPlaces({ sessionId }))).toBe("NOT_FOUND");
    }
  });

  it("refuses bookings once the operator's approval is withdrawn, and shows the page only to those booked", async () => {
    const club = await clubWith();
    const { sessionId, organisationId, asAdmin } = club;
    const [adult, stranger] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
    await as(adult).directory.book({ sessionId, dateOfBirth: ADULT });
    await asAdmin.directory.decideOperator({ organisationId, approved: false });
    const result = await refused(as(stranger).directory.book({ sessionId, dateOfBirth: ADULT }));
    expect([result.code, result.domain, result.message]).toEqual([
      "PRECONDITION_FAILED",
      "PHASE_CLOSED",
      "This club doesn't take bookings here. Use its own booking page.",
    ]);
    for (const viewer of [stranger, adult, null])
      expect(await codeOf(as(viewer).directory.club({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(as(stranger).directory.clubPlaces({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(as(null).directory.clubPlaces({ sessionId }))).toBe("NOT_FOUND");
    expect(await ownBooking(adult, sessionId)).toEqual(["BOOKED", null]);
    // The owners still see the booking and can cancel it (the person is told).
    const { asOwner } = club;
    const list = await asOwner.directory.bookings({ organisationId, sessionId });
    expect(list.bookings.map((b) => [b.bookedBy.email, b.status])).toEqual([[adult.email, "BOOKED"]]);
    await asOwner.directory.cancelBooking({ organisationId, bookingId: list.bookings[0]?.id ?? "" });
    expect(await subjects(adult.email, club.title)).toEqual([
      `Your place at ${club.title} is booked`,
      `Your place at ${club.title} was cancelled`,
    ]);
    expect(await codeOf(as(adult).directory.clubPlaces({ sessionId }))).toBe("NOT_FOUND");
  });

  it("refuses bookings for a club past its last date", async () => {
    const { sessionId } = await clubWith({ endsOn: "2026-11-24" });
    const adult = await makeUser(tdb.db);
    const result = await refused(as(adult).directory.book({ sessionId, dateOfBirth: ADULT }));
    expect([result.code, result.domain, result.message]).toEqual([
      "PRECONDITION_FAILED",
      "PHASE_CLOSED",
      "This club has no meetings left to book.",
    ]);
    expect((await as(adult).directory.club({ sessionId })).nextMeeting).toBeNull();
  });
});

describe("an operator's bookings", () => {
  /** A club with 2 places: an adult and a kept child booked, two adults waiting. */
  async function bookedClub() {
    const club = await clubWith();
    const [ann, guardian, will, wyn] = await Promise.all([
      makeUser(tdb.db, { name: "Ann Adult" }),
      makeUser(tdb.db, { name: "Gwen Guardian" }),
      makeUser(tdb.db, { name: "Will Waiting" }),
      makeUser(tdb.db, { name: "Wyn Waiting" }),
    ]);
    const { id: childId } = await as(guardian).guardians.addChild({ name: "Mia Jones", alias: "Pixel" });
    const annBooking = await as(ann).directory.book({ sessionId: club.sessionId, dateOfBirth: ADULT });
    const childBooking = await as(guardian).directory.book({
      sessionId: club.sessionId,
      personId: childId,
      dateOfBirth: TEN,
    });
    const willBooking = await as(will).directory.book({ sessionId: club.sessionId, dateOfBirth: ADULT });
    const wynBooking = await as(wyn).directory.book({ sessionId: club.sessionId, dateOfBirth: "2000-01-01" });
    return { ...club, ann, guardian, will, wyn, childId, annBooking, childBooking, willBooking, wynBooking };
  }

  it("lists the places first, then the waiting list in order, young people by nickname", async () => {
    const w = await bookedClub();
    // Will's booking is made to look older than the places: the places still come first.
    await tdb.db.clubBooking.update({
      where: { id: w.willBooking.bookingId },
      data: { createdAt: new Date("2026-11-01T09:00:00.000Z") },
      select: { id: true },
    });
    const list = await w.asOwner.directory.bookings({
      organisationId: w.organisationId,
      sessionId: w.sessionId,
    });
    expect(list.club).toMatchObject({ id: w.sessionId, title: w.title, placesHere: 2 });
    expect(
      list.bookings.map(({ bookedAt, ...b }) => {
        expect(bookedAt).toBeInstanceOf(Date);
        return b;
      }),
    ).toEqual([
      {
        id: w.annBooking.bookingId,
        status: "BOOKED",
        name: "Ann Adult",
        age: 36,
        bookedBy: { name: "Ann Adult", email: w.ann.email },
        byGuardian: false,
        position: null,
      },
      {
        id: w.childBooking.bookingId,
        status: "BOOKED",
        name: "Pixel",
        age: 10,
        bookedBy: { name: "Gwen Guardian", email: w.guardian.email },
        byGuardian: true,
        position: null,
      },
      {
        id: w.willBooking.bookingId,
        status: "WAITING",
        name: "Will Waiting",
        age: 36,
        bookedBy: { name: "Will Waiting", email: w.will.email },
        byGuardian: false,
        position: 1,
      },
      {
        id: w.wynBooking.bookingId,
        status: "WAITING",
        name: "Wyn Waiting",
        age: 26,
        bookedBy: { name: "Wyn Waiting", email: w.wyn.email },
        byGuardian: false,
        position: 2,
      },
    ]);
    // Nothing of the child's real name reaches the operator.
    expect(JSON.stringify(list)).not.toContain("Mia");

    const sessions = await w.asOwner.directory.sessions({ organisationId: w.organisationId });
    expect(sessions.sessions.map((s) => [s.id, s.placesHere, s.bookings])).toEqual([
      [w.sessionId, 2, { booked: 2, waiting: 2 }],
    ]);
    // Another operator's owner finds no such club through their own organisation.
    const other = await operator();
    expect(
      await codeOf(
        other.asOwner.directory.bookings({ organisationId: other.organisationId, sessionId: w.sessionId }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("cancels a booking: the person is told, the first waiting gets the place; another operator cannot", async () => {
    const w = await bookedClub();
    const other = await operator();
    expect(
      await codeOf(
        other.asOwner.directory.cancelBooking({
          organisationId: other.organisationId,
          bookingId: w.annBooking.bookingId,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await ownBooking(w.ann, w.sessionId)).toEqual(["BOOKED", null]);

    expect(
      await w.asOwner.directory.cancelBooking({
        organisationId: w.organisationId,
        bookingId: w.annBooking.bookingId,
      }),
    ).toEqual({ cancelled: true });
    expect(await ownBooking(w.ann, w.sessionId)).toBeNull();
    expect(await ownBooking(w.will, w.sessionId)).toEqual(["BOOKED", null]);
    expect(await ownBooking(w.wyn, w.sessionId)).toEqual(["WAITING", 1]);
    expect(await subjects(w.ann.email, w.title)).toEqual([
      `Your place at ${w.title} is booked`,
      `Your place at ${w.title} was cancelled`,
    ]);
    const cancelledMail = (await bookingMail(w.ann.email, w.title))[1];
    expect(cancelledMail?.text).toContain(`${w.org.name} cancelled your place at ${w.title}.`);
    expect(await subjects(w.will.email, w.title)).toEqual([
      `You're on the waiting list for ${w.title}`,
      `A place at ${w.title} is yours`,
    ]);
    expect(await subjects(w.wyn.email, w.title)).toEqual([`You're on the waiting list for ${w.title}`]);
    expect(
      await tdb.db.auditLog.count({
        where: { action: { in: ["club.booking.cancel", "club.booking.promote"] }, actorId: w.owner.id },
      }),
    ).toBe(2);

    // The child's booking: the guardian is told, about the child.
    await w.asOwner.directory.cancelBooking({
      organisationId: w.organisationId,
      bookingId: w.childBooking.bookingId,
    });
    const guardianMail = await bookingMail(w.guardian.email, w.title);
    expect(guardianMail.map((m) => m.subject)).toEqual([
      `Your place at ${w.title} is booked`,
      `Your place at ${w.title} was cancelled`,
    ]);
    expect(guardianMail[1]?.text).toContain("This email is about Mia, whose profile you keep");
    expect(await ownBooking(w.wyn, w.sessionId)).toEqual(["BOOKED", null]);
    // A waiting booking cancelled by the club moves nobody up; one already cancelled is not found.
    const late = await makeUser(tdb.db);
    const lateBooking = await as(late).directory.book({ sessionId: w.sessionId, dateOfBirth: ADULT });
    expect(lateBooking.status).toBe("WAITING");
    await w.asOwner.directory.cancelBooking({
      organisationId: w.organisationId,
      bookingId: lateBooking.bookingId,
    });
    expect(await subjects(late.email, w.title)).toEqual([
      `You're on the waiting list for ${w.title}`,
      `You're no longer on the waiting list for ${w.title}`,
    ]);
    expect(
      await codeOf(
        w.asOwner.directory.cancelBooking({
          organisationId: w.organisationId,
          bookingId: w.annBooking.bookingId,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect((await as(null).directory.clubPlaces({ sessionId: w.sessionId })).places).toEqual({
      places: 2,
      booked: 2,
      left: 0,
      waiting: 0,
    });
  });

  it("gives new places to those waiting when the club takes more, and cancels nobody when it takes fewer", async () => {
    const w = await bookedClub();
    await w.asOwner.directory.updateSession({
      organisationId: w.organisationId,
      sessionId: w.sessionId,
      details: { ...w.details, placesHere: "3" },
    });
    expect(await ownBooking(w.will, w.sessionId)).toEqual(["BOOKED", null]);
    expect(await ownBooking(w.wyn, w.sessionId)).toEqual(["WAITING", 1]);
    expect(await subjects(w.will.email, w.title)).toEqual([
      `You're on the waiting list for ${w.title}`,
      `A place at ${w.title} is yours`,
    ]);
    expect(await subjects(w.wyn.email, w.title)).toHaveLength(1);

    await w.asOwner.directory.updateSession({
      organisationId: w.organisationId,
      sessionId: w.sessionId,
      details: { ...w.details, placesHere: 10 },
    });
    expect(await ownBooking(w.wyn, w.sessionId)).toEqual(["BOOKED", null]);
    expect((await as(null).directory.clubPlaces({ sessionId: w.sessionId })).places).toEqual({
      places: 10,
      booked: 4,
      left: 6,
      waiting: 0,
    });

    // Fewer places than are booked: everyone keeps theirs, newcomers wait.
    await w.asOwner.directory.updateSession({
      organisationId: w.organisationId,
      sessionId: w.sessionId,
      details: { ...w.details, placesHere: 1 },
    });
    expect((await as(null).directory.clubPlaces({ sessionId: w.sessionId })).places).toEqual({
      places: 1,
      booked: 4,
      left: 0,
      waiting: 0,
    });
    const late = await makeUser(tdb.db);
    expect((await as(late).directory.book({ sessionId: w.sessionId, dateOfBirth: ADULT })).status).toBe(
      "WAITING",
    );
    // A place given up then goes to nobody: three are still booked for the one place.
    await as(w.ann).directory.cancelPlace({ sessionId: w.sessionId });
    expect(await ownBooking(late, w.sessionId)).toEqual(["WAITING", 1]);
  });

  it("refuses to stop taking bookings here, or to delete the club, while bookings are open", async () => {
    const w = await bookedClub();
    const stop = await refused(
      w.asOwner.directory.updateSession({
        organisationId: w.organisationId,
        sessionId: w.sessionId,
        details: { ...w.details, title: "Renamed", placesHere: "", bookingUrl: "https://example.test/book" },
      }),
    );
    expect([stop.code, stop.domain, stop.message]).toEqual([
      "CONFLICT",
      "CONFLICT",
      "4 people have booked or are waiting. Cancel their bookings first (each is told), or keep taking bookings here.",
    ]);
    const unchanged = await tdb.db.recurringSession.findUniqueOrThrow({
      where: { id: w.sessionId },
      select: { title: true, placesHere: true, bookingUrl: true },
    });
    expect(unchanged).toEqual({ title: w.title, placesHere: 2, bookingUrl: "" });
    expect(await tdb.db.auditLog.count({ where: { action: "session.update", entityId: w.sessionId } })).toBe(
      0,
    );
    expect(
      await tdb.db.clubBooking.count({ where: { sessionId: w.sessionId, status: { not: "CANCELLED" } } }),
    ).toBe(4);

    const deleting = await refused(
      w.asOwner.directory.deleteSession({ organisationId: w.organisationId, sessionId: w.sessionId }),
    );
    expect([deleting.code, deleting.domain]).toEqual(["CONFLICT", "CONFLICT"]);
    expect(deleting.message).toContain("4 people have booked or are waiting.");
    expect(await tdb.db.recurringSession.count({ where: { id: w.sessionId } })).toBe(1);
    expect(await tdb.db.auditLog.count({ where: { action: "session.delete", entityId: w.sessionId } })).toBe(
      0,
    );

    // With every booking cancelled, both may go ahead.
    for (const b of [w.annBooking, w.childBooking, w.willBooking, w.wynBooking])
      await w.asOwner.directory.cancelBooking({ organisationId: w.organisationId, bookingId: b.bookingId });
    await w.asOwner.directory.updateSession({
      organisationId: w.organisationId,
      sessionId: w.sessionId,
      details: { ...w.details, placesHere: "", bookingUrl: "https://example.test/book" },
    });
    expect(
      await tdb.db.recurringSession.findUniqueOrThrow({
        where: { id: w.sessionId },
        select: { placesHere: true },
      }),
    ).toEqual({ placesHere: null });
    await w.asOwner.directory.deleteSession({ organisationId: w.organisationId, sessionId: w.sessionId });
    expect(await tdb.db.recurringSession.count({ where: { id: w.sessionId } })).toBe(0);
  });
});

describe("the directory's cards", () => {
  it("carry the places booked here, or none for a club booking on its own page", async () => {
    const here = await clubWith({ placesHere: 12, postcodeDistrict: "CF11" });
    const own = await clubWith({
      placesHere: "",
      bookingUrl: "https://example.test/own",
      postcodeDistrict: "CF11",
    });
    const listing = await as(null).directory.list({ area: "CF11" });
    const card = (id: string) => listing.sessions.find((s) => s.id === id);
    expect(card(here.sessionId)).toMatchObject({ placesHere: 12, bookingUrl: "" });
    expect(card(own.sessionId)).toMatchObject({ placesHere: null, bookingUrl: "https://example.test/own" });
  });
});

describe("the calendar feed", () => {
  it("lists the meetings of a club that takes bookings here, linking to its page", async () => {
    const { sessionId } = await clubWith({ postcodeDistrict: "CF14" });
    const feed = await as(null).directory.calendar({ area: "CF14" });
    // iCalendar folds long lines; unfolded, each meeting links to the club's page on this site.
    const body = feed.body.replace(/\r\n[ \t]/g, "");
    expect(body.match(new RegExp(`UID:${sessionId}-[0-9-]+@festival-of-code`, "g"))).toHaveLength(12);
    expect(body).toMatch(new RegExp(`URL:http://[^\\r\\n]+/directory/clubs/${sessionId}\\r\\n`));
  });
});

describe("deleting an account gives its places up", () => {
  it("frees the place of someone who deletes their account, and of a child's profile its guardian removes", async () => {
    const { sessionId, title } = await clubWith({ title: "Deleted" });
    const [leaver, guardian, waiter1, waiter2] = await Promise.all([
      makeUser(tdb.db, { name: "Lee Leaver" }),
      makeUser(tdb.db, { name: "Gail Guardian" }),
      makeUser(tdb.db, { name: "Wyn Waiter" }),
      makeUser(tdb.db, { name: "Xia Waiter" }),
    ]);
    const child = await as(guardian).guardians.addChild({ name: "Cai", alias: "CaiCodes" });
    await as(leaver).directory.book({ sessionId, dateOfBirth: ADULT, locale: "en-GB" });
    await as(guardian).directory.book({ sessionId, personId: child.id, dateOfBirth: TEN, locale: "en-GB" });
    await as(waiter1).directory.book({ sessionId, dateOfBirth: ADULT, locale: "en-GB" });
    await as(waiter2).directory.book({ sessionId, dateOfBirth: ADULT, locale: "en-GB" });

    await as(leaver).users.deleteAccount({ confirmEmail: leaver.email });
    expect(await ownBooking(waiter1, sessionId)).toEqual(["BOOKED", null]);
    expect(await subjects(waiter1.email, title)).toEqual([
      `You're on the waiting list for ${title}`,
      `A place at ${title} is yours`,
    ]);

    await as(guardian).guardians.removeChild({ childId: child.id });
    expect(await ownBooking(waiter2, sessionId)).toEqual(["BOOKED", null]);
    const open = await tdb.db.clubBooking.findMany({
      where: { sessionId, status: { not: "CANCELLED" } },
      select: { userId: true },
    });
    expect(open.map((b) => b.userId).sort()).toEqual([waiter1.id, waiter2.id].sort());
  });
});

describe("download my data", () => {
  it("lists the person's own club places, and not the places of others at the same club", async () => {
    const { sessionId, title, org } = await clubWith({ title: "Data" });
    const [adult, other] = await Promise.all([
      makeUser(tdb.db, { name: "Dee Data" }),
      makeUser(tdb.db, { name: "Oli Other" }),
    ]);
    await as(adult).directory.book({ sessionId, dateOfBirth: ADULT, locale: "cy" });
    await as(other).directory.book({ sessionId, dateOfBirth: ADULT, locale: "en-GB" });
    const data = await as(adult).users.myData();
    expect(data.clubBookings).toEqual([
      {
        club: title,
        organisation: org.name,
        status: "BOOKED",
        ageWhenBooked: 36,
        language: "cy",
        bookedByAGuardian: false,
        bookedAt: expect.any(Date) as Date,
        cancelledAt: null,
      },
    ]);
  });
});

describe("what the review found", () => {
  it("refuses a date of birth in the future, and says a club for 25 and over is for 'ages 8 and over'", async () => {
    const { sessionId } = await clubWith({ title: "Future" });
    const adult = await makeUser(tdb.db);
    expect(await refused(as(adult).directory.book({ sessionId, dateOfBirth: "2999-01-01" }))).toEqual({
      code: "BAD_REQUEST",
      domain: "INVALID_INPUT",
      message: "That date of birth is in the future.",
      fields: { dateOfBirth: ["That date of birth is in the future."] },
    });
    const guardian = await makeUser(tdb.db);
    const child = await as(guardian).guardians.addChild({ name: "Tiny", alias: "Tiny" });
    const tooYoung = await refused(
      as(guardian).directory.book({ sessionId, personId: child.id, dateOfBirth: SEVEN }),
    );
    expect(tooYoung.message).toBe("This club is for ages 8 and over, and this person is 7.");
  });

  it("lists a child's profile by nickname even when an adult's date of birth was typed for it", async () => {
    const { sessionId, organisationId, asOwner } = await clubWith({ title: "Kept" });
    const guardian = await makeUser(tdb.db, { name: "Gwen Guardian" });
    const child = await as(guardian).guardians.addChild({ name: "Nia Jones", alias: "NiaCodes" });
    await as(guardian).directory.book({ sessionId, personId: child.id, dateOfBirth: ADULT });
    const { bookings } = await asOwner.directory.bookings({ organisationId, sessionId });
    expect(bookings.map((b) => b.name)).toEqual(["NiaCodes"]);
  });

  it("keeps a club with bookings in the directory, and closes the bookings of a club that has ended", async () => {
    const { sessionId, organisationId, owner, asOwner, title } = await clubWith({
      title: "Ending",
      endsOn: "2026-12-15",
    });
    const adult = await makeUser(tdb.db);
    await as(adult).directory.book({ sessionId, dateOfBirth: ADULT });
    const unpublish = await refused(
      asOwner.directory.publishSession({ organisationId, sessionId, published: false }),
    );
    expect(unpublish).toMatchObject({ code: "CONFLICT", domain: "CONFLICT" });
    expect(unpublish.message).toMatch(/^1 person has booked or are waiting, and the club's page/);
    expect(await ownBooking(adult, sessionId)).toEqual(["BOOKED", null]);

    // After its last meeting (15 December), the club can go: its booking closes, without an email.
    const later = callerFor(tdb.db, owner, new Date("2027-01-05T12:00:00.000Z"));
    await later.directory.publishSession({ organisationId, sessionId, published: false });
    expect(await tdb.db.clubBooking.findMany({ where: { sessionId }, select: { status: true } })).toEqual([
      { status: "CANCELLED" },
    ]);
    expect(await subjects(adult.email, title)).toEqual([`Your place at ${title} is booked`]);
    await later.directory.deleteSession({ organisationId, sessionId });
    expect(await tdb.db.recurringSession.count({ where: { id: sessionId } })).toBe(0);
  });
});
