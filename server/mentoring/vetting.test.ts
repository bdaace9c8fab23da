import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, MAX_EVENT_DAYS, teamLevel } from "./rules.ts";
import { checkRatio, isVettedOn, vettingFlags, type VettingFacts } from "./vetting.ts";

const enhanced: VettingFacts = {
  check: "DBS_ENHANCED_BARRED",
  checkedOn: "2025-03-01",
  expiresOn: "2028-03-01",
  trainingOn: "2025-04-01",
};

describe("isVettedOn", () => {
  it("needs a qualifying check in date on the day, inclusive at both ends", () => {
    expect(isVettedOn(enhanced, "2026-12-01")).toBe(true);
    expect(isVettedOn(enhanced, "2025-03-01")).toBe(true);
    expect(isVettedOn(enhanced, "2028-03-01")).toBe(true);
    expect(isVettedOn(enhanced, "2028-03-02")).toBe(false);
    expect(isVettedOn(enhanced, "2025-02-28")).toBe(false);
    expect(isVettedOn(null, "2026-12-01")).toBe(false);
  });

  it("does not count basic, standard or enhanced checks without the barred list", () => {
    for (const check of ["DBS_BASIC", "DBS_STANDARD", "DBS_ENHANCED"] as const) {
      expect(isVettedOn({ ...enhanced, check }, "2026-12-01")).toBe(false);
    }
    for (const check of ["PVG", "ACCESSNI_ENHANCED", "OTHER_EQUIVALENT"] as const) {
      expect(isVettedOn({ ...enhanced, check }, "2026-12-01")).toBe(true);
    }
  });
});

describe("vettingFlags", () => {
  const at = { today: "2026-12-01", lastDay: "2026-12-03" };
  it("flags what is missing, most serious first", () => {
    expect(vettingFlags(null, at)).toEqual(["MISSING"]);
    expect(vettingFlags(enhanced, at)).toEqual([]);
    expect(vettingFlags({ ...enhanced, trainingOn: null }, at)).toEqual(["NO_TRAINING"]);
    expect(vettingFlags({ ...enhanced, expiresOn: "2026-11-30" }, at)).toEqual(["EXPIRED"]);
    expect(vettingFlags({ ...enhanced, expiresOn: "2026-12-02" }, at)).toEqual(["EXPIRES_DURING_EVENT"]);
    expect(vettingFlags({ ...enhanced, checkedOn: "2026-12-02" }, at)).toEqual(["NOT_YET_VALID"]);
    expect(vettingFlags({ ...enhanced, check: "DBS_BASIC", trainingOn: null }, at)).toEqual([
      "NOT_SUFFICIENT",
      "NO_TRAINING",
    ]);
  });

  it("has no blocking flag exactly when the adult is vetted today", () => {
    const day = fc
      .date({
        min: new Date("2024-01-01T00:00:00Z"),
        max: new Date("2030-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(
          "DBS_ENHANCED_BARRED",
          "DBS_ENHANCED",
          "DBS_BASIC",
          "PVG",
          "OTHER_EQUIVALENT" as const,
        ),
        day,
        day,
        day,
        (check, a, b, today) => {
          const [checkedOn, expiresOn] = a <= b ? [a, b] : [b, a];
          const record: VettingFacts = { check, checkedOn, expiresOn, trainingOn: null };
          const flags = vettingFlags(record, { today, lastDay: today });
          const blocking = flags.some((f) =>
            ["MISSING", "NOT_SUFFICIENT", "NOT_YET_VALID", "EXPIRED"].includes(f),
          );
          expect(blocking).toBe(!isVettedOn(record, today));
        },
      ),
    );
  });
});

describe("checkRatio", () => {
  it("needs ⌈young ÷ ratio⌉ vetted adults, and none when nobody young is in", () => {
    expect(checkRatio({ youngPresent: 0, vettedAdultsPresent: 0, youngPeoplePerVettedAdult: 8 })).toEqual({
      required: 0,
      shortBy: 0,
    });
    expect(checkRatio({ youngPresent: 1, vettedAdultsPresent: 0, youngPeoplePerVettedAdult: 8 })).toEqual({
      required: 1,
      shortBy: 1,
    });
    expect(checkRatio({ youngPresent: 17, vettedAdultsPresent: 2, youngPeoplePerVettedAdult: 8 })).toEqual({
      required: 3,
      shortBy: 1,
    });
    expect(
      checkRatio({ youngPresent: 5, vettedAdultsPresent: 9, youngPeoplePerVettedAdult: null }),
    ).toBeNull();
    expect(() =>
      checkRatio({ youngPresent: 5, vettedAdultsPresent: 1, youngPeoplePerVettedAdult: 0 }),
    ).toThrow();
  });

  it("holds exactly when every vetted adult has at most `ratio` young people", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(60), fc.integer({ min: 1, max: 100 }), (young, adults, per) => {
        const check = checkRatio({
          youngPresent: young,
          vettedAdultsPresent: adults,
          youngPeoplePerVettedAdult: per,
        });
        expect(check?.shortBy === 0).toBe(young <= adults * per);
        expect(check?.required).toBe(Math.ceil(young / per));
      }),
    );
  });
});

describe("daysBetween and teamLevel", () => {
  it("lists calendar days inclusively, across month ends, capped", () => {
    expect(daysBetween("2026-11-30", "2026-12-02")).toEqual(["2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(daysBetween("2026-12-02", "2026-12-01")).toEqual([]);
    expect(daysBetween("2026-01-01", "2026-12-31")).toHaveLength(MAX_EVENT_DAYS);
  });

  it("takes the least experienced member's level", () => {
    expect(teamLevel(["CONFIDENT", "SOME"])).toBe("SOME");
    expect(teamLevel(["CONFIDENT", "NEW", "SOME"])).toBe("NEW");
    expect(teamLevel([])).toBeNull();
  });
});
