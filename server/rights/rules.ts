// People's rights over their data: what an account deletion leaves behind and what stops one. Pure.
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("RightsErrors"): the words of what stops a deletion. */
const refuse = refusals("RightsErrors");

/** What a deleted account's name and nickname become: credit, team lists and judging show this instead. */
export const FORMER_PARTICIPANT = "Former participant";

/**
 * The address a deleted account keeps (email is unique and required): under the reserved `.invalid`
 * top-level domain (RFC 2606), so nothing can ever be sent to it, and derived from the account id, so
 * signing in again with the old address makes a new, empty account.
 */
export function tombstoneEmail(userId: string): string {
  return `deleted-${userId.toLowerCase()}@deleted.invalid`;
}

/** Whether an address is a deleted account's. */
export function isTombstoneEmail(email: string): boolean {
  return email.endsWith("@deleted.invalid");
}

export type DeletionBlocker =
  | { kind: "SOLE_OWNER"; name: string }
  | { kind: "SOLE_ORGANISER"; name: string }
  | { kind: "LAST_ADMIN" }
  | { kind: "KEEPS_PROFILES"; names: string[] };

/**
 * What stops someone deleting their account, so that nothing is left without anyone to run it: being
 * the only owner of an organisation that has other members (make one of them an owner), the only
 * organiser of an event that is not archived and has not ended (add another organiser), or the only
 * platform administrator, or the guardian who keeps children's profiles (remove them first: nobody else
 * could act for them). Inputs are the facts; returns the blockers, empty when deletion may go ahead.
 */
export function deletionBlockers(facts: {
  soleOwnerOf: readonly { name: string; otherMembers: number }[];
  soleOrganiserOf: readonly { name: string; archived: boolean; ended: boolean }[];
  isPlatformAdmin: boolean;
  otherPlatformAdmins: number;
  /** The names of the children's profiles the person keeps (not removed). */
  keepsProfilesOf?: readonly string[];
}): DeletionBlocker[] {
  const blockers: DeletionBlocker[] = [];
  for (const org of facts.soleOwnerOf) {
    if (org.otherMembers > 0) blockers.push({ kind: "SOLE_OWNER", name: org.name });
  }
  for (const event of facts.soleOrganiserOf) {
    if (!event.archived && !event.ended) blockers.push({ kind: "SOLE_ORGANISER", name: event.name });
  }
  if (facts.isPlatformAdmin && facts.otherPlatformAdmins === 0) blockers.push({ kind: "LAST_ADMIN" });
  const profiles = facts.keepsProfilesOf ?? [];
  if (profiles.length > 0) blockers.push({ kind: "KEEPS_PROFILES", names: [...profiles] });
  return blockers;
}

/** One sentence per blocker, saying what to do first. */
export function deletionBlockerText(blocker: DeletionBlocker): string {
  switch (blocker.kind) {
    case "SOLE_OWNER":
      return refuse("soleOwner", { name: blocker.name }).text;
    case "SOLE_ORGANISER":
      return refuse("soleOrganiser", { name: blocker.name }).text;
    case "LAST_ADMIN":
      return refuse("lastAdmin").text;
    case "KEEPS_PROFILES":
      return refuse("keepsProfiles", { count: blocker.names.length, names: blocker.names.join(", ") }).text;
  }
}
