// Who may call each judging procedure. Run by judging.authz.int.test.ts; coverage.test.ts checks that
// every procedure has an entry.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCase, type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { callerFor } from "../test/callers.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeJudgingWorld, roundDetails } from "../test/judging-factories.ts";
import { makePublishedChallenge } from "../test/submission-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface JudgingWorld extends AuthWorld {
  event: { id: string };
  eventSlug: string;
  round: { id: string };
  /** A challenge's round, managed by the challenge's organisation. */
  challengeRound: { id: string };
  organiser: SessionUser;
  /** A member of the challenge's organisation: manages its round, not the event's. */
  sponsor: SessionUser;
  /** An accepted judge of `round`, with an assignment, feedback on it and a declared conflict. */
  judge: SessionUser & { judgeId: string };
  secondJudge: { judgeId: string; email: string };
  /** The title of an entry the second judge holds. */
  scoredTitle: string;
  assignmentId: string;
  entryId: string;
  criterionId: string;
  conflictId: string;
  /** Leads the centre of every entry in `round`. */
  centreLead: SessionUser;
  /** Two entries of `round` with scores (by the second judge). */
  scoredEntries: [string, string];
  /** A finals round, an award of `round` and a project judged in it with its captain. */
  finals: { id: string };
  awardId: string;
  submissionId: string;
  captain: SessionUser;
  teamId: string;
  /** The organiser of another event. */
  other: SessionUser;
}

export async function judgingWorld(db: Db): Promise<JudgingWorld> {
  const world = await makeJudgingWorld(db, { now, entries: 3, judges: 2, open: true });
  const [judge, secondJudge] = world.judges;
  if (!judge || !secondJudge) throw new Error("the world needs two judges");
  const asJudge = callerFor(db, judge, now);
  const queue = await asJudge.judging.queue({ roundId: world.round.id });
  const assignment = queue.queue[0];
  const criterion = queue.criteria[0];
  if (!assignment || !criterion) throw new Error("the judge needs an assignment");
  await asJudge.judging.saveNotes({
    roundId: world.round.id,
    assignmentId: assignment.id,
    privateNote: "",
    feedback: "Lovely demo",
  });
  // The second judge scores their whole queue, so two entries have results to compare.
  const asSecond = callerFor(db, secondJudge, now);
  const secondQueue = await asSecond.judging.queue({ roundId: world.round.id });
  for (const item of secondQueue.queue) {
    await asSecond.judging.saveScore({
      roundId: world.round.id,
      assignmentId: item.id,
      criterionId: secondQueue.criteria[0]?.id ?? "",
      value: 3,
      writtenAt: now.getTime(),
    });
  }
  const [scoredA, scoredB] = secondQueue.queue.map((item) => item.entry.id);
  const scoredTitle = secondQueue.queue[0]?.entry.title ?? "";
  if (!scoredA || !scoredB) throw new Error("the second judge needs two entries");
  const conflict = await asJudge.judging.declareConflict({
    roundId: world.round.id,
    kind: "OTHER",
    teamId: null,
    organisationId: null,
    note: "I mentored one of the teams last year",
  });
  const centreLead = await makeUser(db, { name: "Cleo Centre-Lead" });
  await db.eventRole.create({
    data: { eventId: world.event.id, userId: centreLead.id, role: "CENTRE_LEAD", centreId: world.centre.id },
  });
  const challenge = await makePublishedChallenge(db, { eventId: world.event.id });
  const { organisationId } = await db.challenge.findUniqueOrThrow({
    where: { id: challenge.id },
    select: { organisationId: true },
  });
  const sponsor = await makeUser(db, { name: "Sam Sponsor" });
  await db.organisationMember.create({ data: { organisationId, userId: sponsor.id, role: "MEMBER" } });
  const challengeRound = await world.as.judging.create({
    eventId: world.event.id,
    details: roundDetails({ name: "Sponsor's prize", scope: "CHALLENGE", challengeId: challenge.id }),
  });
  const other = await makeUser(db);
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  const finals = await world.as.judging.create({
    eventId: world.event.id,
    details: roundDetails({ name: "Finals", scope: "FINALS" }),
  });
  const award = await world.as.judging.createAward({
    roundId: world.round.id,
    kind: "OVERALL",
    name: "Winner",
    place: 1,
    division: null,
    note: "",
  });
  const [entry] = world.entries;
  if (!entry) throw new Error("the world needs an entry");
  return {
    finals,
    awardId: award.id,
    submissionId: entry.submission.id,
    captain: entry.captain,
    teamId: entry.team.id,
    event: world.event,
    eventSlug: world.event.slug,
    round: world.round,
    challengeRound,
    organiser: world.organiser,
    sponsor,
    judge,
    secondJudge,
    assignmentId: assignment.id,
    entryId: assignment.entry.id,
    criterionId: criterion.id,
    conflictId: conflict.id,
    scoredEntries: [scoredA, scoredB],
    scoredTitle,
    centreLead,
    other,
  };
}

/** The event's organisers only (an event-scoped procedure: another event's organiser is refused). */
const organiserOnly = restrictedTo<JudgingWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

/** The round's managers: its judges see the round but may not manage it; others don't see it at all. */
const managers = (call: AuthCase<JudgingWorld>["call"]): AuthCase<JudgingWorld> => ({
  right: (w) => w.organiser,
  wrong: (w) => w.judge,
  call,
  expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
});

/** The centre leads of the event (organisers too); another event's organiser is refused. */
const centreLeads = restrictedTo<JudgingWorld>(
  (w) => w.centreLead,
  (w) => w.judge,
);

/** The round's judges: its organiser sees the round but is not a judge of it. */
const judges = (call: AuthCase<JudgingWorld>["call"]): AuthCase<JudgingWorld> => ({
  right: (w) => w.judge,
  wrong: (w) => w.organiser,
  call,
  expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
});

export const judgingAuthorization: AuthCases<JudgingWorld> = {
  "judging.rounds": organiserOnly((c, w) => c.judging.rounds({ eventId: w.event.id })),
  "judging.create": organiserOnly((c, w) =>
    c.judging.create({ eventId: w.event.id, details: roundDetails() }),
  ),
  "judging.round": managers((c, w) => c.judging.round({ roundId: w.round.id })),
  "judging.update": managers((c, w) =>
    c.judging.update({ roundId: w.round.id, details: roundDetails({ name: "Renamed round" }) }),
  ),
  "judging.rubricToCopy": managers((c, w) =>
    c.judging.rubricToCopy({ roundId: w.round.id, fromRoundId: w.challengeRound.id }),
  ),
  "judging.move": managers((c, w) => c.judging.move({ roundId: w.round.id, to: "CLOSED" })),
  "judging.inviteJudge": managers((c, w) =>
    c.judging.inviteJudge({ roundId: w.round.id, email: "another.judge@example.test", affiliation: "" }),
  ),
  "judging.removeJudge": managers((c, w) =>
    c.judging.removeJudge({ roundId: w.round.id, judgeId: w.secondJudge.judgeId }),
  ),
  "judging.resolveConflict": managers((c, w) =>
    c.judging.resolveConflict({ roundId: w.round.id, conflictId: w.conflictId, resolution: "DISMISSED" }),
  ),
  "judging.assign": managers((c, w) => c.judging.assign({ roundId: w.round.id })),
  "judging.release": managers((c, w) => c.judging.release({ roundId: w.round.id })),
  "judging.addAssignment": managers((c, w) =>
    c.judging.addAssignment({ roundId: w.round.id, judgeId: w.judge.judgeId, entryId: w.entryId }),
  ),
  "judging.removeAssignment": managers((c, w) =>
    c.judging.removeAssignment({ roundId: w.round.id, assignmentId: w.assignmentId }),
  ),
  "judging.reassign": managers((c, w) =>
    c.judging.reassign({
      roundId: w.round.id,
      fromJudgeId: w.judge.judgeId,
      toJudgeId: w.secondJudge.judgeId,
    }),
  ),
  "judging.moderateFeedback": managers((c, w) =>
    c.judging.moderateFeedback({ roundId: w.round.id, assignmentId: w.assignmentId, approve: true }),
  ),
  "judging.centreFeedback": centreLeads((c, w) => c.judging.centreFeedback({ eventId: w.event.id })),
  "judging.moderateCentreFeedback": centreLeads((c, w) =>
    c.judging.moderateCentreFeedback({ eventId: w.event.id, assignmentId: w.assignmentId, approve: true }),
  ),
  "judging.results": managers((c, w) => c.judging.results({ roundId: w.round.id })),
  "judging.importScores": managers((c, w) =>
    c.judging.importScores({
      roundId: w.round.id,
      csv: `entry,judge,criterion,score\n"${w.scoredTitle}",${w.secondJudge.email},Impact,4\n`,
    }),
  ),
  "judging.compare": managers((c, w) =>
    c.judging.compare({ roundId: w.round.id, a: w.scoredEntries[0], b: w.scoredEntries[1] }),
  ),
  "judging.setTeamVisibility": managers((c, w) =>
    c.judging.setTeamVisibility({ roundId: w.round.id, showScoresToTeams: true }),
  ),
  // The event round is still open, so promoting from it reaches the rule that its order must be final.
  "judging.promoteTop": {
    ...managers((c, w) => c.judging.promoteTop({ roundId: w.finals.id, fromRoundId: w.round.id, count: 2 })),
    // The judge of another round doesn't see the finals at all.
    expect: {
      right: "PRECONDITION_FAILED",
      wrong: "NOT_FOUND",
      signedOut: "UNAUTHORIZED",
      other: "NOT_FOUND",
    },
  },
  "judging.promoteByHand": {
    ...managers((c, w) =>
      c.judging.promoteByHand({
        roundId: w.finals.id,
        submissionId: w.submissionId,
        reason: "Best demo of the heats",
      }),
    ),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
  },
  "judging.awards": managers((c, w) => c.judging.awards({ roundId: w.round.id })),
  "judging.createAward": managers((c, w) =>
    c.judging.createAward({
      roundId: w.round.id,
      kind: "SPECIAL",
      name: "Best design",
      place: null,
      division: null,
      note: "",
    }),
  ),
  "judging.updateAward": managers((c, w) =>
    c.judging.updateAward({
      roundId: w.round.id,
      awardId: w.awardId,
      kind: "OVERALL",
      name: "First place",
      place: 1,
      division: null,
      note: "",
    }),
  ),
  "judging.deleteAward": managers((c, w) =>
    c.judging.deleteAward({ roundId: w.round.id, awardId: w.awardId }),
  ),
  "judging.setAwardWinners": managers((c, w) =>
    c.judging.setAwardWinners({
      roundId: w.round.id,
      awardId: w.awardId,
      submissionIds: [w.submissionId],
      tiedByDecision: false,
    }),
  ),
  "judging.exportScoresCsv": managers((c, w) => c.judging.exportScoresCsv({ roundId: w.round.id })),
  "judging.exportResultsCsv": managers((c, w) => c.judging.exportResultsCsv({ roundId: w.round.id })),
  "judging.exportAwardsCsv": organiserOnly((c, w) => c.judging.exportAwardsCsv({ eventId: w.event.id })),
  "judging.publicAwards": {
    right: (w) => w.captain,
    wrong: null,
    call: (c, w) => c.judging.publicAwards({ slug: w.eventSlug }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  // A team's own feedback: its members only (the organiser isn't registered; another event's organiser neither).
  "judging.teamFeedback": {
    right: (w) => w.captain,
    wrong: (w) => w.organiser,
    call: (c, w) => c.judging.teamFeedback({ eventId: w.event.id, teamId: w.teamId }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "judging.scoreLog": managers((c, w) => c.judging.scoreLog({ roundId: w.round.id })),

  "judging.myRounds": {
    right: (w) => w.judge,
    wrong: null,
    call: (c) => c.judging.myRounds(),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  "judging.invitation": judges((c, w) => c.judging.invitation({ roundId: w.round.id })),
  "judging.respond": judges((c, w) => c.judging.respond({ roundId: w.round.id, accept: true })),
  "judging.setAffiliation": judges((c, w) =>
    c.judging.setAffiliation({ roundId: w.round.id, affiliation: "Leeds College" }),
  ),
  "judging.declareConflict": judges((c, w) =>
    c.judging.declareConflict({
      roundId: w.round.id,
      kind: "OTHER",
      teamId: null,
      organisationId: null,
      note: "A cousin",
    }),
  ),
  "judging.queue": judges((c, w) => c.judging.queue({ roundId: w.round.id })),
  "judging.saveScore": judges((c, w) =>
    c.judging.saveScore({
      roundId: w.round.id,
      assignmentId: w.assignmentId,
      criterionId: w.criterionId,
      value: 3,
      writtenAt: now.getTime(),
    }),
  ),
  "judging.mark": judges((c, w) =>
    c.judging.mark({ roundId: w.round.id, assignmentId: w.assignmentId, mark: "SKIPPED", reason: "" }),
  ),
  "judging.saveNotes": judges((c, w) =>
    c.judging.saveNotes({
      roundId: w.round.id,
      assignmentId: w.assignmentId,
      privateNote: "Good",
      feedback: "Well done",
    }),
  ),
};
