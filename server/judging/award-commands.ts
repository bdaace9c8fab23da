import "server-only";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { RoundCore } from "./access.ts";
import { computeResults } from "./model.ts";
import { resultsInputOf } from "./results-queries.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

interface AwardDetails {
  kind: "OVERALL" | "CHALLENGE" | "DIVISION" | "SPECIAL";
  name: string;
  place: number | null;
  division: string | null;
  note: string;
}

/**
 * A new award of the round (a challenge round's awards are that challenge's prizes). Returns `{ id }`.
 * Errors: INVALID_INPUT for a challenge prize outside a challenge's round.
 */
export async function createAward(
  db: Db,
  params: { actorId: string; round: RoundCore; details: AwardDetails },
) {
  const { round, details } = params;
  if (details.kind === "CHALLENGE" && !round.challengeId) {
    throw new DomainError("INVALID_INPUT", refuse("challengePrizeRound"), {
      kind: [refuse("createInChallengeRound").text],
    });
  }
  return db.$transaction(async (tx) => {
    const position = await tx.award.count({ where: { roundId: round.id } });
    const award = await tx.award.create({
      data: {
        eventId: round.eventId,
        roundId: round.id,
        challengeId: round.challengeId,
        kind: details.kind,
        name: details.name,
        place: details.kind === "OVERALL" ? details.place : null,
        division: details.kind === "DIVISION" ? details.division : null,
        note: details.note,
        position,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: round.eventId,
      action: "award.create",
      entityType: "Award",
      entityId: award.id,
      data: { name: details.name, kind: details.kind },
    });
    return award;
  });
}

export async function updateAward(
  db: Db,
  params: { actorId: string; round: RoundCore; awardId: string; details: AwardDetails },
) {
  const { details } = params;
  const updated = await db.award.updateMany({
    where: { id: params.awardId, roundId: params.round.id },
    data: {
      kind: details.kind,
      name: details.name,
      place: details.kind === "OVERALL" ? details.place : null,
      division: details.kind === "DIVISION" ? details.division : null,
      note: details.note,
    },
  });
  if (updated.count === 0) throw new DomainError("NOT_FOUND", refuse("awardGone"));
  return { id: params.awardId };
}

export async function deleteAward(db: Db, params: { round: RoundCore; awardId: string }) {
  const deleted = await db.award.deleteMany({ where: { id: params.awardId, roundId: params.round.id } });
  if (deleted.count === 0) throw new DomainError("NOT_FOUND", refuse("awardGone"));
  return { deleted: true };
}

/**
 * Names the award's winners (replacing any before): entries of this round only (NOT_FOUND otherwise).
 * Several winners share an award only as a decision (`tiedByDecision`), never by accident
 * (INVALID_INPUT). An empty list clears the winners.
 */
export async function setAwardWinners(
  db: Db,
  params: {
    actorId: string;
    round: RoundCore;
    awardId: string;
    submissionIds: string[];
    tiedByDecision: boolean;
  },
) {
  const ids = [...new Set(params.submissionIds)];
  if (ids.length > 1 && !params.tiedByDecision) {
    throw new DomainError("INVALID_INPUT", refuse("sharedOnlyByDecision"), {
      tiedByDecision: [refuse("tickSharedByDecision").text],
    });
  }
  return db.$transaction(async (tx) => {
    const award = await tx.award.findFirst({
      where: { id: params.awardId, roundId: params.round.id },
      select: { id: true },
    });
    if (!award) throw new DomainError("NOT_FOUND", refuse("awardGone"));
    const entries = await tx.roundEntry.count({
      where: { roundId: params.round.id, submissionId: { in: ids } },
    });
    if (entries !== ids.length) {
      throw new DomainError("NOT_FOUND", refuse("winnersMustBeEntries"), {
        submissionIds: [refuse("chooseRoundProjects").text],
      });
    }
    await tx.awardWinner.deleteMany({ where: { awardId: award.id } });
    await tx.awardWinner.createMany({
      data: ids.map((submissionId) => ({ awardId: award.id, submissionId, tiedByDecision: ids.length > 1 })),
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.round.eventId,
      action: "award.winners",
      entityType: "Award",
      entityId: award.id,
      data: { submissionIds: ids },
    });
    return { winners: ids.length };
  });
}

function requireFinals(round: RoundCore): void {
  if (round.scope !== "FINALS") {
    throw new DomainError("INVALID_INPUT", refuse("promoteIntoFinalsOnly"));
  }
}

/**
 * Promotes the top `count` entries of an earlier round of the same event (closed or published, so its
 * order is final) into the finals, at the revision they were judged at. Entries already in the finals
 * stay. When the entry at the cut-off and the next one were separated only by the tie-break, the answer
 * says so (`tieAtCutOff`) so the organisers can decide by hand. Errors: NOT_FOUND (another event's round),
 * PHASE_CLOSED (the earlier round is still open), INVALID_INPUT (not a finals round, nothing scored).
 */
export async function promoteTop(
  db: Db,
  params: { actorId: string; round: RoundCore; fromRoundId: string; count: number },
) {
  requireFinals(params.round);
  const from = await db.round.findFirst({
    where: { id: params.fromRoundId, eventId: params.round.eventId },
    select: { id: true, status: true, scaleMin: true, scaleMax: true },
  });
  if (!from || from.id === params.round.id)
    throw new DomainError("NOT_FOUND", refuse("roundNotFoundInEvent"));
  if (from.status !== "CLOSED" && from.status !== "PUBLISHED") {
    throw new DomainError("PHASE_CLOSED", refuse("closeRoundFirst"));
  }
  const { input, entryByLabel } = await resultsInputOf(db, {
    roundId: from.id,
    scale: [from.scaleMin, from.scaleMax],
  });
  if (input.scores.length === 0) throw new DomainError("INVALID_INPUT", refuse("nothingScoredYet"));
  const results = computeResults(input);
  const ranked = [...results.entries].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const chosen = ranked.slice(0, params.count);
  const last = chosen.at(-1);
  const next = ranked[params.count];
  const tieAtCutOff = Boolean(last && next && last.tiedByTieBreak && next.tiedByTieBreak);
  const promoted = await db.$transaction(async (tx) => {
    let added = 0;
    for (const result of chosen) {
      const entry = entryByLabel.get(result.entry);
      if (!entry) continue;
      const created = await tx.roundEntry.createMany({
        data: [
          {
            roundId: params.round.id,
            submissionId: entry.submissionId,
            revisionVersion: entry.revisionVersion,
            promotedFromRoundId: from.id,
          },
        ],
        skipDuplicates: true,
      });
      added += created.count;
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.round.eventId,
      action: "round.promote",
      entityType: "Round",
      entityId: params.round.id,
      data: { from: from.id, count: params.count, added },
    });
    return added;
  });
  return { promoted, tieAtCutOff };
}

/** Promotes one project into the finals by hand, with the reason recorded. Idempotent. */
export async function promoteByHand(
  db: Db,
  params: { actorId: string; round: RoundCore; submissionId: string; reason: string },
) {
  requireFinals(params.round);
  const submission = await db.submission.findFirst({
    where: { id: params.submissionId, eventId: params.round.eventId, status: "SUBMITTED" },
    select: { id: true, revisions: { orderBy: { version: "desc" }, take: 1, select: { version: true } } },
  });
  const revision = submission?.revisions[0];
  if (!submission || !revision) throw new DomainError("NOT_FOUND", refuse("submittedProjectNotFound"));
  await db.roundEntry.createMany({
    data: [
      {
        roundId: params.round.id,
        submissionId: submission.id,
        revisionVersion: revision.version,
        promotionReason: params.reason,
      },
    ],
    skipDuplicates: true,
  });
  return { promoted: true };
}

/** Whether teams see their own scores (beside moderated feedback) once results are published. */
export async function setTeamVisibility(db: Db, params: { round: RoundCore; showScoresToTeams: boolean }) {
  await db.round.update({
    where: { id: params.round.id },
    data: { showScoresToTeams: params.showScoresToTeams },
    select: { id: true },
  });
  return { showScoresToTeams: params.showScoresToTeams };
}
