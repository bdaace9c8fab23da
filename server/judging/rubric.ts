// From score rows to one number per (entry, judge): the weighted rubric mean. Validates as it goes, so
// every later step can trust its input.
import { DomainError, type Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

export type ScoreRow = { entry: string; judge: string; criterion?: string; value: number };
export type Criterion = { id: string; weight: number };
export type ResultsInput = {
  scale: [number, number];
  criteria?: Criterion[];
  scores: ScoreRow[];
  /** Ridge λ on the judge biases, in "imaginary scores at zero bias"; default {@link DEFAULT_SHRINKAGE}. */
  shrinkage?: number;
};

/**
 * Default ridge λ: every judge's bias is estimated as if they had also given two scores exactly on the
 * model's expectation. A judge with 2 scores keeps half of their apparent leniency, one with 20 keeps 91%.
 * In partial-pooling terms λ = σ²(noise) / σ²(leniency); 2 fits rubric scores whose per-score noise is
 * about 1.4 times the spread of judges' leniency, which is what small hack-day panels tend to show.
 */
export const DEFAULT_SHRINKAGE = 2;

/** Judge–entry observations in index form, entries contiguous (sorted by entry, then judge). */
export type RubricTable = {
  entries: string[];
  judges: string[];
  pairEntry: Int32Array;
  pairJudge: Int32Array;
  /** Weighted rubric mean of the pair, on the input scale. */
  pairValue: Float64Array;
  /** Index of the first pair of entry e is entryStart[e]; entryStart[entries.length] = pairs. */
  entryStart: Int32Array;
};

const invalid = (message: Said) => new DomainError("INVALID_INPUT", message);

type Accumulator = { judge: string; sumW: number; sumWV: number; overall: number; criteria: string[] };

/** A row's judge, entry and criterion (if any), as the messages that name the row take them. */
const rowValues = (row: ScoreRow) => ({
  judge: row.judge,
  entry: row.entry,
  criterion: row.criterion ?? "",
  hasCriterion: row.criterion === undefined ? "no" : "yes",
});

/**
 * Turns score rows into one score per (entry, judge): the weighted mean over the criteria that judge
 * scored for that entry, with the weights renormalised over those criteria (a criterion a judge left
 * out neither helps nor hurts the entry). Without `criteria` every criterion weighs 1. A row without a
 * criterion is the judge's overall score for the entry.
 *
 * Throws DomainError INVALID_INPUT (message names the offending entry/judge/criterion) for: a scale
 * whose min is not below its max; a value that is not a finite number inside the scale; a criterion not
 * in `criteria`; a weight that is not a positive finite number or a criterion listed twice; the same
 * (entry, judge, criterion) twice; a judge who gave an entry both an overall score and criterion scores.
 */
export function rubricTable(input: ResultsInput): RubricTable {
  const [min, max] = input.scale;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw invalid(refuse("badScale", { min: String(min), max: String(max) }));
  }
  const weights = new Map<string, number>();
  for (const c of input.criteria ?? []) {
    if (weights.has(c.id)) throw invalid(refuse("criterionListedTwice", { criterion: c.id }));
    if (!Number.isFinite(c.weight) || c.weight <= 0) {
      throw invalid(refuse("criterionNeedsWeight", { criterion: c.id, weight: String(c.weight) }));
    }
    weights.set(c.id, c.weight);
  }
  // One pass over the rows, keyed by id; indices come after, once the ids are sorted.
  const byEntry = new Map<string, Map<string, Accumulator>>();
  const judgeIds = new Set<string>();
  for (const row of input.scores) {
    if (!Number.isFinite(row.value) || row.value < min || row.value > max) {
      throw invalid(
        refuse("scoreOutsideScale", {
          ...rowValues(row),
          value: String(row.value),
          min: String(min),
          max: String(max),
        }),
      );
    }
    let judges = byEntry.get(row.entry);
    if (!judges) {
      judges = new Map();
      byEntry.set(row.entry, judges);
    }
    let acc = judges.get(row.judge);
    if (!acc) {
      acc = { judge: row.judge, sumW: 0, sumWV: 0, overall: 0, criteria: [] };
      judges.set(row.judge, acc);
      judgeIds.add(row.judge);
    }
    let weight = 1;
    if (row.criterion === undefined) {
      if (acc.overall > 0) throw invalid(refuse("twoScores", rowValues(row)));
      acc.overall++;
    } else {
      if (acc.criteria.includes(row.criterion)) throw invalid(refuse("twoScores", rowValues(row)));
      acc.criteria.push(row.criterion);
      if (input.criteria) {
        const w = weights.get(row.criterion);
        if (w === undefined) throw invalid(refuse("unknownCriterion", rowValues(row)));
        weight = w;
      }
    }
    if (acc.overall > 0 && acc.criteria.length > 0) {
      // Which would be the judge's view of the entry? Refuse rather than guess.
      throw invalid(refuse("overallAndCriteria", { judge: row.judge, entry: row.entry }));
    }
    acc.sumW += weight;
    acc.sumWV += weight * row.value;
  }
  const entries = [...byEntry.keys()].sort();
  const judges = [...judgeIds].sort();
  const judgeIndex = new Map(judges.map((j, i) => [j, i]));
  let size = 0;
  for (const m of byEntry.values()) size += m.size;
  const table: RubricTable = {
    entries,
    judges,
    pairEntry: new Int32Array(size),
    pairJudge: new Int32Array(size),
    pairValue: new Float64Array(size),
    entryStart: new Int32Array(entries.length + 1),
  };
  let p = 0;
  entries.forEach((entry, e) => {
    const accs = [...(byEntry.get(entry)?.values() ?? [])].sort((a, b) => (a.judge < b.judge ? -1 : 1));
    for (const acc of accs) {
      table.pairEntry[p] = e;
      table.pairJudge[p] = judgeIndex.get(acc.judge) ?? 0;
      table.pairValue[p] = acc.sumWV / acc.sumW;
      p++;
    }
    table.entryStart[e + 1] = p;
  });
  return table;
}
