import "server-only";
import type { Db } from "../db/create.ts";
import type { RoundCore } from "./access.ts";
import { bootstrapTopK } from "./bootstrap.ts";
import { connectivitySvg, coverageSvg, leniencySvg, stabilitySvg } from "./diagnostics-svg.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { compareEntries, computeResults, explainEntries, type ResultsInput } from "./model.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

/** How many resamples the round's stability diagram uses, and how many places it asks about. */
export const BOOTSTRAP_RESAMPLES = 200;
export const STABLE_TOP = 3;

/**
 * Labels that tell entries (or judges) apart on screen and in diagrams: the name, with a short id added
 * only when two share a name.
 */
function uniqueLabels(items: readonly { id: string; name: string }[]): Map<string, string> {
  const seen = new Map<string, number>();
  for (const item of items) seen.set(item.name, (seen.get(item.name) ?? 0) + 1);
  return new Map(
    items.map((item) => [
      item.id,
      (seen.get(item.name) ?? 0) > 1 ? `${item.name} (${item.id.slice(-4)})` : item.name,
    ]),
  );
}

/**
 * The scores of a round as the results model's input, with entries and judges named by unique labels
 * (titles; judges' names): every score of entries still in the running (submitted, not withdrawn or
 * disqualified). `entryByLabel` maps a label back to the entry.
 */
export async function resultsInputOf(db: Db, params: { roundId: string; scale: [number, number] }) {
  const [criteria, entries, judges, scores] = await Promise.all([
    db.rubricCriterion.findMany({
      where: { roundId: params.roundId },
      select: { id: true, weight: true, name: true },
    }),
    db.roundEntry.findMany({
      where: { roundId: params.roundId, submission: { status: "SUBMITTED" } },
      select: {
        id: true,
        revisionVersion: true,
        submission: { select: { id: true, title: true, team: { select: { name: true } } } },
      },
    }),
    db.roundJudge.findMany({
      where: { roundId: params.roundId },
      select: { id: true, user: { select: { name: true, email: true } } },
    }),
    db.score.findMany({
      where: { assignment: { roundId: params.roundId, entry: { submission: { status: "SUBMITTED" } } } },
      select: { value: true, criterionId: true, assignment: { select: { entryId: true, judgeId: true } } },
    }),
  ]);
  const entryLabel = uniqueLabels(entries.map((e) => ({ id: e.id, name: e.submission.title })));
  const judgeLabel = uniqueLabels(judges.map((j) => ({ id: j.id, name: j.user.name ?? j.user.email })));
  const criterionName = new Map(criteria.map((c) => [c.id, c.name]));
  const input: ResultsInput = {
    scale: params.scale,
    criteria: criteria.map((c) => ({ id: c.name, weight: c.weight })),
    scores: scores.map((s) => ({
      entry: entryLabel.get(s.assignment.entryId) ?? s.assignment.entryId,
      judge: judgeLabel.get(s.assignment.judgeId) ?? s.assignment.judgeId,
      criterion: criterionName.get(s.criterionId) ?? s.criterionId,
      value: s.value,
    })),
  };
  const entryByLabel = new Map(
    entries.map((e) => [
      entryLabel.get(e.id) ?? e.id,
      {
        id: e.id,
        submissionId: e.submission.id,
        revisionVersion: e.revisionVersion,
        title: e.submission.title,
        team: e.submission.team.name,
      },
    ]),
  );
  return { input, entryByLabel, entries: entries.length };
}

/**
 * A round's results for its managers: the raw and adjusted results (server/judging/model.ts), an
 * explanation per entry, the top-3 stability under bootstrap resampling, and the four diagnostic
 * diagrams as SVG. null results when nothing has been scored yet.
 */
export async function roundResults(db: Db, params: { round: RoundCore }) {
  const { round } = params;
  const { input, entryByLabel, entries } = await resultsInputOf(db, {
    roundId: round.id,
    scale: [round.scaleMin, round.scaleMax],
  });
  if (input.scores.length === 0) return { scored: 0, entries, results: null };
  const results = computeResults(input);
  const bootstrap = bootstrapTopK(input, {
    k: Math.min(STABLE_TOP, results.entries.length),
    resamples: BOOTSTRAP_RESAMPLES,
    seed: round.assignmentSeed,
  });
  const share = new Map(bootstrap.entries.map((e) => [e.entry, e.share]));
  return {
    scored: input.scores.length,
    entries,
    results: {
      ...results,
      entries: explainEntries(results, input).map((e) => {
        const entry = entryByLabel.get(e.entry);
        return {
          ...e,
          entryId: entry?.id ?? null,
          submissionId: entry?.submissionId ?? null,
          team: entry?.team ?? null,
          topShare: share.get(e.entry) ?? 0,
        };
      }),
    },
    stableTop: bootstrap.k,
    resamples: bootstrap.resamples,
    diagrams: {
      coverage: coverageSvg(results, round.judgesPerEntry),
      leniency: leniencySvg(results, input),
      connectivity: connectivitySvg(results),
      stability: stabilitySvg(bootstrap),
    },
  };
}

/**
 * Why one of two entries of the round is ranked above the other (server/judging/explain.ts
 * compareEntries), for the round's managers. `a` and `b` are RoundEntry ids, in any order. Throws
 * DomainError NOT_FOUND when either entry is not in the round or has no scores yet.
 */
export async function compareRoundEntries(db: Db, params: { round: RoundCore; a: string; b: string }) {
  const { round } = params;
  const { input, entryByLabel } = await resultsInputOf(db, {
    roundId: round.id,
    scale: [round.scaleMin, round.scaleMax],
  });
  const labelOf = new Map([...entryByLabel].map(([label, entry]) => [entry.id, label]));
  const a = labelOf.get(params.a);
  const b = labelOf.get(params.b);
  const scored = new Set(input.scores.map((s) => s.entry));
  if (!a || !b || !scored.has(a) || !scored.has(b)) {
    throw new DomainError("NOT_FOUND", refuse("entriesNeedScores"));
  }
  return compareEntries(computeResults(input), input, a, b);
}
