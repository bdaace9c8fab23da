// Pure rules of who may do what in judging, and when. No database, no clock (callers pass `now`).
import type { EventRole } from "../events/policy.ts";

export type RoundStatus = "DRAFT" | "OPEN" | "CLOSED" | "PUBLISHED";

export interface RoundViewer {
  isPlatformAdmin: boolean;
  eventRoles: readonly EventRole[];
  /** Organisations the viewer is a member of (any role). */
  organisationIds: readonly string[];
}

export interface RoundOwnership {
  scope: "EVENT" | "HEAT" | "CHALLENGE" | "FINALS";
  /** The organisation of the round's challenge (CHALLENGE rounds only). */
  challengeOrganisationId: string | null;
}

/**
 * Organisers (and platform administrators) manage every round of their event; members of a challenge's
 * organisation manage that challenge's round (its rubric, judges, assignment and results), and no other.
 */
export function canManageRound(viewer: RoundViewer, round: RoundOwnership): boolean {
  if (viewer.isPlatformAdmin || viewer.eventRoles.includes("ORGANISER")) return true;
  return (
    round.scope === "CHALLENGE" &&
    round.challengeOrganisationId !== null &&
    viewer.organisationIds.includes(round.challengeOrganisationId)
  );
}

/** The moves a round's status can make; anything else is refused. */
const TRANSITIONS: Record<RoundStatus, readonly RoundStatus[]> = {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED"],
  // Reopening lets judges correct scores; publishing shows the results.
  CLOSED: ["OPEN", "PUBLISHED"],
  // Unpublishing hides results again (e.g. a mistake found after publishing).
  PUBLISHED: ["CLOSED"],
};

export function canMoveRound(from: RoundStatus, to: RoundStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export interface ScoringWindow {
  status: RoundStatus;
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * Whether judges can score now: the round is OPEN and `now` is inside its window (a missing end of the
 * window is open-ended). Returns the reason when not, for the screen to say.
 */
export function scoringState(
  round: ScoringWindow,
  now: Date,
): { open: true } | { open: false; reason: "NOT_OPEN" | "NOT_YET" | "CLOSED" } {
  if (round.status === "DRAFT") return { open: false, reason: "NOT_OPEN" };
  if (round.status !== "OPEN") return { open: false, reason: "CLOSED" };
  if (round.opensAt && now < round.opensAt) return { open: false, reason: "NOT_YET" };
  if (round.closesAt && now >= round.closesAt) return { open: false, reason: "CLOSED" };
  return { open: true };
}

/** Whether a rubric can still change: only before anyone has scored with it. */
export function canEditRubric(scoreCount: number): boolean {
  return scoreCount === 0;
}

/**
 * The instant a score was typed, as the server will order it: the device's clock, but never later than
 * the server's (a phone whose clock runs fast must not make its writes unbeatable).
 */
export function writeInstant(deviceMillis: number, now: Date): Date {
  return new Date(Math.min(deviceMillis, now.getTime()));
}

/**
 * Whether an incoming write replaces the stored one: only when it was typed strictly later. A retry of the
 * same write (same instant) changes nothing, and an older write that arrives late is ignored.
 */
export function isNewerWrite(stored: Date | null, incoming: Date): boolean {
  return stored === null || incoming.getTime() > stored.getTime();
}
