// Term breaks in a weekly club: typed one a line, skipped by the next meeting and the calendar feed,
// and said on the card.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { upcomingMeetings } from "./calendar";
import { breakDates, nextBreak, nextMeeting, type SessionTimes } from "./rules";
import { breaksText, MAX_SESSION_BREAKS, parseBreaks, sessionDetails } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A Tuesday club in London, 17:00–18:30, from 1 September 2026, with February half term off. */
const club: SessionTimes = {
  weekday: 2,
  startTime: "17:00",
  endTime: "18:30",
  timeZone: "Europe/London",
  startsOn: day("2026-09-01"),
  endsOn: null,
  breaks: [
    { startsOn: "2026-10-26", endsOn: "2026-10-30" },
    { startsOn: "2026-12-21", endsOn: "2027-01-01" },
  ],
};

describe("parseBreaks", () => {
  it("reads ranges, single days, names and dashes, in date order, skipping blank lines", () => {
    const { breaks, problems } = parseBreaks(
      "2027-02-15 to 2027-02-19 Half term\n\n 2026-12-21 – 2027-01-01 Christmas \n2027-04-05 Bank holiday\n2027-05-31 - 2027-06-04",
    );
    expect(problems).toEqual([]);
    expect(breaks).toEqual([
      { startsOn: "2026-12-21", endsOn: "2027-01-01", name: "Christmas" },
      { startsOn: "2027-02-15", endsOn: "2027-02-19", name: "Half term" },
      { startsOn: "2027-04-05", endsOn: "2027-04-05", name: "Bank holiday" },
      { startsOn: "2027-05-31", endsOn: "2027-06-04", name: "" },
    ]);
  });

  it("says what is wrong with each line, naming it", () => {
    expect(
      parseBreaks(
        "next week\n2027-02-30 to 2027-03-02\n2027-02-19 to 2027-02-15\n2027-02-15 " + "x".repeat(61),
      ).problems,
    ).toEqual([
      "Line 1: write it like 2027-02-15 to 2027-02-19 Half term",
      "Line 2: that date doesn't exist",
      "Line 3: the last day can't be before the first",
      "Line 4: use at most 60 characters for the name",
    ]);
    const many = Array.from(
      { length: MAX_SESSION_BREAKS + 1 },
      (_, i) => `2027-01-${String(i + 1).padStart(2, "0")}`,
    );
    expect(parseBreaks(many.join("\n")).problems).toEqual([`List at most ${MAX_SESSION_BREAKS} breaks`]);
  });

  it("reads back what breaksText writes, for any breaks", () => {
    const date = fc
      .date({
        min: new Date("2026-01-01T00:00:00Z"),
        max: new Date("2030-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const oneBreak = fc
      .tuple(date, date, fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$|^$/))
      .map(([a, b, name]) => ({ startsOn: a < b ? a : b, endsOn: a < b ? b : a, name }));
    fc.assert(
      fc.property(fc.array(oneBreak, { maxLength: MAX_SESSION_BREAKS }), (breaks) => {
        const sorted = [...breaks].sort((x, y) => x.startsOn.localeCompare(y.startsOn));
        const read = parseBreaks(breaksText(sorted));
        expect(read.problems).toEqual([]);
        expect(read.breaks.map((b) => [b.startsOn, b.endsOn, b.name])).toEqual(
          sorted.map((b) => [b.startsOn, b.endsOn, b.name]),
        );
      }),
    );
  });

  it("reaches the form's field as its errors", () => {
    const result = sessionDetails.safeParse({ breaks: "soon" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.filter((i) => i.path[0] === "breaks").map((i) => i.message);
    expect(messages).toEqual(["Line 1: write it like 2027-02-15 to 2027-02-19 Half term"]);
    // Sent already read (the form checks first): checked again, and said the same way.
    const backwards = sessionDetails.safeParse({
      breaks: [{ startsOn: "2027-02-19", endsOn: "2027-02-15" }],
    });
    expect(backwards.error?.issues.filter((i) => i.path[0] === "breaks").map((i) => i.message)).toEqual([
      "A break's last day can't be before its first",
    ]);
  });
});

describe("meetings skip breaks", () => {
  it("moves the next meeting past a break, a week at a time", () => {
    // Monday 26 October 2026: half term; the club meets again on Tuesday 3 November (GMT).
    expect(nextMeeting(club, new Date("2026-10-26T12:00:00Z"))?.start).toEqual(
      new Date("2026-11-03T17:00:00Z"),
    );
    // Christmas runs over two Tuesdays (22 and 29 December): next is 5 January.
    expect(nextMeeting(club, new Date("2026-12-16T12:00:00Z"))?.start).toEqual(
      new Date("2027-01-05T17:00:00Z"),
    );
  });

  it("has no next meeting when a break runs past the last date", () => {
    const ending = { ...club, endsOn: day("2026-12-22") };
    expect(nextMeeting(ending, new Date("2026-12-16T12:00:00Z"))).toBeNull();
  });

  it("leaves breaks out of the calendar feed, and never lists a meeting inside one", () => {
    const meetings = upcomingMeetings(club, new Date("2026-10-01T12:00:00Z"));
    const days = meetings.map((m) => m.start.toISOString().slice(0, 10));
    expect(days).not.toContain("2026-10-27");
    expect(days).toContain("2026-11-03");
    for (const d of days) {
      for (const b of club.breaks ?? []) expect(d >= b.startsOn && d <= b.endsOn).toBe(false);
    }
  });
});

describe("on the card", () => {
  it("names the next break that has not ended, in the club's zone", () => {
    const named = { ...club, breaks: [{ startsOn: "2026-10-26", endsOn: "2026-10-30", name: "Half term" }] };
    expect(nextBreak(named, new Date("2026-10-01T12:00:00Z"))?.name).toBe("Half term");
    expect(nextBreak(named, new Date("2026-10-30T22:00:00Z"))?.name).toBe("Half term");
    expect(nextBreak(named, new Date("2026-10-31T00:30:00Z"))).toBeNull();
  });

  it("says the dates shortly", () => {
    expect(breakDates({ startsOn: "2027-04-05", endsOn: "2027-04-05" })).toBe("5 Apr 2027");
    expect(breakDates({ startsOn: "2027-02-15", endsOn: "2027-02-19" })).toBe("15–19 Feb 2027");
    expect(breakDates({ startsOn: "2027-03-29", endsOn: "2027-04-09" })).toBe("29 Mar – 9 Apr 2027");
    expect(breakDates({ startsOn: "2026-12-21", endsOn: "2027-01-04" })).toBe("21 Dec 2026 – 4 Jan 2027");
  });
});
