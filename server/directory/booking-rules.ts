// Booking a place at a weekly club that takes its bookings here (RecurringSession.placesHere). Pure: the
// commands, the club page and its booking form share these rules. Refusals are keys ("BookingRefusal"),
// put into words by the server ("ClubBookingErrors") and by the page.
import { ADULT_AGE, ageOn, type CalendarDate } from "../registrations/rules.ts";

/** A booking's state: holding a place, waiting for one (in booking order), or given up. */
export type ClubBookingStatus = "BOOKED" | "WAITING" | "CANCELLED";

/** A club page's address (English; addressIn gives the Welsh): public, with the booking form on it. */
export function clubPath(sessionId: string): string {
  return `/directory/clubs/${sessionId}`;
}

/** The most places one club can take here (a CHECK on RecurringSession.placesHere holds it too). */
export const MAX_PLACES_HERE = 500;

/** Why a place cannot be booked (keys of the "ClubBookingErrors" namespace). */
export type BookingRefusal =
  "notTakingBookings" | "noMeetingsLeft" | "tooYoung" | "tooOld" | "childNeedsGuardian" | "alreadyBooked";

/** What the booking rules need to know about the club. */
export interface BookableClub {
  /** Null: the club books on its own page. */
  placesHere: number | null;
  /** Published, by an operator whose approval stands. */
  listed: boolean;
  /** Whether it meets again (nextMeeting is not null). */
  meetsAgain: boolean;
  minAge: number;
  maxAge: number;
}

/** Who the place is for. */
export interface BookingPerson {
  /** Whole years today, in the club's zone (bookingAge). */
  age: number;
  /** A child's profile kept by the guardian who is booking (server/guardians), not an account of their own. */
  keptByGuardian: boolean;
  /** The person already holds a place or waits for one. */
  alreadyBooked: boolean;
}

/**
 * The person's age for a club's booking: whole years from `dateOfBirth` to `today` (the club's local
 * date, todayIn(club.timeZone, now)), as ageOn counts them (29 February birthdays on 1 March).
 */
export function bookingAge(dateOfBirth: CalendarDate, today: CalendarDate): number {
  return ageOn(dateOfBirth, today);
}

/**
 * Why `person` may not book a place at `club`, or null when they may. In order: the club takes no
 * bookings here (or is not listed), it has no meetings left, the person already booked, the age is
 * outside the club's ages (maxAge 25 means "and over", DIRECTORY_MAX_AGE), and someone under 18 on an
 * account of their own (a young person's place is booked by the parent or guardian who keeps their
 * profile: the guardian is the one who agrees to it, as with consent for an event).
 */
export function bookingRefusal(club: BookableClub, person: BookingPerson): BookingRefusal | null {
  if (club.placesHere === null || !club.listed) return "notTakingBookings";
  if (!club.meetsAgain) return "noMeetingsLeft";
  if (person.alreadyBooked) return "alreadyBooked";
  if (person.age < club.minAge) return "tooYoung";
  if (person.age > club.maxAge && club.maxAge < 25) return "tooOld";
  if (person.age < ADULT_AGE && !person.keptByGuardian) return "childNeedsGuardian";
  return null;
}

/** A new booking's status: a place while fewer than `places` are booked, else the waiting list. */
export function newBookingStatus(booked: number, places: number): "BOOKED" | "WAITING" {
  return booked < places ? "BOOKED" : "WAITING";
}

/**
 * How many of the waiting list (in booking order) get a place when `booked` of `places` are taken:
 * the free places, at most `waiting`, never negative (a club that cut its places below its bookings
 * promotes nobody and cancels nobody).
 */
export function placesToOffer(booked: number, places: number, waiting: number): number {
  return Math.max(0, Math.min(places - booked, waiting));
}

/** Places still free (never negative). */
export function placesLeft(booked: number, places: number): number {
  return Math.max(0, places - booked);
}
