// Pure organisation rules: slugs, invitation lifetimes and who may change whom. No db, no clock.
import type { OrganisationRole } from "./schema.ts";

export const INVITE_LIFETIME_DAYS = 14;

/** A URL slug from a display name: lower-case ASCII letters, digits and single hyphens. */
export function slugify(name: string, fallback = "organisation"): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/** The first of base, base-2, base-3, … that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 3_600_000);
}

export type InviteState = "PENDING" | "EXPIRED" | "ACCEPTED";

export function inviteState(invite: { expiresAt: Date; acceptedAt: Date | null }, now: Date): InviteState {
  if (invite.acceptedAt) return "ACCEPTED";
  return now.getTime() >= invite.expiresAt.getTime() ? "EXPIRED" : "PENDING";
}

/** What the person holding an invitation link may do with it. */
export type InviteVerdict = "CAN_ACCEPT" | "WRONG_EMAIL" | "EXPIRED" | "ACCEPTED";

export function inviteVerdict(
  invite: { email: string; expiresAt: Date; acceptedAt: Date | null },
  viewerEmail: string,
  now: Date,
): InviteVerdict {
  const state = inviteState(invite, now);
  if (state !== "PENDING") return state;
  return invite.email.toLowerCase() === viewerEmail.trim().toLowerCase() ? "CAN_ACCEPT" : "WRONG_EMAIL";
}

/**
 * Whether a member's role change or removal keeps the organisation manageable: it always keeps at
 * least one owner. `ownerCount` is the number of owners before the change.
 */
export function keepsAnOwner(change: {
  currentRole: OrganisationRole;
  newRole: OrganisationRole | null;
  ownerCount: number;
}): boolean {
  if (change.currentRole !== "OWNER" || change.newRole === "OWNER") return true;
  return change.ownerCount > 1;
}
