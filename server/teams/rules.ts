/**
 * Teams as pure functions: join codes, names, who may change a team and when, and how a person is
 * named in the team finder and on team pages. No database, no clock, no randomness of its own:
 * `now` and random bytes are passed in.
 */
import type { DomainErrorCode } from "../errors.ts";
import { eventPhase, type EventTimeline } from "../events/rules.ts";
import { capabilityNotice } from "../events/notices.ts";
import { isYoungPerson } from "../people/rules.ts";
import { registrantAge, type AgeFacts } from "../registrations/age.ts";

/** No 0/O, 1/I/L: a code read aloud or copied from a projector should survive. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** 31^12 ≈ 2^59 codes: not guessable by trying, even with many teams per event. */
export const JOIN_CODE_LENGTH = 12;

/** Cryptographically random bytes; `crypto.randomBytes` in the app, a fixed sequence in tests. */
export type RandomBytes = (size: number) => Uint8Array;

/**
 * A fresh join code. Bytes at or above the largest multiple of the alphabet size are skipped, so every
 * character is equally likely (no modulo bias).
 */
export function generateJoinCode(randomBytes: RandomBytes): string {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte >= limit) continue;
      code += JOIN_CODE_ALPHABET.charAt(byte % size);
      if (code.length === JOIN_CODE_LENGTH) break;
    }
  }
  return code;
}

/** What people type or paste: case, spaces and hyphens do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

/** "ABCD-EFGH-JKMN", for reading aloud. */
export function formatJoinCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

export type TeamChange =
  /** Joining or creating a team: needs a confirmed registration. */
  | "JOIN"
  /** Anything else that changes a team: leaving, handing over, removing, settings. */
  | "CHANGE";

/**
 * Why a team change is refused: the phase's notice (in English, from the Capability words), or consent
 * still missing, which the server says from the catalogue (TeamErrors.guardianConsentBeforeJoining).
 */
export type TeamChangeBlock =
  | { code: Extract<DomainErrorCode, "PHASE_CLOSED">; message: string }
  | { code: Extract<DomainErrorCode, "CONSENT_REQUIRED"> };

/**
 * Why a team change is refused now, or null when it is allowed. Teams change from the moment
 * registration opens until the submission deadline (the event's `canChangeTeam`); people join or
 * create teams only once their registration is confirmed (a guardian has consented for a young person).
 */
export function teamChangeBlock(input: {
  event: EventTimeline & { timeZone: string };
  now: Date;
  registrationStatus: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
  change: TeamChange;
}): TeamChangeBlock | null {
  const window = eventPhase(input.event, input.now).windows.canChangeTeam;
  if (!window.allowed) {
    return {
      code: "PHASE_CLOSED",
      // Before registration opens as well as after the deadline: say which, and when.
      message: capabilityNotice("canChangeTeam", window, input.event.timeZone) ?? "Teams can't change now.",
    };
  }
  if (input.change === "JOIN" && input.registrationStatus !== "CONFIRMED") {
    return { code: "CONSENT_REQUIRED" };
  }
  return null;
}

export type LeaveOutcome = "LEAVE" | "DELETE_TEAM" | "HAND_OVER_FIRST" | "KEEP_PROJECT";

/**
 * A captain hands over before leaving, unless nobody else is left; the last one out deletes the team —
 * but never a team with a project (deleting the team would delete the project with it).
 */
export function leaveOutcome(input: {
  isCaptain: boolean;
  memberCount: number;
  hasProject: boolean;
}): LeaveOutcome {
  if (input.memberCount <= 1) return input.hasProject ? "KEEP_PROJECT" : "DELETE_TEAM";
  return input.isCaptain ? "HAND_OVER_FIRST" : "LEAVE";
}

/**
 * Whether a registered person is a young person at this event (see people/rules isYoungPerson), from
 * what their registration keeps of their age (registrantAge). Without a registration we cannot know:
 * treat them as young, the private choice.
 */
export function isYoungRegistrant(input: {
  registration: AgeFacts | null;
  event: { startsAt: Date; timeZone: string; consentAge: number };
}): boolean {
  if (!input.registration) return true;
  return isYoungPerson({
    age: registrantAge(input.registration, input.event),
    consentAge: input.event.consentAge,
  });
}

export type TeamWriteRefusal =
  "TEAM_FULL" | "TEAM_GONE" | "ALREADY_IN_TEAM" | "NAME_TAKEN" | "JOIN_CODE_TAKEN";

const UNIQUE_INDEX_REFUSALS: Record<string, TeamWriteRefusal> = {
  TeamMember_eventId_userId_key: "ALREADY_IN_TEAM",
  TeamMember_teamId_userId_key: "ALREADY_IN_TEAM",
  Team_eventId_name_key: "NAME_TAKEN",
  Team_joinCode_key: "JOIN_CODE_TAKEN",
};

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Which database rule refused a team write, from the error Prisma 7 throws through @prisma/adapter-pg
 * (the same on PGlite and PostgreSQL):
 * - the `team_member_guard` trigger's check_violation arrives as a PrismaClientKnownRequestError with
 *   code P2039 and `meta.driverAdapterError.cause = { kind: "postgres", code: "23514",
 *   originalMessage: "TEAM_FULL: …" }` — the adapter drops the constraint name, so the message prefix
 *   is what identifies it;
 * - a unique index arrives as code P2002 with `cause.kind = "UniqueConstraintViolation"` and
 *   `cause.constraint.index` naming the index;
 * - a foreign_key_violation (23503) on a team write means the team was deleted meanwhile (its last
 *   member left): the trigger raises it, or the foreign key does.
 * Anything else is null: not ours to translate.
 */
export function teamWriteRefusal(error: unknown): TeamWriteRefusal | null {
  const cause = field(field(field(error, "meta"), "driverAdapterError"), "cause");
  if (cause === undefined) return null;
  const sqlState = field(cause, "originalCode") ?? field(cause, "code");
  const message = field(cause, "originalMessage") ?? field(cause, "message");
  if (sqlState === "23514" && typeof message === "string" && message.startsWith("TEAM_FULL")) {
    return "TEAM_FULL";
  }
  if (sqlState === "23503") return "TEAM_GONE";
  const index = field(field(cause, "constraint"), "index");
  if (sqlState === "23505" && typeof index === "string") return UNIQUE_INDEX_REFUSALS[index] ?? null;
  return null;
}

/**
 * Whether a team is looking for members: its captain says so and it has a place left. The one
 * definition for the team finder, the organisers' dashboard and the teams export, so a full team that
 * forgot to untick the box is never counted or listed as looking.
 */
export function isLookingForMembers(
  team: { lookingForMembers: boolean; memberCount: number },
  maxSize: number,
): boolean {
  return team.lookingForMembers && team.memberCount < maxSize;
}

/** Whether a team has at least the event's minimum number of members (enough to take part). */
export function hasEnoughMembers(team: { memberCount: number }, minSize: number): boolean {
  return team.memberCount >= minSize;
}

/**
 * How a registered person may appear in the team finder. Below the event's age of digital consent
 * (`digitalConsentAge`, at the event's start) only if their guardian allowed it (`guardianAllows`, the
 * consent's team-finder scope), and never with a note (no free text of a child is shown to other
 * participants); otherwise as they choose. Returns `{ mayList, mayWriteNote }` (why listing is refused
 * is said by the server from the catalogue: TeamErrors.finderNeedsGuardian).
 */
export function finderListing(params: { age: number; digitalConsentAge: number; guardianAllows: boolean }): {
  mayList: boolean;
  mayWriteNote: boolean;
} {
  if (params.age >= params.digitalConsentAge) return { mayList: true, mayWriteNote: true };
  if (params.guardianAllows) return { mayList: true, mayWriteNote: false };
  return { mayList: false, mayWriteNote: false };
}
