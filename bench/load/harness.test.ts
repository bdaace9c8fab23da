import { describe, expect, it } from "vitest";
import {
  createRng,
  DEFAULT_DATABASE_URL,
  DEFAULT_SIZES,
  evaluate,
  formatPercent,
  formatTable,
  loadNumbers,
  lostOrExtraWrites,
  markdownTable,
  parseOptions,
  percentile,
  planJoins,
  type LoadNumbers,
} from "./harness.ts";

const numbers = (overrides: Partial<LoadNumbers> = {}): LoadNumbers => ({
  rps: 100,
  p50: 10,
  p99: 40,
  non2xx: 0,
  errors: 0,
  requests: 1_000,
  sent: 1_000,
  bytesPerResponse: 2_048,
  ...overrides,
});

describe("parseOptions", () => {
  it("defaults to the brief's festival, 10 s at 10, 50 and 200 connections, port 3400", () => {
    expect(parseOptions([], {})).toEqual({
      sizes: DEFAULT_SIZES,
      durationSeconds: 10,
      connections: [10, 50, 200],
      quick: false,
      build: true,
      generate: true,
      micro: true,
      wait: true,
      only: [],
      port: 3400,
      databaseUrl: DEFAULT_DATABASE_URL,
    });
  });

  it("reads flags (both spellings) over the environment over the defaults", () => {
    const options = parseOptions(
      ["--centres", "5", "--participants=300", "--no-build", "--no-wait", "--only", "event,join"],
      {
        BENCH_CENTRES: "7",
        BENCH_TEAMS: "60",
        BENCH_SUBMISSIONS: "50",
        BENCH_PAST_TEAMS: "12",
        BENCH_DATABASE_URL: "postgresql://bench@db/other_bench",
      },
    );
    expect(options.sizes).toMatchObject({
      centres: 5,
      participants: 300,
      teams: 60,
      submissions: 50,
      pastTeams: 12,
    });
    expect(options.build).toBe(false);
    expect(options.wait).toBe(false);
    expect(options.only).toEqual(["event", "join"]);
    expect(options.databaseUrl).toBe("postgresql://bench@db/other_bench");
  });

  it("--quick runs 3 s at 50 connections, unless told otherwise", () => {
    expect(parseOptions(["--quick"], {})).toMatchObject({
      quick: true,
      durationSeconds: 3,
      connections: [50],
    });
    expect(parseOptions(["--quick", "--duration", "5", "--connections", "10, 20"], {})).toMatchObject({
      durationSeconds: 5,
      connections: [10, 20],
    });
  });

  it("refuses unknown flags, missing values, bad numbers and more projects than teams", () => {
    expect(() => parseOptions(["--fast"], {})).toThrow("Unknown option --fast");
    expect(() => parseOptions(["--teams"], {})).toThrow("--teams needs a value");
    expect(() => parseOptions(["--teams", "0"], {})).toThrow("whole number");
    expect(() => parseOptions(["--teams", "2.5"], {})).toThrow("whole number");
    expect(() => parseOptions(["stray"], {})).toThrow('Unexpected argument "stray"');
    expect(() => parseOptions(["--teams", "10", "--submissions", "11"], {})).toThrow("cannot exceed");
  });
});

describe("createRng", () => {
  it("gives the same stream for the same seed, and another for another seed", () => {
    const a = createRng("seed");
    const b = createRng("seed");
    const c = createRng("other");
    const take = (rng: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => rng.next());
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
  });

  it("keeps int within its bounds, both ends reachable", () => {
    const rng = createRng("int");
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it("shuffles into a permutation, picks from the list, and makes bytes", () => {
    const rng = createRng("shuffle");
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(items).toContain(rng.pick(items));
    expect(() => rng.pick([])).toThrow("empty");
    const bytes = rng.bytes(16);
    expect(bytes).toHaveLength(16);
    expect([...bytes].every((b) => b >= 0 && b <= 255 && Number.isInteger(b))).toBe(true);
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
  });

  it("does not depend on the order of the values, nor change them", () => {
    const values = [3, 1, 2];
    expect(percentile(values, 50)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });

  it("is NaN for no values and refuses p outside (0, 100]", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("loadNumbers", () => {
  it("counts requests per second over the run's actual duration, timeouts among errors", () => {
    const result = {
      duration: 2.5,
      errors: 3,
      timeouts: 3,
      non2xx: 7,
      requests: { total: 500, sent: 520 },
      latency: { p50: 12, p99: 95 },
      throughput: { total: 500 * 1_536 },
    };
    expect(loadNumbers(result)).toEqual({
      rps: 200,
      p50: 12,
      p99: 95,
      non2xx: 7,
      errors: 3,
      requests: 500,
      sent: 520,
      bytesPerResponse: 1_536,
    });
  });
});

describe("evaluate", () => {
  it("judges public pages against 80% of the static file", () => {
    expect(evaluate("page", 50, numbers({ rps: 80 }), numbers({ rps: 100 }))).toMatchObject({
      ratio: 0.8,
      target: "≥ 80% of static",
      verdict: "met",
    });
    expect(evaluate("page", 50, numbers({ rps: 20 }), numbers({ rps: 100 }))).toMatchObject({
      verdict: "missed",
      why: ["20% of static"],
    });
  });

  it("judges tRPC reads against 60% of ping", () => {
    expect(evaluate("read", 10, numbers({ rps: 61 }), numbers({ rps: 100 })).verdict).toBe("met");
    expect(evaluate("read", 10, numbers({ rps: 59 }), numbers({ rps: 100 })).verdict).toBe("missed");
  });

  it("judges writes on 40% of echo, zero failures, and p99 < 500 ms at 50 connections only", () => {
    const echo = numbers({ rps: 100 });
    expect(evaluate("write", 50, numbers({ rps: 45, p99: 499 }), echo)).toMatchObject({
      target: "≥ 40% of echo, 0 errors, p99 < 500 ms",
      verdict: "met",
    });
    expect(evaluate("write", 50, numbers({ rps: 45, p99: 500 }), echo).why).toEqual(["p99 500 ms"]);
    expect(evaluate("write", 200, numbers({ rps: 45, p99: 2_000 }), echo)).toMatchObject({
      target: "≥ 40% of echo, 0 errors",
      verdict: "met",
    });
    expect(evaluate("write", 10, numbers({ rps: 45, non2xx: 2, errors: 1 }), echo).why).toEqual(["3 failed"]);
  });

  it("does not judge baselines, and misses a row whose baseline is missing", () => {
    expect(evaluate("baseline", 50, numbers(), null)).toEqual({
      ratio: null,
      target: "baseline",
      verdict: "—",
      why: [],
    });
    expect(evaluate("page", 50, numbers(), null)).toMatchObject({ ratio: null, verdict: "missed" });
    expect(evaluate("page", 50, numbers(), numbers({ rps: 0 })).why).toEqual(["no static baseline"]);
  });
});

describe("formatPercent", () => {
  it("rounds to whole percents, keeps a decimal below 1 %, and shows — for nothing", () => {
    expect(formatPercent(0.834)).toBe("83%");
    expect(formatPercent(0.0042)).toBe("0.4%");
    expect(formatPercent(1.5)).toBe("150%");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(Number.NaN)).toBe("—");
  });
});

describe("markdownTable and formatTable", () => {
  it("pads columns to line up, right-aligns numbers and escapes pipes", () => {
    expect(
      markdownTable(
        ["name", "n"],
        [
          ["a|b", "1"],
          ["long name", "1000"],
        ],
        [false, true],
      ),
    ).toBe(
      ["| name      |    n |", "| --------- | ---: |", "| a\\|b      |    1 |", "| long name | 1000 |"].join(
        "\n",
      ),
    );
  });

  it("shows each row's numbers, ratio, target, memory and verdict", () => {
    const table = formatTable([
      {
        scenario: "event page",
        kind: "page",
        connections: 50,
        numbers: numbers({ rps: 1234.4, p50: 20.04, p99: 80 }),
        evaluation: evaluate("page", 50, numbers({ rps: 1234.4 }), numbers({ rps: 2000 })),
        peakRssBytes: 300 * 1024 * 1024,
      },
      {
        scenario: "static file",
        kind: "baseline",
        connections: 50,
        numbers: numbers({ rps: 2000 }),
        evaluation: evaluate("baseline", 50, numbers(), null),
        peakRssBytes: null,
      },
    ]);
    const [header, rule, event, baseline] = table.split("\n");
    expect(header).toMatch(/^\| scenario +\| conns \| req\/s \| p50 ms \| p99 ms \|/);
    expect(rule).toMatch(/^\| -+ \| -+: \|/);
    expect(event).toContain("1,234");
    expect(event).toMatch(/\| +20\.0 \| +80 \|/);
    expect(event).toMatch(/\| +2\.0 \| +62% \|/);
    expect(event).toContain("62%");
    expect(event).toContain("≥ 80% of static");
    expect(event).toContain("300");
    expect(event).toContain("missed (62% of static)");
    expect(baseline).toMatch(/\| +— \| baseline +\| +— \| — +\|$/);
  });
});

describe("lostOrExtraWrites", () => {
  it("is 0 when every 2xx answer is one write, and requests cut off at the end may have landed", () => {
    const run = numbers({ requests: 100, non2xx: 10, sent: 120 });
    expect(lostOrExtraWrites(run, 90)).toBe(0);
    expect(lostOrExtraWrites(run, 110)).toBe(0);
  });

  it("counts writes missing for 2xx answers, and writes beyond what was sent", () => {
    const run = numbers({ requests: 100, non2xx: 10, sent: 120 });
    expect(lostOrExtraWrites(run, 85)).toBe(5);
    expect(lostOrExtraWrites(run, 113)).toBe(3);
  });
});

describe("planJoins", () => {
  it("sends people round-robin to teams with places, never more than a team has", () => {
    const teams = [
      { id: "a", free: 2 },
      { id: "b", free: 0 },
      { id: "c", free: 1 },
    ];
    const plan = planJoins(["p1", "p2", "p3", "p4", "p5"], teams);
    expect(plan.map(([person, team]) => `${person}→${team.id}`)).toEqual(["p1→a", "p2→c", "p3→a"]);
  });

  it("plans nobody when no team has a place", () => {
    expect(planJoins(["p1"], [{ free: 0 }])).toEqual([]);
    expect(planJoins(["p1"], [])).toEqual([]);
  });
});
