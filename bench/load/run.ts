// The load benchmark (`npm run bench`; docs/performance.md): a festival at its peak against a production
// build of the app, each scenario reported against a baseline measured in the same run.
//
//   1. generate the festival into a fresh PostgreSQL database (bench/load/festival.ts);
//   2. `next build` into .next-bench (unless --no-build) and `next start` on port 3400 against it;
//   3. start the database's ceiling: a plain http + pg server doing the event page's SQL (pg-baseline.ts);
//   4. drive every scenario at each connection level with autocannon from a child process (cannon.ts),
//      sampling the app server's memory from /proc meanwhile; check the data's invariants after each write
//      burst; time the judging round's adjusted results;
//   5. write bench/results.json and bench/results.md, print the table; then the vitest micro-benchmarks.
//
// Run with `tsx --conditions=react-server` (package.json does): it calls the app's procedures in-process
// once, to capture the event page's SQL. Options: see parseOptions in harness.ts, or docs/performance.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import * as prettier from "prettier";
import { databaseClock } from "../../server/context.ts";
import type { Db } from "../../server/db/create.ts";
import { PrismaClient } from "../../server/db/generated/client.ts";
import { appRouter } from "../../server/routers/_app.ts";
import { createCallerFactory } from "../../server/trpc.ts";
import type { CannonSpec, Rotation } from "./cannon.ts";
import { FESTIVAL_SLUG, generateFestival, SESSION_COOKIE, type FestivalManifest } from "./festival.ts";
import {
  BASELINE_OF,
  evaluate,
  formatPercent,
  formatTable,
  loadNumbers,
  lostOrExtraWrites,
  markdownTable,
  parseOptions,
  percentile,
  TARGET_RESULTS_MS,
  type BaselineId,
  type BenchOptions,
  type CannonResult,
  type LoadNumbers,
  type ResultRow,
  type ScenarioKind,
} from "./harness.ts";
import type { PgBaselineSpec, QueryGroup } from "./pg-baseline.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORK = `${ROOT}tmp/bench`;
const DIST_DIR = ".next-bench";
const TSX = `${ROOT}node_modules/.bin/tsx`;
const AUTH_SECRET = "bench-secret-not-for-production-0123456789";

const log = (message: string) => console.log(`[bench] ${message}`);
const seconds = (from: number) => (performance.now() - from) / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- processes

const started: ChildProcess[] = [];

/** Starts a long-running child in a process group of its own (stopped by stopAll, by its id). */
export function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const out = createWriteStream(logFile);
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  started.push(child);
  return child;
}

/** Stops a child we started: SIGTERM to its process group, SIGKILL after 10 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!killed) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all(started.map(stopProcess));
}

/**
 * Runs a command to completion with its output in `logFile` (a child we started, so an interrupted run stops
 * it too); throws with the log's tail when it fails.
 */
export async function runToEnd(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<void> {
  const child = startProcess(command, args, env, logFile);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode));
  });
  if (code !== 0) {
    const tail = readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
    throw new Error(`${command} ${args.join(" ")} failed with ${code} (see ${logFile}):\n${tail}`);
  }
}

/** Other programs that would skew the numbers on a small machine (end-to-end tests, builds, test runs). */
const HEAVY = "playwright test|next build|vitest";

/** Pids of HEAVY processes that are not ours. */
function heavyProcesses(): number[] {
  const ours = new Set(processTree(process.pid));
  const found = spawnSync("pgrep", ["-f", HEAVY], { encoding: "utf8" }).stdout.trim();
  return found
    .split("\n")
    .filter(Boolean)
    .map(Number)
    .filter((pid) => !ours.has(pid));
}

/**
 * With `wait`, waits (up to an hour) until no HEAVY process of someone else's runs, and returns the seconds
 * waited; without, only warns. Checked before the build and before every measured run.
 */
async function waitUntilQuiet(wait: boolean): Promise<number> {
  const start = performance.now();
  let busy = heavyProcesses();
  if (busy.length === 0) return 0;
  if (!wait) {
    log(`warning: other heavy processes are running (pids ${busy.join(", ")}): expect noisy numbers`);
    return 0;
  }
  log(`waiting for other heavy processes to finish (pids ${busy.join(", ")}) …`);
  while (busy.length > 0 && seconds(start) < 3_600) {
    await sleep(5_000);
    busy = heavyProcesses();
  }
  // Let the machine settle (their servers and browsers shutting down).
  await sleep(5_000);
  log(`waited ${seconds(start).toFixed(0)} s`);
  return seconds(start);
}

// ---------------------------------------------------------------- memory of the app server

/** The process and its descendants, from /proc (Linux). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() ?? 0;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** VmRSS and VmHWM of one process, bytes (0 when it is gone). */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Samples the server's process tree every 100 ms until stopped; returns the peak of its summed VmRSS during
 * the sampling and its summed VmHWM (each process's high-water mark since it started) at the end, bytes.
 */
function sampleMemory(root: number | undefined): () => { peakRss: number | null; hwm: number | null } {
  if (!root || process.platform !== "linux") return () => ({ peakRss: null, hwm: null });
  let peak = 0;
  let hwm = 0;
  const sample = () => {
    const memory = processTree(root).map(memoryOf);
    peak = Math.max(
      peak,
      memory.reduce((sum, m) => sum + m.rss, 0),
    );
    hwm = memory.reduce((sum, m) => sum + m.hwm, 0);
  };
  sample();
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    sample();
    return { peakRss: peak, hwm };
  };
}

// ---------------------------------------------------------------- load

let specNumber = 0;

/** Runs one autocannon spec in a child process and returns its result. */
function fireInChild(spec: CannonSpec): Promise<CannonResult> {
  const n = specNumber++;
  const specPath = `${WORK}/spec-${n}.json`;
  const outPath = `${WORK}/result-${n}.json`;
  writeFileSync(specPath, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`${ROOT}bench/load/cannon.ts`, specPath, outPath], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`the load generator exited with ${code}: ${stderr}`));
      resolve(JSON.parse(readFileSync(outPath, "utf8")) as CannonResult);
    });
  });
}

export async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}) before it was healthy`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

// ---------------------------------------------------------------- scenarios

interface Scenario {
  id: string;
  /** What the table calls it. */
  label: string;
  kind: ScenarioKind;
  /** For baselines: which one. */
  baseline?: BaselineId;
  /** Builds the load for one connection level (after `prepare`). */
  spec: (connections: number) => Promise<CannonSpec> | CannonSpec;
  /** Puts the data back before a run (write bursts that use each person once). */
  prepare?: () => Promise<void>;
  /** After a run: the data's invariants, given the run's numbers. */
  check?: (numbers: LoadNumbers) => Promise<InvariantCheck[]>;
  /** A count that grows with every write that lands, to wait for requests cut off by the run's end. */
  progress?: () => Promise<number>;
}

/**
 * Waits until `progress` stops changing (requests sent before a timed run ended are still being
 * served): polled every 500 ms until two readings agree, for at most 20 s.
 */
async function settle(progress: () => Promise<number>): Promise<void> {
  let last = await progress();
  for (let i = 0; i < 40; i++) {
    await sleep(500);
    const now = await progress();
    if (now === last) return;
    last = now;
  }
}

export interface InvariantCheck {
  name: string;
  /** Rows that break it (0: it holds). */
  violations: number;
  detail?: string;
}

/** Where the static copies of the public pages go (git-ignored); served by `next start` from public/. */
const SAME_BYTES_DIR = `${ROOT}public/bench-copies`;
const sameBytesId = (pageId: string) => `static-${pageId}`;
const sameBytesPath = (pageId: string) => `/bench-copies/${pageId}.html`;

/**
 * Fetches every page scenario's answer once, as an anonymous visitor, and writes its body to
 * public/bench-copies/<id>.html: the same bytes, for the same-bytes static baseline. Throws when a page
 * does not answer 200 (the run would compare nothing).
 */
async function writeSameBytesCopies(origin: string, all: Scenario[]): Promise<void> {
  rmSync(SAME_BYTES_DIR, { recursive: true, force: true });
  mkdirSync(SAME_BYTES_DIR, { recursive: true });
  for (const scenario of all.filter((s) => s.kind === "page")) {
    const spec = await scenario.spec(1);
    const response = await fetch(`${origin}${spec.path}`);
    if (!response.ok) throw new Error(`${spec.path} answered ${response.status}: no static copy`);
    const bytes = Buffer.from(await response.arrayBuffer());
    writeFileSync(`${SAME_BYTES_DIR}/${scenario.id}.html`, bytes);
    log(`static copy of ${spec.path}: ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}

interface InvariantReport {
  scenario: string;
  connections: number;
  checks: InvariantCheck[];
}

const trpcInput = (input: unknown) => `input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** The invariants every write burst must keep, checked with SQL. */
export async function invariants(db: pg.Pool): Promise<InvariantCheck[]> {
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  return [
    {
      name: "nobody is in two teams of one event",
      violations: await count(`SELECT count(*)::text AS n FROM (
        SELECT t."eventId", m."userId" FROM "TeamMember" m JOIN "Team" t ON t.id = m."teamId"
        GROUP BY 1, 2 HAVING count(*) > 1) x`),
    },
    {
      name: "no team is over its event's maximum size",
      violations: await count(`SELECT count(*)::text AS n FROM (
        SELECT t.id FROM "Team" t JOIN "Event" e ON e.id = t."eventId" JOIN "TeamMember" m ON m."teamId" = t.id
        GROUP BY t.id, e."teamMaxSize" HAVING count(*) > e."teamMaxSize") x`),
    },
    {
      name: "no assignment has two scores for one criterion",
      violations: await count(`SELECT count(*)::text AS n FROM (
        SELECT "assignmentId", "criterionId" FROM "Score" GROUP BY 1, 2 HAVING count(*) > 1) x`),
    },
  ];
}

function scenarios(
  manifest: FestivalManifest,
  origin: string,
  databaseOrigin: string,
  db: pg.Pool,
): Scenario[] {
  const festival = manifest.festival;
  // What a browser sends: Next compresses answers per request, so without it every page goes out whole.
  const browserHeaders = { "accept-encoding": "gzip" };
  const page = (id: string, label: string, path: string): Scenario => ({
    id,
    label,
    kind: "page",
    spec: (connections) => ({
      origin,
      connections,
      duration: 0,
      method: "GET",
      path,
      headers: browserHeaders,
    }),
  });
  const pages = [
    page("home", "home page /", "/"),
    page("event", "event page", `/events/${festival.slug}`),
    page("gallery", "gallery (page 1 of 500 projects)", `/events/${festival.slug}/projects`),
    // The same pages in Welsh: cached apart from the English ones (docs/languages.md).
    page("home-cy", "home page in Welsh /cy", "/cy"),
    page("event-cy", "event page in Welsh", `/cy/events/${festival.slug}`),
    page("gallery-cy", "gallery in Welsh (page 1)", `/cy/events/${festival.slug}/projects`),
    page("project", "project page", `/events/${festival.slug}/projects/${manifest.projectId}`),
    page("organisation", "organisation page", `/organisations/${manifest.organisationSlug}`),
    page("area", "need-and-supply page of a postcode area", `/areas/${manifest.areaCode}`),
    page("certificate", "a certificate's public check page", `/certificates/${manifest.certificateCode}`),
    page("club", "a weekly club's page (it takes bookings here)", `/directory/clubs/${manifest.clubId}`),
    page(
      "directory",
      "directory of clubs and events for a 12-year-old in a postcode area",
      `/directory?age=12&area=${manifest.areaCode}`,
    ),
    page("concern", "report-a-concern page", `/events/${festival.slug}/concern`),
    // Its first view only: what changes during the show arrives on /events/<slug>/finals/live.
    page("finals", "public finals page (first view)", `/events/${festival.slug}/finals`),
    page("developers", "API reference page for developers (static)", "/developers"),
    // The public HTTP API: answered afresh each time (a CDN may keep it 30 s: Cache-Control).
    page("api-events", "HTTP API: GET /api/v1/events (public)", "/api/v1/events"),
    page(
      "api-gallery",
      "HTTP API: GET /api/v1/events/{slug}/projects (public)",
      `/api/v1/events/${festival.slug}/projects`,
    ),
  ];
  // Each page's own ceiling: a static file of exactly its bytes, served by the same server.
  const sameBytes = pages.map((p): Scenario => ({
    id: sameBytesId(p.id),
    label: `static copy of the ${p.label} (baseline)`,
    kind: "baseline",
    baseline: "static",
    spec: (connections) => ({
      origin,
      connections,
      duration: 0,
      method: "GET",
      path: sameBytesPath(p.id),
      headers: browserHeaders,
    }),
  }));
  const post = (path: string, rotation: Rotation, connections: number, maxRequests?: number): CannonSpec => ({
    origin,
    connections,
    duration: 0,
    method: "POST",
    path,
    headers: { "content-type": "application/json", origin, "sec-fetch-site": "same-origin" },
    rotation,
    ...(maxRequests ? { maxRequests } : {}),
  });
  const cookie = (token: string) => `${SESSION_COOKIE}=${token}`;
  // What the data held when the current run started, for the lost-write checks.
  const before = { joined: 0, versions: 0 };
  const versionSum = async () =>
    Number(
      (
        await db.query<{ n: string }>(
          `SELECT coalesce(sum(version), 0)::text AS n FROM "Submission" WHERE "eventId" = $1`,
          [festival.id],
        )
      ).rows[0]?.n ?? 0,
    );
  const joinUsers = manifest.joins.map((j) => j.userId);
  const joinedCount = async () =>
    Number(
      (
        await db.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM "TeamMember" WHERE "eventId" = $1 AND "userId" = ANY($2::text[])`,
          [festival.id, joinUsers],
        )
      ).rows[0]?.n ?? 0,
    );
  return [
    {
      id: "static",
      label: "static file (baseline)",
      kind: "baseline",
      baseline: "static",
      spec: (connections) => ({
        origin,
        connections,
        duration: 0,
        method: "GET",
        path: "/bench-static.html",
        headers: browserHeaders,
      }),
    },
    {
      id: "ping",
      label: "system.ping (baseline)",
      kind: "baseline",
      baseline: "ping",
      spec: (connections) => ({
        origin,
        connections,
        duration: 0,
        method: "GET",
        path: "/api/trpc/system.ping",
        headers: {},
      }),
    },
    {
      id: "echo",
      label: "system.echo (baseline)",
      kind: "baseline",
      baseline: "echo",
      spec: (connections) =>
        post(
          "/api/trpc/system.echo",
          {
            kind: "items",
            items: manifest.participantTokens.map((token, n) => ({
              headers: { cookie: cookie(token) },
              body: JSON.stringify({ json: { message: "hello", n } }),
            })),
          },
          connections,
        ),
    },
    {
      id: "database",
      label: "event page's SQL, plain pg (baseline)",
      kind: "baseline",
      baseline: "database",
      spec: (connections) => ({
        origin: databaseOrigin,
        connections,
        duration: 0,
        method: "GET",
        path: `/events/${festival.slug}`,
        headers: {},
      }),
    },
    ...sameBytes,
    ...pages,
    {
      id: "challenges",
      label: "challenges.listPublished (tRPC)",
      kind: "read",
      spec: (connections) => ({
        origin,
        connections,
        duration: 0,
        method: "GET",
        path: `/api/trpc/challenges.listPublished?${trpcInput({ slug: festival.slug })}`,
        headers: {},
      }),
    },
    {
      id: "join",
      label: "team-join burst (teams.joinByCode)",
      kind: "write",
      // Everyone in the pool starts without a team: take back the joins of the previous run.
      prepare: async () => {
        await db.query(`DELETE FROM "TeamMember" WHERE "eventId" = $1 AND "userId" = ANY($2::text[])`, [
          festival.id,
          joinUsers,
        ]);
      },
      spec: async (connections) => {
        before.joined = await joinedCount();
        return post(
          "/api/trpc/teams.joinByCode",
          {
            kind: "items",
            items: manifest.joins.map((j) => ({
              headers: { cookie: cookie(j.token) },
              body: JSON.stringify({ json: { eventId: festival.id, code: j.code } }),
            })),
          },
          connections,
          // Each person joins once: the burst ends when the pool is used up.
          manifest.joins.length,
        );
      },
      progress: joinedCount,
      check: async (numbers) => {
        const joined = (await joinedCount()) - before.joined;
        return [
          ...(await invariants(db)),
          {
            name: "every 2xx join is one new member",
            violations: lostOrExtraWrites(numbers, joined),
            detail: `${joined} joined; ${numbers.requests - numbers.non2xx} answered 2xx, ${numbers.sent - numbers.requests} cut off`,
          },
        ];
      },
    },
    {
      id: "submit",
      label: "submit burst (submissions.save)",
      kind: "write",
      spec: async (connections) => {
        const rows = await db.query<{ teamId: string; version: number }>(
          `SELECT "teamId", version FROM "Submission" WHERE "eventId" = $1`,
          [festival.id],
        );
        const versions = new Map(rows.rows.map((r) => [r.teamId, r.version]));
        before.versions = await versionSum();
        return post(
          "/api/trpc/submissions.save",
          {
            kind: "saves",
            eventId: festival.id,
            saves: manifest.saves.map((s) => ({
              teamId: s.teamId,
              cookies: s.tokens.map(cookie),
              version: versions.get(s.teamId) ?? 1,
              fields: {
                title: s.title,
                description: s.description,
                repositoryUrl: s.repositoryUrl,
                demoUrl: "",
                videoUrl: "",
                technologies: s.technologies,
                challengeIds: s.challengeIds,
              },
            })),
          },
          connections,
        );
      },
      progress: versionSum,
      check: async (numbers) => {
        const saved = (await versionSum()) - before.versions;
        return [
          ...(await invariants(db)),
          {
            name: "every 2xx save is one new version (no lost update)",
            violations: lostOrExtraWrites(numbers, saved),
            detail: `${saved} new versions; ${numbers.requests - numbers.non2xx} answered 2xx, ${numbers.sent - numbers.requests} cut off`,
          },
        ];
      },
    },
    {
      id: "score",
      label: "judge scoring burst (judging.saveScore)",
      kind: "write",
      spec: (connections) =>
        post(
          "/api/trpc/judging.saveScore",
          {
            kind: "scores",
            roundId: manifest.roundId,
            scores: manifest.scores.map((s) => ({ ...s, cookie: cookie(s.token) })),
          },
          connections,
        ),
      progress: async () =>
        Number(
          (await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "ScoreChange"`)).rows[0]?.n ?? 0,
        ),
      check: () => invariants(db),
    },
    page("results", "results page (event page, awards just published)", `/events/${manifest.past.slug}`),
  ];
}

// ---------------------------------------------------------------- the event page's SQL

/**
 * The SQL the anonymous event page's procedures run (app/[locale]/events/[slug]/page.tsx: the event, its awards,
 * announcements, centres and challenges), captured from Prisma's query log by calling them in-process.
 */
async function captureEventPageSql(databaseUrl: string, slug: string): Promise<QueryGroup[]> {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 1, options: "-c TimeZone=UTC" }),
    log: [{ emit: "event", level: "query" }],
  });
  let current: QueryGroup | null = null;
  client.$on("query", (event) => {
    current?.queries.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  const db = client as unknown as Db;
  const caller = createCallerFactory(appRouter)({ db, user: null, now: databaseClock(db), clientIp: null });
  const procedures: [string, () => Promise<unknown>][] = [
    ["events.bySlug", () => caller.events.bySlug({ slug })],
    ["judging.publicAwards", () => caller.judging.publicAwards({ slug })],
    ["announcements.list", () => caller.announcements.list({ slug })],
    ["centres.listPublic", () => caller.centres.listPublic({ slug })],
    ["challenges.listPublished", () => caller.challenges.listPublished({ slug })],
  ];
  const groups: QueryGroup[] = [];
  try {
    for (const [procedure, call] of procedures) {
      current = { procedure, queries: [] };
      await call();
      groups.push(current);
    }
  } finally {
    current = null;
    await client.$disconnect();
  }
  return groups;
}

// ---------------------------------------------------------------- adjusted results

interface ResultsTiming {
  samplesMs: number[];
  p50Ms: number;
  maxMs: number;
  targetMs: number;
  verdict: "met" | "missed";
  entries: number;
  scores: number;
  method: string;
}

/** Times `judging.results` of the open round over HTTP as an organiser: one warm-up, then `runs` calls. */
async function timeResults(origin: string, manifest: FestivalManifest, runs: number): Promise<ResultsTiming> {
  const url = `${origin}/api/trpc/judging.results?${trpcInput({ roundId: manifest.roundId })}`;
  const headers = { cookie: `${SESSION_COOKIE}=${manifest.organiserToken}` };
  const samples: number[] = [];
  let body: {
    result?: { data?: { json?: { entries?: number; scored?: number; results?: { method?: string } } } };
  } = {};
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers });
    const text = await response.text();
    const ms = performance.now() - start;
    if (!response.ok) throw new Error(`judging.results answered ${response.status}: ${text.slice(0, 300)}`);
    if (i > 0) samples.push(ms);
    body = JSON.parse(text) as typeof body;
  }
  const data = body.result?.data?.json;
  const p50 = percentile(samples, 50);
  return {
    samplesMs: samples,
    p50Ms: p50,
    maxMs: Math.max(...samples),
    targetMs: TARGET_RESULTS_MS,
    verdict: p50 < TARGET_RESULTS_MS ? "met" : "missed",
    entries: data?.entries ?? 0,
    scores: data?.scored ?? 0,
    method: data?.results?.method ?? "none",
  };
}

// ---------------------------------------------------------------- output

function gitCommit(): { commit: string; dirty: boolean } {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  const status = spawnSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" });
  return { commit: head.stdout.trim() || "unknown", dirty: status.stdout.trim().length > 0 };
}

async function postgresVersion(db: pg.Pool): Promise<string> {
  return (
    (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? "unknown"
  );
}

/** A table row, with the scenario's id and the server's memory high-water mark (VmHWM) after the run. */
type Row = ResultRow & { id: string; highWaterMarkBytes: number | null };

interface Report {
  timestamp: string;
  git: { commit: string; dirty: boolean };
  machine: {
    cores: number;
    cpu: string;
    memoryBytes: number;
    node: string;
    platform: string;
    postgres: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  options: Omit<BenchOptions, "sizes">;
  sizes: FestivalManifest["sizes"];
  rowsInDatabase: Record<string, number>;
  seconds: {
    generate: FestivalManifest["seconds"] | null;
    build: number | null;
    total: number;
    /** Spent waiting for other heavy processes to finish (included in total). */
    waitedForQuiet: number;
  };
  rows: Row[];
  adjustedResults: ResultsTiming | null;
  invariants: InvariantReport[];
  eventPageSql: { procedure: string; queries: number }[];
}

function markdownReport(report: Report): string {
  const m = report.machine;
  const z = report.sizes;
  const n = (value: number) => value.toLocaleString("en-GB");
  const lines = [
    "# Load benchmark: latest results",
    "",
    `Measured ${report.timestamp} at commit \`${report.git.commit.slice(0, 12)}\`${report.git.dirty ? " (with uncommitted changes)" : ""}` +
      ` on ${m.cores} cores (${m.cpu}), ${Math.round(m.memoryBytes / 1024 ** 3)} GB, Node ${m.node}, PostgreSQL ${m.postgres}; ` +
      `load average ${m.loadAverageBefore.map((l) => l.toFixed(2)).join(" ")} before, ${m.loadAverageAfter.map((l) => l.toFixed(2)).join(" ")} after.`,
    "",
    `Festival: ${n(z.centres)} centres, ${n(z.participants)} participants, ${n(z.teams)} teams, ` +
      `${n(z.submissions)} projects, ${n(z.challenges)} challenges of ${n(z.organisations)} organisations, ` +
      `${n(z.judges)} judges (open round: 3 per entry × 5 criteria); an earlier event of ${n(z.pastTeams)} teams with published results. ` +
      `Each run lasted ${report.options.durationSeconds} s (write bursts that use each person once end earlier). ` +
      `Generating the database took ${report.seconds.generate ? `${report.seconds.generate.total.toFixed(1)} s` : "— (reused)"}, ` +
      `the build ${report.seconds.build === null ? "— (reused)" : `${report.seconds.build.toFixed(0)} s`}, ` +
      `the whole load benchmark ${report.seconds.total.toFixed(0)} s` +
      (report.seconds.waitedForQuiet > 0
        ? ` (${report.seconds.waitedForQuiet.toFixed(0)} s of it waiting for other programs to finish). `
        : ". ") +
      "Regenerate with `npm run bench`; what the scenarios and targets mean is in [docs/performance.md](../docs/performance.md).",
    "",
    formatTable(report.rows),
    "",
  ];
  const timing = report.adjustedResults;
  if (timing) {
    lines.push(
      `**Adjusted results** (\`judging.results\` of the open round over HTTP: ${timing.entries} entries, ${timing.scores} scores, ` +
        `method ${timing.method}, with explanations, bootstrap and diagrams): median ${Math.round(timing.p50Ms)} ms, ` +
        `slowest ${Math.round(timing.maxMs)} ms of ${timing.samplesMs.length} calls; target < ${timing.targetMs} ms: **${timing.verdict}**.`,
      "",
    );
  }
  if (report.invariants.length > 0) {
    lines.push("**Invariants after the write bursts** (checked with SQL after each run):", "");
    lines.push(
      markdownTable(
        ["scenario", "conns", "check", "violations"],
        report.invariants.flatMap((r) =>
          r.checks.map((c) => [
            r.scenario,
            String(r.connections),
            c.detail ? `${c.name} (${c.detail})` : c.name,
            String(c.violations),
          ]),
        ),
        [false, true, false, true],
      ),
      "",
    );
  }
  const database = report.rows.filter((r) => r.id === "database");
  const event = report.rows.filter((r) => r.id === "event");
  if (database.length > 0 && event.length > 0) {
    const ratios = event.map((row) => {
      const ceiling = database.find((d) => d.connections === row.connections);
      return `${formatPercent(ceiling ? row.numbers.rps / ceiling.numbers.rps : null)} at ${row.connections}`;
    });
    lines.push(
      `The event page against the database's ceiling (plain \`pg\` running the page's SQL): ${ratios.join(", ")} connections.`,
      "",
    );
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const runStart = performance.now();
  const loadBefore = os.loadavg();
  mkdirSync(WORK, { recursive: true });
  // The plain pg server listens on the next port.
  const databasePort = options.port + 1;
  const origin = `http://127.0.0.1:${options.port}`;
  const databaseOrigin = `http://127.0.0.1:${databasePort}`;
  const quiet = { waitedSeconds: 0 };
  const waitForQuiet = async () => {
    const waited = await waitUntilQuiet(options.wait);
    quiet.waitedSeconds += waited;
  };
  await waitForQuiet();

  // 1. The festival.
  let manifest: FestivalManifest;
  const manifestPath = `${WORK}/festival.json`;
  if (options.generate) {
    log(`generating the festival into ${options.databaseUrl} …`);
    manifest = await generateFestival(options.databaseUrl, options.sizes);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    log(
      `generated in ${manifest.seconds.total.toFixed(1)} s (migrate ${manifest.seconds.migrate.toFixed(1)} s, fill ${manifest.seconds.fill.toFixed(1)} s)`,
    );
  } else {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as FestivalManifest;
    log(`reusing the festival generated at ${manifest.generatedAt} (its deadline may have passed)`);
  }

  // 2. The app.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: "test",
    NODE_ENV: "production",
    AUTH_SECRET,
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    TRUST_PROXY: "1",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    STORAGE_DIR: `${WORK}/uploads`,
    EMBEDDED_DB_DIR: "",
  };
  delete env.APP_URL;
  const nextBin = `${ROOT}node_modules/next/dist/bin/next`;
  let buildSeconds: number | null = null;
  if (options.build) {
    await waitForQuiet();
    log(`building into ${DIST_DIR} (next build) …`);
    const buildStart = performance.now();
    await runToEnd(process.execPath, [nextBin, "build"], env, `${WORK}/build.log`);
    buildSeconds = seconds(buildStart);
    log(`built in ${buildSeconds.toFixed(0)} s`);
  }
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const report: Partial<Report> = {};
  try {
    const eventPageSql = await captureEventPageSql(options.databaseUrl, FESTIVAL_SLUG);
    const baselineSpec: PgBaselineSpec = {
      port: databasePort,
      databaseUrl: options.databaseUrl,
      poolMax: Number(env.DATABASE_POOL_MAX ?? 10) || 10,
      groups: eventPageSql,
    };
    writeFileSync(`${WORK}/pg-baseline.json`, JSON.stringify(baselineSpec));
    log(`starting next start on ${origin} and the plain pg server on ${databaseOrigin} …`);
    const startServer = () =>
      startProcess(
        process.execPath,
        [nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"],
        env,
        `${WORK}/server.log`,
      );
    let server = startServer();
    const database = startProcess(
      TSX,
      [`${ROOT}bench/load/pg-baseline.ts`, `${WORK}/pg-baseline.json`],
      env,
      `${WORK}/pg-baseline.log`,
    );
    await waitForHealth(`${origin}/api/health`, server, 120_000);
    await waitForHealth(`${databaseOrigin}/`, database, 30_000);
    // Each public page's bytes as a static file, for its same-bytes baseline. `next start` lists public/
    // when it starts, so the server is started again to serve them.
    const all = scenarios(manifest, origin, databaseOrigin, db);
    await writeSameBytesCopies(origin, all);
    await stopProcess(server);
    server = startServer();
    await waitForHealth(`${origin}/api/health`, server, 120_000);

    // 3. The scenarios.
    const rows: Row[] = [];
    const invariantReports: InvariantReport[] = [];
    const baselineNumbers = new Map<string, LoadNumbers>();
    const chosen = all.filter(
      (s) => s.kind === "baseline" || options.only.length === 0 || options.only.includes(s.id),
    );
    for (const scenario of chosen) {
      // Warm up (first renders, connection pools, JIT) with a short burst that is not measured.
      await scenario.prepare?.();
      await fireInChild({ ...(await scenario.spec(4)), duration: 2, maxRequests: 40 });
      if (scenario.progress) await settle(scenario.progress);
      for (const connections of options.connections) {
        await waitForQuiet();
        await scenario.prepare?.();
        const spec = { ...(await scenario.spec(connections)), duration: options.durationSeconds };
        const stopSampling = sampleMemory(scenario.id === "database" ? database.pid : server.pid);
        const result = await fireInChild(spec);
        const memory = stopSampling();
        const numbers = loadNumbers(result);
        if (scenario.kind === "baseline") baselineNumbers.set(`${scenario.id}@${connections}`, numbers);
        // A page is compared with the static copy of its own bytes (the plain static file if that failed).
        const baseline =
          scenario.kind === "baseline"
            ? null
            : ((scenario.kind === "page"
                ? baselineNumbers.get(`${sameBytesId(scenario.id)}@${connections}`)
                : undefined) ??
              baselineNumbers.get(`${BASELINE_OF[scenario.kind]}@${connections}`) ??
              null);
        const row = {
          id: scenario.id,
          scenario: scenario.label,
          kind: scenario.kind,
          connections,
          numbers,
          evaluation: evaluate(scenario.kind, connections, numbers, baseline),
          peakRssBytes: memory.peakRss,
          highWaterMarkBytes: memory.hwm,
        };
        rows.push(row);
        log(
          `${scenario.label} @ ${connections}: ${numbers.rps.toFixed(0)} req/s, p50 ${numbers.p50} ms, p99 ${numbers.p99} ms, ` +
            `non-2xx ${numbers.non2xx}, errors ${numbers.errors} → ${row.evaluation.verdict}`,
        );
        if (scenario.progress) await settle(scenario.progress);
        if (scenario.check) {
          const checks = await scenario.check(numbers);
          invariantReports.push({ scenario: scenario.label, connections, checks });
          const broken = checks.filter((c) => c.violations > 0);
          log(
            `  invariants: ${broken.length === 0 ? "all hold" : broken.map((c) => `${c.name}: ${c.violations}`).join("; ")}`,
          );
        }
      }
      // Leave the pool as it was generated for whoever runs next.
      await scenario.prepare?.();
    }

    // 4. Adjusted results, on a quiet server.
    await waitForQuiet();
    log("timing the open round's adjusted results (judging.results) …");
    const adjustedResults = await timeResults(origin, manifest, 5);
    log(`adjusted results: median ${adjustedResults.p50Ms.toFixed(0)} ms (${adjustedResults.verdict})`);

    Object.assign(report, {
      rows,
      invariants: invariantReports,
      adjustedResults,
      eventPageSql: eventPageSql.map((g) => ({ procedure: g.procedure, queries: g.queries.length })),
      machine: {
        cores: os.availableParallelism(),
        cpu: os.cpus()[0]?.model.trim() ?? "unknown",
        memoryBytes: os.totalmem(),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        postgres: await postgresVersion(db),
        loadAverageBefore: loadBefore,
        loadAverageAfter: os.loadavg(),
      },
    });
  } finally {
    await stopAll();
    await db.end();
  }

  // 5. Output.
  const { sizes: _sizes, ...rest } = options;
  const full: Report = {
    timestamp: new Date().toISOString(),
    git: gitCommit(),
    machine: report.machine ?? {
      cores: 0,
      cpu: "",
      memoryBytes: 0,
      node: process.version,
      platform: "",
      postgres: "",
      loadAverageBefore: loadBefore,
      loadAverageAfter: os.loadavg(),
    },
    options: rest,
    sizes: manifest.sizes,
    rowsInDatabase: manifest.rows,
    seconds: {
      generate: options.generate ? manifest.seconds : null,
      build: buildSeconds,
      total: seconds(runStart),
      waitedForQuiet: quiet.waitedSeconds,
    },
    rows: report.rows ?? [],
    adjustedResults: report.adjustedResults ?? null,
    invariants: report.invariants ?? [],
    eventPageSql: report.eventPageSql ?? [],
  };
  // Formatted as `npm run format` would, so the committed files pass `prettier --check`.
  const format = async (text: string, filepath: string) =>
    prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
  const json = await format(JSON.stringify(full), `${ROOT}bench/results.json`);
  const markdown = await format(markdownReport(full), `${ROOT}bench/results.md`);
  writeFileSync(`${ROOT}bench/results.json`, json);
  writeFileSync(`${ROOT}bench/results.md`, markdown);
  console.log(`\n${markdown}`);
  log(`whole run ${full.seconds.total.toFixed(0)} s; wrote bench/results.json and bench/results.md`);

  // 6. The micro-benchmarks.
  if (options.micro) {
    log("the vitest micro-benchmarks (npm run bench:micro) …");
    const micro = spawnSync(`${ROOT}node_modules/.bin/vitest`, ["bench", "--run", "--project", "bench"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (micro.status !== 0) process.exitCode = micro.status ?? 1;
  }
}

// Only when run as the script: bench/reliability/run.ts imports the helpers above.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const interrupted = () => {
    void stopAll().then(() => process.exit(130));
  };
  process.on("SIGINT", interrupted);
  process.on("SIGTERM", interrupted);

  try {
    await main();
  } catch (error) {
    await stopAll();
    console.error(error);
    process.exitCode = 1;
  }
}
