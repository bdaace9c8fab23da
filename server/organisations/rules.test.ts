import { describe, expect, it } from "vitest";
import { firstFreeSlug, inviteExpiry, inviteState, inviteVerdict, keepsAnOwner, slugify } from "./rules.ts";

describe("slugify", () => {
  it.each([
    ["Leeds City Council", "leeds-city-council"],
    ["  ODI  Leeds  ", "odi-leeds"],
    ["Café Société", "cafe-societe"],
    ["AT&T", "at-and-t"],
    ["Northern Powergrid (NPG)", "northern-powergrid-npg"],
    ["---", "organisation"],
    ["数据", "organisation"],
    ["x".repeat(100), "x".repeat(60)],
    [`${"a".repeat(59)} b`, "a".repeat(59)],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("firstFreeSlug", () => {
  it.each([
    [[], "acme"],
    [["acme"], "acme-2"],
    [["acme", "acme-2"], "acme-3"],
    [["acme", "acme-3"], "acme-2"],
    [["acme-2"], "acme"],
  ])("taken %j → %s", (taken, expected) => {
    expect(firstFreeSlug("acme", new Set(taken))).toBe(expected);
  });
});

describe("invitations", () => {
  const now = new Date("2026-11-24T12:00:00Z");
  it("last 14 days", () => {
    expect(inviteExpiry(now).toISOString()).toBe("2026-12-08T12:00:00.000Z");
  });

  const pending = { email: "ada@example.test", expiresAt: inviteExpiry(now), acceptedAt: null };
  it.each([
    ["pending, right email", pending, "ada@example.test", now, "CAN_ACCEPT"],
    ["pending, email in another case", pending, " Ada@Example.TEST ", now, "CAN_ACCEPT"],
    ["pending, another email", pending, "bob@example.test", now, "WRONG_EMAIL"],
    [
      "a moment before expiry",
      pending,
      "ada@example.test",
      new Date(pending.expiresAt.getTime() - 1),
      "CAN_ACCEPT",
    ],
    ["at expiry", pending, "ada@example.test", pending.expiresAt, "EXPIRED"],
    ["expired, another email", pending, "bob@example.test", new Date("2027-01-01"), "EXPIRED"],
    ["accepted", { ...pending, acceptedAt: now }, "ada@example.test", now, "ACCEPTED"],
    [
      "accepted and expired",
      { ...pending, acceptedAt: now },
      "ada@example.test",
      new Date("2027-01-01"),
      "ACCEPTED",
    ],
  ] as const)("%s → %s", (_name, invite, viewer, at, verdict) => {
    expect(inviteVerdict(invite, viewer, at)).toBe(verdict);
  });

  it("state ignores who is looking", () => {
    expect(inviteState(pending, now)).toBe("PENDING");
  });
});

describe("keepsAnOwner", () => {
  it.each([
    ["demote the only owner", { currentRole: "OWNER", newRole: "MEMBER", ownerCount: 1 }, false],
    ["remove the only owner", { currentRole: "OWNER", newRole: null, ownerCount: 1 }, false],
    ["demote one of two owners", { currentRole: "OWNER", newRole: "MEMBER", ownerCount: 2 }, true],
    ["remove one of two owners", { currentRole: "OWNER", newRole: null, ownerCount: 2 }, true],
    ["owner stays owner", { currentRole: "OWNER", newRole: "OWNER", ownerCount: 1 }, true],
    ["promote a member", { currentRole: "MEMBER", newRole: "OWNER", ownerCount: 1 }, true],
    ["remove a member", { currentRole: "MEMBER", newRole: null, ownerCount: 1 }, true],
  ] as const)("%s → %s", (_name, change, ok) => {
    expect(keepsAnOwner(change)).toBe(ok);
  });
});
