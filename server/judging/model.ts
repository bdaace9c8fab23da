// Results of a judging round: raw rubric means beside scores adjusted for each judge's leniency.
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { bipartiteComponents } from "./graph.ts";
import { DEFAULT_SHRINKAGE, rubricTable, type ResultsInput, type RubricTable } from "./rubric.ts";
import { fitJudgeEffects } from "./solver.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

export type { Criterion, ResultsInput, ScoreRow } from "./rubric.ts";
export { compareEntries, explainEntries, explainEntry } from "./explain.ts";

export type EntryResult = {
  entry: string;
  /** Mean over the entry's judges of each judge's weighted rubric mean, on the input scale. */
  raw: number;
  /** raw − mean bias of the entry's judges; null when the results fall back to raw. */
  adjusted: number | null;
  /** 1 = best; every entry has a distinct rank (ties broken as documented on {@link computeResults}). */
  rank: number | null;
  /** Number of judges who scored it. */
  n: number;
  /** Which connected part of the judge–entry graph it is in (0 …). */
  component: number;
  /** Its order against a neighbour was decided by the tie-break: primary keys within {@link TIE_EPSILON}. */
  tiedByTieBreak: boolean;
};
export type JudgeResult = {
  judge: string;
  /** Leniency in score units (+ = scores above the model's expectation), centred within the component. */
  bias: number;
  /** Number of entries scored. */
  n: number;
  component: number;
};
export type Results = {
  connected: boolean;
  components: number;
  method: "adjusted" | "raw";
  reason: string;
  entries: EntryResult[];
  judges: JudgeResult[];
  shrinkage: number;
  solver: { iterations: number; relativeResidual: number; converged: boolean };
};

/** Two primary keys closer than this are a tie, settled by the tie-break. */
export const TIE_EPSILON = 1e-9;

/**
 * Ranks entries by `primary` descending; entries whose primary keys chain together within
 * {@link TIE_EPSILON} form a tie group, ordered by raw descending (again within TIE_EPSILON), then more
 * judges first, then entry id ascending. Returns rank (1-based) and whether the tie-break decided it.
 */
export function rankEntries(rows: readonly { entry: string; primary: number; raw: number; n: number }[]): {
  rank: number[];
  tied: boolean[];
} {
  const order = rows.map((_, i) => i).sort((a, b) => (rows[b]?.primary ?? 0) - (rows[a]?.primary ?? 0));
  const rank = new Array<number>(rows.length).fill(0);
  const tied = new Array<boolean>(rows.length).fill(false);
  const tieBreak = (a: number, b: number) => {
    const x = rows[a];
    const y = rows[b];
    if (!x || !y) return 0;
    if (Math.abs(x.raw - y.raw) > TIE_EPSILON) return y.raw - x.raw;
    return y.n - x.n || (x.entry < y.entry ? -1 : x.entry > y.entry ? 1 : 0);
  };
  let next = 1;
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (
      end < order.length &&
      (rows[order[end - 1] ?? 0]?.primary ?? 0) - (rows[order[end] ?? 0]?.primary ?? 0) <= TIE_EPSILON
    ) {
      end++;
    }
    const group = order.slice(start, end).sort(tieBreak);
    for (const i of group) {
      rank[i] = next++;
      tied[i] = group.length > 1;
    }
    start = end;
  }
  return { rank, tied };
}

/** "1 judge", "3 judges", "1 entry", "2 entries". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Results of one judging round. Input: `scale` [min, max], optional `criteria` (id, positive weight),
 * `scores` rows ({ entry, judge, criterion?, value } on the scale), optional `shrinkage` λ ≥ 0 (default
 * {@link DEFAULT_SHRINKAGE}). Units throughout are the input scale's.
 *
 * 1. Per (entry, judge): the weighted rubric mean ({@link rubricTable} states the missing-criterion rule).
 *    `raw` is the mean of those over the entry's judges.
 * 2. The additive two-way model score = quality(entry) + bias(judge) + noise is fitted by least squares
 *    with ridge λ on the biases ({@link fitJudgeEffects}); a judge with few scores is pulled towards zero
 *    bias, never dropped. (Not Bradley–Terry, which models pairwise preferences, and not per-judge
 *    z-scores, which punish a judge who drew strong entries and collapse to ±1 with two scores.)
 * 3. Identification: within each connected component a constant is moved from the biases to the
 *    qualities so the biases have mean zero weighted by each judge's number of scores; the fit is
 *    unchanged, and the mean of adjusted scores over all scores equals the mean raw score, so adjusted
 *    sits on the original scale. adjusted = raw − mean bias of the entry's judges, exactly.
 * 4. Connectivity: biases are comparable only inside a connected part of the judge–entry graph. With one
 *    component, method "adjusted" ranks by adjusted. With more (or if the solver did not converge),
 *    method "raw": every entry is ranked by raw across the whole field, `adjusted` is null, the judges'
 *    biases are still reported (each relative to its own component) and `reason` says why.
 * 5. Ranking: primary key desc (adjusted or raw), then raw desc, then more judges, then entry id asc;
 *    see {@link rankEntries}. Entries are returned in rank order, judges by id.
 *
 * Throws DomainError INVALID_INPUT for invalid input (see {@link rubricTable}) or a bad shrinkage.
 */
export function computeResults(input: ResultsInput): Results {
  const lambda = shrinkageOf(input);
  return resultsFromTable(rubricTable(input), lambda);
}

/** The validated shrinkage λ of an input (default {@link DEFAULT_SHRINKAGE}); throws INVALID_INPUT. */
export function shrinkageOf(input: ResultsInput): number {
  const lambda = input.shrinkage ?? DEFAULT_SHRINKAGE;
  if (!Number.isFinite(lambda) || lambda < 0) {
    throw new DomainError("INVALID_INPUT", refuse("badShrinkage", { lambda: String(lambda) }));
  }
  return lambda;
}

/** {@link computeResults} on an already built table (the bootstrap builds it once). */
export function resultsFromTable(table: RubricTable, lambda: number): Results {
  const E = table.entries.length;
  const J = table.judges.length;
  const components = bipartiteComponents(E, J, table.pairEntry, table.pairJudge);
  const fit = fitJudgeEffects({ ...table, nJudges: J }, lambda);

  const judgeN = new Float64Array(J);
  for (const j of table.pairJudge) judgeN[j] = (judgeN[j] ?? 0) + 1;
  const shiftSum = new Float64Array(components.count);
  const shiftWeight = new Float64Array(components.count);
  for (let j = 0; j < J; j++) {
    const c = components.right[j] ?? -1;
    if (c < 0) continue;
    shiftSum[c] = (shiftSum[c] ?? 0) + (judgeN[j] ?? 0) * (fit.bias[j] ?? 0);
    shiftWeight[c] = (shiftWeight[c] ?? 0) + (judgeN[j] ?? 0);
  }
  const shift = (c: number) => (shiftSum[c] ?? 0) / (shiftWeight[c] || 1);

  const connected = components.count <= 1;
  const method = connected && fit.converged ? "adjusted" : "raw";
  const rows = table.entries.map((entry, e) => {
    const from = table.entryStart[e] ?? 0;
    const to = table.entryStart[e + 1] ?? 0;
    let sum = 0;
    for (let p = from; p < to; p++) sum += table.pairValue[p] ?? 0;
    const raw = sum / (to - from);
    const component = components.left[e] ?? 0;
    const adjusted = (fit.quality[e] ?? 0) + shift(component);
    return { entry, raw, adjusted, n: to - from, component, primary: method === "adjusted" ? adjusted : raw };
  });
  const { rank, tied } = rankEntries(rows);
  const entries: EntryResult[] = rows
    .map((r, i) => ({
      entry: r.entry,
      raw: r.raw,
      adjusted: method === "adjusted" ? r.adjusted : null,
      rank: rank[i] ?? null,
      n: r.n,
      component: r.component,
      tiedByTieBreak: tied[i] ?? false,
    }))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const judges = table.judges.map((judge, j) => ({
    judge,
    bias: (fit.bias[j] ?? 0) - shift(components.right[j] ?? 0),
    n: judgeN[j] ?? 0,
    component: components.right[j] ?? 0,
  }));

  let reason: string;
  if (E === 0) reason = "There are no scores yet.";
  else if (!connected) {
    const sizes = new Array<number>(components.count).fill(0);
    for (const c of components.left) sizes[c] = (sizes[c] ?? 0) + 1;
    reason =
      `The judges and entries fall into ${components.count} groups that share no judge ` +
      `(${sizes.map((s) => count(s, "entry", "entries")).join(", ")}), ` +
      "so one group's judges cannot be compared with another's: entries are ranked by raw score and no " +
      "adjusted score is given. Have some judges score entries in more than one group to allow adjustment.";
  } else if (!fit.converged) {
    reason = `The judge-effect fit did not converge (relative residual ${fit.relativeResidual.toExponential(1)}), so entries are ranked by raw score.`;
  } else {
    reason =
      `The ${count(J, "judge")} and ${count(E, "entry", "entries")} are all linked through shared judges, ` +
      "so each judge's leniency is estimated against the others: entries are ranked by adjusted score " +
      `(raw score minus the average leniency of the entry's judges, leniency shrunk towards zero with λ = ${lambda}).`;
  }
  return {
    connected,
    components: components.count,
    method,
    reason,
    entries,
    judges,
    shrinkage: lambda,
    solver: { iterations: fit.iterations, relativeResidual: fit.relativeResidual, converged: fit.converged },
  };
}
