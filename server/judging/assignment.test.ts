import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignJudges, type AssignmentInput, type AssignmentResult } from "./assignment.ts";

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const pairKey = (p: { judge: string; entry: string }) => `${p.judge}|${p.entry}`;

const inputArb = (opts: { conflicts: boolean; fixed: boolean }) =>
  fc
    .record({
      e: fc.integer({ min: 0, max: 25 }),
      j: fc.integer({ min: 0, max: 10 }),
      k: fc.integer({ min: 0, max: 5 }),
      conflictBits: fc.array(fc.boolean(), { minLength: 250, maxLength: 250 }),
      fixedBits: fc.array(fc.integer({ min: 0, max: 19 }), { minLength: 250, maxLength: 250 }),
      seed: fc.string(),
    })
    .map(({ e, j, k, conflictBits, fixedBits, seed }): AssignmentInput => {
      const entries = ids("e", e);
      const judges = ids("j", j);
      const all = entries.flatMap((entry, a) => judges.map((judge, b) => ({ entry, judge, n: a * 10 + b })));
      const conflicts = opts.conflicts
        ? all.filter((p) => conflictBits[p.n] && p.n % 3 === 0).map((p) => ({ ...p, reason: `r${p.n % 4}` }))
        : [];
      const fixed = opts.fixed
        ? all.filter((p) => fixedBits[p.n] === 0).map(({ entry, judge }) => ({ entry, judge }))
        : [];
      return { entries, judges, k, conflicts: conflicts.map(({ n: _n, ...c }) => c), fixed, seed };
    });

/** Independent check of the balance promise: BFS over hand-offs from every judge. */
function balanceViolation(input: AssignmentInput, out: AssignmentResult): string | null {
  const conflicted = new Set(input.conflicts.map(pairKey));
  const fixed = new Set(input.fixed.map(pairKey));
  const judgesOf = new Map<string, Set<string>>();
  for (const p of out.pairs) judgesOf.set(p.entry, (judgesOf.get(p.entry) ?? new Set()).add(p.judge));
  const load = (j: string) => out.loads[j] ?? 0;
  for (const source of input.judges) {
    const seen = new Set([source]);
    const queue = [source];
    while (queue.length > 0) {
      const u = queue.shift() ?? "";
      for (const p of out.pairs) {
        if (p.judge !== u || fixed.has(pairKey(p))) continue;
        for (const v of input.judges) {
          if (
            seen.has(v) ||
            conflicted.has(pairKey({ judge: v, entry: p.entry })) ||
            judgesOf.get(p.entry)?.has(v)
          )
            continue;
          if (load(v) <= load(source) - 2)
            return `${source} (${load(source)}) could pass to ${v} (${load(v)})`;
          seen.add(v);
          queue.push(v);
        }
      }
    }
  }
  return null;
}

describe("assignJudges: properties", () => {
  it("covers, respects conflicts, keeps fixed pairs, balances where conflicts allow, and says why an entry is short", () => {
    fc.assert(
      fc.property(inputArb({ conflicts: true, fixed: true }), (input) => {
        const out = assignJudges(input);
        const keys = out.pairs.map(pairKey);
        expect(new Set(keys).size).toBe(keys.length);
        const fixed = new Set(input.fixed.map(pairKey));
        for (const f of fixed) expect(keys).toContain(f);
        const conflicted = new Set(input.conflicts.map(pairKey));
        for (const k of keys) if (conflicted.has(k)) expect(fixed.has(k)).toBe(true);
        for (const entry of input.entries) {
          const mine = out.pairs.filter((p) => p.entry === entry);
          const fixedHere = input.fixed.filter((p) => p.entry === entry).length;
          const eligible = new Set([
            ...input.judges.filter((j) => !conflicted.has(pairKey({ judge: j, entry }))),
            ...input.fixed.filter((p) => p.entry === entry).map((p) => p.judge),
          ]).size;
          expect(mine.length).toBe(Math.max(fixedHere, Math.min(input.k, eligible)));
          const short = out.shortfalls.find((s) => s.entry === entry);
          expect(short !== undefined).toBe(mine.length < input.k);
          if (short) expect(short.reason.length).toBeGreaterThan(10);
        }
        for (const j of input.judges)
          expect(out.loads[j]).toBe(out.pairs.filter((p) => p.judge === j).length);
        expect(balanceViolation(input, out)).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it("without conflicts or fixed pairs: loads differ by at most one, and the graph is connected when it can be", () => {
    fc.assert(
      fc.property(inputArb({ conflicts: false, fixed: false }), (input) => {
        const out = assignJudges(input);
        const loads = input.judges.map((j) => out.loads[j] ?? 0);
        if (loads.length > 0) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        const E = input.entries.length;
        const J = input.judges.length;
        if (input.k >= 2 && J >= input.k && E >= 1 && E * (input.k - 1) >= J - 1) {
          expect(out.connected).toBe(true);
          expect(out.components).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic and does not depend on the order of its inputs", () => {
    fc.assert(
      fc.property(inputArb({ conflicts: true, fixed: true }), (input) => {
        const a = assignJudges(input);
        const b = assignJudges({
          ...input,
          entries: [...input.entries].reverse(),
          judges: [...input.judges].reverse(),
          conflicts: [...input.conflicts].reverse(),
          fixed: [...input.fixed].reverse(),
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps every fixed pair when a judge or entry is added or a judge removed", () => {
    fc.assert(
      fc.property(
        inputArb({ conflicts: true, fixed: false }),
        fc.integer({ min: 0, max: 1000 }),
        (input, pick) => {
          const first = assignJudges(input);
          const fixed = first.pairs.filter((_, i) => (i * 7 + pick) % 3 === 0);
          const variants: AssignmentInput[] = [
            { ...input, fixed, judges: [...input.judges, "new-judge"] },
            { ...input, fixed, entries: [...input.entries, "new-entry"] },
            {
              ...input,
              fixed,
              judges: input.judges.filter((_, i) => i !== pick % Math.max(1, input.judges.length)),
            },
          ];
          for (const v of variants) {
            const keys = new Set(assignJudges(v).pairs.map(pairKey));
            for (const f of fixed) expect(keys.has(pairKey(f))).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("assignJudges: examples", () => {
  it("joins the components a plain round-robin would leave (judges divisible by k)", () => {
    // 6 judges, k = 2, 6 entries: blocks {0,1} {2,3} {4,5} repeating would make 3 islands.
    const out = assignJudges({
      entries: ids("e", 6),
      judges: ids("j", 6),
      k: 2,
      conflicts: [],
      fixed: [],
      seed: "s",
    });
    expect(out.connected).toBe(true);
    expect(Object.values(out.loads)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it("names the conflicts behind a shortfall", () => {
    const judges = ids("j", 5);
    const conflicts = ["j0", "j1", "j2"].map((judge) => ({
      judge,
      entry: "e0",
      reason: `${judge} mentors the team.`,
    }));
    const out = assignJudges({ entries: ["e0", "e1"], judges, k: 3, conflicts, fixed: [], seed: "x" });
    expect(out.shortfalls).toEqual([
      {
        entry: "e0",
        assigned: 2,
        needed: 3,
        reason:
          "only 2 judges can judge it: 3 of 5 judges have a conflict with it (j0 mentors the team.; j1 mentors the team.; j2 mentors the team.)",
      },
    ]);
  });

  it("says when the round simply has too few judges", () => {
    const out = assignJudges({ entries: ["e0"], judges: ["j0"], k: 2, conflicts: [], fixed: [], seed: "x" });
    expect(out.shortfalls[0]?.reason).toBe("the round has only 1 judge, fewer than the 2 each entry needs");
  });

  it("keeps a fixed pair that is also a conflict, and warns", () => {
    const out = assignJudges({
      entries: ["e0"],
      judges: ["j0", "j1"],
      k: 1,
      conflicts: [{ judge: "j0", entry: "e0", reason: "j0 is on the team." }],
      fixed: [{ judge: "j0", entry: "e0" }],
      seed: "x",
    });
    expect(out.pairs).toEqual([{ judge: "j0", entry: "e0" }]);
    expect(out.warnings).toEqual([
      "Kept the fixed pair j0 – e0 although it is a conflict: j0 is on the team.",
    ]);
  });

  it("refuses a k that is not a whole number", () => {
    expect(() =>
      assignJudges({ entries: [], judges: [], k: 1.5, conflicts: [], fixed: [], seed: "" }),
    ).toThrow(/whole number/);
  });

  it("gives different layouts for different seeds", () => {
    const base = { entries: ids("e", 20), judges: ids("j", 8), k: 3, conflicts: [], fixed: [] };
    expect(assignJudges({ ...base, seed: "a" }).pairs).not.toEqual(
      assignJudges({ ...base, seed: "b" }).pairs,
    );
  });
});
