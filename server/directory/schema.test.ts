// A weekly session's details as the form sends them (its dates, its places here or booking page), and
// what booking a place takes: malformed, impossible and real values.
import { describe, expect, it } from "vitest";
import { bookPlaceInput, type SessionDetailsInput, sessionDetails } from "./schema";

/** A Tuesday club in Cardiff, valid in every field. */
const club: SessionDetailsInput = {
  title: "Code Club Cathays",
  weekday: 2,
  startTime: "17:00",
  endTime: "18:30",
  timeZone: "Europe/London",
  startsOn: "2026-09-01",
  endsOn: "",
  mode: "IN_PERSON",
  venueName: "Cathays Library",
  postcodeDistrict: "CF24",
  minAge: 8,
  maxAge: 12,
  level: "NEW",
  bookingUrl: "https://example.test/book",
};

/** The messages on one field of `details`, in order ([] when it is accepted). */
function problemsOn(field: string, details: Partial<SessionDetailsInput>): string[] {
  const result = sessionDetails.safeParse({ ...club, ...details });
  return (result.error?.issues ?? []).filter((i) => i.path[0] === field).map((i) => i.message);
}

describe("a session's dates", () => {
  it("accepts real dates, a leap day among them, and no last date", () => {
    expect(sessionDetails.safeParse(club).success).toBe(true);
    expect(problemsOn("startsOn", { startsOn: "2028-02-29" })).toEqual([]);
    expect(problemsOn("endsOn", { endsOn: "2027-03-30" })).toEqual([]);
    expect(sessionDetails.parse({ ...club, endsOn: "" }).endsOn).toBeNull();
  });

  it("refuses an impossible date as the date of birth is refused", () => {
    expect(problemsOn("startsOn", { startsOn: "2027-02-30" })).toEqual(["That date doesn't exist"]);
    expect(problemsOn("startsOn", { startsOn: "2027-02-29" })).toEqual(["That date doesn't exist"]);
    expect(problemsOn("startsOn", { startsOn: "2026-13-01" })).toEqual(["That date doesn't exist"]);
    expect(problemsOn("endsOn", { endsOn: "2027-04-31" })).toEqual(["That date doesn't exist"]);
  });

  it("says once how to write a date that is missing or malformed", () => {
    expect(problemsOn("startsOn", { startsOn: "" })).toEqual(["Enter the first date, like 2027-01-12"]);
    expect(problemsOn("startsOn", { startsOn: "1 Sept" })).toEqual(["Enter the first date, like 2027-01-12"]);
    expect(problemsOn("endsOn", { endsOn: "soon" })).toEqual(["Enter the last date, like 2027-03-30"]);
  });

  it("checks the dates of breaks sent already read the same way", () => {
    const breaks = (startsOn: string, endsOn: string) =>
      problemsOn("breaks", { breaks: [{ startsOn, endsOn }] });
    expect(breaks("2027-02-15", "2027-02-19")).toEqual([]);
    expect(breaks("2027-02-30", "2027-03-02")).toEqual(["That date doesn't exist"]);
    expect(breaks("15/02/2027", "2027-02-19")).toEqual(["Enter the first day of the break, like 2027-02-15"]);
  });
});

describe("places booked here", () => {
  it("reads no places (blank) as booking on the club's own page, and a number of places as taking bookings here", () => {
    expect(sessionDetails.parse({ ...club, placesHere: "" }).placesHere).toBeNull();
    expect(sessionDetails.parse({ ...club, placesHere: null }).placesHere).toBeNull();
    expect(sessionDetails.parse(club).placesHere).toBeNull();
    expect(sessionDetails.parse({ ...club, placesHere: "12" }).placesHere).toBe(12);
    expect(sessionDetails.parse({ ...club, placesHere: 1 }).placesHere).toBe(1);
    expect(sessionDetails.parse({ ...club, placesHere: "500" }).placesHere).toBe(500);
  });

  it("refuses too few or too many places with the field's own message", () => {
    expect(problemsOn("placesHere", { placesHere: 0 })).toEqual(["At least 1 place"]);
    expect(problemsOn("placesHere", { placesHere: "0" })).toEqual(["At least 1 place"]);
    expect(problemsOn("placesHere", { placesHere: 501 })).toEqual(["At most 500 places"]);
    expect(problemsOn("placesHere", { placesHere: "501" })).toEqual(["At most 500 places"]);
  });

  it("refuses part places, or no number, with the field's own message (not the union's “Invalid input”)", () => {
    expect(problemsOn("placesHere", { placesHere: 1.5 })).toEqual(["Use a whole number"]);
    expect(problemsOn("placesHere", { placesHere: "1.5" })).toEqual(["Use a whole number"]);
    expect(problemsOn("placesHere", { placesHere: "twelve" })).toEqual(["Enter how many places there are"]);
  });

  it("needs a booking page's address only when the club does not take bookings here", () => {
    const here = sessionDetails.parse({ ...club, bookingUrl: "", placesHere: "12" });
    expect(here).toMatchObject({ bookingUrl: "", placesHere: 12 });
    const { bookingUrl: _bookingUrl, ...withoutAddress } = club;
    expect(sessionDetails.parse({ ...withoutAddress, placesHere: 12 })).toMatchObject({
      bookingUrl: "",
      placesHere: 12,
    });
    expect(problemsOn("bookingUrl", { bookingUrl: "" })).toEqual([
      "Enter the booking page's address, or take bookings here",
    ]);
    expect(problemsOn("bookingUrl", { bookingUrl: "", placesHere: "" })).toEqual([
      "Enter the booking page's address, or take bookings here",
    ]);
    expect(problemsOn("placesHere", { bookingUrl: "" })).toEqual([]);
  });

  it("still refuses a booking page that is not https, even with places here", () => {
    expect(problemsOn("bookingUrl", { bookingUrl: "http://example.test/book", placesHere: 12 })).toEqual([
      "Enter the booking page's address, starting with https://",
    ]);
    expect(problemsOn("bookingUrl", { bookingUrl: "javascript:alert(1)", placesHere: 12 })).toEqual([
      "Enter the booking page's address, starting with https://",
    ]);
  });
});

describe("booking a place (bookPlaceInput)", () => {
  const booking = { sessionId: "cmclub00000000000000000000", dateOfBirth: "2016-03-03" };

  it("reads the date of birth as a calendar date, a leap day among them, in English by default", () => {
    expect(bookPlaceInput.parse(booking)).toEqual({
      sessionId: booking.sessionId,
      dateOfBirth: { year: 2016, month: 3, day: 3 },
      locale: "en-GB",
    });
    expect(bookPlaceInput.parse({ ...booking, dateOfBirth: "2016-02-29" }).dateOfBirth).toEqual({
      year: 2016,
      month: 2,
      day: 29,
    });
  });

  it("refuses an impossible or malformed date of birth on that field", () => {
    const problems = (dateOfBirth: string) =>
      (bookPlaceInput.safeParse({ ...booking, dateOfBirth }).error?.issues ?? [])
        .filter((i) => i.path[0] === "dateOfBirth")
        .map((i) => i.message);
    expect(problems("2015-02-29")).toEqual(["That date doesn't exist"]);
    expect(problems("2016-02-30")).toEqual(["That date doesn't exist"]);
    expect(problems("2016-13-01")).toEqual(["That date doesn't exist"]);
    expect(problems("3 March 2016")).toEqual(["Enter your date of birth"]);
    expect(problems("")).toEqual(["Enter your date of birth"]);
  });
});
