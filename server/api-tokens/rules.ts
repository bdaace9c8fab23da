// API tokens: what they may do, what they look like, and when they work. Pure: no database, no Node
// modules (the Integrations page imports it); making and hashing secrets is secret.ts.

/** What an organisation's token may do: read and write the organisation's own challenges. */
export const ORGANISATION_PERMISSIONS = ["challenges:read", "challenges:write"] as const;
/**
 * What an event's token may do: read registrations and teams (never a young person's name or any
 * contact details), and review the challenges sponsors send (approve, ask for changes, publish).
 */
export const EVENT_PERMISSIONS = ["registrations:read", "teams:read", "challenges:review"] as const;

export type OrganisationPermission = (typeof ORGANISATION_PERMISSIONS)[number];
export type EventPermission = (typeof EVENT_PERMISSIONS)[number];
export type ApiPermission = OrganisationPermission | EventPermission;

/** One line per permission, for the form that makes a token and for the API reference. */
export const PERMISSION_LABELS: Record<ApiPermission, string> = {
  "challenges:read": "Read this organisation's challenges, whatever their status",
  "challenges:write": "Draft and change this organisation's challenges, and send them for review",
  "registrations:read":
    "Read registrations: status, centre and team (no young person's name, no contact details)",
  "teams:read": "Read teams: name, centre, members' registration ids and whether the project is submitted",
  "challenges:review":
    "Read the challenges sent to this event, approve them, ask for changes and publish them",
};

/** Whose token: an event's (made by its organisers) or an organisation's (made by its owners). */
export type ApiTokenOwner =
  { kind: "event"; eventId: string } | { kind: "organisation"; organisationId: string };

/** Every secret starts with this, so secret scanners and people can recognise one. */
export const TOKEN_PREFIX = "fst_";
/** How many characters of the secret are kept in clear to tell tokens apart ("fst_" and 6 more). */
export const SHOWN_PREFIX_LENGTH = 10;
/** The most tokens an owner may have working at once. */
export const MAX_ACTIVE_TOKENS = 20;
/** How long a token may be made to last, in days; `null` is "no expiry". */
export const EXPIRY_CHOICES = [30, 90, 365, null] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

/** What a secret looks like: "fst_" and 43 base64url characters. */
export const SECRET_SHAPE = /^fst_[A-Za-z0-9_-]{43}$/;

/**
 * The secret in an `Authorization: Bearer fst_…` header, or null when the header is missing, uses
 * another scheme, or holds something that cannot be a secret (so no query is made for it). The scheme
 * name is case-insensitive (RFC 9110 §11.1).
 */
export function bearerSecret(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  const secret = match?.[1];
  return secret && SECRET_SHAPE.test(secret) ? secret : null;
}

/** Whether a token works at `now`: revoked wins over expired. */
export type TokenState = "active" | "revoked" | "expired";

export function tokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** When a token made at `now` with `choice` stops working (null: never). */
export function expiryOf(choice: ExpiryChoice, now: Date): Date | null {
  return choice === null ? null : new Date(now.getTime() + choice * 24 * 60 * 60 * 1000);
}

/** The permissions an owner's tokens may hold. */
export function permissionsFor(owner: ApiTokenOwner): readonly ApiPermission[] {
  return owner.kind === "event" ? EVENT_PERMISSIONS : ORGANISATION_PERMISSIONS;
}
