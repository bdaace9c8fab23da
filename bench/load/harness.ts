// The pure parts of the load benchmark (bench/load/run.ts): options, seeded randomness, percentiles, the
// targets and how a measured row is judged against its baseline, and the Markdown table. No I/O, no clock,
// no database: unit-tested in harness.test.ts. See docs/performance.md for what the numbers mean.
import { seededRandom, shuffled } from "../../server/judging/random.ts";

// ---------------------------------------------------------------- options

/** How big the generated festival is (counts of rows of each kind). */
export interface FestivalSizes {
  /** Centres of the main festival. */
  centres: number;
  /** People registered for the main festival. */
  participants: number;
  /** Teams of the main festival (each 1–4 people at the start; at most 5). */
  teams: number;
  /** Projects of the main festival (one per team, so at most `teams`). */
  submissions: number;
  /** Published challenges of the main festival. */
  challenges: number;
  /** Sponsor organisations owning the challenges. */
  organisations: number;
  /** Judges of the open judging round (3 per entry). */
  judges: number;
  /** Teams (and projects) of the earlier event whose results are published. */
  pastTeams: number;
}

export const DEFAULT_SIZES: FestivalSizes = {
  centres: 50,
  participants: 5_000,
  teams: 1_200,
  submissions: 1_000,
  challenges: 40,
  organisations: 8,
  judges: 150,
  pastTeams: 200,
};

/** Everything `npm run bench` can be told, after defaults. */
export interface BenchOptions {
  sizes: FestivalSizes;
  /** Seconds each scenario runs at each connection level. */
  durationSeconds: number;
  /** Concurrent connections, one run of every scenario per level. */
  connections: number[];
  quick: boolean;
  /** Build the app into .next-bench first (false: reuse the last build). */
  build: boolean;
  /** Generate a fresh database first (false: reuse the last one and its manifest). */
  generate: boolean;
  /** Run the vitest micro-benchmarks (`npm run bench:micro`) after the load benchmark. */
  micro: boolean;
  /** Wait while other heavy programs (end-to-end tests, builds, test runs) run, before each measurement. */
  wait: boolean;
  /** Only the scenarios with these ids (empty: all). Baselines always run. */
  only: string[];
  port: number;
  databaseUrl: string;
}

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/festival_bench";

const SIZE_FLAGS: Record<string, keyof FestivalSizes> = {
  centres: "centres",
  participants: "participants",
  teams: "teams",
  submissions: "submissions",
  challenges: "challenges",
  organisations: "organisations",
  judges: "judges",
  "past-teams": "pastTeams",
};

/** `--past-teams` → `BENCH_PAST_TEAMS`. */
function envName(flag: string): string {
  return `BENCH_${flag.toUpperCase().replaceAll("-", "_")}`;
}

function positiveInt(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number ≥ 1, not "${raw}"`);
  return value;
}

/**
 * Reads the command line (`--participants 5000`, `--participants=5000`, `--quick`, `--no-build`, …) over
 * the environment (`BENCH_PARTICIPANTS=5000`, `BENCH_DURATION`, `BENCH_CONNECTIONS=10,50`, `BENCH_PORT`,
 * `BENCH_DATABASE_URL`) over the defaults. `--quick`: 3-second runs at 50 connections only, unless
 * `--duration` or `--connections` say otherwise. Throws on an unknown flag or a bad number.
 */
export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) throw new Error(`Unexpected argument "${arg}"`);
    const [name = "", inline] = arg.slice(2).split("=", 2);
    if (["quick", "no-build", "no-generate", "no-micro", "no-wait"].includes(name)) {
      switches.add(name);
      continue;
    }
    const known =
      name in SIZE_FLAGS || ["duration", "connections", "only", "port", "database-url"].includes(name);
    if (!known) throw new Error(`Unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags.set(name, value);
  }
  const read = (flag: string) => flags.get(flag) ?? env[envName(flag)];
  const sizes = { ...DEFAULT_SIZES };
  for (const [flag, key] of Object.entries(SIZE_FLAGS)) {
    const raw = read(flag);
    if (raw !== undefined && raw !== "") sizes[key] = positiveInt(`--${flag}`, raw);
  }
  if (sizes.submissions > sizes.teams)
    throw new Error("--submissions cannot exceed --teams (one project per team)");
  const quick = switches.has("quick");
  const duration = read("duration");
  const connections = read("connections");
  return {
    sizes,
    durationSeconds: duration ? positiveInt("--duration", duration) : quick ? 3 : 10,
    connections: connections
      ? connections.split(",").map((c) => positiveInt("--connections", c.trim()))
      : quick
        ? [50]
        : [10, 50, 200],
    quick,
    build: !switches.has("no-build"),
    generate: !switches.has("no-generate"),
    micro: !switches.has("no-micro"),
    wait: !switches.has("no-wait"),
    only: (read("only") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    port: positiveInt("--port", read("port") ?? "3400"),
    databaseUrl: read("database-url") || DEFAULT_DATABASE_URL,
  };
}

// ---------------------------------------------------------------- seeded randomness

/** A seeded pseudo-random stream with the helpers the generator needs; the same seed, the same festival. */
export interface Rng {
  /** A float in [0, 1). */
  next: () => number;
  /** A whole number in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** true with probability `p`. */
  chance: (p: number) => boolean;
  /** A new array in a seeded order. */
  shuffle: <T>(items: readonly T[]) => T[];
  /** `size` bytes (for join codes). */
  bytes: (size: number) => Uint8Array;
}

/** A seeded stream (mulberry32 through server/judging/random.ts): never Math.random(). */
export function createRng(seed: string): Rng {
  const random = seededRandom(seed);
  return {
    next: random,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error("pick() from an empty list");
      return items[Math.floor(random() * items.length)] as (typeof items)[number];
    },
    chance: (p) => random() < p,
    shuffle: (items) => shuffled(items, random),
    bytes: (size) => Uint8Array.from({ length: size }, () => Math.floor(random() * 256)),
  };
}

// ---------------------------------------------------------------- percentiles

/**
 * The p-th percentile (0 < p ≤ 100) of `values` by the nearest-rank method: the smallest value with at
 * least p % of the values at or below it. NaN for an empty list.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile needs 0 < p ≤ 100, not ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** The parts of an autocannon result the report uses (latencies in ms, duration in s). */
export interface CannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number; sent: number };
  latency: { p50: number; p99: number };
  /** Response bytes (headers and body) received in the run. */
  throughput: { total: number };
}

/** One measured run: what a row of the table shows besides its baseline. */
export interface LoadNumbers {
  /** Completed requests per second, over the run's actual duration. */
  rps: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  /** Answers that were not 2xx. */
  non2xx: number;
  /** Connection errors and timeouts (no answer at all). */
  errors: number;
  /** Completed requests. */
  requests: number;
  /** Requests sent; those still in flight when a timed run stopped were never answered but may have landed. */
  sent: number;
  /** Mean size of an answer, headers included, bytes. */
  bytesPerResponse: number;
}

/** An autocannon result reduced to the row's numbers; `rps` counts every completed request. */
export function loadNumbers(result: CannonResult): LoadNumbers {
  const seconds = result.duration > 0 ? result.duration : Number.NaN;
  return {
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    // autocannon counts timeouts among its errors already.
    errors: Math.max(result.errors, result.timeouts),
    requests: result.requests.total,
    sent: Math.max(result.requests.sent, result.requests.total),
    bytesPerResponse:
      result.requests.total > 0 ? result.throughput.total / result.requests.total : Number.NaN,
  };
}

// ---------------------------------------------------------------- scenarios and targets

/** What a scenario is compared with: public pages with a static file, reads with ping, writes with echo. */
export type ScenarioKind = "baseline" | "page" | "read" | "write";

export type BaselineId = "static" | "ping" | "echo" | "database";

export const BASELINE_OF: Record<Exclude<ScenarioKind, "baseline">, BaselineId> = {
  page: "static",
  read: "ping",
  write: "echo",
};

/** The share of its baseline's requests/s a scenario must reach. */
export const TARGET_RATIO: Record<Exclude<ScenarioKind, "baseline">, number> = {
  page: 0.8,
  read: 0.6,
  write: 0.4,
};

/** Writes: p99 below this at TARGET_P99_CONNECTIONS connections, and no errors or non-2xx at all. */
export const TARGET_P99_MS = 500;
export const TARGET_P99_CONNECTIONS = 50;
/** Adjusted results (with diagnostics) of the default festival's open round, ms. */
export const TARGET_RESULTS_MS = 1_000;

export type Verdict = "met" | "missed" | "—";

export interface Evaluation {
  /** rps ÷ baseline rps (null for baselines, or without a baseline). */
  ratio: number | null;
  /** The target in words, e.g. "≥ 80% of static". */
  target: string;
  verdict: Verdict;
  /** Why it missed, when it did. */
  why: string[];
}

/**
 * Judges one run against its target: the ratio of its requests/s to its baseline's at the same number of
 * connections, and for writes zero errors and non-2xx answers and (at 50 connections) p99 < 500 ms.
 * Baselines are not judged. Without a baseline number (it failed) the verdict is "missed".
 */
export function evaluate(
  kind: ScenarioKind,
  connections: number,
  numbers: LoadNumbers,
  baseline: LoadNumbers | null,
): Evaluation {
  if (kind === "baseline") return { ratio: null, target: "baseline", verdict: "—", why: [] };
  const minimum = TARGET_RATIO[kind];
  const baselineId = BASELINE_OF[kind];
  const ratio = baseline && baseline.rps > 0 ? numbers.rps / baseline.rps : null;
  const parts = [`≥ ${Math.round(minimum * 100)}% of ${baselineId}`];
  const why: string[] = [];
  if (ratio === null) why.push(`no ${baselineId} baseline`);
  else if (ratio < minimum) why.push(`${formatPercent(ratio)} of ${baselineId}`);
  if (kind === "write") {
    parts.push("0 errors");
    if (numbers.errors + numbers.non2xx > 0) why.push(`${numbers.errors + numbers.non2xx} failed`);
    if (connections === TARGET_P99_CONNECTIONS) {
      parts.push(`p99 < ${TARGET_P99_MS} ms`);
      if (!(numbers.p99 < TARGET_P99_MS)) why.push(`p99 ${Math.round(numbers.p99)} ms`);
    }
  }
  return { ratio, target: parts.join(", "), verdict: why.length === 0 ? "met" : "missed", why };
}

/** "83%"; "0.4%" below 1 %; "—" for null. */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return "—";
  const percent = ratio * 100;
  return percent < 1 ? `${percent.toFixed(1)}%` : `${Math.round(percent)}%`;
}

/**
 * How far the writes a burst made (`applied`: new rows or versions counted in the database) are from what
 * its answers say: every 2xx answer must be one write, and a request cut off by the end of a timed run (sent,
 * never answered) may have landed too. 0 when `answered2xx ≤ applied ≤ answered2xx + unanswered`.
 */
export function lostOrExtraWrites(numbers: LoadNumbers, applied: number): number {
  const answered2xx = numbers.requests - numbers.non2xx;
  const unanswered = Math.max(0, numbers.sent - numbers.requests);
  if (applied < answered2xx) return answered2xx - applied;
  return Math.max(0, applied - answered2xx - unanswered);
}

// ---------------------------------------------------------------- the table

/** One row of the results table. */
export interface ResultRow {
  scenario: string;
  kind: ScenarioKind;
  connections: number;
  numbers: LoadNumbers;
  evaluation: Evaluation;
  /** Peak resident memory of the app server's processes while the run lasted, bytes (null: not sampled). */
  peakRssBytes: number | null;
}

const number = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "—";

/** autocannon reports whole milliseconds; a fraction, if any, is kept to one decimal. */
const milliseconds = (ms: number) => number(ms, Number.isInteger(ms) ? 0 : 1);

/** Kilobytes, with one decimal below 10 KB. */
const kilobytes = (bytes: number) => number(bytes / 1024, bytes < 10 * 1024 ? 1 : 0);

const megabytes = (bytes: number | null) => (bytes === null ? "—" : number(bytes / 1024 / 1024));

const HEADER = [
  "scenario",
  "conns",
  "req/s",
  "p50 ms",
  "p99 ms",
  "non-2xx",
  "errors",
  "KB/answer",
  "vs baseline",
  "target",
  "peak RSS MB",
  "verdict",
];

/** Escapes what would break a Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** The rows as a Markdown table (GitHub-flavoured), one line per row, columns padded to line up. */
export function formatTable(rows: readonly ResultRow[]): string {
  const body = rows.map((row) => [
    row.scenario,
    String(row.connections),
    number(row.numbers.rps),
    milliseconds(row.numbers.p50),
    milliseconds(row.numbers.p99),
    number(row.numbers.non2xx),
    number(row.numbers.errors),
    kilobytes(row.numbers.bytesPerResponse),
    formatPercent(row.evaluation.ratio),
    row.evaluation.target,
    megabytes(row.peakRssBytes),
    row.evaluation.verdict === "missed"
      ? `missed (${row.evaluation.why.join("; ")})`
      : row.evaluation.verdict,
  ]);
  return markdownTable(HEADER, body, [
    false,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    false,
    true,
    false,
  ]);
}

/**
 * A Markdown table of `header` and `rows` (cells as text), each column padded to its widest cell;
 * `right[i]` right-aligns column i (numbers).
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly string[][],
  right: readonly boolean[] = [],
) {
  const cells = [header, ...rows].map((r) => r.map(cell));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => [...(r[i] ?? "")].length)));
  const pad = (text: string, i: number) => {
    const gap = " ".repeat((widths[i] ?? 0) - [...text].length);
    return right[i] ? gap + text : text + gap;
  };
  const line = (r: readonly string[]) => `| ${r.map((c, i) => pad(c, i)).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  const [head = [], ...rest] = cells;
  return [line(head), rule, ...rest.map(line)].join("\n");
}

// ---------------------------------------------------------------- planning the join burst

/**
 * Which team each person of the join burst joins: round-robin over the teams with places left, so no team
 * is sent more people than it has places (every join can succeed; the database's size trigger is still what
 * guarantees it). People beyond the places left are not planned. Returns `[person, team]` pairs in order.
 */
export function planJoins<P, T extends { free: number }>(
  people: readonly P[],
  teams: readonly T[],
): [P, T][] {
  const left = teams.map((t) => Math.max(0, t.free));
  const plan: [P, T][] = [];
  let t = 0;
  for (const person of people) {
    let tried = 0;
    while (tried < teams.length && (left[t] ?? 0) === 0) {
      t = (t + 1) % teams.length;
      tried++;
    }
    const team = teams[t];
    if (tried === teams.length || !team) break;
    plan.push([person, team]);
    left[t] = (left[t] ?? 0) - 1;
    t = (t + 1) % teams.length;
  }
  return plan;
}
