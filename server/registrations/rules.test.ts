import { describe, expect, it } from "vitest";
import {
  calendarDateFrom,
  ageBand,
  ageBandLabel,
  ageOn,
  canResendConsent,
  centrePlaces,
  consentDoubtLabel,
  consentDoubts,
  consentExpiry,
  consentLinkState,
  consentStatus,
  eligibility,
  type CalendarDate,
  scopesAskedFor,
} from "./rules.ts";
import { ageAtEventStart } from "./age.ts";

const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
};

describe("ageOn", () => {
  it.each([
    ["2013-12-02", "2026-12-02", 13, "the 13th birthday is the start day"],
    ["2013-12-03", "2026-12-02", 12, "the 13th birthday is the day after"],
    ["2013-12-01", "2026-12-02", 13, "the 13th birthday was the day before"],
    ["2008-01-01", "2026-12-31", 18, "late in the year"],
    ["2008-12-31", "2026-01-01", 17, "early in the year"],
    ["2010-02-28", "2026-02-28", 16, "28 February birthday"],
    // Born on 29 February: the birthday is 1 March in a common year, 29 February in a leap year.
    ["2012-02-29", "2025-02-28", 12, "leap-day birthday not yet reached on 28 Feb of a common year"],
    ["2012-02-29", "2025-03-01", 13, "leap-day birthday reached on 1 March of a common year"],
    ["2012-02-29", "2028-02-28", 15, "leap-day birthday not yet reached on 28 Feb of a leap year"],
    ["2012-02-29", "2028-02-29", 16, "leap-day birthday on 29 Feb of a leap year"],
    ["2012-02-29", "2100-03-01", 88, "2100 is not a leap year"],
    ["2026-12-03", "2026-12-02", -1, "born after the date"],
  ])("born %s, on %s → %i (%s)", (birth, on, age) => {
    expect(ageOn(d(birth), d(on))).toBe(age);
  });
});

describe("ageAtEventStart", () => {
  it.each([
    // 2026-12-01T23:30Z is already 2 December in Auckland (+13) but still 1 December in London.
    ["Pacific/Auckland", "2013-12-02", 13],
    ["Europe/London", "2013-12-02", 12],
    // And 1 December in Los Angeles, whose date lags.
    ["America/Los_Angeles", "2013-12-01", 13],
    ["America/Los_Angeles", "2013-12-02", 12],
  ])("counts on the start date in the event's zone (%s, born %s → %i)", (timeZone, birth, age) => {
    const event = { startsAt: new Date("2026-12-01T23:30:00Z"), timeZone };
    expect(ageAtEventStart(d(birth), event)).toBe(age);
  });
});

describe("ageBand", () => {
  it.each([
    [0, "Under 13"],
    [12, "Under 13"],
    [13, "13–15"],
    [15, "13–15"],
    [16, "16–17"],
    [17, "16–17"],
    [18, "18+"],
    [70, "18+"],
  ])("%i → %s", (age, label) => {
    expect(ageBandLabel(ageBand(age))).toBe(label);
  });
});

describe("eligibility", () => {
  it.each([
    [
      { age: 7, minimumAge: 8, consentAge: 18 },
      { eligible: false, reason: "TOO_YOUNG" },
    ],
    [
      { age: 8, minimumAge: 8, consentAge: 18 },
      { eligible: true, needsGuardianConsent: true },
    ],
    [
      { age: 17, minimumAge: null, consentAge: 18 },
      { eligible: true, needsGuardianConsent: true },
    ],
    [
      { age: 18, minimumAge: null, consentAge: 18 },
      { eligible: true, needsGuardianConsent: false },
    ],
    [
      { age: 16, minimumAge: 13, consentAge: 16 },
      { eligible: true, needsGuardianConsent: false },
    ],
    [
      { age: 15, minimumAge: 13, consentAge: 16 },
      { eligible: true, needsGuardianConsent: true },
    ],
    [
      { age: 40, minimumAge: 18, consentAge: 18 },
      { eligible: true, needsGuardianConsent: false },
    ],
    [
      { age: -1, minimumAge: null, consentAge: 18 },
      { eligible: false, reason: "NOT_BORN" },
    ],
  ])("%j → %j", (input, expected) => {
    expect(eligibility(input)).toEqual(expected);
  });
});

describe("consent links", () => {
  const now = new Date("2026-11-24T12:00:00.000Z");
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

  it("expire 14 days after they are sent", () => {
    expect(consentExpiry(now).toISOString()).toBe("2026-12-08T12:00:00.000Z");
  });

  it.each([
    ["no row", null, "PENDING_CONSENT", false, 0, "UNKNOWN"],
    ["a live link", { consentedAt: null, expiresAt: at(1000) }, "PENDING_CONSENT", false, 0, "VALID"],
    [
      "one second before expiry",
      { consentedAt: null, expiresAt: at(1000) },
      "PENDING_CONSENT",
      false,
      0,
      "VALID",
    ],
    ["at expiry", { consentedAt: null, expiresAt: at(0) }, "PENDING_CONSENT", false, 0, "EXPIRED"],
    ["after expiry", { consentedAt: null, expiresAt: at(-1000) }, "PENDING_CONSENT", false, 0, "EXPIRED"],
    ["a used link", { consentedAt: now, expiresAt: at(1000) }, "CONFIRMED", false, 0, "USED"],
    ["a superseded link", { consentedAt: null, expiresAt: at(-1) }, "PENDING_CONSENT", true, 0, "REPLACED"],
    [
      "a withdrawn registration",
      { consentedAt: null, expiresAt: at(1000) },
      "WITHDRAWN",
      false,
      0,
      "NOT_NEEDED",
    ],
    [
      "a first request once confirmed",
      { consentedAt: null, expiresAt: at(1000) },
      "CONFIRMED",
      false,
      0,
      "NOT_NEEDED",
    ],
    [
      "a request to confirm a new text, confirmed",
      { consentedAt: null, expiresAt: at(1000), reconfirmation: true },
      "CONFIRMED",
      false,
      0,
      "VALID",
    ],
    [
      "a request to confirm a new text, after a withdrawal",
      { consentedAt: null, expiresAt: at(1000), reconfirmation: true },
      "PENDING_CONSENT",
      false,
      0,
      "VALID",
    ],
    [
      "a request to confirm a new text, withdrawn registration",
      { consentedAt: null, expiresAt: at(1000), reconfirmation: true },
      "WITHDRAWN",
      false,
      0,
      "NOT_NEEDED",
    ],
    [
      "a request to confirm a new text, expired",
      { consentedAt: null, expiresAt: at(0), reconfirmation: true },
      "CONFIRMED",
      false,
      0,
      "EXPIRED",
    ],
  ] as const)("%s → %s", (_label, consent, registrationStatus, hasNewerLiveLink, _x, expected) => {
    expect(consentLinkState({ consent, registrationStatus, hasNewerLiveLink, now })).toBe(expected);
  });

  it.each([
    [null, true],
    [at(-59_999), false],
    [at(-60_000), true],
  ])("resend after last sent at %s → %s", (lastSentAt, allowed) => {
    expect(canResendConsent(lastSentAt, now)).toBe(allowed);
  });

  it.each([
    [false, null, "NOT_NEEDED"],
    [true, null, "PENDING"],
    [true, { consentedAt: null, expiresAt: at(1), withdrawnAt: null }, "PENDING"],
    [true, { consentedAt: null, expiresAt: at(0), withdrawnAt: null }, "EXPIRED"],
    [true, { consentedAt: now, expiresAt: at(-5), withdrawnAt: null }, "GIVEN"],
    [true, { consentedAt: now, expiresAt: at(5), withdrawnAt: now }, "WITHDRAWN"],
  ] as const)("consent status (needed %s, latest %j) → %s", (needsGuardianConsent, latest, expected) => {
    expect(consentStatus({ needsGuardianConsent, latest, now })).toBe(expected);
  });
});

describe("centrePlaces", () => {
  const centres = [
    { id: "leeds", name: "Leeds", capacity: 3 },
    { id: "york", name: "York", capacity: 1 },
  ];
  it("counts confirmed and waiting people, frees withdrawn places, never goes below zero", () => {
    const regs = [
      { centreId: "leeds", status: "CONFIRMED" as const },
      { centreId: "leeds", status: "PENDING_CONSENT" as const },
      { centreId: "leeds", status: "WITHDRAWN" as const },
      { centreId: "york", status: "CONFIRMED" as const },
      { centreId: "york", status: "CONFIRMED" as const },
      { centreId: null, status: "CONFIRMED" as const },
    ];
    expect(centrePlaces(centres, regs)).toEqual([
      { id: "leeds", name: "Leeds", capacity: 3, taken: 2, left: 1 },
      { id: "york", name: "York", capacity: 1, taken: 2, left: 0 },
    ]);
  });
});

describe("consentDoubts", () => {
  const kit = { id: "u-kit", email: "kit.minor@example.org" };
  const mum = { id: "u-mum", email: "kit.mum@example.org" };
  it.each([
    ["a real guardian, signed out", "kit.mum@example.org", null, []],
    ["a real guardian, signed in as themselves", "kit.mum@example.org", mum, []],
    [
      "a guardian signed in with an account that is not the link's address",
      "kit.mum@example.org",
      { id: "u-dad", email: "dad@example.org" },
      [],
    ],
    ["the own address with a +tag", "kit.minor+mum@example.org", null, ["GUARDIAN_IS_PARTICIPANT_MAILBOX"]],
    ["the own address, any case", "KIT.MINOR@example.org", null, ["GUARDIAN_IS_PARTICIPANT_MAILBOX"]],
    ["the participant's own account", "kit.mum@example.org", kit, ["GIVEN_BY_PARTICIPANT"]],
    [
      "another account at the participant's mailbox",
      "kit.mum@example.org",
      { id: "u-alt", email: "kit.minor+alt@example.org" },
      ["GIVEN_BY_PARTICIPANT"],
    ],
    ["both", "kit.minor+mum@example.org", kit, ["GUARDIAN_IS_PARTICIPANT_MAILBOX", "GIVEN_BY_PARTICIPANT"]],
    ["the same local part at another domain (not enough)", "kit.minor@school.test", null, []],
    ["a look-alike mailbox at the same domain (not enough)", "kit.minor-mum@example.org", null, []],
  ])("%s", (_label, guardianEmail, givenBy, expected) => {
    expect(consentDoubts({ participant: kit, guardianEmail, givenBy })).toEqual(expected);
  });

  it("labels each doubt for organisers without naming an address", () => {
    for (const doubt of ["GUARDIAN_IS_PARTICIPANT_MAILBOX", "GIVEN_BY_PARTICIPANT"] as const) {
      expect(consentDoubtLabel(doubt)).toMatch(/^Consent needs checking: /);
      expect(consentDoubtLabel(doubt)).not.toContain("@");
    }
  });
});

describe("calendarDateFrom", () => {
  it.each([
    ["2012-02-29", { year: 2012, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["1900-02-29", null],
    ["2013-02-29", null],
    ["2013-04-31", null],
    ["2013-12-31", { year: 2013, month: 12, day: 31 }],
    ["2013-13-01", null],
    ["2013-00-10", null],
    ["2013-01-00", null],
    ["13/02/2013", null],
  ])("%s → %j", (value, expected) => {
    expect(calendarDateFrom(value)).toEqual(expected);
  });
});

describe("scopesAskedFor", () => {
  it("asks about the team finder only below the age of digital consent", () => {
    expect(scopesAskedFor({ age: 12, digitalConsentAge: 13 })).toEqual([
      "attend",
      "photo",
      "publicCredit",
      "teamFinder",
    ]);
    expect(scopesAskedFor({ age: 13, digitalConsentAge: 13 })).toEqual(["attend", "photo", "publicCredit"]);
    expect(scopesAskedFor({ age: 5, digitalConsentAge: 0 })).toEqual(["attend", "photo", "publicCredit"]);
  });
});
