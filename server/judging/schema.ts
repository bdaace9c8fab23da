// Inputs of the judging procedures (zod, shared with the judging forms; no Prisma, no Temporal).
import { z } from "zod";
import { email, eventId } from "../events/ids.ts";
import { whenValid } from "../forms/schema.ts";
import { recordId } from "../record-id.ts";

export { email, eventId };

export const roundId = recordId("Round id");
export const roundJudgeId = recordId("Judge id");
export const assignmentId = recordId("Assignment id");
export const criterionId = recordId("Criterion id");
export const entryId = recordId("Entry id");
export const conflictId = recordId("Conflict id");

export const ROUND_SCOPES = ["EVENT", "HEAT", "CHALLENGE", "FINALS"] as const;
export type RoundScope = (typeof ROUND_SCOPES)[number];

/** What screens call each round scope. */
export const ROUND_SCOPE_LABELS: Record<RoundScope, string> = {
  EVENT: "Whole event",
  HEAT: "A centre's heat",
  CHALLENGE: "A challenge's prize",
  FINALS: "Finals",
};

export const ROUND_STATUS_LABELS = {
  DRAFT: "Draft",
  OPEN: "Open for scoring",
  CLOSED: "Closed",
  PUBLISHED: "Results published",
} as const;

export const ASSIGNMENT_STATUS_LABELS = {
  PENDING: "To score",
  SCORED: "Scored",
  SKIPPED: "Skipped",
  ABSENT: "Team absent",
  FLAGGED: "Flagged",
} as const;

/** The largest rubric a round can have; a judge on a phone should not scroll past more. */
export const MAX_CRITERIA = 10;

const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter a date and a time");

const optionalLocalDateTime = z
  .union([z.literal(""), localDateTime])
  .nullish()
  .transform((value) => (value ? value : null));

const optionalId = (label: string) =>
  z
    .union([z.literal(""), recordId(label)])
    .nullish()
    .transform((value) => (value ? value : null));

export const criterionInput = z.object({
  name: z.string().trim().min(2, "Give the criterion a name").max(80, "Use at most 80 characters"),
  guidance: z.string().trim().max(1000, "Use at most 1000 characters").default(""),
  weight: z.coerce
    .number("Enter a weight")
    .positive("A weight must be more than 0")
    .max(100, "Use a weight of at most 100"),
});

const roundShape = z.object({
  name: z.string().trim().min(3, "Use at least 3 characters").max(80, "Use at most 80 characters"),
  scope: z.enum(ROUND_SCOPES, "Choose what the round judges"),
  centreId: optionalId("Centre id"),
  challengeId: optionalId("Challenge id"),
  judgesPerEntry: z.coerce
    .number("Enter a number")
    .int("Use a whole number")
    .min(1, "At least 1 judge per entry")
    .max(20, "At most 20 judges per entry"),
  scaleMin: z.coerce
    .number("Enter a number")
    .int("Use a whole number")
    .min(0, "At least 0")
    .max(9, "At most 9"),
  scaleMax: z.coerce
    .number("Enter a number")
    .int("Use a whole number")
    .min(1, "At least 1")
    .max(100, "At most 100"),
  /** Wall-clock times in the event's time zone; blank: opened and closed by hand. */
  opensAt: optionalLocalDateTime,
  closesAt: optionalLocalDateTime,
  criteria: z
    .array(criterionInput)
    .min(1, "Add at least one criterion")
    .max(MAX_CRITERIA, `Use at most ${MAX_CRITERIA} criteria`),
});

type RoundShape = z.infer<typeof roundShape>;

/** Every cross-field rule of a round, reported together with the field problems. */
function checkRound(value: RoundShape, ctx: z.RefinementCtx): void {
  if (value.scaleMax <= value.scaleMin) {
    ctx.addIssue({
      code: "custom",
      path: ["scaleMax"],
      message: "The top of the scale must be above the bottom",
    });
  }
  if (value.scope === "HEAT" && !value.centreId) {
    ctx.addIssue({ code: "custom", path: ["centreId"], message: "Choose the centre whose heat this is" });
  }
  if (value.scope === "CHALLENGE" && !value.challengeId) {
    ctx.addIssue({
      code: "custom",
      path: ["challengeId"],
      message: "Choose the challenge this round judges",
    });
  }
  if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Closing must come after opening" });
  }
}

export const roundDetailsInput = roundShape
  .superRefine(checkRound, {
    when: whenValid(roundShape, [
      "scope",
      "centreId",
      "challengeId",
      "scaleMin",
      "scaleMax",
      "opensAt",
      "closesAt",
    ]),
  })
  .transform((value) => ({
    ...value,
    // Only the scope's own target is kept, so a stale centre choice never follows a change of scope.
    centreId: value.scope === "HEAT" ? value.centreId : null,
    challengeId: value.scope === "CHALLENGE" ? value.challengeId : null,
  }));

export type RoundDetails = z.output<typeof roundDetailsInput>;

export const createRoundInput = z.object({ eventId, details: roundDetailsInput });
export const updateRoundInput = z.object({ roundId, details: roundDetailsInput });
export const roundIdInput = z.object({ roundId });
export const copyRubricInput = z.object({ roundId, fromRoundId: roundId });

export const inviteJudgeInput = z.object({
  roundId,
  email,
  affiliation: z.string().trim().max(120, "Use at most 120 characters").default(""),
});
export const roundJudgeInput = z.object({ roundId, judgeId: roundJudgeId });
export const respondInput = z.object({ roundId, accept: z.boolean() });
export const affiliationInput = z.object({
  roundId,
  affiliation: z.string().trim().max(120, "Use at most 120 characters").default(""),
});

export const CONFLICT_KINDS = ["TEAM", "ORGANISATION", "OTHER"] as const;
export const declareConflictInput = z
  .object({
    roundId,
    kind: z.enum(CONFLICT_KINDS, "Choose what the conflict is with"),
    teamId: optionalId("Team id"),
    organisationId: optionalId("Organisation id"),
    note: z.string().trim().max(500, "Use at most 500 characters").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "TEAM" && !value.teamId) {
      ctx.addIssue({ code: "custom", path: ["teamId"], message: "Choose the team" });
    }
    if (value.kind === "ORGANISATION" && !value.organisationId) {
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "Choose the organisation" });
    }
    if (value.kind === "OTHER" && value.note.length < 5) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say briefly what the conflict is" });
    }
  });
export const resolveConflictInput = z.object({
  roundId,
  conflictId,
  resolution: z.enum(["UPHELD", "DISMISSED"], "Choose whether the conflict stands"),
});

export const assignmentPairInput = z.object({ roundId, judgeId: roundJudgeId, entryId });
export const assignmentInput = z.object({ roundId, assignmentId });

export const saveScoreInput = z.object({
  roundId,
  assignmentId,
  criterionId,
  /** null clears the score. */
  value: z.number().int("Use a whole number").nullable(),
  /** When the judge typed it (milliseconds since 1970, the device's clock). */
  writtenAt: z.number().int().nonnegative(),
});

export const ASSIGNMENT_MARKS = ["SKIPPED", "ABSENT", "FLAGGED", "PENDING"] as const;
export const markAssignmentInput = z
  .object({
    roundId,
    assignmentId,
    mark: z.enum(ASSIGNMENT_MARKS),
    reason: z.string().trim().max(500, "Use at most 500 characters").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.mark === "FLAGGED" && value.reason.length < 3) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Say what the organisers should look at" });
    }
  });

export const notesInput = z.object({
  roundId,
  assignmentId,
  privateNote: z.string().trim().max(2000, "Use at most 2000 characters"),
  feedback: z.string().trim().max(2000, "Use at most 2000 characters"),
});

export const moderateFeedbackInput = z.object({ roundId, assignmentId, approve: z.boolean() });
export const moderateCentreFeedbackInput = z.object({ assignmentId, approve: z.boolean() });
export const reassignInput = z.object({ roundId, fromJudgeId: roundJudgeId, toJudgeId: roundJudgeId });

export const awardId = recordId("Award id");
export const submissionId = recordId("Project id");

export const AWARD_KINDS = ["OVERALL", "CHALLENGE", "DIVISION", "SPECIAL"] as const;
export const AWARD_KIND_LABELS = {
  OVERALL: "Overall place",
  CHALLENGE: "Challenge prize",
  DIVISION: "Age band or division",
  SPECIAL: "Special award",
} as const;

const awardShape = z.object({
  roundId,
  kind: z.enum(AWARD_KINDS, "Choose what kind of award it is"),
  name: z.string().trim().min(2, "Give the award a name").max(80, "Use at most 80 characters"),
  place: z.coerce
    .number("Enter a place")
    .int("Use a whole number")
    .min(1, "Places start at 1")
    .max(50, "At most 50")
    .nullish()
    .transform((value) => value ?? null),
  division: z
    .string()
    .trim()
    .max(60, "Use at most 60 characters")
    .nullish()
    .transform((value) => (value ? value : null)),
  note: z.string().trim().max(500, "Use at most 500 characters").default(""),
});

/** Overall places need a place; divisions name the division. */
function checkAward(value: z.infer<typeof awardShape>, ctx: z.RefinementCtx): void {
  if (value.kind === "OVERALL" && value.place === null) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "Say which place (1 for the winner)" });
  }
  if (value.kind === "DIVISION" && !value.division) {
    ctx.addIssue({ code: "custom", path: ["division"], message: "Name the age band or division" });
  }
}

export const awardInput = awardShape.superRefine(checkAward);
export const updateAwardInput = awardShape.extend({ awardId }).superRefine(checkAward);
export const awardIdInput = z.object({ roundId, awardId });
export const awardWinnersInput = z.object({
  roundId,
  awardId,
  /** Several winners share the award; `tiedByDecision` says it was a tie the organisers chose not to break. */
  submissionIds: z.array(submissionId).max(10, "At most 10 winners share an award"),
  tiedByDecision: z.boolean().default(false),
});

export const promoteTopInput = z.object({
  roundId,
  fromRoundId: roundId,
  count: z.coerce
    .number("Enter a number")
    .int("Use a whole number")
    .min(1, "At least 1")
    .max(100, "At most 100"),
});
export const promoteByHandInput = z.object({
  roundId,
  submissionId,
  reason: z.string().trim().min(5, "Say why it goes to the finals").max(300, "Use at most 300 characters"),
});
/** The largest paper-scores CSV accepted (characters): about 20,000 rows. */
export const MAX_SCORES_CSV = 1_000_000;
export const importScoresInput = z.object({
  roundId,
  csv: z
    .string()
    .min(1, "Choose a CSV file with the scores")
    .max(
      MAX_SCORES_CSV,
      `The file is too large: at most ${MAX_SCORES_CSV.toLocaleString("en-GB")} characters`,
    ),
});

/** Two entries of a round to compare ("why is A above B?"); the order does not matter. */
export const compareEntriesInput = z
  .object({ roundId, a: entryId, b: entryId })
  .refine((v) => v.a !== v.b, { message: "Choose two different entries to compare.", path: ["b"] });
export const teamVisibilityInput = z.object({ roundId, showScoresToTeams: z.boolean() });
