import "server-only";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { RoundCore } from "./access.ts";
import { isNewerWrite, scoringState, writeInstant } from "./policy.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

const closedMessage = {
  NOT_OPEN: "notOpenForScoring",
  NOT_YET: "notOpenForScoring",
  CLOSED: "scoringClosed",
} as const;

function requireOpen(round: RoundCore, now: Date): void {
  const state = scoringState(round, now);
  if (!state.open) throw new DomainError("PHASE_CLOSED", refuse(closedMessage[state.reason]));
}

/** The judge's own assignment in this round (NOT_FOUND for anyone else's). */
async function ownAssignment(tx: Tx, params: { round: RoundCore; judgeId: string; assignmentId: string }) {
  const assignment = await tx.assignment.findFirst({
    where: { id: params.assignmentId, roundId: params.round.id, judgeId: params.judgeId },
    select: { id: true, status: true },
  });
  if (!assignment) throw new DomainError("NOT_FOUND", refuse("entryNotInQueue"));
  return assignment;
}

/** SCORED once every criterion has a score; back to PENDING when a score is cleared. Marks are kept. */
async function settleStatus(tx: Tx, params: { round: RoundCore; assignmentId: string }) {
  const [criteria, scored, assignment] = await Promise.all([
    tx.rubricCriterion.count({ where: { roundId: params.round.id } }),
    tx.score.count({ where: { assignmentId: params.assignmentId } }),
    tx.assignment.findUniqueOrThrow({ where: { id: params.assignmentId }, select: { status: true } }),
  ]);
  const complete = scored >= criteria;
  let status = assignment.status;
  if (complete && (status === "PENDING" || status === "SKIPPED")) status = "SCORED";
  if (!complete && status === "SCORED") status = "PENDING";
  if (status !== assignment.status) {
    await tx.assignment.update({
      where: { id: params.assignmentId },
      data: { status },
      select: { id: true },
    });
  }
  return status;
}

/**
 * Saves one criterion's score, as autosave does on every change. Offline-tolerant and idempotent: the
 * write carries the instant the judge typed it (`writtenAt`, ms, clamped to the server clock); it
 * replaces the stored score only if typed strictly later, so a retried write changes nothing and an
 * older write that arrives late never overwrites a newer one. Every change is logged (old → new).
 * `value` null clears the score. Returns what is stored now and whether this write was the one applied.
 * Errors: NOT_FOUND (not the judge's assignment, or a criterion of another round), PHASE_CLOSED (round
 * not open), INVALID_INPUT (a value off the scale).
 */
export async function saveScore(
  db: Db,
  params: {
    round: RoundCore;
    judge: { id: string; userId: string };
    assignmentId: string;
    criterionId: string;
    value: number | null;
    writtenAt: number;
    now: Date;
  },
) {
  const { round } = params;
  requireOpen(round, params.now);
  if (params.value !== null && (params.value < round.scaleMin || params.value > round.scaleMax)) {
    const range = { min: String(round.scaleMin), max: String(round.scaleMax) };
    throw new DomainError("INVALID_INPUT", refuse("scoresGoFrom", range), {
      value: [refuse("chooseScoreInRange", range).text],
    });
  }
  const at = writeInstant(params.writtenAt, params.now);
  const attempt = () =>
    db.$transaction(async (tx) => {
      await ownAssignment(tx, { round, judgeId: params.judge.id, assignmentId: params.assignmentId });
      const criterion = await tx.rubricCriterion.findFirst({
        where: { id: params.criterionId, roundId: round.id },
        select: { id: true },
      });
      if (!criterion) throw new DomainError("NOT_FOUND", refuse("criterionNotInRubric"));
      // Serialise writes to this one score: concurrent retries must see each other.
      await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${params.assignmentId} FOR UPDATE`;
      const stored = await tx.score.findUnique({
        where: { assignmentId_criterionId: { assignmentId: params.assignmentId, criterionId: criterion.id } },
        select: { id: true, value: true, clientWrittenAt: true },
      });
      // A cleared score leaves a tombstone in the log only; its instant is the log's latest entry.
      const lastChange = stored
        ? null
        : await tx.scoreChange.findFirst({
            where: { assignmentId: params.assignmentId, criterionId: criterion.id },
            orderBy: { clientWrittenAt: "desc" },
            select: { clientWrittenAt: true },
          });
      const storedAt = stored?.clientWrittenAt ?? lastChange?.clientWrittenAt ?? null;
      if (!isNewerWrite(storedAt, at)) {
        const status = await settleStatus(tx, { round, assignmentId: params.assignmentId });
        return { value: stored?.value ?? null, writtenAt: storedAt, applied: false, status };
      }
      const oldValue = stored?.value ?? null;
      if (params.value === null) {
        if (stored) await tx.score.delete({ where: { id: stored.id }, select: { id: true } });
      } else if (stored) {
        await tx.score.update({
          where: { id: stored.id },
          data: { value: params.value, clientWrittenAt: at },
          select: { id: true },
        });
      } else {
        await tx.score.create({
          data: {
            assignmentId: params.assignmentId,
            criterionId: criterion.id,
            value: params.value,
            clientWrittenAt: at,
          },
          select: { id: true },
        });
      }
      await tx.scoreChange.create({
        data: {
          assignmentId: params.assignmentId,
          criterionId: criterion.id,
          oldValue,
          newValue: params.value,
          changedById: params.judge.userId,
          clientWrittenAt: at,
        },
        select: { id: true },
      });
      const status = await settleStatus(tx, { round, assignmentId: params.assignmentId });
      return { value: params.value, writtenAt: at, applied: true, status };
    });
  try {
    return await attempt();
  } catch (error) {
    // The first write of a score raced another; the retry finds it and compares instants.
    if (!isUniqueViolation(error)) throw error;
    return attempt();
  }
}

/**
 * Marks an entry in the judge's queue: SKIPPED (it goes to the back of the queue and comes round again
 * after the others), ABSENT (the team wasn't there), FLAGGED (for the organisers, with a reason), or
 * PENDING (back to scoring). Errors: NOT_FOUND, PHASE_CLOSED.
 */
export async function markAssignment(
  db: Db,
  params: {
    round: RoundCore;
    judgeId: string;
    assignmentId: string;
    mark: "SKIPPED" | "ABSENT" | "FLAGGED" | "PENDING";
    reason: string;
    now: Date;
  },
) {
  requireOpen(params.round, params.now);
  return db.$transaction(async (tx) => {
    await ownAssignment(tx, {
      round: params.round,
      judgeId: params.judgeId,
      assignmentId: params.assignmentId,
    });
    await tx.assignment.update({
      where: { id: params.assignmentId },
      data: {
        status: params.mark,
        reason: params.mark === "PENDING" ? null : params.reason || null,
        // Skipping again sends it to the back again.
        ...(params.mark === "SKIPPED" ? { skippedAt: params.now } : {}),
      },
      select: { id: true },
    });
    const status = params.mark === "PENDING" ? await settleStatus(tx, params) : params.mark;
    return { status };
  });
}

/** The judge's private note and the feedback for the team; changed feedback waits for moderation again. */
export async function saveNotes(
  db: Db,
  params: {
    round: RoundCore;
    judgeId: string;
    assignmentId: string;
    privateNote: string;
    feedback: string;
    now: Date;
  },
) {
  requireOpen(params.round, params.now);
  return db.$transaction(async (tx) => {
    const assignment = await ownAssignment(tx, params);
    const current = await tx.assignment.findUniqueOrThrow({
      where: { id: assignment.id },
      select: { feedback: true },
    });
    await tx.assignment.update({
      where: { id: assignment.id },
      data: {
        privateNote: params.privateNote,
        feedback: params.feedback,
        ...(current.feedback !== params.feedback
          ? { feedbackApprovedAt: null, feedbackApprovedById: null }
          : {}),
      },
      select: { id: true },
    });
    return { saved: true };
  });
}

/** An organiser approves (or withdraws approval of) a judge's feedback, so the team can read it. */
export async function moderateFeedback(
  db: Db,
  params: { actorId: string; round: RoundCore; assignmentId: string; approve: boolean; now: Date },
) {
  const updated = await db.assignment.updateMany({
    where: { id: params.assignmentId, roundId: params.round.id, feedback: { not: "" } },
    data: params.approve
      ? { feedbackApprovedAt: params.now, feedbackApprovedById: params.actorId }
      : { feedbackApprovedAt: null, feedbackApprovedById: null },
  });
  if (updated.count === 0) throw new DomainError("NOT_FOUND", refuse("noFeedbackToModerate"));
  return { approved: params.approve };
}
