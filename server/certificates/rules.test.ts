import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CODE_LENGTH,
  mayHaveParticipation,
  nameChoices,
  newCertificateCode,
  normaliseCertificateCode,
  placeLabel,
  subjectKey,
  subjectOf,
} from "./rules";

describe("certificate codes", () => {
  it("are 10 characters of Crockford base32, and read back as themselves", () => {
    for (let i = 0; i < 200; i++) {
      const code = newCertificateCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(normaliseCertificateCode(code)).toBe(code);
    }
    expect(CODE_LENGTH).toBe(10);
  });

  it("are read leniently as people type them: case, spaces, dashes, O for 0, I and L for 1", () => {
    expect(normaliseCertificateCode(" 7k3m9-qx2tb ")).toBe("7K3M9QX2TB");
    expect(normaliseCertificateCode("OIL2345678")).toBe("0112345678");
    expect(normaliseCertificateCode("ABCDEFGHJU")).toBeNull();
    expect(normaliseCertificateCode("ABC")).toBeNull();
    expect(normaliseCertificateCode("")).toBeNull();
  });
});

describe("subjects", () => {
  it("round-trip through their stored key, and nothing else is one", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), (awardId) => {
        expect(subjectOf(subjectKey({ kind: "AWARD", awardId }))).toEqual({ kind: "AWARD", awardId });
      }),
    );
    expect(subjectOf("participation")).toEqual({ kind: "PARTICIPATION" });
    expect(subjectOf("award:")).toBeNull();
    expect(subjectOf("award:a/b")).toBeNull();
    expect(subjectOf("prize")).toBeNull();
  });
});

describe("who gets a certificate of participation", () => {
  const deadline = new Date("2026-12-13T16:00:00Z");
  it("a confirmed registration, once the deadline has passed", () => {
    expect(
      mayHaveParticipation({ registrationStatus: "CONFIRMED", submissionDeadline: deadline, now: deadline }),
    ).toBe(true);
    expect(
      mayHaveParticipation({
        registrationStatus: "CONFIRMED",
        submissionDeadline: deadline,
        now: new Date(deadline.getTime() - 1),
      }),
    ).toBe(false);
    for (const status of ["PENDING_CONSENT", "WITHDRAWN", null] as const)
      expect(
        mayHaveParticipation({ registrationStatus: status, submissionDeadline: deadline, now: deadline }),
      ).toBe(false);
  });
});

describe("words", () => {
  it("offers the alias first, then the name, without blanks or repeats", () => {
    expect(nameChoices({ name: "Priya Shah", alias: "PixelPriya" })).toEqual(["PixelPriya", "Priya Shah"]);
    expect(nameChoices({ name: "Priya Shah", alias: "  " })).toEqual(["Priya Shah"]);
    expect(nameChoices({ name: "Sam", alias: "Sam" })).toEqual(["Sam"]);
    expect(nameChoices({ name: null, alias: null })).toEqual([]);
  });

  it("names places in English", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(placeLabel)).toEqual([
      "1st place",
      "2nd place",
      "3rd place",
      "4th place",
      "11th place",
      "12th place",
      "13th place",
      "21st place",
      "22nd place",
      "23rd place",
      "101st place",
      "111th place",
    ]);
  });
});
