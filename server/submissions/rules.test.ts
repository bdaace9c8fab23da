import { describe, expect, it } from "vitest";
import type { EventCapabilities } from "../events/rules.ts";
import { canSeeSubmission } from "./policy.ts";
import type { SubmissionStatus } from "./rules.ts";
import {
  canDisqualify,
  galleryIsOpen,
  galleryState,
  missingForSubmit,
  publicCredit,
  publicCreditOf,
  reinstatedStatus,
  submissionChangeBlock,
} from "./rules.ts";

const caps = (canSubmit: boolean): EventCapabilities => ({
  canRegister: false,
  canChangeTeam: canSubmit,
  canSubmit,
  canScore: false,
  canSeeResults: false,
});

describe("submissionChangeBlock", () => {
  it.each([
    [true, null, null],
    [true, "DRAFT", null],
    [true, "SUBMITTED", null],
    [true, "WITHDRAWN", null],
    [true, "DISQUALIFIED", "DISQUALIFIED"],
    [false, "DRAFT", "PHASE_CLOSED"],
    [false, "SUBMITTED", "PHASE_CLOSED"],
    [false, null, "PHASE_CLOSED"],
  ] as const)("canSubmit=%s status=%s → %s", (canSubmit, status, expected) => {
    expect(submissionChangeBlock(caps(canSubmit), status)).toBe(expected);
  });
});

describe("missingForSubmit", () => {
  it("lists every missing field", () => {
    expect(missingForSubmit({ title: " ", description: "short", challengeIds: [] })).toEqual({
      title: ["Give your project a title"],
      description: ["Describe your project in at least 20 characters"],
      challengeIds: ["Choose at least one challenge to enter"],
    });
  });
  it("is empty for a complete submission", () => {
    expect(
      missingForSubmit({
        title: "Bus buddy",
        description: "Live bus times for people who cannot read timetables",
        challengeIds: ["c1"],
      }),
    ).toEqual({});
  });
});

describe("galleryIsOpen", () => {
  const deadline = new Date("2026-12-04T17:00:00.000Z");
  const at = (iso: string) => new Date(iso);
  it.each([
    ["one second before the deadline", "2026-12-04T16:59:59.000Z", null, "PUBLISHED", false],
    ["at the deadline", "2026-12-04T17:00:00.000Z", null, "PUBLISHED", true],
    ["one second after", "2026-12-04T17:00:01.000Z", null, "PUBLISHED", true],
    [
      "opened early by an organiser",
      "2026-12-01T00:00:00.000Z",
      at("2026-11-30T00:00:00.000Z"),
      "PUBLISHED",
      true,
    ],
    ["a draft event never", "2026-12-05T00:00:00.000Z", null, "DRAFT", false],
    ["archived after the deadline", "2027-01-05T00:00:00.000Z", null, "ARCHIVED", true],
  ] as const)("%s", (_label, now, galleryOpenedAt, status, expected) => {
    expect(galleryIsOpen({ status, submissionDeadline: deadline, galleryOpenedAt }, at(now))).toBe(expected);
  });
});

describe("publicCredit", () => {
  it.each([
    [{ name: "Ada Lovelace", alias: null, isMinor: false, publicCreditConsent: false }, "Ada Lovelace"],
    [{ name: "Ada Lovelace", alias: "countess", isMinor: false, publicCreditConsent: false }, "countess"],
    [{ name: null, alias: null, isMinor: false, publicCreditConsent: false }, null],
    // Minors: nothing without consent, whatever they set.
    [{ name: "Sam Smith", alias: "PixelFox", isMinor: true, publicCreditConsent: false }, null],
    [{ name: "Sam Smith", alias: "PixelFox", isMinor: true, publicCreditConsent: true }, "PixelFox"],
    [{ name: "Sam Alex Smith", alias: null, isMinor: true, publicCreditConsent: true }, "Sam S."],
    [{ name: "Sam", alias: null, isMinor: true, publicCreditConsent: true }, "Sam"],
    [{ name: "  ", alias: " ", isMinor: true, publicCreditConsent: true }, null],
  ])("%o → %s", (person, expected) => {
    expect(publicCredit(person)).toBe(expected);
  });

  it("never shows a minor's surname", () => {
    const credit = publicCredit({ name: "Sam Smith", alias: null, isMinor: true, publicCreditConsent: true });
    expect(credit).not.toContain("Smith");
  });
});

describe("publicCreditOf", () => {
  // The event starts at 23:30 UTC on 3 December: already 4 December in Auckland, still the 3rd in London.
  const startsAt = new Date("2026-12-03T23:30:00.000Z");
  const london = { startsAt, timeZone: "Europe/London", consentAge: 18 };
  const sam = { name: "Sam Smith", alias: null };
  const born = (iso: string, publicCredit: boolean) => ({
    dateOfBirth: new Date(`${iso}T00:00:00.000Z`),
    ageAtStart: null,
    consents: [{ publicCredit }],
  });

  it.each([
    ["an adult, without consent", born("2000-01-01", false), london, "Sam Smith"],
    ["a 17-year-old without consent", born("2009-06-01", false), london, null],
    ["a 17-year-old with consent", born("2009-06-01", true), london, "Sam S."],
    [
      "18 on the event's first day in its zone",
      born("2008-12-04", false),
      { ...london, timeZone: "Pacific/Auckland" },
      "Sam Smith",
    ],
    ["17 on the event's first day in its zone, 18 the day after", born("2008-12-04", false), london, null],
    [
      "19 at an event whose consent age is 21, without consent",
      born("2007-06-01", false),
      { ...london, consentAge: 21 },
      null,
    ],
    [
      "19 at an event whose consent age is 21, with consent",
      born("2007-06-01", true),
      { ...london, consentAge: 21 },
      "Sam S.",
    ],
    [
      "an age kept after the date of birth was deleted",
      { dateOfBirth: null, ageAtStart: 16, consents: [] },
      london,
      null,
    ],
    [
      "an adult's age kept after the date of birth was deleted",
      { dateOfBirth: null, ageAtStart: 30, consents: [] },
      london,
      "Sam Smith",
    ],
    ["a young person with no consent in force", { ...born("2012-01-01", false), consents: [] }, london, null],
  ] as const)("%s → %s", (_label, registration, event, expected) => {
    expect(publicCreditOf(registration, sam, event)).toBe(expected);
  });

  it("names nobody without a registration on record, as if they were young", () => {
    expect(publicCreditOf(null, sam, london)).toBeNull();
    expect(publicCreditOf(undefined, { name: "Ada Lovelace", alias: "countess" }, london)).toBeNull();
  });

  it("uses the alias, as publicCredit does", () => {
    expect(publicCreditOf(born("2000-01-01", false), { ...sam, alias: "PixelFox" }, london)).toBe("PixelFox");
    expect(publicCreditOf(born("2012-01-01", true), { ...sam, alias: "PixelFox" }, london)).toBe("PixelFox");
  });
});

describe("canSeeSubmission", () => {
  const base = { userId: "u1", isPlatformAdmin: false, eventRoles: [] as ("ORGANISER" | "JUDGE")[] };
  it.each([
    ["a stranger, gallery closed", base, null, "SUBMITTED", false, false],
    ["a stranger, gallery open, submitted", base, null, "SUBMITTED", true, true],
    ["a stranger, gallery open, draft", base, null, "DRAFT", true, false],
    ["a stranger, gallery open, disqualified", base, null, "DISQUALIFIED", true, false],
    ["a team member, draft", base, "t1", "DRAFT", false, true],
    ["a member of another team", base, "t2", "DRAFT", true, false],
    ["an organiser, draft", { ...base, eventRoles: ["ORGANISER" as const] }, null, "DRAFT", false, true],
    [
      "a judge, submitted, gallery closed",
      { ...base, eventRoles: ["JUDGE" as const] },
      null,
      "SUBMITTED",
      false,
      true,
    ],
    ["signed out, gallery open", { ...base, userId: null }, null, "SUBMITTED", true, true],
  ] as const)("%s", (_label, viewer, viewerTeamId, status, galleryOpen, expected) => {
    expect(
      canSeeSubmission({
        viewer: { ...viewer, eventRoles: [...viewer.eventRoles] },
        viewerTeamId,
        submission: { teamId: "t1", status },
        galleryOpen,
      }),
    ).toBe(expected);
  });
});

describe("reinstatedStatus", () => {
  it.each([
    ["SUBMITTED", false, "SUBMITTED"],
    ["DRAFT", true, "DRAFT"],
    ["WITHDRAWN", true, "WITHDRAWN"],
    [null, true, "SUBMITTED"],
    [null, false, "DRAFT"],
    ["DISQUALIFIED", false, "DRAFT"],
  ] as const)("before %s, ever submitted %s → %s", (before, everSubmitted, expected) => {
    expect(reinstatedStatus(before, everSubmitted)).toBe(expected);
  });
});

describe("canDisqualify", () => {
  it("changes every status but a disqualified one", () => {
    expect(
      ["DRAFT", "SUBMITTED", "WITHDRAWN", "DISQUALIFIED"].map((s) => canDisqualify(s as SubmissionStatus)),
    ).toEqual([true, true, true, false]);
  });
});

describe("galleryState", () => {
  const deadline = new Date("2026-12-04T17:00:00.000Z");
  const before = new Date(deadline.getTime() - 1);
  const opened = new Date("2026-12-01T09:00:00.000Z");
  it.each([
    ["PUBLISHED", null, before, "CLOSED"],
    ["PUBLISHED", opened, before, "OPENED_EARLY"],
    ["PUBLISHED", null, deadline, "OPEN_AFTER_DEADLINE"],
    ["PUBLISHED", opened, deadline, "OPEN_AFTER_DEADLINE"],
    ["ARCHIVED", null, deadline, "OPEN_AFTER_DEADLINE"],
    ["DRAFT", opened, deadline, "CLOSED"],
  ] as const)("%s, opened %s, at %s → %s", (status, galleryOpenedAt, now, expected) => {
    const event = { status, submissionDeadline: deadline, galleryOpenedAt };
    expect(galleryState(event, now)).toBe(expected);
    expect(galleryIsOpen(event, now)).toBe(expected !== "CLOSED");
  });
});
