import { describe, expect, it } from "vitest";
import {
  firstName,
  greetingName,
  isYoungPerson,
  nameForGuardian,
  nameForOrganisers,
  nameForParticipants,
  nameWithInitial,
  UNNAMED_PARTICIPANT,
} from "./rules.ts";

describe("isYoungPerson", () => {
  it.each([
    [17, 18, true],
    [18, 18, false],
    // Privacy follows the law on minors even where an event asks consent only below 16.
    [16, 16, true],
    [19, 21, true],
    [21, 21, false],
  ])("aged %i with consent age %i → %s", (age, consentAge, expected) => {
    expect(isYoungPerson({ age, consentAge })).toBe(expected);
  });
});

describe("names", () => {
  it("takes the first name and the last name's initial", () => {
    expect(firstName("  Ada King Lovelace ")).toBe("Ada");
    expect(firstName(" ")).toBeNull();
    expect(nameWithInitial("Ada King lovelace")).toBe("Ada L.");
    expect(nameWithInitial("Ada")).toBe("Ada");
    expect(nameWithInitial(null)).toBeNull();
  });

  it.each([
    [{ name: "Ada Lovelace", alias: "Countess", young: true }, "Countess"],
    [{ name: "Ada Lovelace", alias: null, young: true }, UNNAMED_PARTICIPANT],
    [{ name: "Ada Lovelace", alias: "   ", young: true }, UNNAMED_PARTICIPANT],
    [{ name: "Ada Lovelace", alias: "Countess", young: false }, "Ada Lovelace"],
    [{ name: null, alias: "Countess", young: false }, "Countess"],
    [{ name: " ", alias: null, young: false }, UNNAMED_PARTICIPANT],
  ])("other participants see %j as %s", (input, expected) => {
    expect(nameForParticipants(input)).toBe(expected);
  });

  it.each([
    [{ name: "Ada Lovelace", alias: null, young: false }, "Ada Lovelace"],
    [{ name: "Ada Lovelace", alias: "PixelFox", young: true }, "PixelFox"],
    [{ name: "Ada King Lovelace", alias: null, young: true }, "Ada L."],
    [{ name: "Ada", alias: " ", young: true }, "Ada"],
    [{ name: null, alias: null, young: true }, UNNAMED_PARTICIPANT],
    [{ name: null, alias: "ByteOtter", young: false }, "ByteOtter"],
  ])("organisers see %j as %s", (input, expected) => {
    expect(nameForOrganisers(input)).toBe(expected);
  });

  it("tells a guardian the first name only", () => {
    expect(nameForGuardian({ name: "Sam Smith", alias: "PixelFox" })).toBe("Sam");
    expect(nameForGuardian({ name: null, alias: "PixelFox" })).toBe("PixelFox");
    expect(nameForGuardian({ name: "  ", alias: null })).toBe(UNNAMED_PARTICIPANT);
  });

  it("greets a person by first name, or nickname, or not at all", () => {
    expect(greetingName({ name: "Sam Smith", alias: "PixelFox" })).toBe("Sam");
    expect(greetingName({ name: null, alias: "PixelFox" })).toBe("PixelFox");
    expect(greetingName({ name: null, alias: null })).toBeNull();
  });
});
