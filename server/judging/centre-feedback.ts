// Centre leads moderate the judges' written feedback for their own centres' teams, as organisers do
// for a whole round. A lead never sees who wrote it, nor any score.
import "server-only";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

/** Feedback that belongs to an entry of a team at one of `centreIds`, in any round of the event. */
function centreFeedbackWhere(params: { eventId: string; centreIds: readonly string[] }) {
  return {
    round: { eventId: params.eventId },
    feedback: { not: "" },
    entry: { submission: { team: { centreId: { in: [...params.centreIds] } } } },
  };
}

/**
 * The judges' written feedback for the teams at the given centres, round by round, newest first:
 * `{ assignmentId, round, roundStatus, title, team, centre, feedback, approved }[]` (at most 500). No
 * judge names, no scores. An empty list for no centres.
 */
export async function feedbackForCentres(db: Db, params: { eventId: string; centreIds: readonly string[] }) {
  if (params.centreIds.length === 0) return [];
  const rows = await db.assignment.findMany({
    where: centreFeedbackWhere(params),
    orderBy: [{ round: { createdAt: "desc" } }, { updatedAt: "desc" }],
    take: 500,
    select: {
      id: true,
      feedback: true,
      feedbackApprovedAt: true,
      round: { select: { name: true, status: true } },
      entry: {
        select: {
          submission: {
            select: { title: true, team: { select: { name: true, centre: { select: { name: true } } } } },
          },
        },
      },
    },
  });
  return rows.map((row) => ({
    assignmentId: row.id,
    round: row.round.name,
    roundStatus: row.round.status,
    title: row.entry.submission.title,
    team: row.entry.submission.team.name,
    centre: row.entry.submission.team.centre?.name ?? "",
    feedback: row.feedback,
    approved: row.feedbackApprovedAt !== null,
  }));
}

/**
 * Approves (or withdraws approval of) one piece of feedback for a team at one of `centreIds`: the team
 * sees approved feedback once the round's results are published. Throws DomainError NOT_FOUND when the
 * feedback is empty or belongs to a team at another centre or another event.
 */
export async function moderateCentreFeedback(
  db: Db,
  params: {
    actorId: string;
    eventId: string;
    centreIds: readonly string[];
    assignmentId: string;
    approve: boolean;
    now: Date;
  },
) {
  const updated = await db.assignment.updateMany({
    where: { id: params.assignmentId, ...centreFeedbackWhere(params) },
    data: params.approve
      ? { feedbackApprovedAt: params.now, feedbackApprovedById: params.actorId }
      : { feedbackApprovedAt: null, feedbackApprovedById: null },
  });
  if (updated.count === 0) {
    throw new DomainError("NOT_FOUND", refuse("noCentreFeedback"));
  }
  return { approved: params.approve };
}
