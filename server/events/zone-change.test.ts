// Changing an event's time zone: what the organiser chose to keep decides which zone the form's
// wall-clock times are read in (server/events/rules.ts). Run under TZ=Asia/Kathmandu like every test.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIMELINE_FIELDS, zoneToReadTimesIn, type TimelineField, type TimeZoneChange } from "./rules.ts";
import { timelineForZoneChange, wallClockAfterZoneChange } from "./zone-change.ts";

const utc = (iso: string) => new Date(iso);

/** The same wall-clock time in all six fields. */
const allAt = (local: string) =>
  Object.fromEntries(TIMELINE_FIELDS.map((f) => [f, local])) as Record<TimelineField, string>;

const timeline = (local: Partial<Record<TimelineField, string>>) => ({
  registrationOpensAt: "2027-01-04T09:00",
  registrationClosesAt: "2027-01-20T17:00",
  startsAt: "2027-01-23T09:00",
  submissionDeadline: "2027-01-24T17:00",
  judgingClosesAt: "2027-01-25T17:00",
  resultsAt: "2027-01-26T12:00",
  ...local,
});

describe("zoneToReadTimesIn", () => {
  it.each<[string, string, TimeZoneChange | null, string]>([
    ["Europe/London", "Europe/London", null, "Europe/London"],
    ["Europe/London", "Europe/London", "KEEP_INSTANTS", "Europe/London"],
    ["Europe/London", "Europe/London", "KEEP_CLOCK_TIMES", "Europe/London"],
    ["Europe/London", "Asia/Tokyo", "KEEP_CLOCK_TIMES", "Asia/Tokyo"],
    ["Europe/London", "Asia/Tokyo", "KEEP_INSTANTS", "Europe/London"],
    ["Europe/London", "Asia/Tokyo", null, "Asia/Tokyo"],
  ])("from %s to %s keeping %s → read in %s", (from, to, keep, zone) => {
    expect(zoneToReadTimesIn({ from, to, keep })).toBe(zone);
  });
});

describe("timelineForZoneChange", () => {
  it("keeping the moments stores exactly the instants the organiser saw", () => {
    const result = timelineForZoneChange({
      local: timeline({}),
      from: "Europe/London",
      to: "Asia/Tokyo",
      keep: "KEEP_INSTANTS",
    });
    expect(result).toMatchObject({ ok: true, readIn: "Europe/London" });
    if (!result.ok) return;
    expect(result.timeline.startsAt).toEqual(utc("2027-01-23T09:00:00Z"));
    expect(result.timeline.resultsAt).toEqual(utc("2027-01-26T12:00:00Z"));
  });

  it("keeping the clock times moves every moment by the difference between the zones", () => {
    const result = timelineForZoneChange({
      local: timeline({}),
      from: "Europe/London",
      to: "Asia/Tokyo",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result.ok && result.timeline.startsAt).toEqual(utc("2027-01-23T00:00:00Z"));
    expect(result.ok && result.timeline.submissionDeadline).toEqual(utc("2027-01-24T08:00:00Z"));
  });

  it("handles a zone whose offset is not a whole hour (Kathmandu, +05:45)", () => {
    const result = timelineForZoneChange({
      local: timeline({}),
      from: "Europe/London",
      to: "Asia/Kathmandu",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result.ok && result.timeline.startsAt).toEqual(utc("2027-01-23T03:15:00Z"));
  });

  it("follows summer time on both sides: 09:00 BST kept as 09:00 EDT is five hours later", () => {
    const result = timelineForZoneChange({
      local: timeline({ startsAt: "2027-06-05T09:00", submissionDeadline: "2027-06-06T17:00" }),
      from: "Europe/London",
      to: "America/New_York",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result.ok && result.timeline.startsAt).toEqual(utc("2027-06-05T13:00:00Z"));
  });

  it("between London's and New York's clock changes the gap is four hours, not five", () => {
    // 2027: the US springs forward on 14 March, the UK on 28 March.
    const result = timelineForZoneChange({
      local: allAt("2027-03-20T09:00"),
      from: "Europe/London",
      to: "America/New_York",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result.ok && result.timeline.startsAt).toEqual(utc("2027-03-20T13:00:00Z"));
  });

  it("refuses a clock time the new zone skips (spring forward), naming that zone", () => {
    const result = timelineForZoneChange({
      local: timeline({ startsAt: "2027-03-14T02:30" }),
      from: "Europe/London",
      to: "America/New_York",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: "startsAt", reason: "NONEXISTENT", zone: "America/New_York" }],
    });
  });

  it("refuses a clock time the new zone passes twice (fall back)", () => {
    const result = timelineForZoneChange({
      local: timeline({ resultsAt: "2027-11-07T01:30" }),
      from: "Europe/London",
      to: "America/New_York",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: "resultsAt", reason: "AMBIGUOUS", zone: "America/New_York" }],
    });
  });

  it("keeping the moments reads in the old zone, so only its DST days matter", () => {
    // Skipped in New York but fine in London: kept as the London moment.
    const fine = timelineForZoneChange({
      local: timeline({ startsAt: "2027-03-14T02:30" }),
      from: "Europe/London",
      to: "America/New_York",
      keep: "KEEP_INSTANTS",
    });
    expect(fine.ok && fine.timeline.startsAt).toEqual(utc("2027-03-14T02:30:00Z"));
    // Skipped in London (28 March 2027, 01:00 → 02:00): refused, naming London.
    const skipped = timelineForZoneChange({
      local: timeline({ startsAt: "2027-03-28T01:30" }),
      from: "Europe/London",
      to: "America/New_York",
      keep: "KEEP_INSTANTS",
    });
    expect(skipped).toEqual({
      ok: false,
      problems: [{ field: "startsAt", reason: "NONEXISTENT", zone: "Europe/London" }],
    });
  });

  it("handles a half-hour DST change (Lord Howe Island goes back 30 minutes at 02:00)", () => {
    const result = timelineForZoneChange({
      local: timeline({ judgingClosesAt: "2027-04-04T01:45" }),
      from: "UTC",
      to: "Australia/Lord_Howe",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: "judgingClosesAt", reason: "AMBIGUOUS", zone: "Australia/Lord_Howe" }],
    });
  });

  it("reports every unreadable field, not only the first", () => {
    const result = timelineForZoneChange({
      local: timeline({ startsAt: "2027-03-14T02:15", submissionDeadline: "nonsense" }),
      from: "Europe/London",
      to: "America/New_York",
      keep: "KEEP_CLOCK_TIMES",
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.reason])).toEqual([
      ["startsAt", "NONEXISTENT"],
      ["submissionDeadline", "INVALID"],
    ]);
  });

  it("without a change of zone reads in that zone whatever was chosen", () => {
    for (const keep of [null, "KEEP_INSTANTS", "KEEP_CLOCK_TIMES"] as const) {
      const result = timelineForZoneChange({
        local: timeline({}),
        from: "Asia/Tokyo",
        to: "Asia/Tokyo",
        keep,
      });
      expect(result.ok && result.timeline.startsAt).toEqual(utc("2027-01-23T00:00:00Z"));
    }
  });
});

describe("wallClockAfterZoneChange", () => {
  it("keeping the moment shows the same instant on the new clock", () => {
    expect(
      wallClockAfterZoneChange(utc("2027-01-23T09:00:00Z"), {
        from: "Europe/London",
        to: "Asia/Tokyo",
        keep: "KEEP_INSTANTS",
      }),
    ).toEqual({ local: "2027-01-23T18:00", instant: utc("2027-01-23T09:00:00Z") });
  });

  it("keeping the clock time moves the instant", () => {
    expect(
      wallClockAfterZoneChange(utc("2027-07-01T08:00:00Z"), {
        from: "Europe/London",
        to: "America/Los_Angeles",
        keep: "KEEP_CLOCK_TIMES",
      }),
    ).toEqual({ local: "2027-07-01T09:00", instant: utc("2027-07-01T16:00:00Z") });
  });

  it("is null when the clock time does not exist in the new zone", () => {
    expect(
      wallClockAfterZoneChange(utc("2027-03-14T02:30:00Z"), {
        from: "UTC",
        to: "America/New_York",
        keep: "KEEP_CLOCK_TIMES",
      }),
    ).toBeNull();
  });

  const zones = ["Europe/London", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"];
  const instants = fc.date({
    min: utc("2026-01-01T00:00:00Z"),
    max: utc("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  });

  it("property: keeping the moments never moves one", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), fc.constantFrom(...zones), (at, from, to) => {
        const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
        expect(wallClockAfterZoneChange(minute, { from, to, keep: "KEEP_INSTANTS" })?.instant).toEqual(
          minute,
        );
      }),
    );
  });

  it("property: keeping the clock times there and back returns to the same moment", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), fc.constantFrom(...zones), (at, from, to) => {
        const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
        const after = wallClockAfterZoneChange(minute, { from, to, keep: "KEEP_CLOCK_TIMES" });
        if (after === null) return;
        const back = wallClockAfterZoneChange(after.instant, {
          from: to,
          to: from,
          keep: "KEEP_CLOCK_TIMES",
        });
        // null only when the reading is one the old zone passes twice (or skips).
        if (back !== null) expect(back.instant).toEqual(minute);
      }),
    );
  });
});
