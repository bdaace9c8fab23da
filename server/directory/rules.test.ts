import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agesLabel,
  costLabel,
  DIRECTORY_ALL,
  directoryHref,
  directoryKey,
  directoryRewrite,
  eventMatches,
  filtersFromKey,
  inArea,
  nextBreak,
  nextMeeting,
  parseAreaFilter,
  parseDirectoryFilters,
  sessionMatches,
  type DirectoryFilters,
  type SessionFacts,
} from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A Tuesday club in London, 17:00–18:30, from 1 September 2026. */
const club: SessionFacts = {
  weekday: 2,
  startTime: "17:00",
  endTime: "18:30",
  timeZone: "Europe/London",
  startsOn: day("2026-09-01"),
  endsOn: null,
  minAge: 8,
  maxAge: 12,
  level: "NEW",
  costPence: 0,
  mode: "IN_PERSON",
  postcodeDistrict: "CF10",
};

describe("nextMeeting", () => {
  it("is later the same day when the meeting has not ended, in the session's zone (GMT in December)", () => {
    // Tuesday 1 December 2026, 16:00 UTC = 16:00 in London.
    const meeting = nextMeeting(club, new Date("2026-12-01T16:00:00Z"));
    expect(meeting).toEqual({
      start: new Date("2026-12-01T17:00:00Z"),
      end: new Date("2026-12-01T18:30:00Z"),
    });
  });

  it("counts a meeting under way, and moves to next week once it has ended", () => {
    expect(nextMeeting(club, new Date("2026-12-01T18:29:00Z"))?.start).toEqual(
      new Date("2026-12-01T17:00:00Z"),
    );
    expect(nextMeeting(club, new Date("2026-12-01T18:30:00Z"))?.start).toEqual(
      new Date("2026-12-08T17:00:00Z"),
    );
  });

  it("reads times in summer time when the date is in it (BST: UTC+1)", () => {
    expect(nextMeeting(club, new Date("2026-09-02T12:00:00Z"))?.start).toEqual(
      new Date("2026-09-08T16:00:00Z"),
    );
  });

  it("waits for the first date, and ends after the last", () => {
    const later = { ...club, startsOn: day("2027-01-05"), endsOn: day("2027-03-30") };
    expect(nextMeeting(later, new Date("2026-12-01T12:00:00Z"))?.start).toEqual(
      new Date("2027-01-05T17:00:00Z"),
    );
    expect(nextMeeting(later, new Date("2027-03-30T12:00:00Z"))?.start).toEqual(
      new Date("2027-03-30T16:00:00Z"),
    );
    expect(nextMeeting(later, new Date("2027-03-30T18:00:00Z"))).toBeNull();
  });

  it("uses the local date, not UTC's: just after midnight in Auckland is already Tuesday there", () => {
    const auckland = { ...club, timeZone: "Pacific/Auckland" };
    // Monday 30 November 11:30 UTC = Tuesday 1 December 00:30 in Auckland (NZDT, UTC+13).
    expect(nextMeeting(auckland, new Date("2026-11-30T11:30:00Z"))?.start).toEqual(
      new Date("2026-12-01T04:00:00Z"),
    );
  });

  it("always falls on the session's weekday, never before now, within 7 days of now", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.date({
          min: new Date("2026-09-02T00:00:00Z"),
          max: new Date("2028-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Auckland"),
        (weekday, now, timeZone) => {
          const session = { ...club, weekday, timeZone };
          const meeting = nextMeeting(session, now);
          expect(meeting).not.toBeNull();
          if (!meeting) return;
          expect(meeting.end.getTime()).toBeGreaterThan(now.getTime());
          expect(meeting.start.getTime() - now.getTime()).toBeLessThan(8 * 24 * 60 * 60 * 1000);
          const local = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone }).format(meeting.start);
          expect(local).toBe(
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1],
          );
        },
      ),
    );
  });
});

describe("today is the date in the session's zone (todayIn)", () => {
  // Tuesday 1 June 2027, 23:30 UTC: already Wednesday 2 June, 00:30, in London (BST, UTC+1); still
  // Tuesday 1 June, 19:30, in New York (EDT, UTC-4).
  const lateInUtc = new Date("2027-06-01T23:30:00Z");

  it("names a break that ended yesterday in London as over, though UTC is still on its last day", () => {
    const club = { timeZone: "Europe/London", breaks: [{ startsOn: "2027-05-31", endsOn: "2027-06-01" }] };
    expect(nextBreak(club, new Date("2027-06-01T22:59:59Z"))).toEqual(club.breaks[0]);
    expect(nextBreak(club, new Date("2027-06-01T23:00:00Z"))).toBeNull();
    expect(nextBreak(club, lateInUtc)).toBeNull();
    // In UTC the same instant is still 1 June.
    expect(nextBreak({ ...club, timeZone: "UTC" }, lateInUtc)).toEqual(club.breaks[0]);
  });

  it("meets on London's Wednesday just after midnight, and on the Tuesday after for a Tuesday club", () => {
    const summer = { ...club, startsOn: day("2027-04-06") };
    expect(nextMeeting({ ...summer, weekday: 3 }, lateInUtc)?.start).toEqual(
      new Date("2027-06-02T16:00:00Z"),
    );
    expect(nextMeeting(summer, lateInUtc)?.start).toEqual(new Date("2027-06-08T16:00:00Z"));
  });

  it("keeps New York's Tuesday meeting under way after midnight UTC", () => {
    // Tuesday 19:00–20:30 in New York; at 00:15 UTC on Wednesday it is 20:15 on Tuesday there.
    const newYork = { ...club, timeZone: "America/New_York", startTime: "19:00", endTime: "20:30" };
    expect(nextMeeting(newYork, new Date("2027-06-02T00:15:00Z"))).toEqual({
      start: new Date("2027-06-01T23:00:00Z"),
      end: new Date("2027-06-02T00:30:00Z"),
    });
    expect(nextMeeting(newYork, new Date("2027-06-02T00:30:00Z"))?.start).toEqual(
      new Date("2027-06-08T23:00:00Z"),
    );
  });

  it("skips a break by London's dates, not UTC's", () => {
    // The club's Wednesday 2 June is a break day in London; the next meeting is 9 June.
    const wednesday = { ...club, weekday: 3, breaks: [{ startsOn: "2027-06-02", endsOn: "2027-06-02" }] };
    expect(nextMeeting(wednesday, lateInUtc)?.start).toEqual(new Date("2027-06-09T16:00:00Z"));
  });
});

describe("filters in addresses", () => {
  it("reads what the form sends and ignores what it never would", () => {
    const search = new URLSearchParams("age=12&area=cf10&when=month&level=NEW&cost=free&mode=online");
    expect(parseDirectoryFilters(search)).toEqual({
      age: 12,
      area: "CF10",
      when: "month",
      level: "NEW",
      cost: "free",
      mode: "online",
    });
    const made = new URLSearchParams("age=99&area=XYZ123&when=year&level=GURU&cost=cheap&mode=mars");
    expect(parseDirectoryFilters(made)).toEqual({});
    expect(parseDirectoryFilters(new URLSearchParams("age=3"))).toEqual({});
    expect(parseDirectoryFilters(new URLSearchParams("age=1e1"))).toEqual({});
  });

  it("accepts postcode areas and districts only", () => {
    expect(parseAreaFilter(" ls ")).toBe("LS");
    expect(parseAreaFilter("sw1a")).toBe("SW1A");
    expect(parseAreaFilter("SW1A 1AA")).toBeNull();
    expect(parseAreaFilter("1AB")).toBeNull();
    expect(parseAreaFilter("")).toBeNull();
  });

  it("gives each set of filters one path segment, and reads it back", () => {
    expect(directoryKey({})).toBe(DIRECTORY_ALL);
    expect(directoryKey({ mode: "online", age: 12 })).toBe("age-12.mode-online");
    const arbitrary = fc.record(
      {
        age: fc.integer({ min: 4, max: 25 }),
        area: fc.constantFrom("CF", "CF10", "LS1", "SW1A"),
        when: fc.constantFrom("week" as const, "month" as const, "term" as const),
        level: fc.constantFrom("NEW" as const, "SOME" as const, "CONFIDENT" as const),
        cost: fc.constantFrom("free" as const, "paid" as const),
        mode: fc.constantFrom("in-person" as const, "online" as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbitrary, (filters: DirectoryFilters) => {
        expect(filtersFromKey(directoryKey(filters))).toEqual(filters);
        expect(parseDirectoryFilters(new URL(`http://x${directoryHref(filters)}`).searchParams)).toEqual(
          filters,
        );
      }),
    );
  });

  it("rewrites a filtered directory address to its cached page, and leaves others alone", () => {
    expect(directoryRewrite("/directory", new URLSearchParams("age=12&area=cf"))).toBe(
      "/directory/in/age-12.area-CF",
    );
    expect(directoryRewrite("/directory/", new URLSearchParams("age=99"))).toBe(
      `/directory/in/${DIRECTORY_ALL}`,
    );
    expect(directoryRewrite("/directory", new URLSearchParams(""))).toBeNull();
    expect(directoryRewrite("/directory", new URLSearchParams("utm_source=x"))).toBeNull();
    expect(directoryRewrite("/events/x", new URLSearchParams("age=12"))).toBeNull();
  });
});

describe("matching", () => {
  const now = new Date("2026-12-01T12:00:00Z");

  it("keeps a session whose ages, level, cost, mode and area match, and leaves out each mismatch", () => {
    expect(sessionMatches(club, {}, now)).toBe(true);
    expect(
      sessionMatches(
        club,
        { age: 8, level: "NEW", cost: "free", mode: "in-person", area: "CF", when: "week" },
        now,
      ),
    ).toBe(true);
    expect(sessionMatches(club, { area: "CF10" }, now)).toBe(true);
    expect(sessionMatches(club, { age: 7 }, now)).toBe(false);
    expect(sessionMatches(club, { age: 13 }, now)).toBe(false);
    expect(sessionMatches(club, { level: "SOME" }, now)).toBe(false);
    expect(sessionMatches(club, { cost: "paid" }, now)).toBe(false);
    expect(sessionMatches({ ...club, costPence: 350 }, { cost: "free" }, now)).toBe(false);
    expect(sessionMatches(club, { mode: "online" }, now)).toBe(false);
    expect(sessionMatches(club, { area: "CF1" }, now)).toBe(false);
    expect(sessionMatches(club, { area: "LS" }, now)).toBe(false);
  });

  it("leaves out an online session under an area filter, and a session with no meeting in the window", () => {
    expect(sessionMatches({ ...club, mode: "ONLINE" }, { area: "CF" }, now)).toBe(false);
    expect(sessionMatches({ ...club, mode: "ONLINE" }, { mode: "online" }, now)).toBe(true);
    const later = { ...club, startsOn: day("2027-01-05") };
    expect(sessionMatches(later, { when: "week" }, now)).toBe(false);
    expect(sessionMatches(later, { when: "month" }, now)).toBe(false);
    expect(sessionMatches(later, { when: "term" }, now)).toBe(true);
    expect(sessionMatches({ ...club, endsOn: day("2026-11-24") }, {}, now)).toBe(false);
  });

  const hackDay = {
    startsAt: new Date("2026-12-12T09:00:00Z"),
    submissionDeadline: new Date("2026-12-13T16:00:00Z"),
    minimumAge: 11,
    centres: [{ postcodeDistrict: "LS1" }, { postcodeDistrict: "CF10" }],
  };

  it("keeps an upcoming or running event for any level, free and in person, and leaves out a finished one", () => {
    expect(eventMatches(hackDay, { level: "CONFIDENT", cost: "free", mode: "in-person" }, now)).toBe(true);
    expect(eventMatches(hackDay, {}, new Date("2026-12-13T10:00:00Z"))).toBe(true);
    expect(eventMatches(hackDay, {}, new Date("2026-12-13T16:00:00Z"))).toBe(false);
    expect(eventMatches(hackDay, { cost: "paid" }, now)).toBe(false);
    expect(eventMatches(hackDay, { mode: "online" }, now)).toBe(false);
  });

  it("checks the minimum age, the window and the centres' areas", () => {
    expect(eventMatches(hackDay, { age: 11 }, now)).toBe(true);
    expect(eventMatches(hackDay, { age: 10 }, now)).toBe(false);
    expect(eventMatches({ ...hackDay, minimumAge: null }, { age: 4 }, now)).toBe(true);
    expect(eventMatches(hackDay, { when: "week" }, now)).toBe(false);
    expect(eventMatches(hackDay, { when: "month" }, now)).toBe(true);
    expect(eventMatches(hackDay, { area: "LS" }, now)).toBe(true);
    expect(eventMatches(hackDay, { area: "CF10" }, now)).toBe(true);
    expect(eventMatches(hackDay, { area: "M" }, now)).toBe(false);
    expect(eventMatches({ ...hackDay, centres: [] }, { area: "LS" }, now)).toBe(false);
  });

  it("reads areas and districts apart (CF1 is not CF10)", () => {
    expect(inArea("CF10", "CF")).toBe(true);
    expect(inArea("CF10", "CF1")).toBe(false);
    expect(inArea("cf10", "CF10")).toBe(true);
    expect(inArea("", "CF")).toBe(false);
    expect(inArea("", undefined)).toBe(true);
  });
});

describe("labels", () => {
  it("says the price of one session, or Free", () => {
    expect(costLabel(0)).toBe("Free");
    expect(costLabel(350)).toBe("£3.50 a session");
    expect(costLabel(500)).toBe("£5 a session");
    expect(costLabel(5)).toBe("£0.05 a session");
  });

  it("says the ages", () => {
    expect(agesLabel(8, 12)).toBe("Ages 8–12");
    expect(agesLabel(16, 25)).toBe("Ages 16 and over");
    expect(agesLabel(10, 10)).toBe("Age 10");
  });
});
