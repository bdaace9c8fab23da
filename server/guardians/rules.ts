// Children's profiles kept by a guardian: the reserved addresses they carry and who may act for whom. Pure.
import type { SessionUser } from "../context.ts";

/** How many children's profiles one guardian can keep (a family, a club leader's few; not a school). */
export const MAX_MANAGED_PROFILES = 10;

/** The reserved domain of managed profiles' addresses (RFC 2606 `.invalid`: nothing is ever sent there). */
const MANAGED_DOMAIN = "managed.invalid";

/**
 * The address a child's profile carries (email is unique and required, and the child has none):
 * `managed-<suffix>@managed.invalid`, where `suffix` is random lower-case letters or digits. Mail for it
 * goes to the guardian (server/mail/send.ts), and nobody can sign in with it (server/auth).
 */
export function managedProfileEmail(suffix: string): string {
  return `managed-${suffix.toLowerCase()}@${MANAGED_DOMAIN}`;
}

/** Whether an address is a managed profile's. */
export function isManagedProfileEmail(email: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${MANAGED_DOMAIN}`);
}

/**
 * Whether an address can never receive mail or sign in: under the reserved `.invalid` top-level domain,
 * as managed profiles and deleted accounts are.
 */
export function isReservedAddress(email: string): boolean {
  return /\.invalid$/i.test(email.trim());
}

/**
 * Whether `user` may act for the profile `profile`: only the guardian who keeps it, only while it is
 * not deleted, and never a profile acting for another (acting does not nest).
 */
export function mayActFor(
  user: { id: string; guardian?: unknown },
  profile: { managedById: string | null; deletedAt: Date | null },
): boolean {
  return user.guardian === undefined && profile.managedById === user.id && profile.deletedAt === null;
}

/**
 * The person at the keyboard: the guardian while they act for a child, else the user. For the pages a
 * guardian reaches by an emailed link (consent, sensitive details, collection), where the child's own
 * account would be refused as consenting for themselves.
 */
export function personAtKeyboard(user: SessionUser): SessionUser;
export function personAtKeyboard(user: SessionUser | null): SessionUser | null;
export function personAtKeyboard(user: SessionUser | null): SessionUser | null {
  if (!user?.guardian) return user;
  return {
    id: user.guardian.id,
    email: user.guardian.email,
    name: user.guardian.name,
    isPlatformAdmin: false,
  };
}
