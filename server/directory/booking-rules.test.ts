// The rules of booking a place at a club that takes its bookings here: who may book, how old they are,
// whether they get a place or wait, and how many of those waiting a freed place goes to.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BookableClub,
  type BookingPerson,
  bookingAge,
  bookingRefusal,
  MAX_PLACES_HERE,
  newBookingStatus,
  placesLeft,
  placesToOffer,
} from "./booking-rules";

/** A listed club for ages 8 to 12, with places here, that meets again. */
const club: BookableClub = { placesHere: 12, listed: true, meetsAgain: true, minAge: 8, maxAge: 12 };

/** A ten-year-old whose profile the booking guardian keeps, not booked yet. */
const child: BookingPerson = { age: 10, keptByGuardian: true, alreadyBooked: false };

/** An adult on an account of their own, not booked yet. */
const adult: BookingPerson = { age: 30, keptByGuardian: false, alreadyBooked: false };

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe("bookingRefusal", () => {
  it("lets a kept child within the ages book a place at a listed club that meets again", () => {
    expect(bookingRefusal(club, child)).toBeNull();
  });

  it("refuses a club that takes no bookings here, or is not listed", () => {
    expect(bookingRefusal({ ...club, placesHere: null }, child)).toBe("notTakingBookings");
    expect(bookingRefusal({ ...club, listed: false }, child)).toBe("notTakingBookings");
  });

  it("refuses a club with no meetings left", () => {
    expect(bookingRefusal({ ...club, meetsAgain: false }, child)).toBe("noMeetingsLeft");
  });

  it("refuses someone who already holds a place or waits for one", () => {
    expect(bookingRefusal(club, { ...child, alreadyBooked: true })).toBe("alreadyBooked");
  });

  it("takes the ages as inclusive: minAge and maxAge may book, one year either side may not", () => {
    expect(bookingRefusal(club, { ...child, age: 7 })).toBe("tooYoung");
    expect(bookingRefusal(club, { ...child, age: 8 })).toBeNull();
    expect(bookingRefusal(club, { ...child, age: 12 })).toBeNull();
    expect(bookingRefusal(club, { ...child, age: 13 })).toBe("tooOld");
  });

  it("reads maxAge 25 as “and over”, and 24 as an upper limit", () => {
    const andOver = { ...club, minAge: 14, maxAge: 25 };
    expect(bookingRefusal(andOver, { ...adult, age: 25 })).toBeNull();
    expect(bookingRefusal(andOver, { ...adult, age: 26 })).toBeNull();
    expect(bookingRefusal(andOver, { ...adult, age: 70 })).toBeNull();
    expect(bookingRefusal(andOver, { ...adult, age: 13 })).toBe("tooYoung");
    const upTo24 = { ...club, minAge: 14, maxAge: 24 };
    expect(bookingRefusal(upTo24, { ...adult, age: 24 })).toBeNull();
    expect(bookingRefusal(upTo24, { ...adult, age: 25 })).toBe("tooOld");
  });

  it("refuses a 17-year-old on an account of their own, and lets an 18-year-old book for themself", () => {
    const teens = { ...club, minAge: 14, maxAge: 25 };
    const own = { ...adult };
    expect(bookingRefusal(teens, { ...own, age: 17 })).toBe("childNeedsGuardian");
    expect(bookingRefusal(teens, { ...own, age: 14 })).toBe("childNeedsGuardian");
    expect(bookingRefusal(teens, { ...own, age: 18 })).toBeNull();
    expect(bookingRefusal(teens, { ...own, age: 19 })).toBeNull();
  });

  it("lets a guardian book for a kept child of any age within the club's", () => {
    const teens = { ...club, minAge: 14, maxAge: 25 };
    expect(bookingRefusal(teens, { ...child, age: 14 })).toBeNull();
    expect(bookingRefusal(teens, { ...child, age: 17 })).toBeNull();
    expect(bookingRefusal(teens, { ...child, age: 18 })).toBeNull();
  });

  it("says the first refusal, in order: not taking bookings, no meetings, already booked, ages, guardian", () => {
    // A young person on their own account, too young, already booked, at a club that neither meets
    // again nor takes bookings here: each refusal shows once the ones before it are put right.
    const everything = { age: 5, keptByGuardian: false, alreadyBooked: true };
    const closed = { ...club, placesHere: null, listed: false, meetsAgain: false };
    expect(bookingRefusal(closed, everything)).toBe("notTakingBookings");
    expect(bookingRefusal({ ...closed, placesHere: 12 }, everything)).toBe("notTakingBookings");
    expect(bookingRefusal({ ...closed, listed: true }, everything)).toBe("notTakingBookings");
    expect(bookingRefusal({ ...club, meetsAgain: false }, everything)).toBe("noMeetingsLeft");
    expect(bookingRefusal(club, everything)).toBe("alreadyBooked");
    expect(bookingRefusal(club, { ...everything, alreadyBooked: false })).toBe("tooYoung");
    expect(bookingRefusal(club, { ...everything, alreadyBooked: false, age: 15 })).toBe("tooOld");
    expect(bookingRefusal(club, { ...everything, alreadyBooked: false, age: 10 })).toBe("childNeedsGuardian");
    expect(bookingRefusal(club, { ...everything, alreadyBooked: false, age: 10, keptByGuardian: true })).toBe(
      null,
    );
  });

  it("refuses an adult at a children's club for their age, not as needing a guardian", () => {
    expect(bookingRefusal(club, adult)).toBe("tooOld");
    expect(bookingRefusal(club, { ...adult, keptByGuardian: true })).toBe("tooOld");
  });
});

describe("bookingAge", () => {
  it("counts whole years, turning a year older on the birthday", () => {
    expect(bookingAge(date(2014, 6, 15), date(2026, 6, 14))).toBe(11);
    expect(bookingAge(date(2014, 6, 15), date(2026, 6, 15))).toBe(12);
    expect(bookingAge(date(2014, 6, 15), date(2026, 12, 31))).toBe(12);
    expect(bookingAge(date(2008, 12, 2), date(2026, 12, 1))).toBe(17);
    expect(bookingAge(date(2008, 12, 1), date(2026, 12, 1))).toBe(18);
    expect(bookingAge(date(2026, 12, 1), date(2026, 12, 1))).toBe(0);
  });

  it("gives a 29 February birthday on 1 March in other years, and on the day in leap years", () => {
    const leapling = date(2012, 2, 29);
    expect(bookingAge(leapling, date(2027, 2, 28))).toBe(14);
    expect(bookingAge(leapling, date(2027, 3, 1))).toBe(15);
    expect(bookingAge(leapling, date(2028, 2, 28))).toBe(15);
    expect(bookingAge(leapling, date(2028, 2, 29))).toBe(16);
    expect(bookingAge(leapling, date(2028, 3, 1))).toBe(16);
  });
});

describe("newBookingStatus", () => {
  it("gives a place while fewer are booked than there are places, else the waiting list", () => {
    expect(newBookingStatus(0, 1)).toBe("BOOKED");
    expect(newBookingStatus(1, 1)).toBe("WAITING");
    expect(newBookingStatus(11, 12)).toBe("BOOKED");
    expect(newBookingStatus(12, 12)).toBe("WAITING");
    // Places cut below the bookings: still the waiting list.
    expect(newBookingStatus(13, 12)).toBe("WAITING");
    expect(newBookingStatus(MAX_PLACES_HERE - 1, MAX_PLACES_HERE)).toBe("BOOKED");
  });
});

describe("placesToOffer", () => {
  it("offers the free places to those waiting, at most as many as wait", () => {
    expect(placesToOffer(3, 5, 10)).toBe(2);
    expect(placesToOffer(3, 5, 1)).toBe(1);
    expect(placesToOffer(3, 5, 0)).toBe(0);
    expect(placesToOffer(0, 12, 4)).toBe(4);
    expect(placesToOffer(5, 5, 3)).toBe(0);
  });

  it("offers none, never a negative number, when the places were cut below the bookings", () => {
    expect(placesToOffer(7, 5, 3)).toBe(0);
    expect(placesToOffer(7, 5, 0)).toBe(0);
  });

  it("never books more than the places, nor offers more than wait", () => {
    fc.assert(
      fc.property(
        fc.nat(600),
        fc.integer({ min: 1, max: MAX_PLACES_HERE }),
        fc.nat(600),
        (booked, places, waiting) => {
          const offer = placesToOffer(booked, places, waiting);
          expect(offer).toBeGreaterThanOrEqual(0);
          expect(offer).toBeLessThanOrEqual(waiting);
          expect(booked + offer).toBeLessThanOrEqual(Math.max(booked, places));
          // Every free place goes when enough wait.
          if (waiting >= places - booked && booked <= places) expect(booked + offer).toBe(places);
        },
      ),
    );
  });
});

describe("placesLeft", () => {
  it("counts the free places, never below none", () => {
    expect(placesLeft(0, 1)).toBe(1);
    expect(placesLeft(3, 5)).toBe(2);
    expect(placesLeft(5, 5)).toBe(0);
    expect(placesLeft(7, 5)).toBe(0);
  });
});
