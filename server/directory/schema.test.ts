// The dates of a weekly session as the form sends them: malformed, impossible and real ones.
import { describe, expect, it } from "vitest";
import { type SessionDetailsInput, sessionDetails } from "./schema";

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
