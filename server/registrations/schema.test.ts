import { describe, expect, it } from "vitest";
import { z } from "zod";
import { giveConsentInput, MAX_TAGS, registerInput } from "./schema.ts";

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
