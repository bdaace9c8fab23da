// The words of the session cards and of the need-and-supply tables: a page's catalogue says in English
// exactly what the English defaults (the directory's rules, the manage pages) say, and Welsh pages say
// them in Welsh with Welsh dates.
import { describe, expect, it } from "vitest";
import { EXPERIENCE_LEVELS } from "~/server/registrations/labels";
import { translatorFor } from "~/server/i18n/messages";
import type { CATALOGUES } from "~/server/i18n/messages";
import { ENGLISH_SESSION_CARD_WORDS, poundsText, sessionCardWords } from "./session-card-words";
import { ENGLISH_SUPPLY_WORDS, supplyWords } from "./supply-words";

function cardWords(locale: keyof typeof CATALOGUES) {
  const t = translatorFor(locale, "OrganisationPage");
  const level = translatorFor(locale, "ExperienceLevel");
  return sessionCardWords(
    (key, values) => t(key, values),
    (l) => level(l),
    locale,
  );
}

const HALF_TERM = { startsOn: "2027-02-15", endsOn: "2027-02-19", name: "Half term" };
const CHRISTMAS = { startsOn: "2026-12-21", endsOn: "2027-01-04", name: "Christmas" };
const BREAKS = [
  { startsOn: "2027-04-05", endsOn: "2027-04-05", name: "Bank holiday" },
  HALF_TERM,
  { startsOn: "2027-03-29", endsOn: "2027-04-09", name: "" },
  CHRISTMAS,
];

describe("a session card's words", () => {
  it("are the directory's English when read from the English catalogue", () => {
    const english = cardWords("en-GB");
    const expected = ENGLISH_SESSION_CARD_WORDS;
    for (const key of ["locale", "runBy", "next", "online", "book", "bookHere"] as const) {
      expect(english[key], key).toBe(expected[key]);
    }
    for (let weekday = 1; weekday <= 7; weekday++) {
      for (const timeZone of ["Europe/London", "America/New_York", "UTC"]) {
        const session = { weekday, startTime: "10:00", endTime: "12:30", timeZone };
        expect(english.when(session)).toBe(expected.when(session));
      }
    }
    for (const pause of BREAKS) expect(english.noMeeting(pause)).toBe(expected.noMeeting(pause));
    for (const [min, max] of [
      [9, 9],
      [9, 14],
      [16, 25],
      [4, 24],
      [18, 30],
    ] as const) {
      expect(english.ages(min, max)).toBe(expected.ages(min, max));
    }
    for (const level of EXPERIENCE_LEVELS) expect(english.level(level)).toBe(expected.level(level));
    for (const pence of [0, -5, 1, 5, 99, 100, 350, 405, 1000, 12345]) {
      expect(english.cost(pence), String(pence)).toBe(expected.cost(pence));
    }
    expect(english.bookAt("Code Club")).toBe(expected.bookAt("Code Club"));
    expect(english.bookHereAt("Code Club")).toBe(expected.bookHereAt("Code Club"));
    expect(poundsText(350)).toBe("£3.50");
  });

  it("are Welsh, with Welsh dates, from the Welsh catalogue", () => {
    const welsh = cardWords("cy");
    expect(welsh.when({ weekday: 6, startTime: "10:00", endTime: "12:00", timeZone: "Europe/London" })).toBe(
      "Bob dydd Sadwrn, 10:00–12:00.",
    );
    expect(welsh.when({ weekday: 1, startTime: "18:00", endTime: "19:00", timeZone: "UTC" })).toBe(
      "Bob dydd Llun, 18:00–19:00 (amser UTC).",
    );
    expect(welsh.noMeeting(HALF_TERM)).toBe("Dim cyfarfod 15–19 Chw 2027 (Half term).");
    expect(welsh.noMeeting(CHRISTMAS)).toBe("Dim cyfarfod 21 Rhag 2026 – 4 Ion 2027 (Christmas).");
    expect(welsh.ages(9, 14)).toBe("Oed 9–14");
    expect(welsh.ages(16, 25)).toBe("Oed 16 a hŷn");
    expect(welsh.cost(0)).toBe("Am ddim");
    expect(welsh.cost(350)).toBe("£3.50 y sesiwn");
    expect(welsh.level("NEW")).toBe("Newydd i godio");
    expect(welsh.bookHere).toBe("Archebu lle yma");
    expect(welsh.bookHereAt("Code Club")).toBe("yn Code Club");
  });
});

describe("the need-and-supply tables' words", () => {
  it("are the manage pages' English when read from the English catalogue", () => {
    const english = supplyWords(translatorFor("en-GB", "AreaPage"));
    const { describeWeeks, ...rest } = english;
    const { describeWeeks: expectedWeeks, ...expected } = ENGLISH_SUPPLY_WORDS;
    expect(rest).toEqual(expected);
    for (const hidden of [0, 1, 2, 7]) {
      const weeks = { first: "2027-01-04", last: "2027-03-01", hidden };
      expect(describeWeeks(weeks)).toBe(expectedWeeks(weeks));
    }
  });

  it("are Welsh from the Welsh catalogue, with the same numbers", () => {
    const welsh = supplyWords(translatorFor("cy", "AreaPage"));
    expect(welsh.hiddenTitle).toContain("llai na 5");
    expect(welsh.describeWeeks({ first: "2027-01-04", last: "2027-03-01", hidden: 3 })).toBe(
      "Cofrestriadau bob wythnos o wythnos 2027-01-04 hyd at wythnos 2027-03-01; mae 3 wythnos wedi'u cuddio. Mae'r tabl isod yn rhoi cyfrif pob wythnos.",
    );
  });
});
