import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeTimeZone,
  formatDateRangeInZone,
  formatInZone,
  formatTimeInZone,
  instantToLocal,
  isValidTimeZone,
  localToInstant,
  todayIn,
  zoneAbbreviation,
} from "./zoned.ts";

const utc = (iso: string): Date => {
  // Only explicit-UTC literals, so no expectation in this file can borrow the process zone.
  if (!iso.endsWith("Z")) throw new Error(`test literal must end in Z: ${iso}`);
  return new Date(iso);
};

describe("process zone guard", () => {
  it("runs under a non-UTC, non-whole-hour zone so zone slips would show", () => {
    // If this fails the suite below no longer proves independence from the process zone.
    const d = utc("2026-07-01T08:00:00Z");
    expect(d.getTimezoneOffset()).toBe(-345);
    expect([d.getHours(), d.getMinutes()]).toEqual([13, 45]);
  });

  it("reads wall-clock time in the given zone, not in the process zone", () => {
    // Under TZ=Asia/Kathmandu a Date-local implementation would yield 2026-07-01T03:15:00Z.
    expect(localToInstant("2026-07-01T09:00", "Europe/London")).toEqual({
      ok: true,
      instant: utc("2026-07-01T08:00:00Z"),
    });
    expect(localToInstant("2026-07-01T09:00", "UTC")).toEqual({
      ok: true,
      instant: utc("2026-07-01T09:00:00Z"),
    });
    expect(instantToLocal(utc("2026-07-01T08:00:00Z"), "UTC")).toBe("2026-07-01T08:00");
    expect(formatInZone(utc("2026-07-01T08:00:00Z"), "UTC")).toBe("Wed 1 Jul 2026, 08:00 UTC");
  });
});

describe("isValidTimeZone", () => {
  it.each([
    "UTC",
    "Europe/London",
    "Asia/Kathmandu",
    "America/New_York",
    "America/Argentina/Buenos_Aires",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
  ])("accepts %j", (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["blank", " "],
    ["garbage", "not a zone"],
    ["misspelt", "Europe/Londn"],
    ["wrong case", "europe/london"],
    ["lower-case utc", "utc"],
    ["trailing space", "Europe/London "],
    ["area only", "Europe"],
    ["area with slash", "Europe/"],
    ["unknown area", "Mars/Olympus_Mons"],
    ["offset", "+05:45"],
    ["UTC offset", "UTC+1"],
    ["bare GMT alias", "GMT"],
    ["Etc zone", "Etc/UTC"],
    ["Etc zone with inverted sign", "Etc/GMT+5"],
    ["legacy US area", "US/Eastern"],
    ["bare abbreviation", "EST"],
    ["bare country alias", "GB"],
    ["ICU pseudo-zone", "Factory"],
  ])("rejects %s (%j)", (_label, tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe("localToInstant", () => {
  it.each([
    // Europe/London, spring forward on 29 March 2026 at 01:00 GMT → 02:00 BST.
    ["2026-03-29T00:59", "Europe/London", "2026-03-29T00:59:00Z"],
    ["2026-03-29T02:00", "Europe/London", "2026-03-29T01:00:00Z"],
    ["2026-03-29T03:00", "Europe/London", "2026-03-29T02:00:00Z"],
    // Europe/London, fall back on 25 October 2026 at 02:00 BST → 01:00 GMT.
    ["2026-10-25T00:59", "Europe/London", "2026-10-24T23:59:00Z"],
    ["2026-10-25T02:00", "Europe/London", "2026-10-25T02:00:00Z"],
    ["2026-12-01T09:00", "Europe/London", "2026-12-01T09:00:00Z"],
    ["2026-07-01T09:00", "Europe/London", "2026-07-01T08:00:00Z"],
    // America/New_York changes on different dates (8 March, 1 November), so on London's change
    // days it is an ordinary time.
    ["2026-03-29T01:30", "America/New_York", "2026-03-29T05:30:00Z"],
    ["2026-10-25T01:30", "America/New_York", "2026-10-25T05:30:00Z"],
    ["2026-03-08T01:59", "America/New_York", "2026-03-08T06:59:00Z"],
    ["2026-03-08T03:00", "America/New_York", "2026-03-08T07:00:00Z"],
    ["2026-11-01T00:59", "America/New_York", "2026-11-01T04:59:00Z"],
    ["2026-11-01T02:00", "America/New_York", "2026-11-01T07:00:00Z"],
    // Non-whole-hour offset without DST.
    ["2026-07-01T13:45", "Asia/Kathmandu", "2026-07-01T08:00:00Z"],
    ["2026-03-29T01:30", "Asia/Kathmandu", "2026-03-28T19:45:00Z"],
    ["2027-01-01T05:15", "Asia/Kathmandu", "2026-12-31T23:30:00Z"],
    ["2026-03-29T01:30", "UTC", "2026-03-29T01:30:00Z"],
    // Optional seconds and fractions, as a datetime-local input with a step emits them.
    ["2026-07-01T09:00:30", "Europe/London", "2026-07-01T08:00:30Z"],
    ["2026-07-01T09:00:30.5", "Europe/London", "2026-07-01T08:00:30.500Z"],
    ["2026-07-01T09:00:30.123", "Europe/London", "2026-07-01T08:00:30.123Z"],
    ["2028-02-29T12:00", "UTC", "2028-02-29T12:00:00Z"],
  ])("%s in %s is %s", (local, tz, iso) => {
    expect(localToInstant(local, tz)).toEqual({ ok: true, instant: utc(iso) });
  });

  it.each([
    ["2026-03-29T01:00", "Europe/London"],
    ["2026-03-29T01:30", "Europe/London"],
    ["2026-03-29T01:59", "Europe/London"],
    ["2026-03-29T01:59:59", "Europe/London"],
    ["2026-03-08T02:30", "America/New_York"],
  ])("%s in %s does not exist (spring forward)", (local, tz) => {
    expect(localToInstant(local, tz)).toEqual({
      ok: false,
      reason: "NONEXISTENT",
    });
  });

  it.each([
    ["2026-10-25T01:00", "Europe/London"],
    ["2026-10-25T01:30", "Europe/London"],
    ["2026-10-25T01:59", "Europe/London"],
    ["2026-11-01T01:30", "America/New_York"],
  ])("%s in %s happens twice (fall back)", (local, tz) => {
    expect(localToInstant(local, tz)).toEqual({
      ok: false,
      reason: "AMBIGUOUS",
    });
  });

  it.each([
    ["empty", "", "Europe/London"],
    ["date only", "2026-03-29", "Europe/London"],
    ["space separator", "2026-03-29 09:00", "Europe/London"],
    ["unpadded month", "2026-3-29T09:00", "Europe/London"],
    ["hour only", "2026-03-29T09", "Europe/London"],
    ["trailing Z", "2026-03-29T09:00Z", "Europe/London"],
    ["explicit offset", "2026-03-29T09:00+01:00", "Europe/London"],
    ["too many fraction digits", "2026-03-29T09:00:00.1234", "Europe/London"],
    ["30 February", "2026-02-30T09:00", "Europe/London"],
    ["29 February in a common year", "2026-02-29T09:00", "Europe/London"],
    ["month 13", "2026-13-01T09:00", "Europe/London"],
    ["hour 24", "2026-01-01T24:00", "Europe/London"],
    ["minute 60", "2026-01-01T09:60", "Europe/London"],
    ["second 60", "2026-01-01T09:00:60", "Europe/London"],
    ["garbage zone", "2026-03-29T09:00", "Nowhere/Special"],
    ["empty zone", "2026-03-29T09:00", ""],
    ["non-canonical zone", "2026-03-29T09:00", "US/Eastern"],
  ])("rejects %s as INVALID", (_label, local, tz) => {
    expect(localToInstant(local, tz)).toEqual({ ok: false, reason: "INVALID" });
  });
});

describe("instantToLocal", () => {
  it.each([
    ["2026-03-29T00:59:59Z", "Europe/London", "2026-03-29T00:59"],
    ["2026-03-29T01:00:00Z", "Europe/London", "2026-03-29T02:00"],
    ["2026-10-25T00:30:00Z", "Europe/London", "2026-10-25T01:30"],
    ["2026-10-25T01:30:00Z", "Europe/London", "2026-10-25T01:30"],
    ["2026-10-25T02:00:00Z", "Europe/London", "2026-10-25T02:00"],
    ["2026-07-01T08:00:00Z", "Asia/Kathmandu", "2026-07-01T13:45"],
    ["2026-12-31T23:30:00Z", "Asia/Kathmandu", "2027-01-01T05:15"],
    ["2026-07-01T08:00:00Z", "America/New_York", "2026-07-01T04:00"],
    ["2026-12-01T09:00:00Z", "America/New_York", "2026-12-01T04:00"],
    // Seconds are truncated, never rounded up into the next minute.
    ["2026-12-01T09:00:59.999Z", "UTC", "2026-12-01T09:00"],
  ])("%s in %s is %s", (iso, tz, local) => {
    expect(instantToLocal(utc(iso), tz)).toBe(local);
  });

  it("throws on an invalid Date rather than printing NaN", () => {
    expect(() => instantToLocal(new Date(Number.NaN), "UTC")).toThrow(RangeError);
  });
});

describe("round trips", () => {
  it.each([
    ["2026-03-29T00:59", "Europe/London"],
    ["2026-03-29T02:00", "Europe/London"],
    ["2026-03-29T03:00", "Europe/London"],
    ["2026-10-25T00:59", "Europe/London"],
    ["2026-10-25T02:00", "Europe/London"],
    ["2026-03-08T03:00", "America/New_York"],
    ["2026-11-01T02:00", "America/New_York"],
    ["2026-07-01T13:45", "Asia/Kathmandu"],
  ])("instantToLocal(localToInstant(%s, %s)) gives it back", (local, tz) => {
    const r = localToInstant(local, tz);
    if (!r.ok) throw new Error(`expected ${local} to exist in ${tz}`);
    expect(instantToLocal(r.instant, tz)).toBe(local);
  });

  it.each([
    ["2026-03-29T00:59:00Z", "Europe/London"],
    ["2026-03-29T01:00:00Z", "Europe/London"],
    ["2026-10-24T23:59:00Z", "Europe/London"],
    ["2026-10-25T02:00:00Z", "Europe/London"],
    ["2026-03-08T07:00:00Z", "America/New_York"],
    ["2026-07-01T08:00:00Z", "Asia/Kathmandu"],
  ])("localToInstant(instantToLocal(%s, %s)) gives it back", (iso, tz) => {
    expect(localToInstant(instantToLocal(utc(iso), tz), tz)).toEqual({
      ok: true,
      instant: utc(iso),
    });
  });

  it.each([
    ["2026-10-25T00:30:00Z", "Europe/London"],
    ["2026-10-25T01:30:00Z", "Europe/London"],
    ["2026-11-01T05:30:00Z", "America/New_York"],
    ["2026-11-01T06:30:00Z", "America/New_York"],
  ])("both readings of a repeated hour (%s in %s) come back as AMBIGUOUS", (iso, tz) => {
    expect(localToInstant(instantToLocal(utc(iso), tz), tz)).toEqual({
      ok: false,
      reason: "AMBIGUOUS",
    });
  });

  const zones = fc.constantFrom(
    "UTC",
    "Europe/London",
    "America/New_York",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "America/Sao_Paulo",
    "Pacific/Chatham",
  );
  // Whole minutes between 1990 and 2100: what a datetime-local input can express.
  const minuteInstants = fc
    .integer({ min: 10_519_200, max: 68_374_080 })
    .map((minutes) => new Date(minutes * 60_000));

  it("property: every instant's local reading maps back to it, unless that reading is repeated", () => {
    fc.assert(
      fc.property(minuteInstants, zones, (instant, tz) => {
        const r = localToInstant(instantToLocal(instant, tz), tz);
        if (r.ok) return r.instant.getTime() === instant.getTime();
        return r.reason === "AMBIGUOUS";
      }),
      { numRuns: 2000 },
    );
  });

  it("property: every accepted local time prints back unchanged", () => {
    const locals = fc
      .record({
        y: fc.integer({ min: 1990, max: 2100 }),
        mo: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
        h: fc.integer({ min: 0, max: 23 }),
        mi: fc.integer({ min: 0, max: 59 }),
      })
      .map(({ y, mo, d, h, mi }) => {
        const p = (n: number): string => String(n).padStart(2, "0");
        return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}`;
      });
    fc.assert(
      fc.property(locals, zones, (local, tz) => {
        const r = localToInstant(local, tz);
        return !r.ok || instantToLocal(r.instant, tz) === local;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatInZone", () => {
  it.each([
    ["2026-12-01T09:00:00Z", "Europe/London", "Tue 1 Dec 2026, 09:00 GMT"],
    ["2026-07-01T08:00:00Z", "Europe/London", "Wed 1 Jul 2026, 09:00 BST"],
    // Either side of the spring-forward instant.
    ["2026-03-29T00:59:59Z", "Europe/London", "Sun 29 Mar 2026, 00:59 GMT"],
    ["2026-03-29T01:00:00Z", "Europe/London", "Sun 29 Mar 2026, 02:00 BST"],
    // The repeated hour reads the same except for the zone name, which is why it is shown.
    ["2026-10-25T00:30:00Z", "Europe/London", "Sun 25 Oct 2026, 01:30 BST"],
    ["2026-10-25T01:30:00Z", "Europe/London", "Sun 25 Oct 2026, 01:30 GMT"],
    ["2026-07-01T08:00:00Z", "Asia/Kathmandu", "Wed 1 Jul 2026, 13:45 GMT+5:45"],
    ["2026-12-31T23:30:00Z", "Asia/Kathmandu", "Fri 1 Jan 2027, 05:15 GMT+5:45"],
    ["2026-07-01T08:00:00Z", "America/New_York", "Wed 1 Jul 2026, 04:00 GMT-4"],
    ["2026-12-01T09:00:00Z", "America/New_York", "Tue 1 Dec 2026, 04:00 GMT-5"],
    ["2026-03-29T01:00:00Z", "America/New_York", "Sat 28 Mar 2026, 21:00 GMT-4"],
    ["2026-07-01T00:00:00Z", "UTC", "Wed 1 Jul 2026, 00:00 UTC"],
    ["2026-09-06T23:59:59.999Z", "UTC", "Sun 6 Sep 2026, 23:59 UTC"],
    ["2026-07-01T08:00:00Z", "Australia/Lord_Howe", "Wed 1 Jul 2026, 18:30 GMT+10:30"],
  ])("%s in %s reads %j", (iso, tz, text) => {
    expect(formatInZone(utc(iso), tz)).toBe(text);
  });

  it.each([
    [{ weekday: false }, "1 Dec 2026, 09:00 GMT"],
    [{ timeZoneName: false }, "Tue 1 Dec 2026, 09:00"],
    [{ weekday: false, timeZoneName: false }, "1 Dec 2026, 09:00"],
    [{ weekday: true, timeZoneName: true }, "Tue 1 Dec 2026, 09:00 GMT"],
  ])("options %j give %j", (opts, text) => {
    expect(formatInZone(utc("2026-12-01T09:00:00Z"), "Europe/London", opts)).toBe(text);
  });

  it("throws on an invalid Date or zone", () => {
    expect(() => formatInZone(new Date(Number.NaN), "UTC")).toThrow(RangeError);
    expect(() => formatInZone(utc("2026-12-01T09:00:00Z"), "Nowhere/Special")).toThrow(RangeError);
  });

  it("property: agrees with Intl on the calendar fields and contains only ASCII", () => {
    const zones = ["Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham"] as const;
    const pattern =
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) ([A-Z][a-z]{2}) (\d{4}), (\d{2}):(\d{2}) (\S+)$/;
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, tz) => {
          const instant = new Date(ms);
          const text = formatInZone(instant, tz);
          const m = pattern.exec(text);
          if (m === null || !/^[\x20-\x7e]+$/.test(text)) return false;
          const parts = new Intl.DateTimeFormat("en-US", {
            timeZone: tz,
            weekday: "short",
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          }).formatToParts(instant);
          const part = (type: Intl.DateTimeFormatPartTypes): string =>
            parts.find((p) => p.type === type)?.value ?? "?";
          return (
            m[1] === part("weekday") &&
            m[2] === part("day") &&
            months.indexOf(m[3] ?? "") + 1 === Number(part("month")) &&
            m[4] === part("year") &&
            m[5] === part("hour") &&
            m[6] === part("minute")
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("zoneAbbreviation", () => {
  it.each([
    ["2026-12-01T09:00:00Z", "Europe/London", "GMT"],
    ["2026-07-01T09:00:00Z", "Europe/London", "BST"],
    ["2026-07-01T09:00:00Z", "UTC", "UTC"],
    ["2026-07-01T09:00:00Z", "Africa/Abidjan", "GMT"],
    ["2026-07-01T09:00:00Z", "Europe/Dublin", "GMT+1"],
    ["2026-07-01T09:00:00Z", "Asia/Kolkata", "GMT+5:30"],
    ["2026-07-01T09:00:00Z", "America/St_Johns", "GMT-2:30"],
    ["2026-01-01T09:00:00Z", "America/St_Johns", "GMT-3:30"],
  ])("%s in %s is %s", (iso, tz, abbr) => {
    expect(zoneAbbreviation(utc(iso), tz)).toBe(abbr);
  });
});

describe("formatDateRangeInZone", () => {
  it.each([
    ["2026-12-01T09:00:00Z", "2026-12-01T17:00:00Z", "Europe/London", "1 Dec 2026"],
    ["2026-12-01T09:00:00Z", "2026-12-07T17:00:00Z", "Europe/London", "1\u20137 Dec 2026"],
    ["2026-11-28T09:00:00Z", "2026-12-04T17:00:00Z", "Europe/London", "28 Nov \u2013 4 Dec 2026"],
    ["2026-12-28T09:00:00Z", "2027-01-03T17:00:00Z", "Europe/London", "28 Dec 2026 \u2013 3 Jan 2027"],
    // The same instants fall on other dates in other zones.
    ["2026-11-30T20:00:00Z", "2026-12-07T20:00:00Z", "Asia/Kathmandu", "1\u20138 Dec 2026"],
    ["2026-11-30T20:00:00Z", "2026-12-07T20:00:00Z", "Europe/London", "30 Nov \u2013 7 Dec 2026"],
    ["2026-03-28T10:00:00Z", "2026-03-29T18:00:00Z", "Europe/London", "28\u201329 Mar 2026"],
  ])("%s to %s in %s is %j", (start, end, tz, text) => {
    expect(formatDateRangeInZone(utc(start), utc(end), tz)).toBe(text);
  });
});

describe("describeTimeZone", () => {
  it.each([
    ["Europe/London", "2026-12-01T09:00:00Z", "Europe/London (UTC+00:00 on 1 Dec 2026)"],
    ["Europe/London", "2026-07-01T09:00:00Z", "Europe/London (UTC+01:00 on 1 Jul 2026)"],
    ["Europe/London", "2026-03-29T00:59:59Z", "Europe/London (UTC+00:00 on 29 Mar 2026)"],
    ["Europe/London", "2026-03-29T01:00:00Z", "Europe/London (UTC+01:00 on 29 Mar 2026)"],
    ["America/New_York", "2026-07-01T09:00:00Z", "America/New_York (UTC-04:00 on 1 Jul 2026)"],
    ["America/New_York", "2026-12-01T09:00:00Z", "America/New_York (UTC-05:00 on 1 Dec 2026)"],
    ["Asia/Kathmandu", "2026-12-31T23:30:00Z", "Asia/Kathmandu (UTC+05:45 on 1 Jan 2027)"],
    ["UTC", "2026-07-01T09:00:00Z", "UTC"],
  ])("%s at %s is %j", (tz, iso, text) => {
    expect(describeTimeZone(tz, utc(iso))).toBe(text);
  });
});

describe("formatTimeInZone", () => {
  it.each([
    ["2026-07-01T13:20:23.900Z", "Europe/London", "14:20:23 BST"],
    ["2026-12-01T09:05:07Z", "Europe/London", "09:05:07 GMT"],
    ["2026-12-01T00:00:00Z", "Asia/Kathmandu", "05:45:00 GMT+5:45"],
    ["2026-12-01T23:59:59Z", "UTC", "23:59:59 UTC"],
  ])("%s in %s → %s (24-hour, with the zone)", (iso, zone, expected) => {
    expect(formatTimeInZone(new Date(iso), zone)).toBe(expected);
  });
});

describe("todayIn", () => {
  it.each([
    ["2027-06-01T22:59:59Z", "Europe/London", "2027-06-01"],
    ["2027-06-01T23:00:00Z", "Europe/London", "2027-06-02"],
    ["2027-06-01T23:30:00Z", "Europe/London", "2027-06-02"],
    ["2027-06-01T23:30:00Z", "UTC", "2027-06-01"],
    ["2027-12-01T23:30:00Z", "Europe/London", "2027-12-01"],
    ["2027-06-02T03:30:00Z", "America/New_York", "2027-06-01"],
    ["2027-06-01T18:15:00Z", "Asia/Kathmandu", "2027-06-02"],
    ["2027-01-04T11:30:00Z", "Pacific/Auckland", "2027-01-05"],
  ])("at %s in %s is %s, whatever the process zone", (iso, zone, date) => {
    expect(todayIn(zone, utc(iso)).toString()).toBe(date);
  });

  it("is the date part of instantToLocal, for any instant and zone", () => {
    fc.assert(
      fc.property(
        fc.date({ min: utc("2020-01-01T00:00:00Z"), max: utc("2035-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom("UTC", "Europe/London", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham"),
        (now, zone) => {
          expect(todayIn(zone, now).toString()).toBe(instantToLocal(now, zone).slice(0, 10));
        },
      ),
    );
  });

  it("refuses an invalid Date", () => {
    expect(() => todayIn("Europe/London", new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("dates in Welsh", () => {
  it("names days and months as Node's ICU does for cy, for every day of a year", () => {
    const weekday = new Intl.DateTimeFormat("cy", { weekday: "short", timeZone: "UTC" });
    const month = new Intl.DateTimeFormat("cy", { month: "short", timeZone: "UTC" });
    for (let day = 0; day < 366; day += 1) {
      const at = new Date(Date.UTC(2028, 0, 1 + day, 12));
      const text = formatInZone(at, "UTC", { locale: "cy", timeZoneName: false });
      expect(text, at.toISOString()).toBe(
        `${weekday.format(at)} ${at.getUTCDate()} ${month.format(at)} ${at.getUTCFullYear()}, 12:00`,
      );
    }
  });

  it("writes instants and ranges with the same shape as English, the zone names unchanged", () => {
    expect(formatInZone(utc("2026-12-01T09:00:00Z"), "Europe/London", { locale: "cy" })).toBe(
      "Maw 1 Rhag 2026, 09:00 GMT",
    );
    expect(formatInZone(utc("2026-07-01T08:00:00Z"), "Europe/London", { locale: "cy" })).toBe(
      "Mer 1 Gor 2026, 09:00 BST",
    );
    expect(
      formatDateRangeInZone(utc("2026-11-28T09:00:00Z"), utc("2026-12-04T17:00:00Z"), "Europe/London", "cy"),
    ).toBe("28 Tach \u2013 4 Rhag 2026");
    expect(
      formatDateRangeInZone(utc("2026-12-28T09:00:00Z"), utc("2027-01-03T17:00:00Z"), "Europe/London", "cy"),
    ).toBe("28 Rhag 2026 \u2013 3 Ion 2027");
    // English stays the default.
    expect(formatDateRangeInZone(utc("2026-12-01T09:00:00Z"), utc("2026-12-07T17:00:00Z"), "UTC")).toBe(
      "1\u20137 Dec 2026",
    );
  });
});
