// How long the judging maths takes at national-festival scale: 5,000 entries, 500 judges, 3 judges per
// entry, 5 criteria (75,000 score rows). Pure functions, no database. Run with `npm run bench`; the aim
// is a 200-resample top-k bootstrap in about a second on a 2-core machine.
import { bench, describe } from "vitest";
import { assignJudges } from "../server/judging/assignment.ts";
import { bootstrapTopK } from "../server/judging/bootstrap.ts";
import { computeResults, type ResultsInput, type ScoreRow } from "../server/judging/model.ts";
import { seededRandom } from "../server/judging/random.ts";

const ENTRIES = 5_000;
const JUDGES = 500;
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, "0")}`);
const assignment = {
  entries: ids("entry-", ENTRIES),
  judges: ids("judge-", JUDGES),
  k: 3,
  conflicts: [],
  fixed: [],
};

// Scores from the model itself: quality 2–4, leniency ±0.5, noise ±0.5 per criterion, rounded to 1–5.
function makeInput(): ResultsInput {
  const random = seededRandom("bench-scores");
  const quality = new Map(assignment.entries.map((e) => [e, 2 + 2 * random()]));
  const leniency = new Map(assignment.judges.map((j) => [j, random() - 0.5]));
  const scores: ScoreRow[] = [];
  for (const pair of assignJudges({ ...assignment, seed: "bench" }).pairs) {
    for (const criterion of ["idea", "code", "design", "impact", "pitch"]) {
      const v = (quality.get(pair.entry) ?? 3) + (leniency.get(pair.judge) ?? 0) + random() - 0.5;
      scores.push({ ...pair, criterion, value: Math.min(5, Math.max(1, Math.round(v))) });
    }
  }
  return {
    scale: [1, 5],
    criteria: [
      { id: "idea", weight: 2 },
      { id: "code", weight: 2 },
      { id: "design", weight: 1 },
      { id: "impact", weight: 1 },
      { id: "pitch", weight: 1 },
    ],
    scores,
  };
}
const input = makeInput();
const options = { iterations: 5, time: 0, warmupIterations: 1 };

describe(`judging ${ENTRIES} entries × 3 judges × 5 criteria, ${JUDGES} judges`, () => {
  bench("assignJudges (k = 3)", () => void assignJudges({ ...assignment, seed: "bench" }), options);
  bench("computeResults (75,000 score rows)", () => void computeResults(input), options);
  bench(
    "bootstrapTopK (top 10, 200 resamples)",
    () => void bootstrapTopK(input, { k: 10, resamples: 200, seed: "bench" }),
    options,
  );
});
