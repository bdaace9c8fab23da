import { describe, expect, it } from "vitest";
import { tombstoneEmail } from "../rights/rules.ts";
import {
  isManagedProfileEmail,
  isReservedAddress,
  managedProfileEmail,
  mayActFor,
  personAtKeyboard,
} from "./rules.ts";

describe("reserved addresses", () => {
  it("gives a child's profile an address under .invalid that nothing is sent to", () => {
    const email = managedProfileEmail("AB12cd");
    expect(email).toBe("managed-ab12cd@managed.invalid");
    expect(isManagedProfileEmail(email)).toBe(true);
    expect(isReservedAddress(email)).toBe(true);
  });

  it("treats deleted accounts as reserved too, and ordinary addresses as ordinary", () => {
    expect(isReservedAddress(tombstoneEmail("abc"))).toBe(true);
    expect(isManagedProfileEmail(tombstoneEmail("abc"))).toBe(false);
    for (const email of ["sam@example.org", "x@invalid.example.org", "invalid@example.org", "a@b.invalids"]) {
      expect(isReservedAddress(email)).toBe(false);
    }
    expect(isReservedAddress(" Someone@Example.INVALID ")).toBe(true);
  });
});

describe("mayActFor", () => {
  const guardian = { id: "g" };
  it("lets only the guardian who keeps a live profile act for it", () => {
    expect(mayActFor(guardian, { managedById: "g", deletedAt: null })).toBe(true);
    expect(mayActFor(guardian, { managedById: "h", deletedAt: null })).toBe(false);
    expect(mayActFor(guardian, { managedById: null, deletedAt: null })).toBe(false);
    expect(mayActFor(guardian, { managedById: "g", deletedAt: new Date() })).toBe(false);
  });
  it("never nests: someone already acting for a child acts for nobody else", () => {
    expect(mayActFor({ id: "g", guardian: { id: "x" } }, { managedById: "g", deletedAt: null })).toBe(false);
  });
});

describe("personAtKeyboard", () => {
  it("is the guardian while acting, never an admin, and the user otherwise", () => {
    const user = { id: "u", email: "u@example.org", name: "U", isPlatformAdmin: true };
    expect(personAtKeyboard(user)).toBe(user);
    expect(personAtKeyboard(null)).toBeNull();
    expect(
      personAtKeyboard({
        id: "c",
        email: managedProfileEmail("1"),
        name: "Mia",
        isPlatformAdmin: false,
        guardian: { id: "g", email: "g@example.org", name: "Sam" },
      }),
    ).toEqual({ id: "g", email: "g@example.org", name: "Sam", isPlatformAdmin: false });
  });
});
