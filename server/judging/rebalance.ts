// Keeping an assignment steady once judges have seen it. Pure.
import type { AssignmentConflict, AssignmentPair } from "./assignment.ts";

const pairKey = (judge: string, entry: string) => `${judge}\u0000${entry}`;

/**
 * Evens out judge loads by moving only `movable` pairs (unscored, unmarked ones), from the busiest judge
 * to the least busy judge who may take that entry (no conflict, not already judging it), until loads
 * differ by at most one or no legal move is left. Used once an assignment is released: a judge who joins
 * later takes over unscored entries, and nobody's scored work moves.
 *
 * Deterministic: judges are visited by (load, id) and entries by id. Returns the new pairs (same order
 * as the input with moved pairs rewritten) and the moves made.
 */
export function evenOut(params: {
  pairs: readonly AssignmentPair[];
  judges: readonly string[];
  movable: ReadonlySet<string>;
  conflicts: readonly AssignmentConflict[];
}): { pairs: AssignmentPair[]; moves: { entry: string; from: string; to: string }[] } {
  const pairs = params.pairs.map((p) => ({ ...p }));
  const blocked = new Set(params.conflicts.map((c) => pairKey(c.judge, c.entry)));
  const held = new Set(pairs.map((p) => pairKey(p.judge, p.entry)));
  const movable = new Set(params.movable);
  const load = new Map(params.judges.map((j) => [j, 0]));
  for (const p of pairs) if (load.has(p.judge)) load.set(p.judge, (load.get(p.judge) ?? 0) + 1);
  const moves: { entry: string; from: string; to: string }[] = [];
  const byLoad = () =>
    [...load.entries()]
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([j]) => j);
  for (let guard = 0; guard < pairs.length * params.judges.length + 1; guard++) {
    const order = byLoad();
    let moved = false;
    // Try the busiest judges first, giving to the least busy who can take the entry.
    for (const from of [...order].reverse()) {
      const fromLoad = load.get(from) ?? 0;
      const candidates = pairs
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.judge === from && movable.has(pairKey(p.judge, p.entry)))
        .sort((a, b) => (a.p.entry < b.p.entry ? -1 : a.p.entry > b.p.entry ? 1 : 0));
      for (const to of order) {
        if ((load.get(to) ?? 0) > fromLoad - 2) break;
        const pick = candidates.find(
          ({ p }) => !blocked.has(pairKey(to, p.entry)) && !held.has(pairKey(to, p.entry)),
        );
        if (!pick) continue;
        held.delete(pairKey(from, pick.p.entry));
        movable.delete(pairKey(from, pick.p.entry));
        pairs[pick.i] = { judge: to, entry: pick.p.entry };
        held.add(pairKey(to, pick.p.entry));
        movable.add(pairKey(to, pick.p.entry));
        load.set(from, fromLoad - 1);
        load.set(to, (load.get(to) ?? 0) + 1);
        moves.push({ entry: pick.p.entry, from, to });
        moved = true;
        break;
      }
      if (moved) break;
    }
    if (!moved) break;
  }
  return { pairs, moves };
}
