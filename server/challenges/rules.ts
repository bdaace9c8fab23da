// The challenge status machine, as pure functions:
//   DRAFT → SUBMITTED (sponsor) → APPROVED | CHANGES_REQUESTED (organiser, a comment required)
//   CHANGES_REQUESTED → SUBMITTED (sponsor, after edits);  APPROVED → PUBLISHED (organiser)
import type { Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { ChallengeStatus } from "./schema.ts";

/** This module's refusals ("ChallengeErrors"). */
const refuse = refusals("ChallengeErrors");

export type ChallengeAction = "submit" | "approve" | "requestChanges" | "publish";
export type Actor = "sponsor" | "organiser";

interface Step {
  from: readonly ChallengeStatus[];
  to: ChallengeStatus;
  by: Actor;
}

export const CHALLENGE_STEPS: Record<ChallengeAction, Step> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", by: "sponsor" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", by: "organiser" },
  requestChanges: { from: ["SUBMITTED"], to: "CHANGES_REQUESTED", by: "organiser" },
  publish: { from: ["APPROVED"], to: "PUBLISHED", by: "organiser" },
};

export type Transition =
  | { kind: "move"; from: ChallengeStatus; to: ChallengeStatus }
  /** Already there: repeating an action changes nothing. */
  | { kind: "noop" }
  | { kind: "refused"; reason: Said };

/** Why each action is refused from a status it does not start from. */
const refusedKeys = {
  submit: "submitRefused",
  approve: "approveRefused",
  requestChanges: "requestChangesRefused",
  publish: "publishRefused",
} as const satisfies Record<ChallengeAction, string>;

export function transition(status: ChallengeStatus, action: ChallengeAction): Transition {
  const step = CHALLENGE_STEPS[action];
  if (status === step.to) return { kind: "noop" };
  if (step.from.includes(status)) return { kind: "move", from: status, to: step.to };
  return { kind: "refused", reason: refuse(refusedKeys[action]) };
}

/** The owning organisation edits only before review or when asked for changes. */
export function isEditable(status: ChallengeStatus): boolean {
  return status === "DRAFT" || status === "CHANGES_REQUESTED";
}

/** Organisers see a challenge once it has been submitted; a draft is the sponsor's own business. */
export function isVisibleToOrganisers(status: ChallengeStatus): boolean {
  return status !== "DRAFT";
}

/** The actions open to each side, for the buttons a page shows. */
export function availableActions(status: ChallengeStatus, by: Actor): ChallengeAction[] {
  return (Object.keys(CHALLENGE_STEPS) as ChallengeAction[]).filter(
    (action) => CHALLENGE_STEPS[action].by === by && transition(status, action).kind === "move",
  );
}
