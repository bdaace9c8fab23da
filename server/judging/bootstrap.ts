// How stable is the top k? Refit the results on resampled scores and count how often each entry is in it.
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { resultsFromTable, shrinkageOf } from "./model.ts";
import { seededRandom } from "./random.ts";
import { rubricTable, type ResultsInput } from "./rubric.ts";
import { fitJudgeEffects } from "./solver.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

export type BootstrapOptions = {
  k: number;
  resamples: number;
  seed: string;
  /** Relative residual for each refit (default 1e-6: biases then err by about a millionth of the leniency signal, far below any gap that could change a top k). */
  tolerance?: number;
};
export type TopKShare = { entry: string; rank: number | null; share: number };
export type BootstrapResult = {
  k: number;
  resamples: number;
  method: "adjusted" | "raw";
  /** Entries in the order of the full results, with the share (0–1) of resamples that put them in the top k. */
  entries: TopKShare[];
};

/**
 * Bootstrap stability of the top k (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 6;
 * resampling within strata as in their §8.3 / Davison & Hinkley 1997 §3.2). Scheme: stratified by
 * entry: each entry keeps its number of judges and draws that many of its own (judge, rubric score)
 * observations with replacement, judge identity kept, so the refit still sees whose score each is.
 * Then the same model as {@link computeResults} is refitted (method "adjusted": the ridge judge-effect
 * model, each refit warm-started from the full fit's biases; method "raw": plain means) and the top k
 * taken (ties on the exact value go to the lower entry id). Share = resamples with the entry in the top
 * k ÷ resamples. With 3 judges an entry's bootstrap spread is about √(2/3) of the true one, so read the
 * shares as optimistic. Deterministic for a given seed.
 *
 * Throws DomainError INVALID_INPUT for bad input (as computeResults) or k / resamples not whole ≥ 1.
 */
export function bootstrapTopK(input: ResultsInput, options: BootstrapOptions): BootstrapResult {
  const { k, resamples } = options;
  if (!Number.isInteger(k) || k < 1 || !Number.isInteger(resamples) || resamples < 1) {
    throw new DomainError(
      "INVALID_INPUT",
      refuse("badBootstrapOptions", { k: String(k), resamples: String(resamples) }),
    );
  }
  const lambda = shrinkageOf(input);
  const table = rubricTable(input);
  const full = resultsFromTable(table, lambda);
  const E = table.entries.length;
  const J = table.judges.length;
  const P = table.pairValue.length;
  const judgeIndex = new Map(table.judges.map((j, i) => [j, i]));
  const start = new Float64Array(J);
  for (const j of full.judges) start[judgeIndex.get(j.judge) ?? 0] = j.bias;

  const random = seededRandom(options.seed);
  const pairJudge = new Int32Array(P);
  const pairValue = new Float64Array(P);
  const score = new Float64Array(E);
  const sorted = new Float64Array(E);
  const hits = new Int32Array(E);
  const obs = { nJudges: J, pairJudge, pairValue, entryStart: table.entryStart };
  for (let r = 0; r < resamples; r++) {
    for (let e = 0; e < E; e++) {
      const from = table.entryStart[e] ?? 0;
      const n = (table.entryStart[e + 1] ?? 0) - from;
      let sum = 0;
      for (let t = 0; t < n; t++) {
        const p = from + Math.floor(random() * n);
        pairJudge[from + t] = table.pairJudge[p] ?? 0;
        const v = table.pairValue[p] ?? 0;
        pairValue[from + t] = v;
        sum += v;
      }
      score[e] = sum / n;
    }
    if (full.method === "adjusted") {
      score.set(fitJudgeEffects(obs, lambda, start, options.tolerance ?? 1e-6).quality);
    }
    sorted.set(score);
    sorted.sort();
    const threshold = sorted[Math.max(0, E - k)] ?? -Infinity;
    let above = 0;
    for (let e = 0; e < E; e++) if ((score[e] ?? 0) > threshold) above++;
    let room = k - above;
    for (let e = 0; e < E; e++) {
      const s = score[e] ?? 0;
      if (s > threshold || (s === threshold && room-- > 0)) hits[e] = (hits[e] ?? 0) + 1;
    }
  }
  const indexOf = new Map(table.entries.map((e, i) => [e, i]));
  return {
    k,
    resamples,
    method: full.method,
    entries: full.entries.map((e) => ({
      entry: e.entry,
      rank: e.rank,
      share: (hits[indexOf.get(e.entry) ?? 0] ?? 0) / resamples,
    })),
  };
}
