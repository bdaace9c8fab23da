import "server-only";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { RoundCore } from "./access.ts";
import { assignJudges, type AssignmentPair } from "./assignment.ts";
import { conflictPairs } from "./conflicts.ts";
import { evenOut } from "./rebalance.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

/** The submissions a round judges by its scope (finals: only what was promoted into it). */
function inScope(round: RoundCore) {
  const submitted = { eventId: round.eventId, status: "SUBMITTED" as const };
  switch (round.scope) {
    case "EVENT":
      return submitted;
    case "HEAT":
      return { ...submitted, team: { centreId: round.centreId ?? "" } };
    case "CHALLENGE":
      return { ...submitted, challenges: { some: { challengeId: round.challengeId ?? "" } } };
    case "FINALS":
      return null;
  }
}

/**
 * Brings the round's entries up to date with its scope: every submitted project in scope is an entry,
 * frozen at its last submitted revision; an entry that left the scope (withdrawn, disqualified, moved
 * centre) goes unless it has been scored, in which case it stays and its scores are kept.
 */
export async function syncEntries(tx: Tx, round: RoundCore): Promise<{ added: number; removed: number }> {
  const where = inScope(round);
  const inScopeNow = where
    ? await tx.submission.findMany({
        where,
        select: { id: true, revisions: { orderBy: { version: "desc" }, take: 1, select: { version: true } } },
      })
    : null;
  const existing = await tx.roundEntry.findMany({
    where: { roundId: round.id },
    select: {
      id: true,
      submissionId: true,
      promotedFromRoundId: true,
      submission: { select: { status: true } },
      assignments: { where: { scores: { some: {} } }, select: { id: true }, take: 1 },
    },
  });
  const have = new Set(existing.map((e) => e.submissionId));
  const wanted = inScopeNow ? new Set(inScopeNow.map((s) => s.id)) : null;
  const toAdd = (inScopeNow ?? []).filter((s) => !have.has(s.id) && s.revisions[0]);
  if (toAdd.length > 0) {
    await tx.roundEntry.createMany({
      data: toAdd.map((s) => ({
        roundId: round.id,
        submissionId: s.id,
        revisionVersion: s.revisions[0]?.version ?? 1,
      })),
      skipDuplicates: true,
    });
  }
  const stale = existing.filter((e) => {
    const outOfScope = wanted ? !wanted.has(e.submissionId) : e.submission.status !== "SUBMITTED";
    return outOfScope && e.assignments.length === 0;
  });
  if (stale.length > 0) await tx.roundEntry.deleteMany({ where: { id: { in: stale.map((e) => e.id) } } });
  return { added: toAdd.length, removed: stale.length };
}

/** Everything the conflict rules read about the round's judges and entries. */
export async function conflictFacts(tx: Tx, round: RoundCore, options: { invited?: boolean } = {}) {
  const [judges, entries, conflicts, centreRoles] = await Promise.all([
    tx.roundJudge.findMany({
      where: {
        roundId: round.id,
        status: options.invited ? { in: ["ACCEPTED", "INVITED"] } : "ACCEPTED",
        removedAt: null,
      },
      orderBy: { id: "asc" },
      select: { id: true, userId: true, affiliation: true },
    }),
    tx.roundEntry.findMany({
      where: { roundId: round.id },
      orderBy: { id: "asc" },
      select: {
        id: true,
        submission: {
          select: {
            challenges: { select: { challenge: { select: { organisationId: true } } } },
            team: {
              select: {
                id: true,
                centreId: true,
                members: {
                  select: {
                    userId: true,
                    user: {
                      select: {
                        registrations: { where: { eventId: round.eventId }, select: { affiliation: true } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    }),
    tx.judgeConflict.findMany({
      where: { eventId: round.eventId, resolution: "UPHELD" },
      select: { userId: true, kind: true, teamId: true, organisationId: true },
    }),
    tx.eventRole.findMany({
      where: { eventId: round.eventId, role: { in: ["CENTRE_LEAD", "MENTOR"] }, centreId: { not: null } },
      select: { userId: true, centreId: true },
    }),
  ]);
  const pairs = conflictPairs(
    judges.map((j) => ({
      id: j.id,
      userId: j.userId,
      affiliation: j.affiliation,
      declaredTeamIds: conflicts.filter((c) => c.userId === j.userId && c.teamId).map((c) => c.teamId ?? ""),
      declaredOrganisationIds: conflicts
        .filter((c) => c.userId === j.userId && c.organisationId)
        .map((c) => c.organisationId ?? ""),
      leadOrMentorCentreIds: centreRoles.filter((r) => r.userId === j.userId).map((r) => r.centreId ?? ""),
    })),
    entries.map((e) => ({
      id: e.id,
      teamId: e.submission.team.id,
      memberUserIds: e.submission.team.members.map((m) => m.userId),
      memberAffiliations: e.submission.team.members.map((m) => m.user.registrations[0]?.affiliation ?? null),
      centreId: e.submission.team.centreId,
      organisationIds: e.submission.challenges.map((c) => c.challenge.organisationId),
    })),
    { finals: round.scope === "FINALS" },
  );
  return { judges, entries, pairs };
}

/** The pairs that must stay: scored, or marked by their judge (skipped, absent, flagged). */
async function lockedPairs(tx: Tx, roundId: string) {
  return tx.assignment.findMany({
    where: { roundId, OR: [{ scores: { some: {} } }, { status: { not: "PENDING" } }] },
    select: { id: true, judgeId: true, entryId: true },
  });
}

/**
 * Brings entries up to date, then (re)assigns judges with the pure `assignJudges`. Before release the
 * assignment is generated afresh (same entries, judges, conflicts and seed ⇒ same assignment), keeping
 * scored or marked pairs. After release every allowed pair stays; new entries and gaps are filled, and
 * loads are evened out by moving unscored pairs only (`evenOut`), so a judge's queue never reshuffles
 * under them and no score is lost. Returns the shortfalls (entries short of judges, and why) and
 * whether the judge–entry graph is connected.
 */
export async function generateAssignment(db: Db, params: { actorId: string; round: RoundCore }) {
  const { round } = params;
  if (round.status === "CLOSED" || round.status === "PUBLISHED") {
    throw new DomainError("PHASE_CLOSED", refuse("roundClosedReopen"));
  }
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${round.id} FOR UPDATE`;
    const entriesChange = await syncEntries(tx, round);
    const { judges, entries, pairs } = await conflictFacts(tx, round);
    const active = new Set(judges.map((j) => j.id));
    const locked = await lockedPairs(tx, round.id);
    const key = (p: AssignmentPair) => `${p.judge}\u0000${p.entry}`;
    const current = await tx.assignment.findMany({
      where: { roundId: round.id },
      select: { id: true, judgeId: true, entryId: true },
    });
    // Once judges have seen their queues, keep every pair that is still allowed and only fill gaps and
    // even out loads with unscored pairs; before that, the assignment is generated afresh from the seed.
    const blocked = new Set(pairs.map(key));
    const entryIds = new Set(entries.map((e) => e.id));
    const keep = (round.assignmentReleasedAt ? current : locked)
      .map((a) => ({ judge: a.judgeId, entry: a.entryId }))
      .filter((p) => active.has(p.judge) && entryIds.has(p.entry) && !blocked.has(key(p)));
    const filled = assignJudges({
      entries: entries.map((e) => e.id),
      judges: judges.map((j) => j.id),
      k: round.judgesPerEntry,
      conflicts: pairs,
      fixed: keep,
      seed: round.assignmentSeed,
    });
    const lockedKeys = new Set(locked.map((l) => key({ judge: l.judgeId, entry: l.entryId })));
    const result = round.assignmentReleasedAt
      ? {
          ...filled,
          pairs: evenOut({
            pairs: filled.pairs,
            judges: judges.map((j) => j.id),
            movable: new Set(filled.pairs.map(key).filter((k) => !lockedKeys.has(k))),
            conflicts: pairs,
          }).pairs,
        }
      : filled;
    const wanted = new Set(result.pairs.map(key));
    const lockedIds = new Set(locked.map((l) => l.id));
    const currentKeys = new Set(current.map((a) => key({ judge: a.judgeId, entry: a.entryId })));
    const drop = current.filter(
      (a) => !lockedIds.has(a.id) && !wanted.has(key({ judge: a.judgeId, entry: a.entryId })),
    );
    if (drop.length > 0) await tx.assignment.deleteMany({ where: { id: { in: drop.map((a) => a.id) } } });
    const add = result.pairs.filter((p) => !currentKeys.has(key(p)));
    // Each judge's new entries join the end of their queue, in the assignment's (seeded) order.
    const queueLength = new Map<string, number>();
    for (const a of current) queueLength.set(a.judgeId, (queueLength.get(a.judgeId) ?? 0) + 1);
    await tx.assignment.createMany({
      data: add.map((p) => {
        const position = queueLength.get(p.judge) ?? 0;
        queueLength.set(p.judge, position + 1);
        return { roundId: round.id, judgeId: p.judge, entryId: p.entry, queueOrder: position };
      }),
      skipDuplicates: true,
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: round.eventId,
      action: "round.assign",
      entityType: "Round",
      entityId: round.id,
      data: { added: add.length, removed: drop.length, shortfalls: result.shortfalls.length },
    });
    return {
      entries: entries.length,
      judges: judges.length,
      entriesAdded: entriesChange.added,
      entriesRemoved: entriesChange.removed,
      assignmentsAdded: add.length,
      assignmentsRemoved: drop.length,
      shortfalls: result.shortfalls,
      connected: result.connected,
      components: result.components,
    };
  });
}

/** Judges see their queues once this is set; re-releasing changes nothing. */
export async function releaseAssignment(db: Db, params: { actorId: string; round: RoundCore; now: Date }) {
  const count = await db.assignment.count({ where: { roundId: params.round.id } });
  if (count === 0) throw new DomainError("PHASE_CLOSED", refuse("generateAssignmentFirst"));
  await db.round.updateMany({
    where: { id: params.round.id, assignmentReleasedAt: null },
    data: { assignmentReleasedAt: params.now },
  });
  return { released: true };
}

/**
 * Pairs a judge with an entry by hand. Errors: NOT_FOUND (a judge or entry of another round, or a judge
 * who has not accepted), CONFLICT_OF_INTEREST (the rules keep them apart, with the reason). Idempotent.
 */
export async function addAssignment(
  db: Db,
  params: { actorId: string; round: RoundCore; judgeId: string; entryId: string },
) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${params.round.id} FOR UPDATE`;
    const { judges, entries, pairs } = await conflictFacts(tx, params.round);
    if (!judges.some((j) => j.id === params.judgeId)) {
      throw new DomainError("NOT_FOUND", refuse("judgeNotAccepted"));
    }
    if (!entries.some((e) => e.id === params.entryId))
      throw new DomainError("NOT_FOUND", refuse("entryNotInRound"));
    const conflict = pairs.find((p) => p.judge === params.judgeId && p.entry === params.entryId);
    if (conflict)
      throw new DomainError("CONFLICT_OF_INTEREST", refuse("cannotJudgeEntry", { reason: conflict.reason }));
    const queueOrder = await tx.assignment.count({ where: { judgeId: params.judgeId } });
    await tx.assignment.createMany({
      data: [{ roundId: params.round.id, judgeId: params.judgeId, entryId: params.entryId, queueOrder }],
      skipDuplicates: true,
    });
    return tx.assignment.findUniqueOrThrow({
      where: { entryId_judgeId: { entryId: params.entryId, judgeId: params.judgeId } },
      select: { id: true },
    });
  });
}

/** Takes an assignment away. Errors: CONFLICT when it has scores (they are never thrown away). */
export async function removeAssignment(db: Db, params: { round: RoundCore; assignmentId: string }) {
  return db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({
      where: { id: params.assignmentId, roundId: params.round.id },
      select: { id: true, _count: { select: { scores: true } } },
    });
    if (!assignment) throw new DomainError("NOT_FOUND", refuse("assignmentGone"));
    if (assignment._count.scores > 0) {
      throw new DomainError("CONFLICT", refuse("alreadyScored"));
    }
    await tx.assignment.delete({ where: { id: assignment.id }, select: { id: true } });
    return { removed: true };
  });
}

/**
 * Gives `fromJudgeId`'s unscored entries to `toJudgeId` (an absent judge's queue to a standby). Entries
 * the new judge already has or conflicts with stay where they are and are reported, so nothing is
 * silently dropped.
 */
export async function reassignJudge(
  db: Db,
  params: { actorId: string; round: RoundCore; fromJudgeId: string; toJudgeId: string },
) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${params.round.id} FOR UPDATE`;
    const { judges, pairs } = await conflictFacts(tx, params.round);
    if (!judges.some((j) => j.id === params.toJudgeId)) {
      throw new DomainError("NOT_FOUND", refuse("takeoverJudgeNotAccepted"));
    }
    const movable = await tx.assignment.findMany({
      where: {
        roundId: params.round.id,
        judgeId: params.fromJudgeId,
        scores: { none: {} },
        status: { in: ["PENDING", "SKIPPED"] },
      },
      select: { id: true, entryId: true },
    });
    const theirs = new Set(
      (await tx.assignment.findMany({ where: { judgeId: params.toJudgeId }, select: { entryId: true } })).map(
        (a) => a.entryId,
      ),
    );
    const blocked = new Set(pairs.filter((p) => p.judge === params.toJudgeId).map((p) => p.entry));
    let queueOrder = theirs.size;
    const kept: string[] = [];
    let moved = 0;
    for (const a of movable) {
      if (theirs.has(a.entryId) || blocked.has(a.entryId)) {
        kept.push(a.entryId);
        continue;
      }
      await tx.assignment.update({
        where: { id: a.id },
        data: {
          judgeId: params.toJudgeId,
          queueOrder: queueOrder++,
          status: "PENDING",
          skippedAt: null,
          reason: null,
        },
        select: { id: true },
      });
      moved++;
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.round.eventId,
      action: "round.reassign",
      entityType: "Round",
      entityId: params.round.id,
      data: { from: params.fromJudgeId, to: params.toJudgeId, moved, kept: kept.length },
    });
    return { moved, kept: kept.length };
  });
}
