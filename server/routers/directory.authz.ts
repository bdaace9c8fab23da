// Who may call each directory procedure (and events.createForOrganisation, an operator's rung). Run by
// directory.authz.int.test.ts; coverage.test.ts checks that every procedure has an entry somewhere.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { SessionDetailsInput } from "../directory/schema.ts";
import {
  anySignedIn,
  type AuthCases,
  type AuthWorld,
  openToAll,
  restrictedTo,
} from "../test/authorization.ts";
import { makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";
import { details } from "./events.authz.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface DirectoryWorld extends AuthWorld {
  /** An approved operator. */
  operator: { id: string };
  owner: SessionUser;
  member: SessionUser;
  sessionId: string;
  /** A listed club of the operator taking bookings here (2 places, ages 10 to 25 and over), none booked. */
  clubId: string;
  /** A listed club of the operator taking bookings here: `member`, `plainOwner` and `other` are booked. */
  bookedClubId: string;
  /** The member's booking at bookedClubId. */
  bookingId: string;
  /** An organisation that is not an operator, and its owner. */
  plain: { id: string };
  plainOwner: SessionUser;
  admin: SessionUser;
  /** The owner of another approved operator. */
  other: SessionUser;
}

/** A weekly club's details as the form sends them. */
export const clubDetails: SessionDetailsInput = {
  title: "Code Club Cathays",
  description: "Scratch and Python for beginners.",
  weekday: 2,
  startTime: "17:00",
  endTime: "18:30",
  timeZone: "Europe/London",
  startsOn: "2026-09-01",
  endsOn: "",
  mode: "IN_PERSON",
  venueName: "Cathays Library",
  addressLine: "Fairoak Road",
  postcodeDistrict: "CF24",
  minAge: 8,
  maxAge: 12,
  level: "NEW",
  cost: "",
  bookingUrl: "https://example.test/book",
};

export async function directoryWorld(db: Db): Promise<DirectoryWorld> {
  const [owner, member, plainOwner, admin, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db, { admin: true }),
    makeUser(db),
  ]);
  const [operator, plain, otherOperator] = await Promise.all([
    makeOrganisation(db, {
      members: [
        { userId: owner.id, role: "OWNER" },
        { userId: member.id, role: "MEMBER" },
      ],
    }),
    makeOrganisation(db, { members: [{ userId: plainOwner.id, role: "OWNER" }] }),
    makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] }),
  ]);
  await db.organisation.updateMany({
    where: { id: { in: [operator.id, otherOperator.id] } },
    data: { operatorApprovedAt: now },
  });
  await db.organisation.update({
    where: { id: plain.id },
    data: { operatorRequestedAt: now },
    select: { id: true },
  });
  const session = await db.recurringSession.create({
    data: {
      organisationId: operator.id,
      title: "Saturday Club",
      weekday: 6,
      startTime: "10:00",
      endTime: "12:00",
      timeZone: "Europe/London",
      startsOn: new Date("2026-09-05T00:00:00Z"),
      mode: "ONLINE",
      minAge: 10,
      maxAge: 16,
      level: "SOME",
      bookingUrl: "https://example.test/saturday",
    },
    select: { id: true },
  });
  // Two clubs taking bookings here, in the directory: one to book, one where people already hold places.
  const bookable = {
    organisationId: operator.id,
    weekday: 3,
    startTime: "17:00",
    endTime: "18:30",
    timeZone: "Europe/London",
    startsOn: new Date("2026-09-02T00:00:00Z"),
    mode: "ONLINE",
    minAge: 10,
    maxAge: 25,
    level: "NEW",
    // Its own page's address as well (the form allows both): server/directory/calendar.ts writes it into
    // the feed, which the "directory.calendar" case reads.
    bookingUrl: "https://example.test/wednesday",
    placesHere: 2,
    publishedAt: now,
  } as const;
  const [club, bookedClub] = await Promise.all([
    db.recurringSession.create({ data: { ...bookable, title: "Wednesday Club" }, select: { id: true } }),
    db.recurringSession.create({ data: { ...bookable, title: "Booked Club" }, select: { id: true } }),
  ]);
  const bookings = await Promise.all(
    [member, plainOwner, other].map((person) =>
      db.clubBooking.create({
        data: {
          sessionId: bookedClub.id,
          userId: person.id,
          bookedById: person.id,
          status: "BOOKED",
          ageAtBooking: 30,
        },
        select: { id: true },
      }),
    ),
  );
  return {
    operator,
    owner,
    member,
    sessionId: session.id,
    clubId: club.id,
    bookedClubId: bookedClub.id,
    bookingId: bookings[0]?.id ?? "",
    plain,
    plainOwner,
    admin,
    other,
  };
}

const anyone = openToAll<DirectoryWorld>((w) => w.member);

// Anyone signed in books for themself (an adult: the clubs are for ages 10 to 25 "and over") and gives
// up their own place; the world's member, the plain organisation's owner and `other` each hold one.
const signedIn = anySignedIn<DirectoryWorld>(
  (w) => w.member,
  (w) => w.plainOwner,
);

/** An adult's date of birth (36 at the world's `now`). */
const ADULT_BIRTHDAY = "1990-01-01";

// Owners of the organisation whose club it is (bookings hold guardians' contact details): a plain member
// is the wrong role; another organisation's owner gets 403.
const clubOwners = restrictedTo<DirectoryWorld>(
  (w) => w.owner,
  (w) => w.member,
);

// Owners of the approved operator: a plain member is the wrong role; another operator's owner gets 403.
const operatorOwners = restrictedTo<DirectoryWorld>(
  (w) => w.owner,
  (w) => w.member,
);

const adminsOnly = restrictedTo<DirectoryWorld>(
  (w) => w.admin,
  (w) => w.owner,
);

export const directoryAuthorization: AuthCases<DirectoryWorld> = {
  "directory.list": anyone((c) => c.directory.list({ age: 10, mode: "online" })),
  "directory.calendar": anyone((c) => c.directory.calendar({})),
  // Members see their organisation's sessions, drafts included; nobody else does.
  "directory.sessions": {
    right: (w) => w.member,
    wrong: (w) => w.plainOwner,
    call: (c, w) => c.directory.sessions({ organisationId: w.operator.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  // The plain organisation's owner asks; its members could not, nor could another organisation's owner.
  "directory.requestOperator": {
    right: (w) => w.plainOwner,
    wrong: (w) => w.member,
    call: (c, w) => c.directory.requestOperator({ organisationId: w.plain.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "directory.operators": adminsOnly((c) => c.directory.operators()),
  "directory.decideOperator": adminsOnly((c, w) =>
    c.directory.decideOperator({ organisationId: w.plain.id, approved: true }),
  ),
  "directory.createSession": operatorOwners((c, w) =>
    c.directory.createSession({ organisationId: w.operator.id, details: clubDetails }),
  ),
  "directory.updateSession": operatorOwners((c, w) =>
    c.directory.updateSession({
      organisationId: w.operator.id,
      sessionId: w.sessionId,
      details: clubDetails,
    }),
  ),
  "directory.publishSession": operatorOwners((c, w) =>
    c.directory.publishSession({ organisationId: w.operator.id, sessionId: w.sessionId, published: true }),
  ),
  "directory.deleteSession": operatorOwners((c, w) =>
    c.directory.deleteSession({ organisationId: w.operator.id, sessionId: w.sessionId }),
  ),
  // A listed club's page and its places are public (the places say only the viewer's own bookings).
  "directory.club": anyone((c, w) => c.directory.club({ sessionId: w.clubId })),
  "directory.clubPlaces": anyone((c, w) => c.directory.clubPlaces({ sessionId: w.bookedClubId })),
  "directory.book": signedIn((c, w) =>
    c.directory.book({ sessionId: w.clubId, dateOfBirth: ADULT_BIRTHDAY, locale: "en-GB" }),
  ),
  "directory.cancelPlace": signedIn((c, w) => c.directory.cancelPlace({ sessionId: w.bookedClubId })),
  "directory.bookings": clubOwners((c, w) =>
    c.directory.bookings({ organisationId: w.operator.id, sessionId: w.bookedClubId }),
  ),
  "directory.cancelBooking": clubOwners((c, w) =>
    c.directory.cancelBooking({ organisationId: w.operator.id, bookingId: w.bookingId }),
  ),
  "events.createForOrganisation": operatorOwners((c, w) =>
    c.events.createForOrganisation({
      organisationId: w.operator.id,
      ...details(`cathays-${Math.random().toString(36).slice(2, 8)}`),
      organiserEmail: "operator.organiser@example.test",
    }),
  ),
};
