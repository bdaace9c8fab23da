import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evenOut } from "./rebalance.ts";

const key = (judge: string, entry: string) => `${judge}\u0000${entry}`;

describe("evenOut", () => {
  it("gives a judge who joins later a fair share of unscored entries, and moves nothing scored", () => {
    const pairs = ["e1", "e2", "e3", "e4"].flatMap((entry) => [
      { judge: "a", entry },
      { judge: "b", entry },
    ]);
    const scored = new Set([key("a", "e1"), key("b", "e1")]);
    const movable = new Set(pairs.map((p) => key(p.judge, p.entry)).filter((k) => !scored.has(k)));
    const result = evenOut({ pairs, judges: ["a", "b", "c"], movable, conflicts: [] });
    const load = (j: string) => result.pairs.filter((p) => p.judge === j).length;
    expect([load("a"), load("b"), load("c")].sort()).toEqual([2, 3, 3]);
    expect(result.pairs).toContainEqual({ judge: "a", entry: "e1" });
    expect(result.pairs).toContainEqual({ judge: "b", entry: "e1" });
    // No entry is judged twice by the same judge.
    expect(new Set(result.pairs.map((p) => key(p.judge, p.entry))).size).toBe(result.pairs.length);
  });

  it("never gives a judge an entry they conflict with", () => {
    const pairs = [
      { judge: "a", entry: "e1" },
      { judge: "a", entry: "e2" },
    ];
    const result = evenOut({
      pairs,
      judges: ["a", "c"],
      movable: new Set(pairs.map((p) => key(p.judge, p.entry))),
      conflicts: [
        { judge: "c", entry: "e1", reason: "on the team" },
        { judge: "c", entry: "e2", reason: "on the team" },
      ],
    });
    expect(result.moves).toEqual([]);
  });

  it("keeps coverage, respects conflicts and fixed pairs, and evens loads where it can (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        (entries, judgeCount, fixedBits, conflictBits) => {
          const judges = Array.from({ length: judgeCount }, (_, j) => `j${j}`);
          // Everything starts with the first two judges (a late-joining panel).
          const pairs = Array.from({ length: entries }, (_, e) => [
            { judge: "j0", entry: `e${e}` },
            { judge: "j1", entry: `e${e}` },
          ]).flat();
          const movable = new Set(pairs.filter((_, i) => !fixedBits[i]).map((p) => key(p.judge, p.entry)));
          const conflicts = judges.flatMap((judge, j) =>
            Array.from({ length: entries }, (_, e) => e).flatMap((e) =>
              j >= 2 && conflictBits[(j * 8 + e) % 64] ? [{ judge, entry: `e${e}`, reason: "x" }] : [],
            ),
          );
          const result = evenOut({ pairs, judges, movable, conflicts });
          // Each entry keeps its number of judges, all distinct.
          for (let e = 0; e < entries; e++) {
            const on = result.pairs.filter((p) => p.entry === `e${e}`).map((p) => p.judge);
            expect(new Set(on).size).toBe(2);
          }
          // Fixed pairs stay, and nobody gains a conflicted entry.
          pairs.forEach((p, i) => {
            if (fixedBits[i]) expect(result.pairs).toContainEqual(p);
          });
          const blocked = new Set(conflicts.map((c) => key(c.judge, c.entry)));
          for (const m of result.moves) expect(blocked.has(key(m.to, m.entry))).toBe(false);
          // Determinism.
          expect(evenOut({ pairs, judges, movable, conflicts })).toEqual(result);
        },
      ),
    );
  });
});
