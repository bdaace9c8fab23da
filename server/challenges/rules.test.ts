import { describe, expect, it } from "vitest";
import {
  availableActions,
  isEditable,
  isVisibleToOrganisers,
  transition,
  type ChallengeAction,
} from "./rules.ts";
import { CHALLENGE_STATUSES, type ChallengeStatus } from "./schema.ts";

// Every (status, action) pair: where it goes, or that it is a no-op, or refused.
const expected: Record<ChallengeStatus, Record<ChallengeAction, ChallengeStatus | "noop" | "refused">> = {
  DRAFT: { submit: "SUBMITTED", approve: "refused", requestChanges: "refused", publish: "refused" },
  SUBMITTED: { submit: "noop", approve: "APPROVED", requestChanges: "CHANGES_REQUESTED", publish: "refused" },
  CHANGES_REQUESTED: { submit: "SUBMITTED", approve: "refused", requestChanges: "noop", publish: "refused" },
  APPROVED: { submit: "refused", approve: "noop", requestChanges: "refused", publish: "PUBLISHED" },
  PUBLISHED: { submit: "refused", approve: "refused", requestChanges: "refused", publish: "noop" },
};

describe("transition", () => {
  const cases = CHALLENGE_STATUSES.flatMap((status) =>
    (Object.keys(expected[status]) as ChallengeAction[]).map(
      (action) => [status, action, expected[status][action]] as const,
    ),
  );
  it.each(cases)("%s + %s → %s", (status, action, outcome) => {
    const result = transition(status, action);
    if (outcome === "noop" || outcome === "refused") {
      expect(result.kind).toBe(outcome);
    } else {
      expect(result).toEqual({ kind: "move", from: status, to: outcome });
    }
  });
});

describe("isEditable", () => {
  it.each([
    ["DRAFT", true],
    ["SUBMITTED", false],
    ["CHANGES_REQUESTED", true],
    ["APPROVED", false],
    ["PUBLISHED", false],
  ] as const)("%s → %s", (status, editable) => {
    expect(isEditable(status)).toBe(editable);
  });
});

describe("isVisibleToOrganisers", () => {
  it.each(CHALLENGE_STATUSES.map((s) => [s, s !== "DRAFT"] as const))("%s → %s", (status, visible) => {
    expect(isVisibleToOrganisers(status)).toBe(visible);
  });
});

describe("availableActions", () => {
  it.each([
    ["DRAFT", "sponsor", ["submit"]],
    ["DRAFT", "organiser", []],
    ["SUBMITTED", "sponsor", []],
    ["SUBMITTED", "organiser", ["approve", "requestChanges"]],
    ["CHANGES_REQUESTED", "sponsor", ["submit"]],
    ["CHANGES_REQUESTED", "organiser", []],
    ["APPROVED", "organiser", ["publish"]],
    ["APPROVED", "sponsor", []],
    ["PUBLISHED", "organiser", []],
    ["PUBLISHED", "sponsor", []],
  ] as const)("%s for the %s → %j", (status, by, actions) => {
    expect(availableActions(status, by)).toEqual(actions);
  });
});
