// Booking a place at a weekly club that takes its bookings here: booking (or joining the waiting list),
// giving a place up, an operator cancelling a booking, and the waiting list moving up when places free.
// Each change locks the club's row first, so two people can never take the last place together.
import "server-only";
import { audit } from "../audit.ts";
import type { SessionUser } from "../context.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { personAtKeyboard } from "../guardians/rules.ts";
import { appUrl } from "../http/app-url.ts";
import { addressIn, DEFAULT_LOCALE, localeOr, type SiteLocale } from "../http/locales.mjs";
import { refusals } from "../i18n/refusals.ts";
import { clubBookingMail, type ClubBookingNews } from "../mail/club-templates.ts";
import { sendMail } from "../mail/send.ts";
import { log } from "../log.ts";
import { greetingName } from "../people/rules.ts";
import { formatInZone, todayIn } from "../time/zoned.ts";
import type { CalendarDate } from "../registrations/rules.ts";
import { bookingAge, bookingRefusal, clubPath, newBookingStatus, placesToOffer } from "./booking-rules.ts";
import { DIRECTORY_MAX_AGE, nextMeeting } from "./rules.ts";
import { storedBreaks } from "./schema.ts";

/** This module's refusals ("ClubBookingErrors"). */
const refuse = refusals("ClubBookingErrors");

/** What an email about a booking needs, read with the booking. */
const mailSelect = {
  id: true,
  status: true,
  locale: true,
  user: { select: { email: true, name: true, alias: true } },
  session: {
    select: {
      id: true,
      title: true,
      weekday: true,
      startTime: true,
      endTime: true,
      timeZone: true,
      startsOn: true,
      endsOn: true,
      breaks: true,
      organisation: { select: { name: true } },
    },
  },
} as const;

type MailRow = {
  id: string;
  locale: string;
  user: { email: string; name: string | null; alias: string | null };
  session: {
    id: string;
    title: string;
    weekday: number;
    startTime: string;
    endTime: string;
    timeZone: string;
    startsOn: Date;
    endsOn: Date | null;
    breaks: unknown;
    organisation: { name: string };
  };
};

/** An email to send once the transaction has committed: `news` about the booking `row`. */
interface Notice {
  row: MailRow;
  news: ClubBookingNews;
}

/**
 * Sends each notice (to the person booked: a child's profile's mail goes to their guardian). A failure
 * is logged and does not undo the booking, which has committed.
 */
async function sendNotices(db: Db, notices: Notice[], now: Date): Promise<void> {
  for (const { row, news } of notices) {
    const locale: SiteLocale = localeOr(row.locale, DEFAULT_LOCALE);
    const session = { ...row.session, breaks: storedBreaks.parse(row.session.breaks) };
    const meeting = nextMeeting(session, now);
    try {
      await sendMail(
        db,
        row.user.email,
        clubBookingMail({
          news,
          recipientName: greetingName(row.user),
          clubTitle: session.title,
          organisationName: session.organisation.name,
          nextMeeting: meeting ? formatInZone(meeting.start, session.timeZone, { locale }) : null,
          url: appUrl(addressIn(locale, clubPath(session.id))),
          locale,
        }),
      );
    } catch (error) {
      log.error("club booking email failed", { bookingId: row.id, error: String(error) });
    }
  }
}

/** Locks the club's row for the rest of the transaction: bookings of one club happen one at a time. */
async function lockClub(tx: Tx, sessionId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "RecurringSession" WHERE "id" = ${sessionId} FOR UPDATE`;
}

async function bookedCount(tx: Tx, sessionId: string): Promise<number> {
  return tx.clubBooking.count({ where: { sessionId, status: "BOOKED" } });
}

/**
 * Gives free places to the waiting list, first booked first, while fewer than `places` are booked
 * (placesToOffer). Call with the club locked. Returns the notices for those who got a place.
 */
export async function promoteWaiting(
  tx: Tx,
  params: { sessionId: string; places: number; actorId: string },
): Promise<Notice[]> {
  const [booked, waiting] = await Promise.all([
    bookedCount(tx, params.sessionId),
    tx.clubBooking.count({ where: { sessionId: params.sessionId, status: "WAITING" } }),
  ]);
  const take = placesToOffer(booked, params.places, waiting);
  if (take === 0) return [];
  const next = await tx.clubBooking.findMany({
    where: { sessionId: params.sessionId, status: "WAITING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: mailSelect,
  });
  await tx.clubBooking.updateMany({
    where: { id: { in: next.map((b) => b.id) }, status: "WAITING" },
    data: { status: "BOOKED" },
  });
  for (const booking of next) {
    await audit(tx, {
      actorId: params.actorId,
      action: "club.booking.promote",
      entityType: "ClubBooking",
      entityId: booking.id,
    });
  }
  return next.map((row) => ({ row, news: "promoted" as const }));
}

/**
 * Whom `user` books for: `personId` (default: the signed-in person, or the child a guardian acts for)
 * must be the person at the keyboard or a child's profile they keep. Returns the person and whether it
 * is a kept profile. NOT_FOUND otherwise (the same as for an unknown id: nobody learns whose it is).
 */
async function personToBook(
  tx: Tx,
  user: SessionUser,
  personId: string | undefined,
): Promise<{ id: string; keptByGuardian: boolean }> {
  const keyboard = personAtKeyboard(user);
  const id = personId ?? user.id;
  if (id === keyboard.id) return { id, keptByGuardian: false };
  const profile = await tx.user.findFirst({
    where: { id, managedById: keyboard.id, deletedAt: null },
    select: { id: true },
  });
  if (!profile) throw new DomainError("NOT_FOUND", refuse("personNotFound"));
  return { id, keptByGuardian: true };
}

/**
 * Books a place at a club that takes bookings here, for the signed-in person or a child's profile they
 * keep (`personId`), born on `dateOfBirth`: BOOKED while places are free, else WAITING (in booking
 * order). The age (in the club's zone, today) is checked against the club's ages and kept; the date of
 * birth is not. A booking given up earlier is booked afresh (at the back of any waiting list). Emails the
 * person (a child's guardian) after committing; audited. Returns `{ bookingId, status }`.
 * Refusals (ClubBookingErrors): NOT_FOUND (no such club, or a person the caller does not keep),
 * PHASE_CLOSED (not taking bookings here, or no meetings left), CONSENT_REQUIRED (under 18 on an account
 * of their own: a parent or guardian books),
 * CONFLICT (already booked), INVALID_INPUT on `dateOfBirth` (outside the club's ages).
 */
export async function bookPlace(
  db: Db,
  params: {
    user: SessionUser;
    sessionId: string;
    personId?: string | undefined;
    dateOfBirth: CalendarDate;
    locale: SiteLocale;
    now: Date;
  },
): Promise<{ bookingId: string; status: "BOOKED" | "WAITING" }> {
  const keyboard = personAtKeyboard(params.user);
  const { result, notices } = await db.$transaction(async (tx) => {
    await lockClub(tx, params.sessionId);
    const club = await tx.recurringSession.findUnique({
      where: { id: params.sessionId },
      select: {
        placesHere: true,
        publishedAt: true,
        minAge: true,
        maxAge: true,
        weekday: true,
        startTime: true,
        endTime: true,
        timeZone: true,
        startsOn: true,
        endsOn: true,
        breaks: true,
        organisation: { select: { operatorApprovedAt: true } },
      },
    });
    if (!club) throw new DomainError("NOT_FOUND", refuse("clubNotFound"));
    const person = await personToBook(tx, params.user, params.personId);
    const existing = await tx.clubBooking.findUnique({
      where: { sessionId_userId: { sessionId: params.sessionId, userId: person.id } },
      select: { id: true, status: true },
    });
    const today = todayIn(club.timeZone, params.now);
    const age = bookingAge(params.dateOfBirth, { year: today.year, month: today.month, day: today.day });
    if (age < 0) {
      const said = refuse("bornInFuture");
      throw new DomainError("INVALID_INPUT", said, { dateOfBirth: [said.text] });
    }
    const refusal = bookingRefusal(
      {
        placesHere: club.placesHere,
        listed: club.publishedAt !== null && club.organisation.operatorApprovedAt !== null,
        meetsAgain: nextMeeting({ ...club, breaks: storedBreaks.parse(club.breaks) }, params.now) !== null,
        minAge: club.minAge,
        maxAge: club.maxAge,
      },
      {
        age,
        keptByGuardian: person.keptByGuardian,
        alreadyBooked: existing?.status !== undefined && existing.status !== "CANCELLED",
      },
    );
    if (refusal === "tooYoung" || refusal === "tooOld") {
      // A club for 25 and over ("and over": DIRECTORY_MAX_AGE) says so, rather than "18 to 25".
      const key = refusal === "tooYoung" && club.maxAge >= DIRECTORY_MAX_AGE ? "tooYoungOpen" : refusal;
      const said = refuse(key, { min: club.minAge, max: club.maxAge, age });
      throw new DomainError("INVALID_INPUT", said, { dateOfBirth: [said.text] });
    }
    if (refusal === "alreadyBooked") throw new DomainError("CONFLICT", refuse(refusal));
    if (refusal === "childNeedsGuardian") throw new DomainError("CONSENT_REQUIRED", refuse(refusal));
    if (refusal) throw new DomainError("PHASE_CLOSED", refuse(refusal));
    const status = newBookingStatus(await bookedCount(tx, params.sessionId), club.placesHere ?? 0);
    // A place given up earlier is booked afresh: a new row, so the waiting list's order is by this booking.
    if (existing) await tx.clubBooking.delete({ where: { id: existing.id }, select: { id: true } });
    const booking = await tx.clubBooking.create({
      data: {
        sessionId: params.sessionId,
        userId: person.id,
        bookedById: keyboard.id,
        status,
        ageAtBooking: age,
        locale: params.locale,
      },
      select: mailSelect,
    });
    await audit(tx, {
      actorId: keyboard.id,
      action: status === "BOOKED" ? "club.booking.book" : "club.booking.wait",
      entityType: "ClubBooking",
      entityId: booking.id,
    });
    const news: ClubBookingNews = status === "BOOKED" ? "booked" : "waiting";
    return { result: { bookingId: booking.id, status }, notices: [{ row: booking, news }] };
  });
  await sendNotices(db, notices, params.now);
  return result;
}

/**
 * Gives up a place, or a place on the waiting list, at a club: the signed-in person's own, or that of a
 * child's profile they keep (`personId`). A freed place goes to the first on the waiting list, who is
 * emailed. Audited. Returns `{ cancelled: true }`. NOT_FOUND (ClubBookingErrors) when there is no such
 * booking of that person, or it is already given up.
 */
export async function cancelPlace(
  db: Db,
  params: { user: SessionUser; sessionId: string; personId?: string | undefined; now: Date },
): Promise<{ cancelled: true }> {
  const keyboard = personAtKeyboard(params.user);
  const notices = await db.$transaction(async (tx) => {
    await lockClub(tx, params.sessionId);
    const person = await personToBook(tx, params.user, params.personId);
    const booking = await tx.clubBooking.findUnique({
      where: { sessionId_userId: { sessionId: params.sessionId, userId: person.id } },
      select: { id: true, status: true, session: { select: { placesHere: true } } },
    });
    if (!booking || booking.status === "CANCELLED")
      throw new DomainError("NOT_FOUND", refuse("bookingNotFound"));
    return endBooking(tx, { booking, sessionId: params.sessionId, actorId: keyboard.id, now: params.now });
  });
  await sendNotices(db, notices, params.now);
  return { cancelled: true };
}

/** Cancels `booking` (its club locked) and offers a freed place to the waiting list. */
async function endBooking(
  tx: Tx,
  params: {
    booking: { id: string; status: string; session: { placesHere: number | null } };
    sessionId: string;
    actorId: string;
    now: Date;
  },
): Promise<Notice[]> {
  const { booking } = params;
  await tx.clubBooking.update({
    where: { id: booking.id },
    data: { status: "CANCELLED", cancelledAt: params.now },
    select: { id: true },
  });
  await audit(tx, {
    actorId: params.actorId,
    action: "club.booking.cancel",
    entityType: "ClubBooking",
    entityId: booking.id,
  });
  if (booking.status !== "BOOKED" || booking.session.placesHere === null) return [];
  return promoteWaiting(tx, {
    sessionId: params.sessionId,
    places: booking.session.placesHere,
    actorId: params.actorId,
  });
}

/**
 * An operator's owner cancels a booking at one of the organisation's clubs: the person (a child's
 * guardian) is emailed, and a freed place goes to the first on the waiting list. Audited. Returns
 * `{ cancelled: true }`. NOT_FOUND (ClubBookingErrors) when the booking is not at one of the
 * organisation's clubs, or is already cancelled.
 */
export async function cancelBookingAsOperator(
  db: Db,
  params: { actorId: string; organisationId: string; bookingId: string; now: Date },
): Promise<{ cancelled: true }> {
  const found = await db.clubBooking.findFirst({
    where: { id: params.bookingId, session: { organisationId: params.organisationId } },
    select: { sessionId: true },
  });
  if (!found) throw new DomainError("NOT_FOUND", refuse("bookingNotFound"));
  const notices = await db.$transaction(async (tx) => {
    await lockClub(tx, found.sessionId);
    // Read again under the lock: the person may have given it up, or booked afresh (a new row), meanwhile.
    const booking = await tx.clubBooking.findFirst({
      where: { id: params.bookingId, session: { organisationId: params.organisationId } },
      select: { ...mailSelect, session: { select: { ...mailSelect.session.select, placesHere: true } } },
    });
    if (!booking || booking.status === "CANCELLED")
      throw new DomainError("NOT_FOUND", refuse("bookingNotFound"));
    const promoted = await endBooking(tx, {
      booking,
      sessionId: found.sessionId,
      actorId: params.actorId,
      now: params.now,
    });
    const news: ClubBookingNews = booking.status === "WAITING" ? "waitingCancelledByClub" : "cancelledByClub";
    return [{ row: booking, news }, ...promoted];
  });
  await sendNotices(db, notices, params.now);
  return { cancelled: true };
}

/**
 * Gives up every open booking of `userId` (their account or child's profile is being deleted: server/
 * rights), in the caller's transaction: each club is locked in turn, and a freed place goes to the first
 * person waiting. Returns the notices (only for those who got a place) to send after committing.
 */
export async function cancelBookingsOf(
  tx: Tx,
  params: { userId: string; actorId: string; now: Date },
): Promise<Notice[]> {
  const open = await tx.clubBooking.findMany({
    where: { userId: params.userId, status: { in: ["BOOKED", "WAITING"] } },
    orderBy: { sessionId: "asc" },
    select: { id: true, sessionId: true },
  });
  const notices: Notice[] = [];
  for (const { id, sessionId } of open) {
    await lockClub(tx, sessionId);
    const booking = await tx.clubBooking.findUniqueOrThrow({
      where: { id },
      select: { id: true, status: true, session: { select: { placesHere: true } } },
    });
    notices.push(...(await endBooking(tx, { booking, sessionId, actorId: params.actorId, now: params.now })));
  }
  return notices;
}

/**
 * Before a club stops being where its bookings live (it stops taking bookings here, is deleted or leaves
 * the directory; the club locked by the caller): nothing to do without open bookings; with some, a club
 * that has no meetings left at `now` closes them (CANCELLED, without an email: nothing is lost), and any
 * other is refused with CONFLICT (ClubBookingErrors `refusal`, saying how many): the operator cancels
 * them first, each person told.
 */
export async function closeOrRefuse(
  tx: Tx,
  params: { sessionId: string; now: Date; refusal: "bookingsStillOpen" | "unpublishWithBookings" },
): Promise<void> {
  const openWhere = { sessionId: params.sessionId, status: { in: ["BOOKED" as const, "WAITING" as const] } };
  const open = await tx.clubBooking.count({ where: openWhere });
  if (open === 0) return;
  const club = await tx.recurringSession.findUniqueOrThrow({
    where: { id: params.sessionId },
    select: {
      weekday: true,
      startTime: true,
      endTime: true,
      timeZone: true,
      startsOn: true,
      endsOn: true,
      breaks: true,
    },
  });
  if (nextMeeting({ ...club, breaks: storedBreaks.parse(club.breaks) }, params.now) !== null)
    throw new DomainError("CONFLICT", refuse(params.refusal, { count: open }));
  await tx.clubBooking.updateMany({
    where: openWhere,
    data: { status: "CANCELLED", cancelledAt: params.now },
  });
}

/**
 * After a club's details change (in the same transaction, the club locked by the caller or not yet
 * visible to others): refuses to stop taking bookings here while people hold places or wait
 * (CONFLICT, ClubBookingErrors.bookingsStillOpen: the operator cancels them first, each person told),
 * unless the club has no meetings left at `now` (its open bookings then close, without an email), and
 * gives any new places to the waiting list. Returns the notices to send after committing.
 */
export async function afterPlacesChange(
  tx: Tx,
  params: { sessionId: string; placesHere: number | null; actorId: string; now: Date },
): Promise<Notice[]> {
  await lockClub(tx, params.sessionId);
  if (params.placesHere === null) {
    await closeOrRefuse(tx, { sessionId: params.sessionId, now: params.now, refusal: "bookingsStillOpen" });
    return [];
  }
  return promoteWaiting(tx, {
    sessionId: params.sessionId,
    places: params.placesHere,
    actorId: params.actorId,
  });
}

export { sendNotices as sendBookingNotices };
export type { Notice as BookingNotice };
