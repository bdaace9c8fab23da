import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { RegistrationRules } from "./rules.ts";
import {
  giveConsentInput,
  MAX_TAGS,
  registerInput,
  registerInputFor,
  updateRegistrationInputFor,
} from "./schema.ts";

const base = {
  name: " Jess  Okoro ",
  alias: "",
  centreId: "",
  experience: "SOME",
  skills: ["web", "python", "web"],
  tags: [],
  dateOfBirth: "2012-02-29",
  guardianEmail: "",
  codeOfConductVersion: "2026-1",
  acceptCodeOfConduct: true,
};

const fieldErrors = (input: Record<string, unknown>): Record<string, string[] | undefined> => {
  const result = registerInput.safeParse({ ...base, ...input });
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("registerInput", () => {
  it("normalises: blank centre and guardian email become null, skills are deduplicated", () => {
    const out = registerInput.parse(base);
    expect(out).toMatchObject({
      name: "Jess Okoro",
      alias: null,
      centreId: null,
      guardianEmail: null,
      skills: ["web", "python"],
      dateOfBirth: { year: 2012, month: 2, day: 29 },
    });
  });

  it("trims tags, collapses spaces, drops blanks, case-insensitive duplicates and ticked skills", () => {
    const out = registerInput.parse({
      ...base,
      tags: ["  Rust ", "rust", "", "machine   learning", "Python", "C#"],
    });
    expect(out.tags).toEqual(["Rust", "machine learning", "C#"]);
  });

  it.each([
    [{ tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag${i}`) }, "tags"],
    [{ tags: ["x".repeat(31)] }, "tags"],
    [{ tags: ["<script>"] }, "tags"],
    [{ dateOfBirth: "2013-02-29" }, "dateOfBirth"],
    [{ dateOfBirth: "2013-13-01" }, "dateOfBirth"],
    [{ dateOfBirth: "13/02/2013" }, "dateOfBirth"],
    [{ dateOfBirth: "1850-01-01" }, "dateOfBirth"],
    [{ experience: "EXPERT" }, "experience"],
    [{ skills: ["juggling"] }, "skills"],
    [{ guardianEmail: "not-an-email" }, "guardianEmail"],
    [{ acceptCodeOfConduct: false }, "acceptCodeOfConduct"],
    [{ name: "   " }, "name"],
    [{ name: undefined }, "name"],
    [{ name: "J\u0435ss" }, "name"],
    [{ alias: "<PixelFox>" }, "alias"],
    [{ alias: "x".repeat(31) }, "alias"],
    [{ alias: "Pix\u0435lFox" }, "alias"],
  ])("refuses %j with an error on %s", (input, field) => {
    expect(fieldErrors(input)[field]?.length ?? 0).toBeGreaterThan(0);
  });

  it("keeps a nickname, and takes a missing one as none", () => {
    expect(registerInput.parse({ ...base, alias: " Pixel\u200bFox " }).alias).toBe("PixelFox");
    const { alias: _alias, ...withoutAlias } = base;
    expect(registerInput.parse(withoutAlias).alias).toBeNull();
  });

  it("lower-cases the guardian email", () => {
    expect(registerInput.parse({ ...base, guardianEmail: " Parent@Example.TEST " }).guardianEmail).toBe(
      "parent@example.test",
    );
  });
});

describe("registerInputFor: the form's schema reports every problem at once", () => {
  const rules: RegistrationRules = {
    centreRequired: true,
    eventStart: { year: 2026, month: 12, day: 1 },
    today: { year: 2026, month: 11, day: 24 },
    minimumAge: 8,
    consentAge: 18,
    // Off here: the rule for under-13s is tested on its own below.
    digitalConsentAge: 0,
    ownEmail: "kit@example.org",
    registeringGuardian: null,
  };
  const problems = (input: Record<string, unknown>, r: RegistrationRules = rules) => {
    const result = registerInputFor(r).safeParse({ ...base, ...input });
    return result.success ? {} : z.flattenError(result.error).fieldErrors;
  };

  it("asks for the centre together with the other problems, not after them", () => {
    const found = problems({ experience: "", acceptCodeOfConduct: false, dateOfBirth: "2012-05-05" });
    expect(Object.keys(found).sort()).toEqual([
      "acceptCodeOfConduct",
      "alias",
      "centreId",
      "experience",
      "guardianEmail",
    ]);
    expect(found.centreId).toEqual(["Choose the centre you'll attend"]);
    expect(found.guardianEmail).toEqual([
      "You're under 18 when the event starts, so we need a parent or guardian's email address",
    ]);
  });

  it("asks a young person for a nickname, and an adult for none", () => {
    expect(
      problems({ centreId: "leeds", dateOfBirth: "2012-05-05", guardianEmail: "mum@example.org" }),
    ).toEqual({
      alias: [
        "Choose a nickname: you're under 18 when the event starts, so other participants see it instead of your name",
      ],
    });
    expect(
      problems({
        centreId: "leeds",
        dateOfBirth: "2012-05-05",
        guardianEmail: "mum@example.org",
        alias: "Kit",
      }),
    ).toEqual({});
    expect(
      problems({ centreId: "leeds", dateOfBirth: "2009-05-05" }, { ...rules, consentAge: 16 }).alias,
    ).toEqual([
      "Choose a nickname: you're under 18 when the event starts, so other participants see it instead of your name",
    ]);
  });

  it("says a future date of birth once, and adds no follow-on guardian problem", () => {
    const found = problems({ centreId: "leeds", dateOfBirth: "2027-01-01", experience: "" });
    expect(found.dateOfBirth).toEqual(["Your date of birth can't be in the future"]);
    expect(found.guardianEmail).toBeUndefined();
    expect(found.experience).toHaveLength(1);
  });

  it("refuses someone under the minimum age with the event's start date", () => {
    expect(problems({ centreId: "leeds", dateOfBirth: "2019-01-01" }).dateOfBirth).toEqual([
      "Participants must be at least 8 years old on 2026-12-01, when the event starts",
    ]);
  });

  it("refuses the young person's own mailbox as the guardian's", () => {
    const found = problems({
      centreId: "leeds",
      dateOfBirth: "2012-05-05",
      guardianEmail: "Kit+mum@example.org",
    });
    expect(found.guardianEmail).toEqual(["Use your parent or guardian's own email address, not yours"]);
  });

  it("leaves a malformed date of birth or guardian address to their own messages", () => {
    const found = problems({ centreId: "", dateOfBirth: "2012-02-30", guardianEmail: "mum@" });
    expect(found.dateOfBirth).toEqual(["That date doesn't exist"]);
    expect(found.guardianEmail).toEqual(["Enter a valid email address"]);
    expect(found.centreId).toEqual(["Choose the centre you'll attend"]);
  });

  it("accepts a complete registration, and needs no centre where the event has none", () => {
    expect(problems({ centreId: "leeds", dateOfBirth: "1990-05-05" })).toEqual({});
    expect(problems({ dateOfBirth: "1990-05-05" }, { ...rules, centreRequired: false })).toEqual({});
  });

  describe("under the age of digital consent (13 here)", () => {
    const uk = { ...rules, digitalConsentAge: 13 };
    const guardian = { ...uk, registeringGuardian: "sam@example.org" };
    const child = { centreId: "leeds", alias: "Pixel", guardianEmail: "mum@example.org" };
    const refusal = [
      'You\'re under 13 when the event starts, so a parent or carer registers you from their own account: ask them to add you under "Children you register" on their account page',
    ];

    it("refuses a child registering themselves, counting the age on the event's start date", () => {
      // 13 on 2026-12-01 exactly; a day younger is 12 then.
      expect(problems({ ...child, dateOfBirth: "2013-12-01" }, uk)).toEqual({});
      expect(problems({ ...child, dateOfBirth: "2013-12-02" }, uk).dateOfBirth).toEqual(refusal);
      expect(problems({ ...child, dateOfBirth: "2016-01-01" }, uk).dateOfBirth).toEqual(refusal);
    });

    it("lets their guardian register them, asking the guardian (no address to type)", () => {
      expect(problems({ ...child, guardianEmail: "", dateOfBirth: "2016-01-01" }, guardian)).toEqual({});
      // A nickname is still needed: other participants see nothing else.
      expect(
        problems({ ...child, alias: "", guardianEmail: "", dateOfBirth: "2016-01-01" }, guardian).alias,
      ).toHaveLength(1);
    });

    it("turns off at 0, and keeps the minimum age above it", () => {
      expect(problems({ ...child, dateOfBirth: "2016-01-01" }, { ...uk, digitalConsentAge: 0 })).toEqual({});
      expect(problems({ ...child, dateOfBirth: "2019-01-01" }, guardian).dateOfBirth).toEqual([
        "Participants must be at least 8 years old on 2026-12-01, when the event starts",
      ]);
    });
  });

  it("checks the centre on the form that changes the answers too", () => {
    const result = updateRegistrationInputFor(rules).safeParse({
      centreId: "",
      experience: "",
      skills: [],
      tags: [],
    });
    const found = result.success ? {} : z.flattenError(result.error).fieldErrors;
    expect(Object.keys(found).sort()).toEqual(["centreId", "experience"]);
  });
});

describe("giveConsentInput", () => {
  const consent = {
    token: "t",
    attend: true,
    photo: false,
    publicCredit: false,
    consentTextVersion: "v",
  };

  it("normalises the guardian's name like every other name", () => {
    expect(giveConsentInput.parse({ ...consent, guardianName: "  Pat\u200b   Okoro " }).guardianName).toBe(
      "Pat Okoro",
    );
  });

  it.each(["", " P ", "P\u0430t Okoro", "x".repeat(121)])(
    "refuses %j as the guardian's name",
    (guardianName) => {
      const result = giveConsentInput.safeParse({ ...consent, guardianName });
      expect(result.success ? [] : z.flattenError(result.error).fieldErrors.guardianName).not.toEqual([]);
      expect(result.success).toBe(false);
    },
  );
});
