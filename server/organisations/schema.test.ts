import { describe, expect, it } from "vitest";
import { createOrganisationInput, inviteToken } from "./schema.ts";

const base = { name: "Leeds Data Mill", kind: "PUBLIC_SECTOR" };

describe("createOrganisationInput", () => {
  it("turns empty optional links into null", () => {
    expect(createOrganisationInput.parse({ ...base, website: "" })).toMatchObject({
      website: null,
      description: "",
    });
  });

  it.each([
    ["website", "https://example.test", true],
    ["website", "http://example.test/about", true],
    ["website", "javascript:alert(1)", false],
    ["website", "JAVASCRIPT:alert(1)", false],
    ["website", "data:text/html,hi", false],
    ["website", "ftp://example.test", false],
    ["website", "example.test", false],
    ["website", "mailto:a@example.test", false],
  ])("%s %s → %s", (field, value, ok) => {
    expect(createOrganisationInput.safeParse({ ...base, [field]: value }).success).toBe(ok);
  });
});

describe("inviteToken", () => {
  it.each([
    ["a".repeat(43), true],
    ["A-_9".repeat(10) + "abc", true],
    ["a".repeat(42), false],
    ["a".repeat(44), false],
    [`${"a".repeat(42)}=`, false],
    ["../../etc/passwd".padEnd(43, "a"), false],
  ])("%s → %s", (token, ok) => {
    expect(inviteToken.safeParse(token).success).toBe(ok);
  });
});
