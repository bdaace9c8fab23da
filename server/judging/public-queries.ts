import "server-only";
import type { Db } from "../db/create.ts";

/** An award's own fields, as every list of awards shows them. */
export const awardFieldsSelect = {
  id: true,
  kind: true,
  name: true,
  place: true,
  division: true,
  note: true,
} as const;

const winnerSelect = {
  tiedByDecision: true,
  submission: { select: { id: true, title: true, status: true, team: { select: { name: true } } } },
} as const;

/**
 * The event's published awards and their winners, for everyone: only rounds whose results are
 * published, only projects still submitted (a project disqualified after publishing drops out). Teams
 * are named by their team name, as the gallery does; no person is named.
 */
export async function publishedAwards(db: Db, params: { eventId: string; submissionId?: string }) {
  const awards = await db.award.findMany({
    where: {
      eventId: params.eventId,
      round: { status: "PUBLISHED" },
      ...(params.submissionId ? { winners: { some: { submissionId: params.submissionId } } } : {}),
    },
    orderBy: [{ round: { createdAt: "asc" } }, { kind: "asc" }, { place: "asc" }, { position: "asc" }],
    select: {
      ...awardFieldsSelect,
      round: { select: { name: true } },
      challenge: { select: { title: true } },
      winners: { orderBy: { submission: { title: "asc" } }, select: winnerSelect },
    },
  });
  return awards
    .map((award) => ({
      id: award.id,
      kind: award.kind,
      name: award.name,
      place: award.place,
      division: award.division,
      note: award.note,
      round: award.round?.name ?? null,
      challenge: award.challenge?.title ?? null,
      winners: award.winners
        .filter((w) => w.submission.status === "SUBMITTED")
        .map((w) => ({
          submissionId: w.submission.id,
          title: w.submission.title,
          team: w.submission.team.name,
          shared: w.tiedByDecision,
        })),
    }))
    .filter((award) => award.winners.length > 0);
}

/**
 * What a team may read about how its project was judged, round by round: only rounds whose results are
 * published; the judges' feedback once a manager approved it (never who wrote it, never private notes);
 * and, where the organisers allow it, the mean score per criterion. Empty until then.
 */
export async function feedbackForTeam(db: Db, params: { eventId: string; teamId: string }) {
  const entries = await db.roundEntry.findMany({
    where: { round: { eventId: params.eventId, status: "PUBLISHED" }, submission: { teamId: params.teamId } },
    orderBy: { round: { createdAt: "asc" } },
    select: {
      round: {
        select: {
          id: true,
          name: true,
          scaleMin: true,
          scaleMax: true,
          showScoresToTeams: true,
          criteria: { orderBy: { position: "asc" }, select: { id: true, name: true } },
        },
      },
      assignments: {
        select: {
          feedback: true,
          feedbackApprovedAt: true,
          scores: { select: { criterionId: true, value: true } },
        },
      },
    },
  });
  return entries.map(({ round, assignments }) => {
    const scores = assignments.flatMap((a) => a.scores);
    return {
      roundId: round.id,
      round: round.name,
      feedback: assignments
        .filter((a) => a.feedbackApprovedAt !== null && a.feedback.trim() !== "")
        .map((a) => a.feedback),
      scores: round.showScoresToTeams
        ? round.criteria.map((criterion) => {
            const values = scores.filter((s) => s.criterionId === criterion.id).map((s) => s.value);
            return {
              criterion: criterion.name,
              judges: values.length,
              mean: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null,
              scale: [round.scaleMin, round.scaleMax] as const,
            };
          })
        : null,
    };
  });
}

/** Every team with an entry in the round and the addresses of its members, for the results email. */
export async function teamsOfRound(db: Db, params: { roundId: string }) {
  const entries = await db.roundEntry.findMany({
    where: { roundId: params.roundId, submission: { status: "SUBMITTED" } },
    select: {
      submission: {
        select: {
          title: true,
          team: { select: { members: { select: { user: { select: { email: true, name: true } } } } } },
        },
      },
    },
  });
  return entries.map((e) => ({
    title: e.submission.title,
    members: e.submission.team.members.map((m) => m.user),
  }));
}
