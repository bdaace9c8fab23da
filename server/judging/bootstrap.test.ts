import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bootstrapTopK } from "./bootstrap.ts";
import type { ResultsInput, ScoreRow } from "./model.ts";

// Five entries, each scored by two of three judges in a ring, values given per (entry, judge).
const ring = (values: number[][]): ResultsInput => {
  const scores: ScoreRow[] = [];
  values.forEach((pair, e) =>
    pair.forEach((value, t) => scores.push({ entry: `E${e}`, judge: `J${(e + t) % 3}`, value })),
  );
  return { scale: [0, 10], scores };
};

describe("bootstrapTopK", () => {
  it("gives share 1 to an entry every judge puts on top and 0 to one always at the bottom", () => {
    const r = bootstrapTopK(
      ring([
        [9, 9],
        [5, 6],
        [6, 5],
        [5, 5],
        [1, 1],
      ]),
      { k: 1, resamples: 100, seed: "s" },
    );
    expect(r.method).toBe("adjusted");
    expect(r.entries[0]).toEqual({ entry: "E0", rank: 1, share: 1 });
    expect(r.entries.find((e) => e.entry === "E4")?.share).toBe(0);
  });

  it("splits the top place between entries whose judges disagree", () => {
    const r = bootstrapTopK(
      ring([
        [9, 3],
        [3, 9],
        [5, 5],
        [4, 4],
        [4, 4],
      ]),
      { k: 1, resamples: 400, seed: "s" },
    );
    const share = Object.fromEntries(r.entries.map((e) => [e.entry, e.share]));
    expect(share.E0).toBeGreaterThan(0.1);
    expect(share.E1).toBeGreaterThan(0.1);
    expect(share.E2).toBeGreaterThan(0);
  });

  it("uses raw means when the graph is split, like computeResults", () => {
    const input: ResultsInput = {
      scale: [1, 5],
      scores: [
        { entry: "A", judge: "J1", value: 5 },
        { entry: "B", judge: "J2", value: 4 },
      ],
    };
    const r = bootstrapTopK(input, { k: 1, resamples: 10, seed: "s" });
    expect(r.method).toBe("raw");
    expect(r.entries).toEqual([
      { entry: "A", rank: 1, share: 1 },
      { entry: "B", rank: 2, share: 0 },
    ]);
  });

  it("refuses a k or number of resamples below 1", () => {
    const input = ring([[5, 5]]);
    expect(() => bootstrapTopK(input, { k: 0, resamples: 10, seed: "s" })).toThrow(/whole numbers ≥ 1/);
    expect(() => bootstrapTopK(input, { k: 1, resamples: 0.5, seed: "s" })).toThrow(/whole numbers ≥ 1/);
  });

  it("is deterministic, its shares are in [0, 1] and add up to min(k, entries)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.string(),
        (values, k, seed) => {
          const input = ring(values);
          const a = bootstrapTopK(input, { k, resamples: 30, seed });
          expect(bootstrapTopK(input, { k, resamples: 30, seed })).toEqual(a);
          for (const e of a.entries) expect(e.share).toBeGreaterThanOrEqual(0);
          for (const e of a.entries) expect(e.share).toBeLessThanOrEqual(1);
          const total = a.entries.reduce((s, e) => s + e.share, 0);
          expect(total).toBeCloseTo(Math.min(k, values.length), 9);
        },
      ),
      { numRuns: 60 },
    );
  });
});
