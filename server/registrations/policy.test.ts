import { describe, expect, it } from "vitest";
import { canResendConsentFor, canWithdraw } from "./policy.ts";

describe("registration policy", () => {
  it.each([
    [true, false],
    [false, true],
  ])("in a team: %s → may withdraw: %s", (inTeam, allowed) => {
    expect(canWithdraw({ inTeam })).toBe(allowed);
  });

  it.each([
    ["PENDING_CONSENT", true],
    ["CONFIRMED", false],
    ["WITHDRAWN", false],
  ] as const)("%s → may resend consent: %s", (status, allowed) => {
    expect(canResendConsentFor(status)).toBe(allowed);
  });
});
