// Who judges what: every entry gets k judges, loads are even, conflicts are never assigned, and the
// judge–entry graph is connected so the results model can compare every judge with every other.
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { bipartiteComponents } from "./graph.ts";
import { count } from "./model.ts";
import { seededRandom, shuffled } from "./random.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

export type AssignmentPair = { judge: string; entry: string };
export type AssignmentConflict = { judge: string; entry: string; reason: string };
export type AssignmentInput = {
  entries: readonly string[];
  judges: readonly string[];
  /** Judges wanted per entry. */
  k: number;
  /** Already expanded judge–entry pairs that must never be assigned. */
  conflicts: readonly AssignmentConflict[];
  /** Pairs that must be kept (already scored or locked); never moved. */
  fixed: readonly AssignmentPair[];
  seed: string;
};
export type Shortfall = { entry: string; assigned: number; needed: number; reason: string };
export type AssignmentResult = {
  pairs: AssignmentPair[];
  loads: Record<string, number>;
  shortfalls: Shortfall[];
  connected: boolean;
  components: number;
  /** Things the caller should know that are not shortfalls, e.g. a fixed pair that is also a conflict. */
  warnings: string[];
};

type State = {
  entries: string[];
  judges: string[];
  /** Judges that may take new assignments (those in input.judges). */
  active: boolean[];
  judgesOf: Set<number>[];
  entriesOf: Set<number>[];
  fixed: Set<number>;
  conflict: Set<number>;
};

const key = (s: State, e: number, j: number) => e * s.judges.length + j;
const movable = (s: State, e: number, j: number) => !s.fixed.has(key(s, e, j));
const canTake = (s: State, e: number, j: number) =>
  (s.active[j] ?? false) && !s.conflict.has(key(s, e, j)) && !(s.judgesOf[e]?.has(j) ?? true);

function move(s: State, e: number, from: number, to: number) {
  s.judgesOf[e]?.delete(from);
  s.entriesOf[from]?.delete(e);
  s.judgesOf[e]?.add(to);
  s.entriesOf[to]?.add(e);
}

/**
 * Moves assignments along chains until no judge with load L can pass one (directly, or through other
 * judges each passing one on) to a judge with load ≤ L − 2. Each move lowers Σ load², so it ends.
 */
function balance(s: State) {
  const J = s.judges.length;
  const load = (j: number) => s.entriesOf[j]?.size ?? 0;
  const activeJudges = s.judges.map((_, j) => j).filter((j) => s.active[j]);
  for (;;) {
    const loads = activeJudges.map(load);
    const max = Math.max(...loads);
    const min = Math.min(...loads);
    let improved = false;
    for (let level = max; level >= min + 2 && !improved; level--) {
      const parent = new Int32Array(J).fill(-1);
      const via = new Int32Array(J).fill(-1);
      const queue = activeJudges.filter((j) => load(j) === level);
      for (const j of queue) parent[j] = j;
      for (let head = 0; head < queue.length && !improved; head++) {
        const u = queue[head] ?? 0;
        for (const e of s.entriesOf[u] ?? []) {
          if (!movable(s, e, u)) continue;
          for (const v of activeJudges) {
            if (parent[v] !== -1 || !canTake(s, e, v)) continue;
            parent[v] = u;
            via[v] = e;
            if (load(v) <= level - 2) {
              for (let w = v; parent[w] !== w; w = parent[w] ?? w) move(s, via[w] ?? 0, parent[w] ?? 0, w);
              improved = true;
              break;
            }
            queue.push(v);
          }
          if (improved) break;
        }
      }
    }
    if (!improved) return;
  }
}

function components(s: State) {
  const left: number[] = [];
  const right: number[] = [];
  s.judgesOf.forEach((js, e) => {
    for (const j of js) {
      left.push(e);
      right.push(j);
    }
  });
  return bipartiteComponents(s.entries.length, s.judges.length, left, right);
}

/**
 * Joins components by swapping judges between two assignments in different components: (j1, e1) and
 * (j2, e2) become (j1, e2) and (j2, e1). Every load and every entry's judge count stays the same; a swap
 * is kept only when it lowers the number of components (it does whenever one of the two edges lies on a
 * cycle, which some edge must once there are at least as many assignments as nodes less one).
 */
function connect(s: State) {
  let current = components(s);
  const edgesIn = (c: number) => {
    const out: [number, number][] = [];
    s.judgesOf.forEach((js, e) => {
      if ((current.left[e] ?? -1) !== c) return;
      for (const j of js) if (movable(s, e, j)) out.push([e, j]);
    });
    return out;
  };
  while (current.count > 1) {
    const nodes = new Array<number>(current.count).fill(0);
    const edges = new Array<number>(current.count).fill(0);
    for (const c of current.left) nodes[c] = (nodes[c] ?? 0) + 1;
    for (const c of current.right) if (c >= 0) nodes[c] = (nodes[c] ?? 0) + 1;
    s.judgesOf.forEach((js, e) => {
      const c = current.left[e] ?? 0;
      edges[c] = (edges[c] ?? 0) + js.size;
    });
    // Start from the component with the most spare edges: its edges are least likely to be bridges.
    const order = nodes
      .map((_, c) => c)
      .sort((a, b) => (edges[b] ?? 0) - (nodes[b] ?? 0) - ((edges[a] ?? 0) - (nodes[a] ?? 0)) || a - b);
    let merged = false;
    search: for (const a of order) {
      const inA = edgesIn(a);
      for (const b of order) {
        if (b === a) continue;
        const inB = edgesIn(b);
        for (const [e1, j1] of inA) {
          for (const [e2, j2] of inB) {
            if (!canTake(s, e2, j1) || !canTake(s, e1, j2)) continue;
            move(s, e1, j1, j2);
            move(s, e2, j2, j1);
            const next = components(s);
            if (next.count < current.count) {
              current = next;
              merged = true;
              break search;
            }
            move(s, e2, j1, j2);
            move(s, e1, j2, j1);
          }
        }
      }
    }
    if (!merged) return current;
  }
  return current;
}

/**
 * Assigns judges to entries. Shapes: see {@link AssignmentInput} / {@link AssignmentResult}; `loads`
 * counts every judge's assignments (fixed ones included), `pairs` are sorted by entry then judge.
 *
 * Guarantees (each tested as a property):
 * - Coverage: every entry in `entries` gets max(its fixed judges, min(k, its eligible judges)) distinct
 *   judges, where eligible = judges in `judges` with no conflict with it, plus its fixed judges. Every
 *   entry with fewer than k has a {@link Shortfall} saying why; nothing fails silently.
 * - Conflicts: no new pair is in `conflicts`. A fixed pair is kept even if conflicted, with a warning.
 * - Fixed: every fixed pair is in the output, whatever else changed (judges or entries added/removed).
 * - Balance "where conflicts allow", precisely: no judge with load L could hand one of their non-fixed
 *   assignments, directly or along a chain of judges each handing one on, to a judge with load ≤ L − 2
 *   without breaking a conflict or giving an entry the same judge twice. With no conflicts and no fixed
 *   pairs this means every load is ⌊P/J⌋ or ⌈P/J⌉.
 * - Connectivity: the judge–entry graph (every entry, and every judge with a load) is made connected by
 *   load-preserving swaps whenever one works; guaranteed with no conflicts and no fixed pairs when k ≥ 2,
 *   judges ≥ k and entries·(k − 1) ≥ judges − 1 (enough assignments to span every node).
 * - Determinism: the same input and seed give the same output, whatever the order of the input lists.
 *
 * Method: a seeded shuffle of judges (xmur3 + mulberry32, see random.ts) gives a cyclic order; entries,
 * most constrained first (ties in seeded order), take the least-loaded eligible judges, ties going to the
 * next judges round the cycle after the last one used (a round-robin layout); then {@link balance} and
 * {@link connect} repair what conflicts and fixed pairs disturbed.
 *
 * Throws DomainError INVALID_INPUT when k is not a whole number ≥ 0.
 */
export function assignJudges(input: AssignmentInput): AssignmentResult {
  if (!Number.isInteger(input.k) || input.k < 0) {
    throw new DomainError("INVALID_INPUT", refuse("judgesPerEntryNotWhole", { k: String(input.k) }));
  }
  const wanted = new Set(input.entries);
  const activeIds = new Set(input.judges);
  const entries = [...new Set([...input.entries, ...input.fixed.map((p) => p.entry)])].sort();
  const judges = [...new Set([...input.judges, ...input.fixed.map((p) => p.judge)])].sort();
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const judgeIndex = new Map(judges.map((j, i) => [j, i]));
  const s: State = {
    entries,
    judges,
    active: judges.map((j) => activeIds.has(j)),
    judgesOf: entries.map(() => new Set<number>()),
    entriesOf: judges.map(() => new Set<number>()),
    fixed: new Set(),
    conflict: new Set(),
  };
  const reasons = entries.map(() => new Map<number, string>());
  for (const c of [...input.conflicts].sort((a, b) =>
    a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0,
  )) {
    const e = entryIndex.get(c.entry);
    const j = judgeIndex.get(c.judge);
    if (e === undefined || j === undefined) continue;
    s.conflict.add(key(s, e, j));
    if (!reasons[e]?.has(j)) reasons[e]?.set(j, c.reason);
  }
  const warnings: string[] = [];
  for (const p of input.fixed) {
    const e = entryIndex.get(p.entry) ?? 0;
    const j = judgeIndex.get(p.judge) ?? 0;
    if (s.fixed.has(key(s, e, j))) continue;
    s.fixed.add(key(s, e, j));
    s.judgesOf[e]?.add(j);
    s.entriesOf[j]?.add(e);
    if (s.conflict.has(key(s, e, j))) {
      warnings.push(
        `Kept the fixed pair ${p.judge} – ${p.entry} although it is a conflict: ${reasons[e]?.get(j) ?? ""}`,
      );
    }
  }
  warnings.sort();

  const random = seededRandom(input.seed);
  const cycle = shuffled(
    judges.map((_, j) => j).filter((j) => s.active[j]),
    random,
  );
  const position = new Int32Array(judges.length);
  cycle.forEach((j, p) => (position[j] = p));
  const eligible = entries.map((_, e) => cycle.filter((j) => !s.conflict.has(key(s, e, j))).length);
  const target = entries.map((entry, e) => {
    const fixedHere = s.judgesOf[e]?.size ?? 0;
    if (!wanted.has(entry)) return fixedHere;
    let extraFixed = 0;
    for (const j of s.judgesOf[e] ?? []) if (!s.active[j] || s.conflict.has(key(s, e, j))) extraFixed++;
    return Math.max(fixedHere, Math.min(input.k, (eligible[e] ?? 0) + extraFixed));
  });
  const order = shuffled(
    entries.map((_, e) => e),
    random,
  ).sort((a, b) => (eligible[a] ?? 0) - (eligible[b] ?? 0));
  let cursor = 0;
  const J = cycle.length;
  for (const e of order) {
    while ((s.judgesOf[e]?.size ?? 0) < (target[e] ?? 0)) {
      let best = -1;
      let bestLoad = Infinity;
      let bestDistance = Infinity;
      for (const j of cycle) {
        if (!canTake(s, e, j)) continue;
        const l = s.entriesOf[j]?.size ?? 0;
        const d = ((position[j] ?? 0) - cursor + J) % J;
        if (l < bestLoad || (l === bestLoad && d < bestDistance)) [best, bestLoad, bestDistance] = [j, l, d];
      }
      if (best < 0) break;
      s.judgesOf[e]?.add(best);
      s.entriesOf[best]?.add(e);
      cursor = ((position[best] ?? 0) + 1) % J;
    }
  }
  balance(s);
  const final = connect(s);

  const pairs: AssignmentPair[] = [];
  s.judgesOf.forEach((js, e) => {
    for (const j of [...js].sort((a, b) => a - b))
      pairs.push({ entry: entries[e] ?? "", judge: judges[j] ?? "" });
  });
  const loads: Record<string, number> = {};
  judges.forEach((judge, j) => (loads[judge] = s.entriesOf[j]?.size ?? 0));
  const shortfalls: Shortfall[] = [];
  entries.forEach((entry, e) => {
    const assigned = s.judgesOf[e]?.size ?? 0;
    if (!wanted.has(entry) || assigned >= input.k) return;
    const conflicted = reasons[e]?.size ?? 0;
    const why = [...new Set(reasons[e]?.values() ?? [])];
    const listed = why.slice(0, 3).join("; ") + (why.length > 3 ? `; and ${why.length - 3} more` : "");
    shortfalls.push({
      entry,
      assigned,
      needed: input.k,
      reason:
        conflicted > 0
          ? `only ${count(eligible[e] ?? 0, "judge")} can judge it: ${conflicted} of ${count(J, "judge")} have a conflict with it (${listed})`
          : `the round has only ${count(J, "judge")}, fewer than the ${input.k} each entry needs`,
    });
  });
  return { pairs, loads, shortfalls, connected: final.count <= 1, components: final.count, warnings };
}
