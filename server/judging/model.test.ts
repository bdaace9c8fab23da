import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import {
  compareEntries,
  computeResults,
  explainEntries,
  explainEntry,
  rankEntries,
  type ScoreRow,
} from "./model.ts";

const rows = (list: [judge: string, entry: string, value: number][]): ScoreRow[] =>
  list.map(([judge, entry, value]) => ({ judge, entry, value }));
const byEntry = (r: ReturnType<typeof computeResults>) =>
  Object.fromEntries(r.entries.map((e) => [e.entry, e]));
const biasOf = (r: ReturnType<typeof computeResults>) =>
  Object.fromEntries(r.judges.map((j) => [j.judge, j.bias]));

// A lenient (L) and a harsh (H) judge who share entry C; see the first test for the arithmetic.
const lenientHarsh = {
  scale: [0, 5] as [number, number],
  shrinkage: 0,
  scores: rows([
    ["L", "A", 4],
    ["L", "C", 3],
    ["H", "B", 3],
    ["H", "C", 1],
  ]),
};

describe("computeResults: hand-computed cases", () => {
  it("corrects a lenient and a harsh judge who share one entry (adjusted order fixes raw order)", () => {
    // True qualities A 3, B 4, C 2; L scores 1 above, H 1 below. Raw: A 4 > B 3 > C 2 (wrong).
    // With λ = 0 the model fits exactly: b_L − b_H = 3 − 1 = 2 from C, centred (2 scores each) ±1.
    const r = computeResults(lenientHarsh);
    expect(r.method).toBe("adjusted");
    expect(r.entries.map((e) => e.entry)).toEqual(["B", "A", "C"]);
    const e = byEntry(r);
    expect(e.A?.raw).toBe(4);
    expect(e.A?.adjusted).toBeCloseTo(3, 9);
    expect(e.B?.adjusted).toBeCloseTo(4, 9);
    expect(e.C?.adjusted).toBeCloseTo(2, 9);
    expect(biasOf(r).L).toBeCloseTo(1, 9);
    expect(biasOf(r).H).toBeCloseTo(-1, 9);
  });

  it("does not punish a judge who drew the strong entries", () => {
    // X saw S1 5, S2 4, M 3; Y saw M 3, W1 2, W2 1. Both are fair (they agree on M).
    // Per-judge z-scores (sample sd 1 for both) give S1 +1, S2 0, M (−1 + 1)/2 = 0, W1 0, W2 −1:
    // S2, M and W1 tie, so X's strong S2 drops to the level of Y's weak W1.
    const r = computeResults({
      scale: [1, 5],
      shrinkage: 0,
      scores: rows([
        ["X", "S1", 5],
        ["X", "S2", 4],
        ["X", "M", 3],
        ["Y", "M", 3],
        ["Y", "W1", 2],
        ["Y", "W2", 1],
      ]),
    });
    expect(r.entries.map((e) => e.entry)).toEqual(["S1", "S2", "M", "W1", "W2"]);
    for (const e of r.entries) expect(e.adjusted).toBeCloseTo(e.raw, 9);
    expect(biasOf(r).X).toBeCloseTo(0, 9);
    expect(r.entries.some((e) => e.tiedByTieBreak)).toBe(false);
  });

  it("adjusts sensibly with two scores per judge, where z-scores collapse to ±1", () => {
    // J1: A 4, B 2; J2: B 3, C 2. z-scores: A +, B − (J1); B +, C − (J2): A, B, C become +0.71, 0, −0.71
    // whatever the gaps. Here the system is (b1 − b2)/2 + λ b1 = −0.5 and b2 = −b1, so
    // b1 = −0.5 / (1 + λ): with λ = 2, b1 = −1/6, b2 = +1/6; A = 4 + 1/6, B = 2.5, C = 2 − 1/6.
    const scores = rows([
      ["J1", "A", 4],
      ["J1", "B", 2],
      ["J2", "B", 3],
      ["J2", "C", 2],
    ]);
    const r = computeResults({ scale: [1, 5], shrinkage: 2, scores });
    const e = byEntry(r);
    expect(biasOf(r).J1).toBeCloseTo(-1 / 6, 9);
    expect(biasOf(r).J2).toBeCloseTo(1 / 6, 9);
    expect(e.A?.adjusted).toBeCloseTo(4 + 1 / 6, 9);
    expect(e.B?.adjusted).toBeCloseTo(2.5, 9);
    expect(e.C?.adjusted).toBeCloseTo(2 - 1 / 6, 9);
    // Without shrinkage the whole disagreement on B is split: b = ∓0.5, gaps A−B = 2, B−C = 1 kept.
    const exact = byEntry(computeResults({ scale: [1, 5], shrinkage: 0, scores }));
    expect(exact.A?.adjusted).toBeCloseTo(4.5, 9);
    expect(exact.C?.adjusted).toBeCloseTo(1.5, 9);
  });

  it("gives adjusted == raw and zero biases when all judges agree", () => {
    const scores = ["J1", "J2", "J3"].flatMap((judge, j) =>
      ["A", "B", "C", "D"].filter((_, e) => e !== j).map((entry, e) => ({ judge, entry, value: e + 1 })),
    );
    const agreeing = scores.map((s) => ({ ...s, value: { A: 1, B: 2, C: 3, D: 4 }[s.entry] ?? 0 }));
    const r = computeResults({ scale: [1, 5], scores: agreeing });
    for (const e of r.entries) expect(e.adjusted).toBeCloseTo(e.raw, 9);
    for (const j of r.judges) expect(j.bias).toBeCloseTo(0, 9);
  });

  it("pulls a judge with one score towards zero bias but keeps them", () => {
    // J1 and J2 score A and B alike; J3 scores only B, 2 above. With λ = 2 the reduced system gives a
    // small bias for J3 (well below the 2 a plain difference would give) and J3 still counts.
    const r = computeResults({
      scale: [0, 10],
      scores: rows([
        ["J1", "A", 5],
        ["J2", "A", 5],
        ["J1", "B", 5],
        ["J2", "B", 5],
        ["J3", "B", 7],
      ]),
    });
    const b = biasOf(r);
    expect(b.J3).toBeGreaterThan(0);
    expect(b.J3).toBeLessThan(1);
    expect(r.judges.find((j) => j.judge === "J3")?.n).toBe(1);
    expect(byEntry(r).B?.n).toBe(3);
  });
});

describe("computeResults: rubric", () => {
  it("takes the weighted mean over criteria, renormalising over the criteria a judge scored", () => {
    const r = computeResults({
      scale: [1, 5],
      criteria: [
        { id: "idea", weight: 3 },
        { id: "code", weight: 1 },
      ],
      scores: [
        { entry: "A", judge: "J", criterion: "idea", value: 5 },
        { entry: "A", judge: "J", criterion: "code", value: 1 },
        // B's judge left "code" out: B's score is its idea score alone.
        { entry: "B", judge: "J", criterion: "idea", value: 4 },
      ],
    });
    expect(byEntry(r).A?.raw).toBe((3 * 5 + 1) / 4);
    expect(byEntry(r).B?.raw).toBe(4);
  });

  it("weighs every criterion 1 when no criteria are given", () => {
    const r = computeResults({
      scale: [1, 5],
      scores: [
        { entry: "A", judge: "J", criterion: "x", value: 5 },
        { entry: "A", judge: "J", criterion: "y", value: 2 },
      ],
    });
    expect(byEntry(r).A?.raw).toBe(3.5);
  });

  it.each([
    [
      "a value outside the scale",
      { scale: [1, 5], scores: [{ entry: "A", judge: "J", value: 6 }] },
      /outside the scale/,
    ],
    ["an inverted scale", { scale: [5, 1], scores: [] }, /lowest first/],
    [
      "an unknown criterion",
      {
        scale: [1, 5],
        criteria: [{ id: "idea", weight: 1 }],
        scores: [{ entry: "A", judge: "J", criterion: "x", value: 1 }],
      },
      /Unknown criterion "x"/,
    ],
    [
      "a zero weight",
      { scale: [1, 5], criteria: [{ id: "idea", weight: 0 }], scores: [] },
      /positive weight/,
    ],
    [
      "a duplicate score",
      {
        scale: [1, 5],
        scores: [
          { entry: "A", judge: "J", value: 1 },
          { entry: "A", judge: "J", value: 2 },
        ],
      },
      /Two scores for judge "J", entry "A"/,
    ],
    [
      "overall and criterion scores mixed",
      {
        scale: [1, 5],
        scores: [
          { entry: "A", judge: "J", criterion: "x", value: 1 },
          { entry: "A", judge: "J", value: 2 },
        ],
      },
      /both an overall score and criterion scores/,
    ],
    ["a negative shrinkage", { scale: [1, 5], shrinkage: -1, scores: [] }, /Shrinkage/],
  ] as const)("refuses %s", (_, input, message) => {
    const run = () =>
      computeResults({
        ...input,
        scale: [input.scale[0], input.scale[1]],
        scores: [...input.scores],
      } as never);
    expect(run).toThrow(DomainError);
    expect(run).toThrow(message);
  });
});

describe("computeResults: connectivity", () => {
  const split = rows([
    ["J1", "A", 4],
    ["J1", "B", 2],
    ["J2", "C", 5],
    ["J2", "D", 3],
    ["J3", "C", 5],
  ]);

  it("falls back to raw across the field when the graph has more than one component, and says why", () => {
    const r = computeResults({ scale: [1, 5], scores: split });
    expect(r.connected).toBe(false);
    expect(r.components).toBe(2);
    expect(r.method).toBe("raw");
    expect(r.entries.map((e) => [e.entry, e.rank, e.adjusted])).toEqual([
      ["C", 1, null],
      ["A", 2, null],
      ["D", 3, null],
      ["B", 4, null],
    ]);
    expect(r.reason).toMatch(/2 groups that share no judge \(2 entries, 2 entries\)/);
    expect(byEntry(r).A?.component).not.toBe(byEntry(r).C?.component);
  });

  it("reports no scores as a reason, not an error", () => {
    const r = computeResults({ scale: [1, 5], scores: [] });
    expect(r).toMatchObject({
      entries: [],
      judges: [],
      components: 0,
      connected: true,
      reason: "There are no scores yet.",
    });
  });
});

describe("rankEntries", () => {
  it("breaks ties by raw, then more judges, then entry id, and marks them", () => {
    const { rank, tied } = rankEntries([
      { entry: "c", primary: 3, raw: 3, n: 2 },
      { entry: "b", primary: 3 + 1e-12, raw: 3, n: 3 },
      { entry: "a", primary: 3, raw: 3, n: 2 },
      { entry: "d", primary: 3, raw: 3.5, n: 1 },
      { entry: "e", primary: 4, raw: 1, n: 1 },
      { entry: "f", primary: 3 - 1e-6, raw: 9, n: 9 },
    ]);
    expect(rank).toEqual([5, 3, 4, 2, 1, 6]);
    expect(tied).toEqual([true, true, true, true, false, false]);
  });
});

const roundParams = fc.record({
  judges: fc.integer({ min: 2, max: 8 }),
  entries: fc.integer({ min: 2, max: 15 }),
  perEntry: fc.integer({ min: 2, max: 4 }),
  quality: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 15, maxLength: 15 }),
  bias: fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 8, maxLength: 8 }),
  noise: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 60, maxLength: 60 }),
  shrinkage: fc.constantFrom(0, 0.5, 2, 10),
});
function buildRound(p: typeof roundParams extends fc.Arbitrary<infer T> ? T : never, noisy: boolean) {
  const scores: ScoreRow[] = [];
  const quality = new Map<string, number>();
  for (let e = 0; e < p.entries; e++) {
    quality.set(`e${e}`, 50 + (p.quality[e] ?? 0));
    for (let t = 0; t < Math.min(p.perEntry, p.judges); t++) {
      const j = (e + t) % p.judges;
      const noise = noisy ? (p.noise[e * 4 + t] ?? 0) : 0;
      scores.push({
        entry: `e${e}`,
        judge: `j${j}`,
        value: 50 + (p.quality[e] ?? 0) + (p.bias[j] ?? 0) + noise,
      });
    }
  }
  return { input: { scale: [0, 200] as [number, number], scores, shrinkage: p.shrinkage }, quality };
}
// A random connected round: every entry is scored by judges (e + t) mod J for t < perEntry.
const roundArb = roundParams.map((p) => buildRound(p, true).input);

describe("computeResults: properties", () => {
  it("biases are centred (weighted by scores), adjusted = raw − mean bias, and order of rows does not matter", () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const r = computeResults(input);
        expect(r.connected).toBe(true);
        expect(r.solver.converged).toBe(true);
        const weighted = r.judges.reduce((s, j) => s + j.n * j.bias, 0);
        expect(Math.abs(weighted)).toBeLessThan(1e-6);
        const bias = biasOf(r);
        for (const e of r.entries) {
          const judges = input.scores.filter((s) => s.entry === e.entry).map((s) => bias[s.judge] ?? 0);
          const meanBias = judges.reduce((a, b) => a + b, 0) / judges.length;
          expect(e.adjusted).toBeCloseTo(e.raw - meanBias, 6);
        }
        // Adjusted sits on the scale: its score-weighted mean is the mean of all scores.
        const allMean = input.scores.reduce((s, x) => s + x.value, 0) / input.scores.length;
        const adjMean = r.entries.reduce((s, e) => s + e.n * (e.adjusted ?? 0), 0) / input.scores.length;
        expect(adjMean).toBeCloseTo(allMean, 6);
        const again = computeResults({ ...input, scores: [...input.scores].reverse() });
        expect(again.entries.map((e) => e.entry)).toEqual(r.entries.map((e) => e.entry));
        expect(r.entries.map((e) => e.rank)).toEqual(r.entries.map((_, i) => i + 1));
      }),
    );
  });

  it("recovers the true qualities (up to one constant) from noise-free scores quality + bias, λ = 0", () => {
    fc.assert(
      fc.property(roundParams, (params) => {
        const { input, quality } = buildRound(params, false);
        const r = computeResults({ ...input, shrinkage: 0 });
        const offsets = r.entries.map((e) => (e.adjusted ?? 0) - (quality.get(e.entry) ?? 0));
        for (const o of offsets) expect(o).toBeCloseTo(offsets[0] ?? 0, 6);
      }),
    );
  });

  it("adding a constant to one judge's scores changes only that judge's bias (with λ = 0)", () => {
    fc.assert(
      fc.property(roundArb, fc.integer({ min: 1, max: 5 }), (input, shift) => {
        const base = computeResults({ ...input, shrinkage: 0 });
        const moved = computeResults({
          ...input,
          shrinkage: 0,
          scores: input.scores.map((s) => (s.judge === "j0" ? { ...s, value: s.value + shift } : s)),
        });
        // Adjusted scores move by one common constant (the centring), never relative to each other.
        const d = base.entries.map((e) => (byEntry(moved)[e.entry]?.adjusted ?? 0) - (e.adjusted ?? 0));
        for (const x of d) expect(x).toBeCloseTo(d[0] ?? 0, 6);
      }),
    );
  });
});

describe("explainEntry and compareEntries", () => {
  const input = lenientHarsh;
  const results = computeResults(input);

  it("shows the arithmetic from raw to adjusted", () => {
    const x = explainEntry(results, input, "A");
    expect(x.judges.map((j) => [j.judge, j.score, j.bias.toFixed(9), j.corrected.toFixed(9)])).toEqual([
      ["L", 4, "1.000000000", "3.000000000"],
    ]);
    expect(x.meanBias).toBeCloseTo(1, 9);
    expect(x.sentences.join("\n")).toContain(
      "Adjusted = raw − average leniency of its judges = 4.00 − (+1.00) = 3.00.",
    );
    expect(() => explainEntry(results, input, "nope")).toThrow(/No scores for entry "nope"/);
  });

  it("explains every entry at once exactly as one at a time, in the order of the results", () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const r = computeResults(input);
        const all = explainEntries(r, input);
        expect(all.map((x) => x.entry)).toEqual(r.entries.map((e) => e.entry));
        expect(all).toEqual(r.entries.map((e) => ({ ...e, explanation: explainEntry(r, input, e.entry) })));
        // adjusted = raw − mean bias of its judges, in each explanation
        for (const { explanation: x } of all) {
          if (x.adjusted !== null) expect(x.adjusted).toBeCloseTo(x.raw - x.meanBias, 6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("says why the entry with the lower raw score is above", () => {
    const c = compareEntries(results, input, "A", "B");
    expect(c).toMatchObject({ above: "B", below: "A", decidedByTieBreak: false });
    expect(c.rawGap).toBeCloseTo(-1, 9);
    expect(c.biasGap).toBeCloseTo(-2, 9);
    expect(c.primaryGap).toBeCloseTo(1, 9);
    expect(c.sentences.join(" ")).toContain("A has the higher raw score, but its judges were more lenient");
    const shared = compareEntries(results, input, "A", "C");
    expect(shared.sharedJudges.map((j) => [j.judge, j.scoreAbove, j.scoreBelow, j.bias.toFixed(9)])).toEqual([
      ["L", 4, 3, "1.000000000"],
    ]);
  });
});

describe("computeResults: solver", () => {
  it("converges on a long chain of judges (the slowest shape for an iterative solve)", () => {
    const scores: ScoreRow[] = [];
    for (let i = 0; i < 300; i++) {
      scores.push({ entry: `e${i}`, judge: `j${i}`, value: 5 + (i % 3) });
      scores.push({ entry: `e${i}`, judge: `j${i + 1}`, value: 4 + (i % 5) / 2 });
    }
    const r = computeResults({ scale: [0, 10], shrinkage: 0.1, scores });
    expect(r.connected).toBe(true);
    expect(r.solver.converged).toBe(true);
    expect(r.solver.relativeResidual).toBeLessThanOrEqual(1e-10);
  });
});
