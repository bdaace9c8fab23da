import { z } from "zod";
import {
  addAssignment,
  generateAssignment,
  reassignJudge,
  releaseAssignment,
  removeAssignment,
} from "../judging/assign-commands.ts";
import {
  createRound,
  declareConflict,
  inviteJudge,
  moveRound,
  removeJudge,
  resolveConflict,
  respondToInvitation,
  rubricToCopy,
  setJudgeAffiliation,
  updateRound,
} from "../judging/commands.ts";
import {
  awardsOfRound,
  conflictOptions,
  judgeQueue,
  roundForManagers,
  roundsOfEvent,
  roundsToJudge,
  scoreLog,
} from "../judging/queries.ts";
import {
  affiliationInput,
  awardIdInput,
  awardInput,
  awardWinnersInput,
  promoteByHandInput,
  promoteTopInput,
  teamVisibilityInput,
  compareEntriesInput,
  importScoresInput,
  moderateCentreFeedbackInput,
  updateAwardInput,
  assignmentInput,
  assignmentPairInput,
  copyRubricInput,
  createRoundInput,
  declareConflictInput,
  inviteJudgeInput,
  markAssignmentInput,
  moderateFeedbackInput,
  notesInput,
  reassignInput,
  resolveConflictInput,
  respondInput,
  saveScoreInput,
  submissionId,
  roundJudgeInput,
  updateRoundInput,
} from "../judging/schema.ts";
import { compareRoundEntries, roundResults } from "../judging/results-queries.ts";
import {
  createAward,
  deleteAward,
  promoteByHand,
  promoteTop,
  setAwardWinners,
  setTeamVisibility,
  updateAward,
} from "../judging/award-commands.ts";
import { awardsCsv, resultsCsv, scoresCsv } from "../judging/exports.ts";
import { feedbackForTeam, publishedAwards } from "../judging/public-queries.ts";
import { feedbackForCentres, moderateCentreFeedback } from "../judging/centre-feedback.ts";
import { importPaperScores } from "../judging/import-commands.ts";
import { markAssignment, moderateFeedback, saveNotes, saveScore } from "../judging/score-commands.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import {
  centreLeadProcedure,
  eventRoleProcedure,
  protectedProcedure,
  publicEventProcedure,
  teamMemberProcedure,
  roundInviteeProcedure,
  roundJudgeProcedure,
  roundManagerProcedure,
  router,
} from "../trpc.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

/** Rounds, rubrics, judges and assignment: for the round's managers. */
const managerRouter = {
  /** The event's rounds with their progress. */
  rounds: organiserProcedure.query(({ ctx }) => roundsOfEvent(ctx.db, { eventId: ctx.event.id })),

  create: organiserProcedure
    .input(createRoundInput)
    .mutation(({ ctx, input }) =>
      createRound(ctx.db, { actorId: ctx.user.id, event: ctx.event, details: input.details }),
    ),

  /** One round as its managers see it: rubric, judges, entries, assignments, conflicts, flags. */
  round: roundManagerProcedure.query(async ({ ctx }) =>
    roundForManagers(ctx.db, { round: ctx.round, event: ctx.event, now: await ctx.now() }),
  ),

  update: roundManagerProcedure.input(updateRoundInput).mutation(({ ctx, input }) =>
    updateRound(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      round: ctx.round,
      details: input.details,
    }),
  ),

  /** The criteria and scale of another round the caller manages, to copy into this one's form. */
  rubricToCopy: roundManagerProcedure.input(copyRubricInput).query(async ({ ctx, input }) => {
    const rubric = await rubricToCopy(ctx.db, {
      userId: ctx.user.id,
      isPlatformAdmin: ctx.user.isPlatformAdmin,
      roundId: input.fromRoundId,
    });
    if (!rubric) throw new DomainError("NOT_FOUND", refuse("managedRoundNotFound"));
    return rubric;
  }),

  move: roundManagerProcedure
    .input(z.object({ to: z.enum(["OPEN", "CLOSED", "PUBLISHED"]) }))
    .mutation(async ({ ctx, input }) =>
      moveRound(ctx.db, {
        actorId: ctx.user.id,
        event: ctx.event,
        round: ctx.round,
        to: input.to,
        now: await ctx.now(),
      }),
    ),

  inviteJudge: roundManagerProcedure.input(inviteJudgeInput).mutation(({ ctx, input }) =>
    inviteJudge(ctx.db, {
      actor: ctx.user,
      event: ctx.event,
      round: ctx.round,
      email: input.email,
      affiliation: input.affiliation,
    }),
  ),

  removeJudge: roundManagerProcedure.input(roundJudgeInput).mutation(async ({ ctx, input }) =>
    removeJudge(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      judgeId: input.judgeId,
      now: await ctx.now(),
    }),
  ),

  resolveConflict: roundManagerProcedure.input(resolveConflictInput).mutation(async ({ ctx, input }) =>
    resolveConflict(ctx.db, {
      actorId: ctx.user.id,
      roundId: ctx.round.id,
      eventId: ctx.event.id,
      conflictId: input.conflictId,
      resolution: input.resolution,
      now: await ctx.now(),
    }),
  ),

  /** (Re)generates the assignment; only unscored pairs move. Returns shortfalls and connectivity. */
  assign: roundManagerProcedure.mutation(({ ctx }) =>
    generateAssignment(ctx.db, { actorId: ctx.user.id, round: ctx.round }),
  ),

  release: roundManagerProcedure.mutation(async ({ ctx }) =>
    releaseAssignment(ctx.db, { actorId: ctx.user.id, round: ctx.round, now: await ctx.now() }),
  ),

  addAssignment: roundManagerProcedure.input(assignmentPairInput).mutation(({ ctx, input }) =>
    addAssignment(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      judgeId: input.judgeId,
      entryId: input.entryId,
    }),
  ),

  removeAssignment: roundManagerProcedure
    .input(assignmentInput)
    .mutation(({ ctx, input }) =>
      removeAssignment(ctx.db, { round: ctx.round, assignmentId: input.assignmentId }),
    ),

  /** Gives an absent judge's unscored entries to another judge of the round. */
  reassign: roundManagerProcedure.input(reassignInput).mutation(({ ctx, input }) =>
    reassignJudge(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      fromJudgeId: input.fromJudgeId,
      toJudgeId: input.toJudgeId,
    }),
  ),

  moderateFeedback: roundManagerProcedure.input(moderateFeedbackInput).mutation(async ({ ctx, input }) =>
    moderateFeedback(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      assignmentId: input.assignmentId,
      approve: input.approve,
      now: await ctx.now(),
    }),
  ),

  /** Raw and adjusted results, explanations, top-3 stability and the diagnostic diagrams (SVG). */
  results: roundManagerProcedure.query(({ ctx }) => roundResults(ctx.db, { round: ctx.round })),

  /** Scores judged on paper, from `entry,judge,criterion,score` CSV: all rows or none (docs/judging.md). */
  importScores: roundManagerProcedure.input(importScoresInput).mutation(async ({ ctx, input }) =>
    importPaperScores(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      csv: input.csv,
      now: await ctx.now(),
    }),
  ),

  /** Why one of two scored entries is ranked above the other: the gaps, shared judges, tie-break. */
  compare: roundManagerProcedure
    .input(compareEntriesInput)
    .query(({ ctx, input }) => compareRoundEntries(ctx.db, { round: ctx.round, a: input.a, b: input.b })),

  /** Whether teams see their own mean score per criterion once results are published. */
  setTeamVisibility: roundManagerProcedure
    .input(teamVisibilityInput)
    .mutation(({ ctx, input }) =>
      setTeamVisibility(ctx.db, { round: ctx.round, showScoresToTeams: input.showScoresToTeams }),
    ),

  /** Promotes the top N of an earlier (closed) round of the event into this finals round. */
  promoteTop: roundManagerProcedure.input(promoteTopInput).mutation(({ ctx, input }) =>
    promoteTop(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      fromRoundId: input.fromRoundId,
      count: input.count,
    }),
  ),

  /** Promotes one project into this finals round by hand, with a reason. */
  promoteByHand: roundManagerProcedure.input(promoteByHandInput).mutation(({ ctx, input }) =>
    promoteByHand(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      submissionId: input.submissionId,
      reason: input.reason,
    }),
  ),

  /** The round's awards with their winners. */
  awards: roundManagerProcedure.query(({ ctx }) => awardsOfRound(ctx.db, { roundId: ctx.round.id })),

  createAward: roundManagerProcedure.input(awardInput).mutation(({ ctx, input }) => {
    const { roundId: _roundId, ...details } = input;
    return createAward(ctx.db, { actorId: ctx.user.id, round: ctx.round, details });
  }),

  updateAward: roundManagerProcedure.input(updateAwardInput).mutation(({ ctx, input }) => {
    const { roundId: _roundId, awardId, ...details } = input;
    return updateAward(ctx.db, { actorId: ctx.user.id, round: ctx.round, awardId, details });
  }),

  deleteAward: roundManagerProcedure
    .input(awardIdInput)
    .mutation(({ ctx, input }) => deleteAward(ctx.db, { round: ctx.round, awardId: input.awardId })),

  /** Names an award's winners (entries of this round); several only when shared by decision. */
  setAwardWinners: roundManagerProcedure.input(awardWinnersInput).mutation(({ ctx, input }) =>
    setAwardWinners(ctx.db, {
      actorId: ctx.user.id,
      round: ctx.round,
      awardId: input.awardId,
      submissionIds: input.submissionIds,
      tiedByDecision: input.tiedByDecision,
    }),
  ),

  /** Every score of the round as CSV (docs/exports.md). */
  exportScoresCsv: roundManagerProcedure.query(({ ctx }) =>
    scoresCsv(ctx.db, { round: ctx.round, eventSlug: ctx.event.slug, timeZone: ctx.event.timeZone }),
  ),

  /** The round's results (raw, adjusted, rank) as CSV (docs/exports.md). */
  exportResultsCsv: roundManagerProcedure.query(({ ctx }) =>
    resultsCsv(ctx.db, { round: ctx.round, eventSlug: ctx.event.slug }),
  ),

  /** The event's published awards as CSV (docs/exports.md). */
  exportAwardsCsv: organiserProcedure.query(({ ctx }) =>
    awardsCsv(ctx.db, { eventId: ctx.event.id, eventSlug: ctx.event.slug }),
  ),

  /** Every change to the round's scores: who, when, old → new. */
  scoreLog: roundManagerProcedure.query(({ ctx }) => scoreLog(ctx.db, { roundId: ctx.round.id })),
};

/** Centre leads moderate the judges' feedback for their own centres' teams (organisers: every centre). */
const centreRouter = {
  /** The judges' feedback for teams at the caller's centres, without judge names or scores. */
  centreFeedback: centreLeadProcedure.query(({ ctx }) =>
    feedbackForCentres(ctx.db, { eventId: ctx.event.id, centreIds: ctx.centres.map((c) => c.id) }),
  ),

  /** Approve (or hide again) one piece of feedback for a team at the caller's centres. */
  moderateCentreFeedback: centreLeadProcedure
    .input(moderateCentreFeedbackInput)
    .mutation(async ({ ctx, input }) =>
      moderateCentreFeedback(ctx.db, {
        actorId: ctx.user.id,
        eventId: ctx.event.id,
        centreIds: ctx.centres.map((c) => c.id),
        assignmentId: input.assignmentId,
        approve: input.approve,
        now: await ctx.now(),
      }),
    ),
};

/** What everyone sees once results are published, and what a team reads about its own project. */
const publicRouter = {
  /** The event's published awards and winners (optionally those of one project). */
  publicAwards: publicEventProcedure
    .input(z.object({ submissionId: submissionId.optional() }))
    .query(({ ctx, input }) =>
      publishedAwards(ctx.db, { eventId: ctx.event.id, submissionId: input.submissionId }),
    ),

  /** The team's moderated feedback (and, if allowed, mean scores) from rounds with published results. */
  teamFeedback: teamMemberProcedure.query(({ ctx }) =>
    feedbackForTeam(ctx.db, { eventId: ctx.event.id, teamId: ctx.team.id }),
  ),
};

/** What a judge does: answer the invitation, declare conflicts, score their queue. */
const judgeRouter = {
  /** Every round the caller was invited to judge, with their progress. */
  myRounds: protectedProcedure.query(({ ctx }) => roundsToJudge(ctx.db, { userId: ctx.user.id })),

  /** The invitation: the round, the judge's answer and affiliation, and their declared conflicts. */
  invitation: roundInviteeProcedure.query(async ({ ctx }) => ({
    round: { id: ctx.round.id, name: ctx.round.name, status: ctx.round.status, closesAt: ctx.round.closesAt },
    event: { id: ctx.event.id, name: ctx.event.name, slug: ctx.event.slug, timeZone: ctx.event.timeZone },
    judge: ctx.judge,
    conflicts: await conflictOptions(ctx.db, { eventId: ctx.event.id, userId: ctx.user.id }),
  })),

  respond: roundInviteeProcedure.input(respondInput).mutation(async ({ ctx, input }) =>
    respondToInvitation(ctx.db, {
      judgeId: ctx.judge.id,
      userId: ctx.user.id,
      eventId: ctx.event.id,
      accept: input.accept,
      now: await ctx.now(),
    }),
  ),

  setAffiliation: roundInviteeProcedure
    .input(affiliationInput)
    .mutation(({ ctx, input }) =>
      setJudgeAffiliation(ctx.db, { judgeId: ctx.judge.id, affiliation: input.affiliation }),
    ),

  declareConflict: roundInviteeProcedure.input(declareConflictInput).mutation(({ ctx, input }) =>
    declareConflict(ctx.db, {
      userId: ctx.user.id,
      eventId: ctx.event.id,
      kind: input.kind,
      teamId: input.teamId,
      organisationId: input.organisationId,
      note: input.note,
    }),
  ),

  /** The judge's queue: entries as submitted at the deadline, the rubric, their own scores only. */
  queue: roundJudgeProcedure.query(async ({ ctx }) =>
    judgeQueue(ctx.db, { round: ctx.round, judgeId: ctx.judge.id, now: await ctx.now() }),
  ),

  saveScore: roundJudgeProcedure.input(saveScoreInput).mutation(async ({ ctx, input }) =>
    saveScore(ctx.db, {
      round: ctx.round,
      judge: { id: ctx.judge.id, userId: ctx.user.id },
      assignmentId: input.assignmentId,
      criterionId: input.criterionId,
      value: input.value,
      writtenAt: input.writtenAt,
      now: await ctx.now(),
    }),
  ),

  mark: roundJudgeProcedure.input(markAssignmentInput).mutation(async ({ ctx, input }) =>
    markAssignment(ctx.db, {
      round: ctx.round,
      judgeId: ctx.judge.id,
      assignmentId: input.assignmentId,
      mark: input.mark,
      reason: input.reason,
      now: await ctx.now(),
    }),
  ),

  saveNotes: roundJudgeProcedure.input(notesInput).mutation(async ({ ctx, input }) =>
    saveNotes(ctx.db, {
      round: ctx.round,
      judgeId: ctx.judge.id,
      assignmentId: input.assignmentId,
      privateNote: input.privateNote,
      feedback: input.feedback,
      now: await ctx.now(),
    }),
  ),
};

export const judgingRouter = router({ ...managerRouter, ...centreRouter, ...publicRouter, ...judgeRouter });
