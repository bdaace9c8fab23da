import "server-only";
import type { Db } from "../db/create.ts";
import { parseRevisionSnapshot } from "../submissions/queries.ts";
import { awardFieldsSelect } from "./public-queries.ts";
import type { RoundCore } from "./access.ts";
import { scoringState } from "./policy.ts";
import { isFinished, orderQueue, queueProgress } from "./queue.ts";

/** Judges are adults acting in a role: named by their name, else their email address. */
/**
 * How a round's managers see a judge: by their account's name once they have accepted, and until then
 * by the address they were invited at. A manager types an address to invite someone; the answer must not
 * tell them whose account it is (a young person's full name, say) before that person says yes.
 */
function judgeName(judge: { status?: string; user: { name: string | null; email: string } }): string {
  return judge.status === undefined || judge.status === "ACCEPTED"
    ? (judge.user.name ?? judge.user.email)
    : judge.user.email;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const criteriaSelect = {
  orderBy: { position: "asc" },
  select: { id: true, name: true, guidance: true, weight: true, position: true },
} as const;

/** The event's rounds for its organisers, with how far each has got. */
export async function roundsOfEvent(db: Db, params: { eventId: string }) {
  const rounds = await db.round.findMany({
    where: { eventId: params.eventId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      scope: true,
      status: true,
      judgesPerEntry: true,
      opensAt: true,
      closesAt: true,
      centre: { select: { name: true } },
      challenge: { select: { title: true } },
      _count: { select: { entries: true, judges: { where: { removedAt: null } } } },
      assignments: { select: { status: true } },
    },
  });
  return rounds.map(({ assignments, _count, ...round }) => ({
    ...round,
    entries: _count.entries,
    judges: _count.judges,
    progress: queueProgress(assignments),
  }));
}

/** What a round of the event can judge: its centres (heats) and its challenges (not drafts). */
async function scopeTargets(db: Db, params: { eventId: string }) {
  const [centres, challenges] = await Promise.all([
    db.centre.findMany({
      where: { eventId: params.eventId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.challenge.findMany({
      where: { eventId: params.eventId, status: { not: "DRAFT" } },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  return { centres, challenges };
}

/**
 * Everything a round's managers see: its event (name and zone), the rubric, judges (with their load and
 * progress), entries (with how many judges have finished them), every assignment, conflicts of the
 * round's judges, flags, and the centres and challenges its scope can name. Never includes score
 * values: results come from the results query.
 */
export async function roundForManagers(
  db: Db,
  params: {
    round: RoundCore;
    event: { id: string; name: string; slug: string; timeZone: string };
    now: Date;
  },
) {
  const { round, event } = params;
  const [criteria, judges, entries, assignments, target, targets] = await Promise.all([
    db.rubricCriterion.findMany({ where: { roundId: round.id }, ...criteriaSelect }),
    db.roundJudge.findMany({
      where: { roundId: round.id },
      orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        affiliation: true,
        removedAt: true,
        user: { select: { id: true, email: true, name: true, alias: true } },
      },
    }),
    db.roundEntry.findMany({
      where: { roundId: round.id },
      orderBy: [{ submission: { title: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        revisionVersion: true,
        promotionReason: true,
        submission: {
          select: {
            id: true,
            title: true,
            status: true,
            team: { select: { id: true, name: true, centre: { select: { name: true } } } },
          },
        },
      },
    }),
    db.assignment.findMany({
      where: { roundId: round.id },
      orderBy: [{ judgeId: "asc" }, { queueOrder: "asc" }],
      select: {
        id: true,
        judgeId: true,
        entryId: true,
        status: true,
        reason: true,
        feedback: true,
        feedbackApprovedAt: true,
        _count: { select: { scores: true } },
      },
    }),
    db.round.findUniqueOrThrow({
      where: { id: round.id },
      select: { centre: { select: { name: true } }, challenge: { select: { title: true } } },
    }),
    scopeTargets(db, { eventId: round.eventId }),
  ]);
  const userIds = judges.map((j) => j.user.id);
  const conflicts = await db.judgeConflict.findMany({
    where: { eventId: round.eventId, userId: { in: userIds } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      userId: true,
      kind: true,
      note: true,
      resolution: true,
      team: { select: { name: true } },
      organisation: { select: { name: true } },
    },
  });
  const byJudge = groupBy(assignments, (a) => a.judgeId);
  const byEntry = groupBy(assignments, (a) => a.entryId);
  const nameOf = new Map(judges.map((j) => [j.id, judgeName(j)]));
  const judgeOf = new Map(judges.map((j) => [j.user.id, { name: judgeName(j), email: j.user.email }]));
  return {
    event: { id: event.id, name: event.name, slug: event.slug, timeZone: event.timeZone },
    targets,
    /** Scores given so far: the criteria and scale are fixed from the first one. */
    scoresGiven: assignments.reduce((sum, a) => sum + a._count.scores, 0),
    round: {
      ...round,
      centreName: target.centre?.name ?? null,
      challengeTitle: target.challenge?.title ?? null,
    },
    scoring: scoringState(round, params.now),
    criteria,
    judges: judges.map((j) => {
      const theirs = byJudge.get(j.id) ?? [];
      return {
        id: j.id,
        status: j.status,
        removed: j.removedAt !== null,
        affiliation: j.affiliation,
        name: judgeName(j),
        email: j.user.email,
        progress: queueProgress(theirs),
      };
    }),
    entries: entries.map((e) => {
      const theirs = byEntry.get(e.id) ?? [];
      return {
        id: e.id,
        submissionId: e.submission.id,
        title: e.submission.title,
        status: e.submission.status,
        team: e.submission.team.name,
        centre: e.submission.team.centre?.name ?? null,
        revisionVersion: e.revisionVersion,
        judges: theirs.length,
        finished: theirs.filter((a) => isFinished(a.status)).length,
        short: theirs.length < round.judgesPerEntry,
      };
    }),
    assignments: assignments.map((a) => ({
      id: a.id,
      judgeId: a.judgeId,
      judge: nameOf.get(a.judgeId) ?? "A judge",
      entryId: a.entryId,
      status: a.status,
      reason: a.reason,
      scoredCriteria: a._count.scores,
      feedback: a.feedback,
      feedbackApproved: a.feedbackApprovedAt !== null,
    })),
    conflicts: conflicts.map((c) => ({
      id: c.id,
      judge: judgeOf.get(c.userId) ?? null,
      kind: c.kind,
      with: c.team?.name ?? c.organisation?.name ?? c.note,
      note: c.note,
      resolution: c.resolution,
    })),
    flags: assignments
      .filter((a) => a.status === "FLAGGED")
      .map((a) => ({
        assignmentId: a.id,
        judge: nameOf.get(a.judgeId) ?? "A judge",
        entryId: a.entryId,
        reason: a.reason,
      })),
    progress: queueProgress(assignments),
  };
}

/** The teams and organisations of the event, for a judge declaring a conflict of interest. */
export async function conflictOptions(db: Db, params: { eventId: string; userId: string }) {
  const [teams, organisations, declared] = await Promise.all([
    db.team.findMany({
      where: { eventId: params.eventId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.organisation.findMany({
      where: { challenges: { some: { eventId: params.eventId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.judgeConflict.findMany({
      where: { eventId: params.eventId, userId: params.userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        note: true,
        resolution: true,
        team: { select: { name: true } },
        organisation: { select: { name: true } },
      },
    }),
  ]);
  return {
    teams,
    organisations,
    declared: declared.map((c) => ({
      id: c.id,
      kind: c.kind,
      with: c.team?.name ?? c.organisation?.name ?? c.note,
      resolution: c.resolution,
    })),
  };
}

/** Every round the person was invited to judge (and not removed from), newest event first. */
export async function roundsToJudge(db: Db, params: { userId: string }) {
  const rows = await db.roundJudge.findMany({
    where: { userId: params.userId, removedAt: null, round: { event: { status: { not: "DRAFT" } } } },
    orderBy: [{ round: { event: { startsAt: "desc" } } }, { invitedAt: "asc" }],
    select: {
      id: true,
      status: true,
      round: {
        select: {
          id: true,
          name: true,
          status: true,
          closesAt: true,
          assignmentReleasedAt: true,
          event: { select: { name: true, slug: true, timeZone: true } },
        },
      },
      assignments: { select: { status: true } },
    },
  });
  return rows.map((row) => ({
    judgeId: row.id,
    status: row.status,
    round: row.round,
    progress: queueProgress(row.round.assignmentReleasedAt ? row.assignments : []),
  }));
}

/**
 * A judge's queue in the order they meet it, each entry as it stood at the deadline (its submitted
 * revision, images, links, team and centre), with the judge's own scores and notes only. Empty until the
 * organisers release the assignment.
 */
export async function judgeQueue(db: Db, params: { round: RoundCore; judgeId: string; now: Date }) {
  const { round } = params;
  const [criteria, assignments] = await Promise.all([
    db.rubricCriterion.findMany({ where: { roundId: round.id }, ...criteriaSelect }),
    round.assignmentReleasedAt
      ? db.assignment.findMany({
          where: { roundId: round.id, judgeId: params.judgeId },
          select: {
            id: true,
            status: true,
            reason: true,
            queueOrder: true,
            skippedAt: true,
            privateNote: true,
            feedback: true,
            scores: { select: { criterionId: true, value: true, clientWrittenAt: true } },
            entry: {
              select: {
                id: true,
                revisionVersion: true,
                submission: {
                  select: {
                    id: true,
                    team: { select: { id: true, name: true, centre: { select: { name: true } } } },
                    images: { orderBy: { position: "asc" }, select: { id: true, alt: true } },
                    revisions: { select: { version: true, snapshot: true } },
                  },
                },
              },
            },
          },
        })
      : [],
  ]);
  const queue = orderQueue(assignments).map((a) => {
    const { submission } = a.entry;
    const revision = submission.revisions.find((r) => r.version === a.entry.revisionVersion);
    const snapshot = parseRevisionSnapshot(revision?.snapshot);
    const kept = new Set(snapshot.imageIds);
    return {
      id: a.id,
      status: a.status,
      reason: a.reason,
      privateNote: a.privateNote,
      feedback: a.feedback,
      scores: a.scores.map((s) => ({
        criterionId: s.criterionId,
        value: s.value,
        writtenAt: s.clientWrittenAt.getTime(),
      })),
      entry: {
        id: a.entry.id,
        submissionId: submission.id,
        version: a.entry.revisionVersion,
        title: snapshot.title,
        tagline: snapshot.tagline,
        description: snapshot.description,
        repositoryUrl: snapshot.repositoryUrl,
        demoUrl: snapshot.demoUrl,
        videoUrl: snapshot.videoUrl,
        technologies: snapshot.technologies,
        team: submission.team.name,
        /** For filling in the team's name in a feedback template. */
        teamId: submission.team.id,
        centre: submission.team.centre?.name ?? null,
        images: submission.images.filter((i) => kept.has(i.id)),
      },
    };
  });
  return {
    round: {
      id: round.id,
      name: round.name,
      status: round.status,
      scaleMin: round.scaleMin,
      scaleMax: round.scaleMax,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      released: round.assignmentReleasedAt !== null,
    },
    scoring: scoringState(round, params.now),
    criteria,
    queue,
    progress: queueProgress(queue),
  };
}

/** Every change to the round's scores (who, when, old → new), newest first, for its managers. */
export async function scoreLog(db: Db, params: { roundId: string }) {
  const changes = await db.scoreChange.findMany({
    where: { assignment: { roundId: params.roundId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      oldValue: true,
      newValue: true,
      clientWrittenAt: true,
      createdAt: true,
      criterionId: true,
      assignment: {
        select: {
          judge: { select: { user: { select: { name: true, alias: true, email: true } } } },
          entry: { select: { submission: { select: { title: true } } } },
        },
      },
    },
  });
  const criteria = await db.rubricCriterion.findMany({
    where: { roundId: params.roundId },
    select: { id: true, name: true },
  });
  const criterionName = new Map(criteria.map((c) => [c.id, c.name]));
  return changes.map((c) => ({
    id: c.id,
    judge: judgeName(c.assignment.judge),
    entry: c.assignment.entry.submission.title,
    criterion: criterionName.get(c.criterionId) ?? "A criterion since removed",
    oldValue: c.oldValue,
    newValue: c.newValue,
    typedAt: c.clientWrittenAt,
    savedAt: c.createdAt,
  }));
}

/** The round's awards with their winners, for its managers (published or not). */
export async function awardsOfRound(db: Db, params: { roundId: string }) {
  return db.award.findMany({
    where: { roundId: params.roundId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      ...awardFieldsSelect,
      winners: {
        orderBy: { submission: { title: "asc" } },
        select: {
          tiedByDecision: true,
          submission: { select: { id: true, title: true, team: { select: { name: true } } } },
        },
      },
    },
  });
}
