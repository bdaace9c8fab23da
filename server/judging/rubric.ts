// From score rows to one number per (entry, judge): the weighted rubric mean. Validates as it goes, so
// every later step can trust its input.
import { DomainError } from "../errors.ts";

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

const invalid = (message: string) => new DomainError("INVALID_INPUT", message);

type Accumulator = {
  entry: number;
  judge: number;
  sumW: number;
  sumWV: number;
  overall: number;
  criterionRows: number;
};

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
    throw invalid(`The scale must be two finite numbers, lowest first; got [${min}, ${max}].`);
  }
  const weights = new Map<string, number>();
  for (const c of input.criteria ?? []) {
    if (weights.has(c.id)) throw invalid(`Criterion "${c.id}" is listed twice.`);
    if (!Number.isFinite(c.weight) || c.weight <= 0) {
      throw invalid(`Criterion "${c.id}" needs a positive weight; got ${c.weight}.`);
    }
    weights.set(c.id, c.weight);
  }
  const entries = [...new Set(input.scores.map((s) => s.entry))].sort();
  const judges = [...new Set(input.scores.map((s) => s.judge))].sort();
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const judgeIndex = new Map(judges.map((j, i) => [j, i]));
  const pairs = new Map<number, Accumulator>();
  const seen = new Set<string>();
  for (const row of input.scores) {
    const where = `judge "${row.judge}", entry "${row.entry}"${row.criterion === undefined ? "" : `, criterion "${row.criterion}"`}`;
    if (!Number.isFinite(row.value) || row.value < min || row.value > max) {
      throw invalid(`Score ${row.value} (${where}) is outside the scale ${min}–${max}.`);
    }
    const e = entryIndex.get(row.entry) ?? 0;
    const j = judgeIndex.get(row.judge) ?? 0;
    const key = e * judges.length + j;
    const seenKey = `${key}\u0000${row.criterion ?? ""}`;
    if (seen.has(seenKey)) throw invalid(`Two scores for ${where}.`);
    seen.add(seenKey);
    let acc = pairs.get(key);
    if (!acc) {
      acc = { entry: e, judge: j, sumW: 0, sumWV: 0, overall: 0, criterionRows: 0 };
      pairs.set(key, acc);
    }
    let weight = 1;
    if (row.criterion === undefined) acc.overall++;
    else acc.criterionRows++;
    if (row.criterion !== undefined && input.criteria) {
      const w = weights.get(row.criterion);
      if (w === undefined) throw invalid(`Unknown criterion "${row.criterion}" (${where}).`);
      weight = w;
    }
    if (acc.overall > 0 && acc.criterionRows > 0) {
      // Which would be the judge's view of the entry? Refuse rather than guess.
      throw invalid(
        `Judge "${row.judge}" gave entry "${row.entry}" both an overall score and criterion scores.`,
      );
    }
    acc.sumW += weight;
    acc.sumWV += weight * row.value;
  }
  const sorted = [...pairs.values()].sort((a, b) => a.entry - b.entry || a.judge - b.judge);
  const table: RubricTable = {
    entries,
    judges,
    pairEntry: new Int32Array(sorted.length),
    pairJudge: new Int32Array(sorted.length),
    pairValue: new Float64Array(sorted.length),
    entryStart: new Int32Array(entries.length + 1),
  };
  sorted.forEach((acc, p) => {
    table.pairEntry[p] = acc.entry;
    table.pairJudge[p] = acc.judge;
    table.pairValue[p] = acc.sumWV / acc.sumW;
    table.entryStart[acc.entry + 1] = p + 1;
  });
  return table;
}
