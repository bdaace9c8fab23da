// The public directory and what operators and admins see of their sessions. Reads only.
import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import {
  eventMatches,
  inArea,
  nextBreak,
  nextMeeting,
  sessionMatches,
  type DirectoryFilters,
  type SessionFacts,
} from "./rules.ts";
import { storedBreaks, type SessionBreak } from "./schema.ts";

/**
 * At most this many events and sessions are read for one directory page, after the filters the database
 * can apply (each is checked again after).
 */
const READ_LIMIT = 500;

/**
 * A recurring session's own columns, as the directory and its organisation's members see them (`id`,
 * title, description, weekday and times in its zone, dates, mode and venue, ages, level, cost, booking
 * address or places booked here, publishedAt): nothing of who created it or when.
 */
export const sessionSelect = {
  id: true,
  title: true,
  description: true,
  weekday: true,
  startTime: true,
  endTime: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
  mode: true,
  venueName: true,
  addressLine: true,
  postcodeDistrict: true,
  minAge: true,
  maxAge: true,
  level: true,
  costPence: true,
  bookingUrl: true,
  placesHere: true,
  publishedAt: true,
  breaks: true,
} as const;

/** A session row with its stored breaks read (unreadable JSON reads as no breaks). */
function readBreaks<T extends { breaks: unknown }>(row: T): Omit<T, "breaks"> & { breaks: SessionBreak[] } {
  return { ...row, breaks: storedBreaks.parse(row.breaks) };
}

/**
 * The sessions the directory may list at `now` (of organisations matching `organisation`, when given):
 * published, of an approved operator, and not past their last date. The last date is a date in the
 * session's own zone, so two days' margin keeps every zone's today; withNextMeetings decides exactly.
 */
function listedSessionsWhere(now: Date, organisation: Prisma.OrganisationWhereInput = {}) {
  return {
    publishedAt: { not: null },
    organisation: { ...organisation, operatorApprovedAt: { not: null } },
    OR: [{ endsOn: null }, { endsOn: { gte: new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000) } }],
  } satisfies Prisma.RecurringSessionWhereInput;
}

/**
 * The sessions that match `filters` and meet again at `now`, each with its next meeting, soonest first,
 * then by title (a session past its last date has no next meeting, so it is left out).
 */
function withNextMeetings<T extends Omit<SessionFacts, "breaks"> & { title: string; breaks: unknown }>(
  sessions: T[],
  filters: DirectoryFilters,
  now: Date,
) {
  return sessions
    .map(readBreaks)
    .filter((session) => sessionMatches(session, filters, now))
    .flatMap((session) => {
      const meeting = nextMeeting(session, now);
      return meeting ? [{ ...session, nextMeeting: meeting, nextBreak: nextBreak(session, now) }] : [];
    })
    .sort(
      (a, b) =>
        a.nextMeeting.start.getTime() - b.nextMeeting.start.getTime() ||
        a.title.localeCompare(b.title, "en-GB"),
    );
}

/**
 * What the directory lists under `filters` at `now`: published events that have not finished (soonest
 * first), each with its centres (only those in the area, with an area filter), and the published
 * sessions of approved operators that meet again, each with its next meeting (soonest first, then by
 * title). Public:
 * nothing about people, only places, times and who runs them.
 */
export async function directoryListing(db: Db, params: { filters: DirectoryFilters; now: Date }) {
  const { filters, now } = params;
  const [events, sessions] = await Promise.all([
    db.event.findMany({
      where: { status: "PUBLISHED", submissionDeadline: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: READ_LIMIT,
      select: {
        id: true,
        slug: true,
        name: true,
        timeZone: true,
        startsAt: true,
        submissionDeadline: true,
        registrationClosesAt: true,
        minimumAge: true,
        organisation: { select: { name: true, slug: true } },
        centres: { orderBy: { name: "asc" }, select: { id: true, name: true, postcodeDistrict: true } },
      },
    }),
    db.recurringSession.findMany({
      where: {
        ...listedSessionsWhere(now),
        // The filters the database can apply narrow what is read (sessionMatches decides after).
        ...(filters.age !== undefined ? { minAge: { lte: filters.age }, maxAge: { gte: filters.age } } : {}),
        ...(filters.level ? { level: filters.level } : {}),
        ...(filters.cost === "free"
          ? { costPence: 0 }
          : filters.cost === "paid"
            ? { costPence: { gt: 0 } }
            : {}),
        ...(filters.mode ? { mode: filters.mode === "online" ? "ONLINE" : "IN_PERSON" } : {}),
        ...(filters.area ? { mode: "IN_PERSON", postcodeDistrict: { startsWith: filters.area } } : {}),
      },
      orderBy: { id: "asc" },
      take: READ_LIMIT,
      select: { ...sessionSelect, organisation: { select: { name: true, slug: true } } },
    }),
  ]);
  return {
    events: events
      .filter((event) => eventMatches(event, filters, now))
      .map((event) => ({
        ...event,
        centres: event.centres.filter((centre) => inArea(centre.postcodeDistrict, filters.area)),
      })),
    sessions: withNextMeetings(sessions, filters, now),
  };
}
export type DirectoryListing = Awaited<ReturnType<typeof directoryListing>>;

/**
 * An organisation's weekly clubs as the directory lists them with no filter, for its public page: its
 * published sessions that meet again at `now`, each with its next meeting (soonest first, then by
 * title). None when it is not an approved operator (or no longer is); never a draft.
 */
export async function organisationClubs(db: Db, params: { slug: string; now: Date }) {
  const sessions = await db.recurringSession.findMany({
    where: listedSessionsWhere(params.now, { slug: params.slug }),
    orderBy: { id: "asc" },
    take: READ_LIMIT,
    select: sessionSelect,
  });
  return withNextMeetings(sessions, {}, params.now);
}

/**
 * An organisation's sessions for its members (drafts too), newest first, and whether it is an operator.
 * Each session carries `bookings`: how many places are booked here and how many wait (zero for a club
 * that books on its own page).
 */
export async function organisationSessions(db: Db, params: { organisationId: string }) {
  const [org, sessions, counts] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: params.organisationId },
      select: { operatorRequestedAt: true, operatorApprovedAt: true },
    }),
    db.recurringSession.findMany({
      where: { organisationId: params.organisationId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: sessionSelect,
    }),
    db.clubBooking.groupBy({
      by: ["sessionId", "status"],
      where: { session: { organisationId: params.organisationId }, status: { in: ["BOOKED", "WAITING"] } },
      _count: { _all: true },
    }),
  ]);
  const countOf = (sessionId: string, status: "BOOKED" | "WAITING") =>
    counts.find((c) => c.sessionId === sessionId && c.status === status)?._count._all ?? 0;
  return {
    ...org,
    sessions: sessions.map((session) => ({
      ...readBreaks(session),
      bookings: { booked: countOf(session.id, "BOOKED"), waiting: countOf(session.id, "WAITING") },
    })),
  };
}

/** For platform admins: organisations that asked to be operators or are ones, the waiting ones first. */
export async function operatorOrganisations(db: Db) {
  const organisations = await db.organisation.findMany({
    where: { OR: [{ operatorRequestedAt: { not: null } }, { operatorApprovedAt: { not: null } }] },
    orderBy: [{ operatorRequestedAt: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      website: true,
      operatorRequestedAt: true,
      operatorApprovedAt: true,
      _count: { select: { sessions: true, events: true } },
    },
  });
  return organisations.sort(
    (a, b) => Number(Boolean(a.operatorApprovedAt)) - Number(Boolean(b.operatorApprovedAt)),
  );
}
