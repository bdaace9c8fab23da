import { describe, expect, it } from "vitest";
import {
  bearerSecret,
  EVENT_PERMISSIONS,
  expiryOf,
  ORGANISATION_PERMISSIONS,
  PERMISSION_LABELS,
  permissionsFor,
  tokenState,
} from "./rules.ts";
import { hashTokenSecret, newTokenSecret } from "./secret.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

describe("newTokenSecret", () => {
  it("makes a recognisable 47-character secret, its SHA-256 and the prefix to show", () => {
    const { secret, hash, prefix } = newTokenSecret();
    expect(secret).toMatch(/^fst_[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashTokenSecret(secret));
    expect(prefix).toBe(secret.slice(0, 10));
  });

  it("never repeats itself", () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => newTokenSecret().secret));
    expect(secrets.size).toBe(1000);
  });
});

describe("bearerSecret", () => {
  const secret = newTokenSecret().secret;
  it.each([
    [`Bearer ${secret}`, secret],
    [`bearer ${secret}`, secret],
    [`BEARER \t${secret} `, secret],
    [null, null],
    ["", null],
    [secret, null],
    [`Basic ${secret}`, null],
    ["Bearer fst_short", null],
    [`Bearer ${secret}x`, null],
    [`Bearer ${secret.replace("fst_", "xyz_")}`, null],
    [`Bearer ${secret} ${secret}`, null],
    [`Bearer ${secret.slice(0, -1)}!`, null],
  ])("%s → %s", (header, expected) => {
    expect(bearerSecret(header)).toBe(expected);
  });
});

describe("tokenState", () => {
  it.each([
    [{ revokedAt: null, expiresAt: null }, "active"],
    [{ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, "active"],
    [{ revokedAt: null, expiresAt: now }, "expired"],
    [{ revokedAt: now, expiresAt: null }, "revoked"],
    [{ revokedAt: now, expiresAt: new Date(now.getTime() - 1) }, "revoked"],
  ] as const)("%o → %s", (token, expected) => {
    expect(tokenState(token, now)).toBe(expected);
  });
});

describe("expiryOf", () => {
  it("adds whole days, or never expires", () => {
    expect(expiryOf(30, now)).toEqual(new Date("2026-12-24T12:00:00.000Z"));
    expect(expiryOf(365, now)).toEqual(new Date("2027-11-24T12:00:00.000Z"));
    expect(expiryOf(null, now)).toBeNull();
  });
});

describe("permissions", () => {
  it("gives each owner kind its own, each with a label, and no permission to both", () => {
    expect(permissionsFor({ kind: "event", eventId: "e" })).toEqual(EVENT_PERMISSIONS);
    expect(permissionsFor({ kind: "organisation", organisationId: "o" })).toEqual(ORGANISATION_PERMISSIONS);
    expect(
      EVENT_PERMISSIONS.filter((p) => (ORGANISATION_PERMISSIONS as readonly string[]).includes(p)),
    ).toEqual([]);
    for (const permission of [...EVENT_PERMISSIONS, ...ORGANISATION_PERMISSIONS]) {
      expect(PERMISSION_LABELS[permission].length).toBeGreaterThan(10);
    }
  });
});
