// Why an entry has the score and place it has, in data and in plain English.
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { EntryResult, Results } from "./model.ts";
import { rubricTable, type ResultsInput } from "./rubric.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

export type JudgeContribution = {
  judge: string;
  /** That judge's weighted rubric mean for the entry. */
  score: number;
  /** The judge's estimated leniency (+ = scores above the model's expectation). */
  bias: number;
  /** score − bias. */
  corrected: number;
};
export type EntryExplanation = {
  entry: string;
  raw: number;
  adjusted: number | null;
  rank: number | null;
  method: Results["method"];
  judges: JudgeContribution[];
  /** Mean bias of the entry's judges; adjusted = raw − meanBias. */
  meanBias: number;
  sentences: string[];
};
export type EntryComparison = {
  above: string;
  below: string;
  method: Results["method"];
  /** Primary key (adjusted or raw) of above minus below. */
  primaryGap: number;
  rawGap: number;
  /** Mean bias of above's judges minus below's: adjusted gap = rawGap − biasGap. */
  biasGap: number;
  decidedByTieBreak: boolean;
  sharedJudges: { judge: string; scoreAbove: number; scoreBelow: number; bias: number }[];
  sentences: string[];
};

const fmt = (x: number) => x.toFixed(2);
const signed = (x: number) => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(2);

/**
 * Looks up one entry's judges and their biases. Building it costs one pass over the scores
 * (rubricTable); each lookup then costs only that entry's own pairs, so explaining every entry of a
 * round is linear in the scores rather than entries × scores.
 */
function contributionsOf(results: Results, input: ResultsInput) {
  const table = rubricTable(input);
  const indexOf = new Map(table.entries.map((entry, i) => [entry, i]));
  const resultOf = new Map(results.entries.map((r) => [r.entry, r]));
  const bias = new Map(results.judges.map((j) => [j.judge, j.bias]));
  return (entry: string) => {
    const result = resultOf.get(entry);
    const e = indexOf.get(entry);
    if (!result || e === undefined) throw new DomainError("NOT_FOUND", refuse("noScoresForEntry", { entry }));
    const judges: JudgeContribution[] = [];
    for (let p = table.entryStart[e] ?? 0; p < (table.entryStart[e + 1] ?? 0); p++) {
      const judge = table.judges[table.pairJudge[p] ?? 0] ?? "";
      const score = table.pairValue[p] ?? 0;
      const b = bias.get(judge) ?? 0;
      judges.push({ judge, score, bias: b, corrected: score - b });
    }
    const meanBias = judges.reduce((s, j) => s + j.bias, 0) / (judges.length || 1);
    return { result, judges, meanBias };
  };
}

/**
 * The arithmetic behind one entry's result: each judge's rubric mean and bias, raw as their mean, and
 * adjusted = raw − mean bias of its judges (the identity the model satisfies exactly). `input` must be
 * the one `results` came from. Throws DomainError NOT_FOUND for an entry with no scores.
 */
export function explainEntry(results: Results, input: ResultsInput, entry: string): EntryExplanation {
  return explanation(results, contributionsOf(results, input), entry);
}

/**
 * Every entry of `results`, in its order, with its {@link explainEntry} explanation attached, in time
 * linear in the number of scores (one rubric table for all of them). `input` must be the one `results`
 * came from.
 */
export function explainEntries(
  results: Results,
  input: ResultsInput,
): (EntryResult & { explanation: EntryExplanation })[] {
  const contributions = contributionsOf(results, input);
  return results.entries.map((r) => ({ ...r, explanation: explanation(results, contributions, r.entry) }));
}

function explanation(
  results: Results,
  contributions: ReturnType<typeof contributionsOf>,
  entry: string,
): EntryExplanation {
  const { result, judges, meanBias } = contributions(entry);
  const sentences = [
    `Entry ${entry} was scored by ${judges.length} judge${judges.length === 1 ? "" : "s"}: ` +
      judges.map((j) => `${j.judge} gave ${fmt(j.score)}`).join(", ") +
      `; the raw score is their mean, ${fmt(result.raw)}.`,
    ...judges.map(
      (j) =>
        `${j.judge}'s leniency is ${signed(j.bias)} (they score ${fmt(Math.abs(j.bias))} ` +
        `${j.bias >= 0 ? "above" : "below"} the model's expectation on average), so their ${fmt(j.score)} counts as ${fmt(j.corrected)}.`,
    ),
  ];
  if (result.adjusted === null) {
    sentences.push(`No adjusted score: ${results.reason}`);
  } else {
    sentences.push(
      `Adjusted = raw − average leniency of its judges = ${fmt(result.raw)} − (${signed(meanBias)}) = ${fmt(result.adjusted)}.`,
    );
  }
  if (result.rank !== null) {
    sentences.push(
      `It is ranked ${result.rank} by ${results.method} score${result.tiedByTieBreak ? ", its place against a neighbour decided by the tie-break" : ""}.`,
    );
  }
  return {
    entry,
    raw: result.raw,
    adjusted: result.adjusted,
    rank: result.rank,
    method: results.method,
    judges,
    meanBias,
    sentences,
  };
}

const primaryOf = (r: EntryResult, method: Results["method"]) =>
  method === "adjusted" ? (r.adjusted ?? r.raw) : r.raw;

/**
 * Why one of two entries is ranked above the other: the gap in the primary key, split into the raw gap
 * and the gap in their judges' mean leniency (adjusted gap = raw gap − leniency gap), the judges who
 * scored both, and whether the tie-break decided it. Order of `a` and `b` does not matter. Throws
 * DomainError NOT_FOUND for an entry with no scores.
 */
export function compareEntries(results: Results, input: ResultsInput, a: string, b: string): EntryComparison {
  const contributions = contributionsOf(results, input);
  const x = contributions(a);
  const y = contributions(b);
  const [hi, lo] = (x.result.rank ?? 0) <= (y.result.rank ?? 0) ? [x, y] : [y, x];
  const method = results.method;
  const primaryGap = primaryOf(hi.result, method) - primaryOf(lo.result, method);
  const rawGap = hi.result.raw - lo.result.raw;
  const biasGap = method === "adjusted" ? hi.meanBias - lo.meanBias : 0;
  const loScores = new Map(lo.judges.map((j) => [j.judge, j.score]));
  const sharedJudges = hi.judges.flatMap((j) => {
    const scoreBelow = loScores.get(j.judge);
    return scoreBelow === undefined
      ? []
      : [{ judge: j.judge, scoreAbove: j.score, scoreBelow, bias: j.bias }];
  });
  const decidedByTieBreak = Math.abs(primaryGap) <= 1e-9;
  const A = hi.result.entry;
  const B = lo.result.entry;
  const sentences = [`${A} is ranked ${hi.result.rank} and ${B} ${lo.result.rank}, by ${method} score.`];
  if (decidedByTieBreak) {
    sentences.push(
      `Their ${method} scores are equal, so the tie-break decided: higher raw score, then more judges, then entry id.`,
    );
  } else if (method === "adjusted") {
    sentences.push(
      `Adjusted ${fmt(primaryOf(hi.result, method))} against ${fmt(primaryOf(lo.result, method))}: ` +
        `a raw gap of ${signed(rawGap)} minus a leniency gap of ${signed(biasGap)} ` +
        `(${A}'s judges average ${signed(hi.meanBias)}, ${B}'s ${signed(lo.meanBias)}).`,
    );
    if (rawGap < 0) {
      sentences.push(
        `${B} has the higher raw score, but its judges were more lenient, which the adjustment removes.`,
      );
    }
  } else {
    sentences.push(`Raw ${fmt(hi.result.raw)} against ${fmt(lo.result.raw)}.`);
  }
  for (const s of sharedJudges) {
    sentences.push(`${s.judge} scored both: ${fmt(s.scoreAbove)} for ${A}, ${fmt(s.scoreBelow)} for ${B}.`);
  }
  return {
    above: A,
    below: B,
    method,
    primaryGap,
    rawGap,
    biasGap,
    decidedByTieBreak,
    sharedJudges,
    sentences,
  };
}
