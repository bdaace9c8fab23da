import { describe, expect, it } from "vitest";
import { recordId } from "./record-id.ts";

describe("recordId", () => {
  const id = recordId("Team");

  it.each([
    "cm1a2b3c4d5e6f7g8h9i0j1k2",
    "e2e-event-3c29aaec-2111-4bdc-b686-37d0e8bd7bf0",
    "leeds",
    "a_b",
    "x".repeat(64),
  ])("accepts %s", (value) => expect(id.parse(value)).toBe(value));

  it("trims", () => expect(id.parse("  abc  ")).toBe("abc"));

  it.each([
    ["empty", "", "Team is missing"],
    ["blank", "   ", "Team is missing"],
    ["65 characters", "x".repeat(65), "Team isn't valid"],
    ["10 kB", "x".repeat(10_000), "Team isn't valid"],
    ["a NUL", "\u0000", "Team isn't valid"],
    ["a NUL inside", "a\u0000b", "Team isn't valid"],
    ["a space inside", "a b", "Team isn't valid"],
    ["a path", "../etc", "Team isn't valid"],
    ["punctuation", ";env;", "Team isn't valid"],
    ["replacement characters", "\ufffd\ufffd", "Team isn't valid"],
    ["non-ASCII letters", "é", "Team isn't valid"],
  ])("refuses %s", (_, value, message) => {
    const result = id.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("says Id when not told what the id is", () => {
    expect(recordId().safeParse("").error?.issues[0]?.message).toBe("Id is missing");
  });
});
