import { describe, expect, it } from "vitest";
import type { EventTimeline } from "../events/rules.ts";
import { calendarDateOf } from "../registrations/rules.ts";
import { ageAtEventStart } from "../registrations/age.ts";
import {
  hasEnoughMembers,
  isLookingForMembers,
  formatJoinCode,
  generateJoinCode,
  isYoungRegistrant,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  leaveOutcome,
  normaliseJoinCode,
  teamChangeBlock,
  teamWriteRefusal,
  finderListing,
} from "./rules.ts";
import { createTeamInput, joinCode, skillList } from "./schema.ts";

/** Deterministic "random" bytes: the given values, over and over. */
const bytes =
  (...values: number[]) =>
  (size: number) =>
    Uint8Array.from({ length: size }, (_, i) => values[i % values.length] ?? 0);

describe("generateJoinCode", () => {
  it("draws 12 characters from the unambiguous alphabet", () => {
    const code = generateJoinCode(bytes(0, 1, 2, 30, 31, 62));
    expect(code).toHaveLength(JOIN_CODE_LENGTH);
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]+$/);
    expect(code.startsWith("ABC9AA")).toBe(true);
  });

  it("skips bytes that would bias the draw (≥ 248 for 31 characters)", () => {
    // 248..255 are dropped; 247 maps to the last character.
    expect(generateJoinCode(bytes(255, 248, 247))).toBe("9".repeat(JOIN_CODE_LENGTH));
  });

  it("asks for more bytes when a whole batch is rejected", () => {
    let calls = 0;
    const random = (size: number) => {
      calls += 1;
      return new Uint8Array(size).fill(calls === 1 ? 250 : 5);
    };
    expect(generateJoinCode(random)).toBe("F".repeat(JOIN_CODE_LENGTH));
    expect(calls).toBe(2);
  });

  it("has no look-alike characters", () => {
    for (const c of ["0", "O", "1", "I", "L"]) expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });
});

describe("join codes as typed", () => {
  it.each([
    ["abcd-efgh-jkmn", "ABCDEFGHJKMN"],
    [" ABCD EFGH JKMN ", "ABCDEFGHJKMN"],
    ["abcdefghjkmn", "ABCDEFGHJKMN"],
  ])("%j → %s", (input, expected) => {
    expect(normaliseJoinCode(input)).toBe(expected);
    expect(joinCode.parse(input)).toBe(expected);
  });

  it.each(["ABCDEFGHJKM", "ABCDEFGHJKMNP", "ABCDEFGHJKM0", "ABCDEFGHJKMI", "", "x".repeat(41)])(
    "refuses %j",
    (input) => {
      expect(joinCode.safeParse(input).success).toBe(false);
    },
  );

  it("formats in groups of four", () => {
    expect(formatJoinCode("ABCDEFGHJKMN")).toBe("ABCD-EFGH-JKMN");
  });
});

describe("team names and skills", () => {
  it.each([
    ["  Team   Rocket ", "Team Rocket"],
    ["Byte\tSized", "Byte Sized"],
    ["Data Dragons\u200B", "Data Dragons"],
  ])("%j → %j", (input, expected) => {
    expect(createTeamInput.parse({ name: input }).name).toBe(expected);
  });

  it.each(["", " a ", "x".repeat(61)])("refuses the name %j", (name) => {
    expect(createTeamInput.safeParse({ name }).success).toBe(false);
  });

  it.each([
    ["python, design ,, Python", ["python", "design", "Python"]],
    [["  a ", "a", ""], ["a"]],
    ["", []],
  ])("skills %j → %j", (input, expected) => {
    expect(skillList.parse(input)).toEqual(expected);
  });

  it("refuses more than 10 skills", () => {
    expect(skillList.safeParse("a,b,c,d,e,f,g,h,i,j,k").success).toBe(false);
  });
});

const hour = 3_600_000;
const deadline = new Date("2026-12-04T17:00:00.000Z");
const event: EventTimeline & { timeZone: string } = {
  status: "PUBLISHED",
  timeZone: "Europe/London",
  registrationOpensAt: new Date("2026-11-01T09:00:00.000Z"),
  registrationClosesAt: new Date("2026-12-01T09:00:00.000Z"),
  startsAt: new Date("2026-12-02T09:00:00.000Z"),
  submissionDeadline: deadline,
  judgingClosesAt: new Date("2026-12-05T17:00:00.000Z"),
  resultsAt: new Date("2026-12-06T12:00:00.000Z"),
};

describe("teamChangeBlock", () => {
  const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);
  it.each([
    // [case, event, now, status, change, expected code]
    [
      "before registration opens",
      event,
      new Date("2026-10-31T09:00:00Z"),
      "CONFIRMED",
      "JOIN",
      "PHASE_CLOSED",
    ],
    ["as registration opens", event, event.registrationOpensAt, "CONFIRMED", "JOIN", null],
    ["while hacking", event, at(-24 * hour), "CONFIRMED", "JOIN", null],
    ["one second before the deadline", event, at(-1000), "CONFIRMED", "CHANGE", null],
    ["at the deadline", event, at(0), "CONFIRMED", "CHANGE", "PHASE_CLOSED"],
    ["one second after the deadline", event, at(1000), "CONFIRMED", "JOIN", "PHASE_CLOSED"],
    ["pending consent, joining", event, at(-hour), "PENDING_CONSENT", "JOIN", "CONSENT_REQUIRED"],
    ["pending consent, leaving", event, at(-hour), "PENDING_CONSENT", "CHANGE", null],
    ["withdrawn, joining", event, at(-hour), "WITHDRAWN", "JOIN", "CONSENT_REQUIRED"],
    ["the deadline wins over consent", event, at(hour), "PENDING_CONSENT", "JOIN", "PHASE_CLOSED"],
    ["a draft event", { ...event, status: "DRAFT" }, at(-hour), "CONFIRMED", "JOIN", "PHASE_CLOSED"],
    ["an archived event", { ...event, status: "ARCHIVED" }, at(-hour), "CONFIRMED", "CHANGE", "PHASE_CLOSED"],
  ] as const)("%s → %s", (_name, ev, now, registrationStatus, change, expected) => {
    expect(teamChangeBlock({ event: ev, now, registrationStatus, change })?.code ?? null).toBe(expected);
  });

  it("says when teams open, or when they closed, in the event's zone", () => {
    const early = teamChangeBlock({
      event,
      now: new Date("2026-10-31T09:00:00Z"),
      registrationStatus: "CONFIRMED",
      change: "JOIN",
    });
    expect(early).toEqual({
      code: "PHASE_CLOSED",
      message:
        "Teams can be formed once registration opens, on Sun 1 Nov 2026, 09:00 GMT (Europe/London time).",
    });
    expect(teamChangeBlock({ event, now: at(0), registrationStatus: "CONFIRMED", change: "CHANGE" })).toEqual(
      {
        code: "PHASE_CLOSED",
        message:
          "Teams closed at the submission deadline, on Fri 4 Dec 2026, 17:00 GMT (Europe/London time): they can no longer change.",
      },
    );
  });

  it("blocks joining until the guardian consents (the server says so from the catalogue)", () => {
    expect(
      teamChangeBlock({ event, now: at(-hour), registrationStatus: "PENDING_CONSENT", change: "JOIN" }),
    ).toEqual({ code: "CONSENT_REQUIRED" });
  });
});

describe("leaveOutcome", () => {
  it.each([
    [{ isCaptain: true, memberCount: 1, hasProject: true }, "KEEP_PROJECT"],
    [{ isCaptain: false, memberCount: 3, hasProject: true }, "LEAVE"],
    [{ isCaptain: false, memberCount: 3, hasProject: false }, "LEAVE"],
    [{ isCaptain: true, memberCount: 3, hasProject: false }, "HAND_OVER_FIRST"],
    [{ isCaptain: true, memberCount: 2, hasProject: false }, "HAND_OVER_FIRST"],
    [{ isCaptain: true, memberCount: 1, hasProject: false }, "DELETE_TEAM"],
    [{ isCaptain: false, memberCount: 1, hasProject: false }, "DELETE_TEAM"],
  ] as const)("%j → %s", (input, expected) => {
    expect(leaveOutcome(input)).toBe(expected);
  });
});

const dob = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// The age rule lives in registrations/rules.ts; these cases check it as teams use it.
describe("ageAtEventStart", () => {
  it.each([
    ["the day before the 18th birthday", "2008-12-03", "2026-12-02T09:00:00Z", "Europe/London", 17],
    ["on the 18th birthday", "2008-12-02", "2026-12-02T09:00:00Z", "Europe/London", 18],
    ["a day after", "2008-12-01", "2026-12-02T09:00:00Z", "Europe/London", 18],
    // 23:30 UTC on 1 December is already 2 December in Kathmandu (+05:45), not yet in London.
    ["the event's zone decides the day (London)", "2008-12-02", "2026-12-01T23:30:00Z", "Europe/London", 17],
    [
      "the event's zone decides the day (Kathmandu)",
      "2008-12-02",
      "2026-12-01T23:30:00Z",
      "Asia/Kathmandu",
      18,
    ],
    ["born 29 February, common year, 28 Feb", "2008-02-29", "2026-02-28T12:00:00Z", "UTC", 17],
    ["born 29 February, common year, 1 Mar", "2008-02-29", "2026-03-01T12:00:00Z", "UTC", 18],
    ["born 29 February, leap year", "2008-02-29", "2028-02-29T12:00:00Z", "UTC", 20],
  ])("%s", (_name, born, startsAt, timeZone, expected) => {
    expect(ageAtEventStart(calendarDateOf(dob(born)), { startsAt: new Date(startsAt), timeZone })).toBe(
      expected,
    );
  });
});

describe("isYoungRegistrant", () => {
  const ev = { startsAt: new Date("2026-12-02T09:00:00Z"), timeZone: "Europe/London", consentAge: 18 };
  it.each([
    ["17 → young", dob("2009-01-01"), ev, true],
    ["18 → adult", dob("2008-12-02"), ev, false],
    ["consent age 16, aged 16 → still young (under 18)", dob("2010-06-01"), { ...ev, consentAge: 16 }, true],
    ["consent age 21, aged 19 → young", dob("2007-06-01"), { ...ev, consentAge: 21 }, true],
  ] as const)("%s", (_name, dateOfBirth, event, expected) => {
    expect(isYoungRegistrant({ registration: { dateOfBirth, ageAtStart: null }, event })).toBe(expected);
  });
  it.each([
    ["date of birth deleted, aged 17 at the start → young", 17, true],
    ["date of birth deleted, aged 18 at the start → adult", 18, false],
  ] as const)("%s", (_name, ageAtStart, expected) => {
    expect(isYoungRegistrant({ registration: { dateOfBirth: null, ageAtStart }, event: ev })).toBe(expected);
  });
  it("no registration → young (the private default)", () => {
    expect(isYoungRegistrant({ registration: null, event: ev })).toBe(true);
  });
});

describe("teamWriteRefusal", () => {
  const driverError = (cause: Record<string, unknown>) => ({
    code: "P2039",
    meta: { modelName: "TeamMember", driverAdapterError: { name: "DriverAdapterError", cause } },
  });
  it.each([
    [
      "the size trigger",
      driverError({
        originalCode: "23514",
        originalMessage: "TEAM_FULL: team t1 already has 4 of 4 members",
        kind: "postgres",
        code: "23514",
        message: "TEAM_FULL: team t1 already has 4 of 4 members",
      }),
      "TEAM_FULL",
    ],
    [
      "another check violation",
      driverError({
        originalCode: "23514",
        originalMessage: "team member event does not match",
        kind: "postgres",
      }),
      null,
    ],
    [
      "one team per person",
      driverError({
        originalCode: "23505",
        kind: "UniqueConstraintViolation",
        constraint: { index: "TeamMember_eventId_userId_key" },
      }),
      "ALREADY_IN_TEAM",
    ],
    [
      "the team name",
      driverError({
        originalCode: "23505",
        kind: "UniqueConstraintViolation",
        constraint: { index: "Team_eventId_name_key" },
      }),
      "NAME_TAKEN",
    ],
    [
      "the join code",
      driverError({
        originalCode: "23505",
        kind: "UniqueConstraintViolation",
        constraint: { index: "Team_joinCode_key" },
      }),
      "JOIN_CODE_TAKEN",
    ],
    [
      "someone else's unique index",
      driverError({
        originalCode: "23505",
        kind: "UniqueConstraintViolation",
        constraint: { index: "User_email_key" },
      }),
      null,
    ],
    [
      "the team was deleted meanwhile (trigger)",
      driverError({
        originalCode: "23503",
        originalMessage: "team t1 does not exist",
        kind: "ForeignKeyConstraintViolation",
      }),
      "TEAM_GONE",
    ],
    ["a plain Error", new Error("TEAM_FULL"), null],
    ["not an object", "TEAM_FULL", null],
  ])("%s", (_name, error, expected) => {
    expect(teamWriteRefusal(error)).toBe(expected);
  });
});

describe("isLookingForMembers and hasEnoughMembers", () => {
  it.each([
    [true, 1, 5, true],
    [true, 4, 5, true],
    [true, 5, 5, false], // full: never "looking", whatever the box says
    [true, 6, 5, false],
    [false, 1, 5, false],
  ])("ticked %s, %i of %i members → %s", (ticked, memberCount, maxSize, expected) => {
    expect(isLookingForMembers({ lookingForMembers: ticked, memberCount }, maxSize)).toBe(expected);
  });
  it.each([
    [1, 2, false],
    [2, 2, true],
    [3, 2, true],
  ])("%i members, minimum %i → %s", (memberCount, minSize, expected) => {
    expect(hasEnoughMembers({ memberCount }, minSize)).toBe(expected);
  });
});

describe("finderListing", () => {
  it("lets people at or over the age of digital consent list themselves with a note", () => {
    expect(finderListing({ age: 13, digitalConsentAge: 13, guardianAllows: false })).toEqual({
      mayList: true,
      mayWriteNote: true,
    });
    // 0 turns the rule off.
    expect(finderListing({ age: 8, digitalConsentAge: 0, guardianAllows: false }).mayList).toBe(true);
  });
  it("keeps a younger child off unless their guardian allows it, and never with a note", () => {
    expect(finderListing({ age: 12, digitalConsentAge: 13, guardianAllows: false })).toEqual({
      mayList: false,
      mayWriteNote: false,
    });
    expect(finderListing({ age: 12, digitalConsentAge: 13, guardianAllows: true })).toEqual({
      mayList: true,
      mayWriteNote: false,
    });
  });
});
