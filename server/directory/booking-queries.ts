// What the club page and an operator's booking list read about places booked here. Reads only.
import "server-only";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { personAtKeyboard } from "../guardians/rules.ts";
import { refusals } from "../i18n/refusals.ts";
import { greetingName, nameForOrganisers } from "../people/rules.ts";
import { ADULT_AGE } from "../registrations/rules.ts";
import { placesLeft, type ClubBookingStatus } from "./booking-rules.ts";
import { sessionSelect } from "./queries.ts";
import { nextBreak, nextMeeting } from "./rules.ts";
import { storedBreaks } from "./schema.ts";

const refuse = refusals("ClubBookingErrors");

/** `page` when there is one; NOT_FOUND (ClubBookingErrors.clubNotFound) when clubPage found none. */
export function requireFound<T>(page: T | null): T {
  if (!page) throw new DomainError("NOT_FOUND", refuse("clubNotFound"));
  return page;
}

/** A booking as its own person sees it: the status and, while waiting, the place in the queue (1 = next). */
export interface OwnBooking {
  status: "BOOKED" | "WAITING";
  position: number | null;
}

/** Places at a club that books here: how many, how many booked, how many left, and how many wait. */
export interface PlacesHere {
  places: number;
  booked: number;
  left: number;
  waiting: number;
}

/**
 * A club's public page at `now`, the same for everyone (it is cached: docs/architecture.md "Page
 * cache"), or null when the club is not published by an approved operator: the directory card's facts
 * with its organisation, `nextMeeting` (null: none left), `nextBreak`, and whether it takes bookings here
 * (`placesHere`). How many places are left, and who holds them, are the viewer's part (clubPlaces).
 */
export async function clubPage(db: Db, params: { sessionId: string; now: Date }) {
  const club = await db.recurringSession.findFirst({
    where: {
      id: params.sessionId,
      publishedAt: { not: null },
      organisation: { operatorApprovedAt: { not: null } },
    },
    select: { ...sessionSelect, organisation: { select: { name: true, slug: true } } },
  });
  if (!club) return null;
  const breaks = storedBreaks.parse(club.breaks);
  return {
    ...club,
    breaks,
    nextMeeting: nextMeeting({ ...club, breaks }, params.now),
    nextBreak: nextBreak({ timeZone: club.timeZone, breaks }, params.now),
  };
}
export type ClubPage = NonNullable<Awaited<ReturnType<typeof clubPage>>>;

/**
 * The club page's personal part, asked for by the browser: `places` (PlacesHere, or null when the club
 * books on its own page) and, for a signed-in viewer, `people`: the viewer and each child's profile they
 * keep, in that order, with `self`, `kept` and their `booking` (OwnBooking or null). Nothing about anyone
 * else who booked. NOT_FOUND (ClubBookingErrors.clubNotFound) for an unknown club, or one not listed
 * where the viewer holds no booking (someone booked can still see and give up their place).
 */
export async function clubPlaces(db: Db, params: { sessionId: string; viewer: SessionUser | null }) {
  const keyboard = personAtKeyboard(params.viewer);
  const [club, people] = await Promise.all([
    db.recurringSession.findUnique({
      where: { id: params.sessionId },
      select: {
        id: true,
        placesHere: true,
        publishedAt: true,
        organisation: { select: { operatorApprovedAt: true } },
      },
    }),
    keyboard
      ? db.user.findMany({
          where: { OR: [{ id: keyboard.id }, { managedById: keyboard.id, deletedAt: null }] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, name: true, alias: true },
        })
      : Promise.resolve([]),
  ]);
  if (!club) throw new DomainError("NOT_FOUND", refuse("clubNotFound"));
  const ids = people.map((p) => p.id);
  const [own, counts] = await Promise.all([
    ids.length > 0
      ? db.clubBooking.findMany({
          where: { sessionId: club.id, userId: { in: ids }, status: { in: ["BOOKED", "WAITING"] } },
          select: { userId: true, status: true, createdAt: true, id: true },
        })
      : Promise.resolve([]),
    db.clubBooking.groupBy({
      by: ["status"],
      where: { sessionId: club.id, status: { in: ["BOOKED", "WAITING"] } },
      _count: { _all: true },
    }),
  ]);
  const listed = club.publishedAt !== null && club.organisation.operatorApprovedAt !== null;
  if (!listed && own.length === 0) throw new DomainError("NOT_FOUND", refuse("clubNotFound"));
  const countOf = (status: ClubBookingStatus) => counts.find((c) => c.status === status)?._count._all ?? 0;
  const booked = countOf("BOOKED");
  const positions = new Map<string, number>();
  for (const booking of own.filter((b) => b.status === "WAITING")) {
    const ahead = await db.clubBooking.count({
      where: {
        sessionId: club.id,
        status: "WAITING",
        OR: [
          { createdAt: { lt: booking.createdAt } },
          { createdAt: booking.createdAt, id: { lt: booking.id } },
        ],
      },
    });
    positions.set(booking.userId, ahead + 1);
  }
  return {
    signedIn: keyboard !== null,
    places:
      club.placesHere === null
        ? null
        : {
            places: club.placesHere,
            booked,
            left: placesLeft(booked, club.placesHere),
            waiting: countOf("WAITING"),
          },
    people: people.map((person) => {
      const booking = own.find((b) => b.userId === person.id);
      return {
        id: person.id,
        name: greetingName(person) ?? "",
        self: person.id === keyboard?.id,
        kept: person.id !== keyboard?.id,
        booking: booking
          ? {
              status: booking.status as "BOOKED" | "WAITING",
              position: positions.get(person.id) ?? null,
            }
          : null,
      };
    }),
  };
}
export type ClubPlaces = Awaited<ReturnType<typeof clubPlaces>>;

/**
 * The bookings at one of the organisation's clubs, for its owners: the club's title and places, and each
 * booking that is not cancelled (places first, then the waiting list, each in booking order) with the
 * person's name as organisers see it (a young person by nickname, or first name and initial), their age
 * when booked, who booked (a guardian's name and email address: whom the club contacts) and, while
 * waiting, the place in the queue. NOT_FOUND (ClubBookingErrors.clubNotFound) when the club is not the
 * organisation's.
 */
export async function clubBookings(db: Db, params: { organisationId: string; sessionId: string }) {
  const club = await db.recurringSession.findFirst({
    where: { id: params.sessionId, organisationId: params.organisationId },
    select: { id: true, title: true, placesHere: true, publishedAt: true },
  });
  if (!club) throw new DomainError("NOT_FOUND", refuse("clubNotFound"));
  const rows = await db.clubBooking.findMany({
    where: { sessionId: club.id, status: { in: ["BOOKED", "WAITING"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      ageAtBooking: true,
      createdAt: true,
      userId: true,
      bookedById: true,
      user: { select: { name: true, alias: true, managedById: true } },
      bookedBy: { select: { name: true, email: true } },
    },
  });
  const order = (status: string) => (status === "BOOKED" ? 0 : 1);
  let waiting = 0;
  const bookings = [...rows]
    .sort((a, b) => order(a.status) - order(b.status))
    .map((row) => ({
      id: row.id,
      status: row.status as "BOOKED" | "WAITING",
      // A child's profile is a young person's whatever age was typed for it.
      name: nameForOrganisers({
        ...row.user,
        young: row.ageAtBooking < ADULT_AGE || row.user.managedById !== null,
      }),
      age: row.ageAtBooking,
      bookedAt: row.createdAt,
      bookedBy: { name: row.bookedBy.name, email: row.bookedBy.email },
      byGuardian: row.bookedById !== row.userId,
      position: row.status === "WAITING" ? ++waiting : null,
    }));
  return { club, bookings };
}
