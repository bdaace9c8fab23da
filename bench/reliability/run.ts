// The reliability drill (`npm run bench:reliability`; docs/performance.md "Reliability drill"): two app
// instances on one PostgreSQL, under concurrent writes, through an instance crash, a database restart and
// a backup restored into a fresh database. Every request's outcome is recorded; afterwards SQL checks that
// every acknowledged (2xx) write is there and that the data's invariants hold.
//
//   1. generate the load benchmark's festival (bench/load/festival.ts) into reliability_festival, build into
//      .next-reliability (unless --no-build) and `next start` two instances, A and B, on it;
//   2. drive team joins, project saves and scores at both (the load benchmark's request shapes), and probe
//      both (/api/health and a tRPC query) twice a second;
//   3. mid-load, kill -9 A's process group, keep loading B, then start A again;
//   4. mid-load, stop PostgreSQL for --outage seconds and start it again (pg_ctlcluster): meanwhile both
//      must answer 503 with Retry-After, quickly; afterwards time how long each takes to answer 200 again,
//      and check that the page caches' LISTEN reconnected (an edit on one instance shows at once on the
//      other's cached event page);
//   5. stop the load; check the acknowledged writes and the invariants with SQL;
//   6. pg_dump -Fc the database, pg_restore it into reliability_restored, start instance C on the copy and
//      compare row counts and pages;
//   7. print the summary and write bench/reliability-results.md; exit 1 when a check failed.
//
// Options: --no-build (reuse .next-reliability), --no-generate (reuse the database and its manifest;
// deadlines may have passed), --no-wait (do not wait for other heavy programs), --outage SECONDS (how long
// PostgreSQL stays down, default 8; 0 uses `pg_ctlcluster restart`), --writers N (concurrent writers per
// instance, default 8), --port P (A on P, B on P+1, C on P+2; default 3610).
//
// Run with `tsx --conditions=react-server` (package.json does): it imports bench/load/run.ts's helpers.
// It stops and starts the local PostgreSQL cluster: never run it where others' tests use that server.
import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import * as prettier from "prettier";
import { fillFestival, migrate, SESSION_COOKIE, type FestivalManifest } from "../load/festival.ts";
import { DEFAULT_SIZES, markdownTable, percentile } from "../load/harness.ts";
import {
  invariants,
  processTree,
  runToEnd,
  startProcess,
  stopAll,
  stopProcess,
  waitForHealth,
  type InvariantCheck,
} from "../load/run.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORK = `${ROOT}tmp/reliability`;
const DIST_DIR = ".next-reliability";
const AUTH_SECRET = "reliability-secret-not-for-production-0123456789";
const SERVER_URL = process.env.RELIABILITY_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432";
const DATABASE = "reliability_festival";
const RESTORED = "reliability_restored";
const RESULTS = `${ROOT}bench/reliability-results.md`;
/** The answer the app gives while its database is down says to try again after this many seconds. */
const RETRY_AFTER = "5";
/** No request may take longer than this during the outage (the pool's connection timeout is 10 s). */
const OUTAGE_LATENCY_BOUND_MS = 12_000;
/** Each instance must answer 200 again within this many seconds of PostgreSQL accepting connections. */
const RECOVERY_BOUND_S = 30;
/** The client's own timeout: an answer slower than this counts as a hang. */
const REQUEST_TIMEOUT_MS = 20_000;

const log = (message: string) => console.log(`[reliability] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const databaseUrl = (name: string) => `${SERVER_URL}/${name}`;

// ---------------------------------------------------------------- options

interface Options {
  build: boolean;
  generate: boolean;
  wait: boolean;
  outageSeconds: number;
  writers: number;
  port: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    build: true,
    generate: true,
    wait: true,
    outageSeconds: 8,
    writers: 8,
    port: 3610,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const number = (name: string) => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`);
      return value;
    };
    if (arg === "--no-build") options.build = false;
    else if (arg === "--no-generate") options.generate = false;
    else if (arg === "--no-wait") options.wait = false;
    else if (arg === "--outage") options.outageSeconds = number(arg);
    else if (arg === "--writers") options.writers = Math.max(1, number(arg));
    else if (arg === "--port") options.port = number(arg);
    else throw new Error(`Unknown option ${arg}`);
  }
  return options;
}

// ---------------------------------------------------------------- other programs, PostgreSQL

/** What must not run meanwhile: it would share the machine, or (tests) the PostgreSQL server we restart. */
const OTHERS = "next build|playwright test|vitest|bench/load/run.ts|next start|next-server";

function othersRunning(): number[] {
  const ours = new Set(processTree(process.pid));
  const found = spawnSync("pgrep", ["-f", OTHERS], { encoding: "utf8" }).stdout.trim();
  return found
    .split("\n")
    .filter(Boolean)
    .map(Number)
    .filter((pid) => !ours.has(pid));
}

/** Seconds spent waiting for other programs (reported, and left out of the drill's own time). */
let waitedSeconds = 0;

async function waitUntilAlone(wait: boolean): Promise<void> {
  let busy = othersRunning();
  if (busy.length === 0) return;
  if (!wait)
    throw new Error(`other programs are running (pids ${busy.join(", ")}); not restarting PostgreSQL`);
  log(`waiting for other programs to finish (pids ${busy.join(", ")}) …`);
  const start = Date.now();
  while (busy.length > 0) {
    if (Date.now() - start > 3_600_000) throw new Error("other programs kept running for an hour");
    await sleep(30_000);
    busy = othersRunning();
  }
  waitedSeconds += (Date.now() - start) / 1000;
}

/** The local cluster pg_ctlcluster controls: the version directory under /etc/postgresql, "main". */
function cluster(): [string, string] {
  const versions = readdirSync("/etc/postgresql").sort((a, b) => Number(b) - Number(a));
  const version = versions[0];
  if (!version) throw new Error("no PostgreSQL cluster under /etc/postgresql");
  return [version, "main"];
}

let postgresStopped = false;

function pgctl(action: "stop" | "start" | "restart"): void {
  const result = spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", ...cluster(), action], {
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`pg_ctlcluster ${action} failed: ${result.stderr}${result.stdout}`);
  postgresStopped = action === "stop";
}

/** Starts PostgreSQL again if the drill stopped it (on any way out). */
function ensurePostgresStarted(): void {
  if (!postgresStopped) return;
  log("starting PostgreSQL again");
  pgctl("start");
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl(DATABASE), connectionTimeoutMillis: 1_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function recreate(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl("postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

// ---------------------------------------------------------------- instances

interface Instance {
  name: "A" | "B" | "C";
  origin: string;
  port: number;
  database: string;
  child: ChildProcess | null;
  starts: number;
}

const nextBin = `${ROOT}node_modules/next/dist/bin/next`;

function appEnv(database: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: "test",
    NODE_ENV: "production",
    AUTH_SECRET,
    DATABASE_URL: databaseUrl(database),
    PORT: String(port),
    TRUST_PROXY: "1",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    STORAGE_DIR: `${WORK}/uploads`,
    EMBEDDED_DB_DIR: "",
    // Nothing listens there: the mail worker (graphile-worker, on the same PostgreSQL) runs and holds its
    // connections through the restart like in production; deliveries fail and are retried.
    SMTP_URL: "smtp://127.0.0.1:9",
  };
  delete env.APP_URL;
  return env;
}

function instance(name: Instance["name"], port: number, database: string): Instance {
  return { name, port, origin: `http://127.0.0.1:${port}`, database, child: null, starts: 0 };
}

/** Starts `next start` for the instance; resolves with the seconds until /api/health answered 200. */
async function startInstance(inst: Instance): Promise<number> {
  inst.starts++;
  const started = performance.now();
  inst.child = startProcess(
    process.execPath,
    [nextBin, "start", "-p", String(inst.port), "-H", "127.0.0.1"],
    appEnv(inst.database, inst.port),
    `${WORK}/server-${inst.name}-${inst.starts}.log`,
  );
  await waitForHealth(`${inst.origin}/api/health`, inst.child, 120_000);
  return (performance.now() - started) / 1000;
}

/** kill -9 of the instance's whole process group, as a crashed machine or an OOM kill would. */
async function crash(inst: Instance): Promise<void> {
  const child = inst.child;
  if (!child?.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGKILL");
  await exited;
}

// ---------------------------------------------------------------- requests and their outcomes

type Status = number | "network" | "timeout";

interface Answer {
  status: Status;
  ms: number;
  retryAfter: string | null;
  cache: string | null;
  text: string;
}

async function send(
  origin: string,
  path: string,
  options: { method?: "GET" | "POST"; cookie?: string; input?: unknown } = {},
): Promise<Answer> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = `${SESSION_COOKIE}=${options.cookie}`;
  if (method === "POST") {
    Object.assign(headers, { "content-type": "application/json", origin, "sec-fetch-site": "same-origin" });
  }
  const started = performance.now();
  try {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers,
      ...(method === "POST" ? { body: JSON.stringify({ json: options.input }) } : {}),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: "manual",
    });
    const text = await response.text();
    return {
      status: response.status,
      ms: performance.now() - started,
      retryAfter: response.headers.get("retry-after"),
      cache: response.headers.get("x-nextjs-cache"),
      text,
    };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return {
      status: timedOut ? "timeout" : "network",
      ms: performance.now() - started,
      retryAfter: null,
      cache: null,
      text: "",
    };
  }
}

const trpcGet = (procedure: string, input: unknown) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** The tRPC answer's data (superjson's `json`), or its error code. */
function trpcResult(answer: Answer): { data?: Record<string, unknown>; code?: string; message?: string } {
  try {
    const body = JSON.parse(answer.text) as {
      result?: { data?: { json?: Record<string, unknown> } };
      error?: { json?: { message?: string; data?: { code?: string } } };
    };
    if (body.result) return { data: body.result.data?.json ?? {} };
    return { code: body.error?.json?.data?.code, message: body.error?.json?.message };
  } catch {
    return {};
  }
}

type Phase = "steady" | "crash" | "restarted" | "outage" | "recovery" | "after";
type Kind = "join" | "save" | "score" | "health" | "query";

interface Outcome {
  kind: Kind;
  instance: string;
  phase: Phase;
  /** ms since the load started, when the request was sent. */
  at: number;
  ms: number;
  status: Status;
  retryAfter: string | null;
  code?: string;
  message?: string;
}

const outcomes: Outcome[] = [];
let phase: Phase = "steady";
let loadStart = 0;
/** The same instant by the wall clock, to read the servers' logs (their lines carry ISO times). */
let loadStartWall = 0;
const now = () => performance.now() - loadStart;

function record(kind: Kind, inst: Instance, at: number, answer: Answer): Outcome {
  const failed = typeof answer.status === "number" && answer.status >= 400 ? trpcResult(answer) : {};
  const outcome: Outcome = {
    kind,
    instance: inst.name,
    phase,
    at,
    ms: answer.ms,
    status: answer.status,
    retryAfter: answer.retryAfter,
    ...(failed.code ? { code: failed.code } : {}),
    ...(failed.message ? { message: failed.message } : {}),
  };
  outcomes.push(outcome);
  return outcome;
}

const is2xx = (status: Status) => typeof status === "number" && status >= 200 && status < 300;

// ---------------------------------------------------------------- the writes

interface Acknowledged {
  joins: string[];
  saves: { teamId: string; version: number }[];
  scores: { assignmentId: string; criterionId: string; value: number; writtenAt: number; applied: boolean }[];
  /** Sent and never answered (the instance died, or the client gave up): they may or may not have landed. */
  unanswered: Record<"join" | "save" | "score", number>;
}

const acknowledged: Acknowledged = {
  joins: [],
  saves: [],
  scores: [],
  unanswered: { join: 0, save: 0, score: 0 },
};

interface Job {
  kind: "join" | "save" | "score";
  procedure: string;
  cookie: string;
  input: Record<string, unknown>;
  settle: (answer: Answer) => void;
}

/**
 * The writes, handed out one at a time to the writers of both instances: each person of the join pool
 * joins once; each team's project is saved by one writer at a time, from the version it last saw (read
 * again from the database after an answer that was not 2xx); scores cycle over the judges' slots.
 */
class WritePlan {
  private joins: FestivalManifest["joins"];
  private saveAt = 0;
  private scoreAt = 0;
  private turn = 0;
  private count = 0;
  private readonly versions = new Map<string, number>();
  private readonly busyTeams = new Set<string>();
  private readonly unknownVersion = new Set<string>();

  constructor(
    private readonly manifest: FestivalManifest,
    private readonly db: pg.Pool,
    versions: Map<string, number>,
  ) {
    this.joins = [...manifest.joins];
    for (const [team, version] of versions) this.versions.set(team, version);
  }

  async next(): Promise<Job | null> {
    for (let tries = 0; tries < 3; tries++) {
      const kind = (["join", "save", "score"] as const)[this.turn++ % 3] ?? "score";
      const job = kind === "join" ? this.join() : kind === "save" ? await this.save() : this.score();
      if (job) return job;
    }
    return null;
  }

  private join(): Job | null {
    const person = this.joins.shift();
    if (!person) return null;
    return {
      kind: "join",
      procedure: "teams.joinByCode",
      cookie: person.token,
      input: { eventId: this.manifest.festival.id, code: person.code },
      settle: (answer) => {
        if (is2xx(answer.status)) acknowledged.joins.push(person.userId);
      },
    };
  }

  private async save(): Promise<Job | null> {
    const saves = this.manifest.saves;
    for (let tries = 0; tries < saves.length; tries++) {
      const plan = saves[this.saveAt++ % saves.length];
      if (!plan || this.busyTeams.has(plan.teamId)) continue;
      if (this.unknownVersion.has(plan.teamId) && !(await this.resync(plan.teamId))) continue;
      this.busyTeams.add(plan.teamId);
      const n = ++this.count;
      const lap = Math.floor(this.saveAt / saves.length);
      return {
        kind: "save",
        procedure: "submissions.save",
        cookie: plan.tokens[lap % plan.tokens.length] ?? "",
        input: {
          eventId: this.manifest.festival.id,
          teamId: plan.teamId,
          expectedVersion: this.versions.get(plan.teamId) ?? 0,
          title: plan.title,
          description: plan.description,
          repositoryUrl: plan.repositoryUrl,
          demoUrl: "",
          videoUrl: "",
          technologies: plan.technologies,
          challengeIds: plan.challengeIds,
          // Every save changes something, so every one is a real write (a new version).
          tagline: `Drill save ${n}`,
        },
        settle: (answer) => {
          this.busyTeams.delete(plan.teamId);
          const version = is2xx(answer.status) ? trpcResult(answer).data?.version : undefined;
          if (typeof version === "number") {
            this.versions.set(plan.teamId, version);
            acknowledged.saves.push({ teamId: plan.teamId, version });
          } else {
            this.unknownVersion.add(plan.teamId);
          }
        },
      };
    }
    return null;
  }

  /** The team's current version from the database; false while the database cannot say. */
  private async resync(teamId: string): Promise<boolean> {
    try {
      const rows = await this.db.query<{ version: number }>(
        `SELECT version FROM "Submission" WHERE "eventId" = $1 AND "teamId" = $2`,
        [this.manifest.festival.id, teamId],
      );
      this.versions.set(teamId, rows.rows[0]?.version ?? 0);
      this.unknownVersion.delete(teamId);
      return true;
    } catch {
      return false;
    }
  }

  private score(): Job | null {
    const slot = this.manifest.scores[this.scoreAt++ % this.manifest.scores.length];
    if (!slot) return null;
    const value = 1 + (this.scoreAt % 5);
    return {
      kind: "score",
      procedure: "judging.saveScore",
      cookie: slot.token,
      input: {
        roundId: this.manifest.roundId,
        assignmentId: slot.assignmentId,
        criterionId: slot.criterionId,
        value,
        writtenAt: Date.now(),
      },
      settle: (answer) => {
        const data = is2xx(answer.status) ? trpcResult(answer).data : undefined;
        if (!data) return;
        acknowledged.scores.push({
          assignmentId: slot.assignmentId,
          criterionId: slot.criterionId,
          value: Number(data.value),
          writtenAt: new Date(String(data.writtenAt)).getTime(),
          applied: data.applied === true,
        });
      },
    };
  }
}

interface Load {
  stop(): Promise<void>;
}

/** `writers` concurrent writers per instance, and a prober per instance (health and a tRPC query, 2/s). */
function startLoad(
  instances: Instance[],
  plan: WritePlan,
  writers: number,
  probeInput: { slug: string },
): Load {
  let stopping = false;
  const writer = async (inst: Instance) => {
    while (!stopping) {
      const job = await plan.next();
      if (!job) {
        await sleep(100);
        continue;
      }
      const at = now();
      const answer = await send(inst.origin, `/api/trpc/${job.procedure}`, {
        method: "POST",
        cookie: job.cookie,
        input: job.input,
      });
      record(job.kind, inst, at, answer);
      if (typeof answer.status !== "number") acknowledged.unanswered[job.kind]++;
      job.settle(answer);
      // An instance that is down or says so: do not spin (a browser would wait for Retry-After; a load
      // balancer would send the requests of a dead instance elsewhere).
      if (typeof answer.status !== "number") await sleep(1_000);
      else if (answer.status >= 500) await sleep(250);
    }
  };
  const prober = async (inst: Instance) => {
    while (!stopping) {
      const at = now();
      const [health, query] = await Promise.all([
        send(inst.origin, "/api/health"),
        send(inst.origin, trpcGet("events.bySlug", probeInput)),
      ]);
      record("health", inst, at, health);
      record("query", inst, at, query);
      await sleep(500);
    }
  };
  const running = instances.flatMap((inst) => [
    ...Array.from({ length: writers }, () => writer(inst)),
    prober(inst),
  ]);
  return {
    stop: async () => {
      stopping = true;
      await Promise.all(running);
    },
  };
}

// ---------------------------------------------------------------- the page cache's sync

interface CacheSync {
  label: string;
  from: string;
  to: string;
  /** Seconds until the other instance's event page showed the edit (null: not within 10 s). */
  seconds: number | null;
  /** x-nextjs-cache of the other instance's page just before the edit (HIT: it was cached). */
  cachedBefore: string | null;
  ok: boolean;
}

/**
 * Edits an announcement of the festival through `from` (as its organiser) while `to` holds the event page
 * freshly cached, and times how long until `to` shows it. The page is made fresh first (an edit through
 * `to`, then visits until a HIT), so its 30-second revalidate cannot be what brings the edit: only the
 * notification can.
 */
async function checkCacheSync(
  label: string,
  from: Instance,
  to: Instance,
  manifest: FestivalManifest,
): Promise<CacheSync> {
  const page = `/events/${manifest.festival.slug}`;
  const edit = async (via: Instance, title: string) =>
    send(via.origin, "/api/trpc/announcements.update", {
      method: "POST",
      cookie: manifest.organiserToken,
      input: {
        eventId: manifest.festival.id,
        announcementId: "an-festival-1",
        title,
        body: "Checking that every instance shows the same page.",
      },
    });
  const result = (seconds: number | null, cachedBefore: string | null): CacheSync => ({
    label,
    from: from.name,
    to: to.name,
    seconds,
    cachedBefore,
    ok: seconds !== null && cachedBefore === "HIT",
  });
  const primed = await edit(to, `Drill ${label}: primed on ${to.name} ${Date.now()}`);
  if (!is2xx(primed.status)) {
    log(`cache sync (${label}): the priming edit answered ${primed.status}: ${primed.text.slice(0, 200)}`);
    return result(null, null);
  }
  let cachedBefore: string | null = null;
  for (let i = 0; i < 20 && cachedBefore !== "HIT"; i++) {
    cachedBefore = (await send(to.origin, page)).cache;
    if (cachedBefore !== "HIT") await sleep(250);
  }
  const title = `Drill ${label}: edited on ${from.name} ${Date.now()}`;
  const started = performance.now();
  const edited = await edit(from, title);
  if (!is2xx(edited.status)) {
    log(`cache sync (${label}): the edit answered ${edited.status}: ${edited.text.slice(0, 200)}`);
    return result(null, cachedBefore);
  }
  while (performance.now() - started < 10_000) {
    const answer = await send(to.origin, page);
    if (answer.status === 200 && answer.text.includes(title)) {
      return result((performance.now() - started) / 1000, cachedBefore);
    }
    await sleep(100);
  }
  return result(null, cachedBefore);
}

// ---------------------------------------------------------------- checks with SQL

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

async function acknowledgedWritesChecks(db: pg.Pool, manifest: FestivalManifest, versionsBefore: number) {
  const checks: Check[] = [];
  const members = await db.query<{ userId: string }>(
    `SELECT "userId" FROM "TeamMember" WHERE "eventId" = $1 AND "userId" = ANY($2::text[])`,
    [manifest.festival.id, acknowledged.joins],
  );
  const present = new Set(members.rows.map((r) => r.userId));
  const lostJoins = acknowledged.joins.filter((u) => !present.has(u));
  checks.push(
    check(
      "every acknowledged join is a member row",
      lostJoins.length === 0,
      `${acknowledged.joins.length} acknowledged, ${lostJoins.length} missing`,
    ),
  );

  const versions = await db.query<{ teamId: string; version: number }>(
    `SELECT "teamId", version FROM "Submission" WHERE "eventId" = $1`,
    [manifest.festival.id],
  );
  const current = new Map(versions.rows.map((r) => [r.teamId, r.version]));
  const seen = new Set<string>();
  let duplicated = 0;
  let behind = 0;
  for (const save of acknowledged.saves) {
    const key = `${save.teamId}@${save.version}`;
    if (seen.has(key)) duplicated++;
    seen.add(key);
    if ((current.get(save.teamId) ?? 0) < save.version) behind++;
  }
  const versionsNow = versions.rows.reduce((sum, r) => sum + r.version, 0);
  const gained = versionsNow - versionsBefore;
  const lower = acknowledged.saves.length;
  const upper = lower + acknowledged.unanswered.save + countNon2xx("save");
  checks.push(
    check(
      "every acknowledged save is its own new version (no lost update)",
      duplicated === 0 && behind === 0 && gained >= lower && gained <= upper,
      `${acknowledged.saves.length} acknowledged; ${gained} versions gained (allowed ${lower}–${upper}: ` +
        `acknowledged, plus those answered otherwise or not at all, which may have landed); ` +
        `${duplicated} versions acknowledged twice, ${behind} acknowledged versions above the stored one`,
    ),
  );

  const changes = await db.query<{ a: string; c: string; at: Date; v: number | null }>(
    `SELECT "assignmentId" AS a, "criterionId" AS c, "clientWrittenAt" AS at, "newValue" AS v
     FROM "ScoreChange" WHERE "createdAt" >= now() - interval '1 hour'`,
  );
  const logged = new Set(changes.rows.map((r) => `${r.a}|${r.c}|${r.at.getTime()}|${r.v}`));
  const scores = await db.query<{ a: string; c: string; at: Date }>(
    `SELECT "assignmentId" AS a, "criterionId" AS c, "clientWrittenAt" AS at FROM "Score"`,
  );
  const stored = new Map(scores.rows.map((r) => [`${r.a}|${r.c}`, r.at.getTime()]));
  const applied = acknowledged.scores.filter((s) => s.applied);
  const unlogged = applied.filter(
    (s) => !logged.has(`${s.assignmentId}|${s.criterionId}|${s.writtenAt}|${s.value}`),
  ).length;
  const overwrittenByOlder = acknowledged.scores.filter(
    (s) => (stored.get(`${s.assignmentId}|${s.criterionId}`) ?? -Infinity) < s.writtenAt,
  ).length;
  checks.push(
    check(
      "every acknowledged score is logged, and no stored score is older than an acknowledged one",
      unlogged === 0 && overwrittenByOlder === 0,
      `${acknowledged.scores.length} acknowledged (${applied.length} applied); ${unlogged} applied without ` +
        `their change row; ${overwrittenByOlder} stored scores older than an acknowledged write`,
    ),
  );
  return checks;
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS name FROM pg_stat_user_tables ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const row = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${name}`);
      counts[name] = Number(row.rows[0]?.n ?? 0);
    }
    return counts;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- summaries

function countNon2xx(kind: Kind): number {
  return outcomes.filter((o) => o.kind === kind && typeof o.status === "number" && !is2xx(o.status)).length;
}

const label = (o: Outcome) =>
  typeof o.status !== "number"
    ? o.status
    : o.status === 503
      ? o.retryAfter
        ? "503 + Retry-After"
        : "503 without Retry-After"
      : is2xx(o.status)
        ? "2xx"
        : `${o.status}${o.code ? ` ${o.code}` : ""}`;

function outcomeTable(rows: Outcome[]): string {
  const keys = new Map<string, Map<string, number>>();
  for (const o of rows) {
    const key = `${o.phase}|${o.kind}`;
    const counts = keys.get(key) ?? new Map<string, number>();
    counts.set(label(o), (counts.get(label(o)) ?? 0) + 1);
    keys.set(key, counts);
  }
  const phases: Phase[] = ["steady", "crash", "restarted", "outage", "recovery", "after"];
  const kinds: Kind[] = ["join", "save", "score", "health", "query"];
  const lines: string[][] = [];
  for (const p of phases) {
    for (const k of kinds) {
      const counts = keys.get(`${p}|${k}`);
      if (!counts) continue;
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l}: ${n}`);
      lines.push([p, k, String(total), parts.join("; ")]);
    }
  }
  return markdownTable(["phase", "requests", "total", "outcomes"], lines, [false, false, true, false]);
}

// ---------------------------------------------------------------- main

interface Timeline {
  crashAt: number;
  restartAt: number;
  restartedSeconds: number;
  stopAt: number;
  stoppedAt: number;
  startAt: number;
  readyAt: number;
  recovered: Record<string, number | null>;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const runStart = performance.now();
  mkdirSync(WORK, { recursive: true });
  await waitUntilAlone(options.wait);

  // 1. The festival, the build, two instances.
  const manifestPath = `${WORK}/festival.json`;
  let manifest: FestivalManifest;
  if (options.generate) {
    log(`generating the festival into ${DATABASE} …`);
    await recreate(DATABASE);
    migrate(databaseUrl(DATABASE));
    manifest = {
      ...(await fillFestival(databaseUrl(DATABASE), DEFAULT_SIZES)),
      seconds: { migrate: 0, fill: 0, total: 0 },
    };
    writeFileSync(manifestPath, JSON.stringify(manifest));
  } else {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as FestivalManifest;
  }
  if (options.build) {
    log(`building into ${DIST_DIR} (next build) …`);
    const started = performance.now();
    await runToEnd(process.execPath, [nextBin, "build"], appEnv(DATABASE, options.port), `${WORK}/build.log`);
    log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const a = instance("A", options.port, DATABASE);
  const b = instance("B", options.port + 1, DATABASE);
  const c = instance("C", options.port + 2, RESTORED);
  await Promise.all([startInstance(a), startInstance(b)]);
  log(`instances up: A ${a.origin}, B ${b.origin}`);

  const db = new pg.Pool({ connectionString: databaseUrl(DATABASE), max: 2, connectionTimeoutMillis: 2_000 });
  // Idle connections die with the database restart: that is expected, not a crash of the drill.
  db.on("error", () => undefined);
  const checks: Check[] = [];
  const cacheSyncs: CacheSync[] = [];
  const timeline: Partial<Timeline> = { recovered: {} };
  let restore: {
    dumpBytes: number;
    dumpSeconds: number;
    restoreSeconds: number;
    differing: string[];
    tables: number;
    pages: string[];
  } | null = null;
  try {
    const versionRows = await db.query<{ teamId: string; version: number }>(
      `SELECT "teamId", version FROM "Submission" WHERE "eventId" = $1`,
      [manifest.festival.id],
    );
    const versions = new Map(versionRows.rows.map((r) => [r.teamId, r.version]));
    const versionsBefore = versionRows.rows.reduce((sum, r) => sum + r.version, 0);
    cacheSyncs.push(await checkCacheSync("before, A→B", a, b, manifest));

    // 2. The load.
    const plan = new WritePlan(manifest, db, versions);
    loadStart = performance.now();
    loadStartWall = Date.now();
    const load = startLoad([a, b], plan, options.writers, { slug: manifest.festival.slug });
    phase = "steady";
    await sleep(6_000);

    // 3. Instance A crashes, B carries on, A comes back.
    phase = "crash";
    log("kill -9 of instance A's process group");
    timeline.crashAt = now();
    await crash(a);
    await sleep(6_000);
    timeline.restartAt = now();
    timeline.restartedSeconds = await startInstance(a);
    log(`instance A healthy again ${timeline.restartedSeconds.toFixed(1)} s after its start`);
    phase = "restarted";
    await sleep(6_000);

    // 4. PostgreSQL goes away and comes back, only while nothing else uses it (checked again here).
    await waitUntilAlone(options.wait);
    phase = "outage";
    timeline.stopAt = now();
    try {
      if (options.outageSeconds === 0) {
        log("pg_ctlcluster restart");
        pgctl("restart");
        timeline.stoppedAt = now();
        timeline.startAt = now();
      } else {
        log(`pg_ctlcluster stop; PostgreSQL stays down for ${options.outageSeconds} s`);
        pgctl("stop");
        timeline.stoppedAt = now();
        await sleep(options.outageSeconds * 1_000);
        timeline.startAt = now();
        log("pg_ctlcluster start");
        pgctl("start");
      }
    } finally {
      ensurePostgresStarted();
    }
    while (!(await postgresAnswers())) await sleep(100);
    timeline.readyAt = now();
    phase = "recovery";
    const recovered = timeline.recovered ?? {};
    await Promise.all(
      [a, b].map(async (inst) => {
        const deadline = performance.now() + 60_000;
        while (performance.now() < deadline) {
          const [health, query] = await Promise.all([
            send(inst.origin, "/api/health"),
            send(inst.origin, trpcGet("events.bySlug", { slug: manifest.festival.slug })),
          ]);
          if (health.status === 200 && query.status === 200) {
            recovered[inst.name] = (now() - (timeline.readyAt ?? 0)) / 1000;
            return;
          }
          await sleep(100);
        }
        recovered[inst.name] = null;
      }),
    );
    log(`recovered: ${JSON.stringify(recovered)} s after PostgreSQL answered`);
    await sleep(6_000);
    phase = "after";
    cacheSyncs.push(await checkCacheSync("after the restart, A→B", a, b, manifest));
    cacheSyncs.push(await checkCacheSync("after the restart, B→A", b, a, manifest));
    await sleep(2_000);
    await load.stop();
    log(`load stopped: ${outcomes.length} requests`);

    // 5. The acknowledged writes and the invariants.
    checks.push(...(await acknowledgedWritesChecks(db, manifest, versionsBefore)));
    const held: InvariantCheck[] = await invariants(db);
    for (const i of held) checks.push(check(i.name, i.violations === 0, `${i.violations} violations`));

    // 6. Backup and restore, of a quiet database (A and B stopped) so that the row counts can be compared.
    for (const inst of [a, b]) if (inst.child) await stopProcess(inst.child);
    log("pg_dump -Fc, pg_restore into a fresh database …");
    const dumpFile = `${WORK}/festival.dump`;
    const dumpStart = performance.now();
    const dump = spawnSync("pg_dump", ["-Fc", "-f", dumpFile, databaseUrl(DATABASE)], { encoding: "utf8" });
    if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr}`);
    const dumpSeconds = (performance.now() - dumpStart) / 1000;
    await recreate(RESTORED);
    const restoreStart = performance.now();
    const restored = spawnSync("pg_restore", ["--no-owner", "-d", databaseUrl(RESTORED), dumpFile], {
      encoding: "utf8",
    });
    if (restored.status !== 0) throw new Error(`pg_restore failed: ${restored.stderr}`);
    const restoreSeconds = (performance.now() - restoreStart) / 1000;
    const [original, copy] = await Promise.all([
      rowCounts(databaseUrl(DATABASE)),
      rowCounts(databaseUrl(RESTORED)),
    ]);
    const differing = Object.keys({ ...original, ...copy }).filter((t) => original[t] !== copy[t]);
    await startInstance(c);
    const lastTitle = cacheSyncs.at(-1)?.ok ? "Drill after the restart, B→A" : manifest.festival.slug;
    const pages: [string, string, string | null][] = [
      ["/api/health", "", null],
      [`/events/${manifest.festival.slug}`, "event page", lastTitle],
      [`/events/${manifest.festival.slug}/projects`, "gallery", null],
      [`/events/${manifest.festival.slug}/projects/${manifest.projectId}`, "project page", null],
      [`/organisations/${manifest.organisationSlug}`, "organisation page", null],
    ];
    const pageResults: string[] = [];
    let pagesOk = true;
    for (const [path, name, mustContain] of pages) {
      const onC = await send(c.origin, path);
      const ok = onC.status === 200 && (!mustContain || onC.text.includes(mustContain));
      pagesOk &&= ok;
      pageResults.push(`${name || path} ${onC.status}${ok ? "" : " ✗"}`);
    }
    const echo = await send(c.origin, "/api/trpc/system.echo", {
      method: "POST",
      cookie: manifest.participantTokens[0],
      input: { message: "restored" },
    });
    pagesOk &&= echo.status === 200;
    pageResults.push(
      `signed-in system.echo (sessions restored): ${echo.status}${echo.status === 200 ? "" : " ✗"}`,
    );
    if (c.child) await stopProcess(c.child);
    restore = {
      dumpBytes: statSync(dumpFile).size,
      dumpSeconds,
      restoreSeconds,
      differing,
      tables: Object.keys(original).length,
      pages: pageResults,
    };
    checks.push(
      check(
        "the restored copy has the same rows in every table",
        differing.length === 0,
        differing.length === 0 ? `${restore.tables} tables` : `differ: ${differing.join(", ")}`,
      ),
      check("the restored copy serves the pages and the sessions", pagesOk, pageResults.join("; ")),
    );
  } finally {
    ensurePostgresStarted();
    await stopAll();
    await db.end().catch(() => undefined);
    const admin = new pg.Client({ connectionString: databaseUrl("postgres") });
    await admin.connect().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS "${RESTORED}" WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }

  // The outage and crash checks, from the recorded outcomes.
  const t = timeline as Timeline;
  const during = outcomes.filter((o) => o.at >= t.stopAt && o.at <= t.readyAt);
  const answeredDuring = during.filter((o) => typeof o.status === "number" && !is2xx(o.status));
  const serverErrors = during.filter(
    (o) => typeof o.status === "number" && o.status >= 500 && o.status !== 503,
  );
  const without = during.filter((o) => o.status === 503 && o.retryAfter !== RETRY_AFTER);
  const signedOut = outcomes.filter((o) => o.status === 401);
  const unanswered = during.filter((o) => typeof o.status !== "number");
  const slowest = Math.max(0, ...during.map((o) => o.ms));
  const healthDuring = during.filter((o) => o.kind === "health");
  const queryDuring = during.filter((o) => o.kind === "query");
  checks.push(
    check(
      "during the outage: no 5xx but 503, and every 503 says Retry-After: 5",
      serverErrors.length === 0 && without.length === 0,
      `${during.length} requests sent between the stop and PostgreSQL answering; ${answeredDuring.length} ` +
        `answered non-2xx (${during.filter((o) => o.status === 503).length} of them 503); ` +
        `${serverErrors.length} other 5xx; ${without.length} 503s without Retry-After`,
    ),
    check(
      "during the outage: /api/health and the tRPC query answered 503",
      healthDuring.some((o) => o.status === 503) && queryDuring.some((o) => o.status === 503),
      `health: ${[...new Set(healthDuring.map(label))].join(", ")}; query: ${[...new Set(queryDuring.map(label))].join(", ")}`,
    ),
    check(
      `during the outage: no request hung (every answer within ${OUTAGE_LATENCY_BOUND_MS / 1000} s, none unanswered)`,
      slowest <= OUTAGE_LATENCY_BOUND_MS && unanswered.length === 0,
      `slowest ${(slowest / 1000).toFixed(2)} s; p99 ${(
        percentile(
          during.map((o) => o.ms),
          99,
        ) / 1000
      ).toFixed(2)} s; ${unanswered.length} unanswered`,
    ),
    check(
      "no valid session was ever refused as signed out (401)",
      signedOut.length === 0,
      `${signedOut.length} answers 401`,
    ),
    check(
      `both instances answer 200 again within ${RECOVERY_BOUND_S} s of PostgreSQL answering`,
      Object.values(t.recovered).every((s) => s !== null && s <= RECOVERY_BOUND_S) &&
        Object.keys(t.recovered).length === 2,
      Object.entries(t.recovered)
        .map(([name, s]) => `${name}: ${s === null ? "never" : `${s.toFixed(2)} s`}`)
        .join(", "),
    ),
  );
  const aDown = outcomes.filter((o) => o.at >= t.crashAt && o.at < t.restartAt + t.restartedSeconds * 1000);
  const bWhileADown = aDown.filter((o) => o.instance === "B");
  const bFailures = bWhileADown.filter((o) => typeof o.status !== "number" || o.status >= 500);
  checks.push(
    check(
      "while A was down, B answered every request (no 5xx, none unanswered)",
      bFailures.length === 0 && bWhileADown.some((o) => is2xx(o.status)),
      `B: ${bWhileADown.length} requests, ${bWhileADown.filter((o) => is2xx(o.status)).length} 2xx, ${bFailures.length} failed; ` +
        `A: ${aDown.filter((o) => o.instance === "A" && typeof o.status !== "number").length} unanswered (down)`,
    ),
  );
  const all500 = outcomes.filter((o) => o.status === 500);
  checks.push(check("no 500 anywhere in the drill", all500.length === 0, `${all500.length} answers 500`));
  // The mail workers (graphile-worker, on the same PostgreSQL), from the servers' logs: every delivery
  // attempt logs a line ("mail sent", or "mail delivery failed" against the drill's closed SMTP port).
  const readyWall = loadStartWall + t.readyAt;
  const linesAfterReady = (inst: Instance, pattern: RegExp) =>
    readFileSync(`${WORK}/server-${inst.name}-${inst.starts}.log`, "utf8")
      .split("\n")
      .filter((line) => {
        const time = /"time":"([^"]+)"/.exec(line)?.[1];
        return pattern.test(line) && time !== undefined && Date.parse(time) > readyWall;
      }).length;
  const queuedAfter = linesAfterReady(a, /"msg":"mail queued"/) + linesAfterReady(b, /"msg":"mail queued"/);
  const attemptsAfter = [a, b].map(
    (inst) =>
      [inst.name, linesAfterReady(inst, /"msg":"mail (sent|delivery failed|failed for good)/)] as const,
  );
  checks.push(
    check(
      "every instance's mail worker takes jobs again after the restart",
      queuedAfter === 0 || attemptsAfter.every(([, n]) => n > 0),
      `${queuedAfter} emails queued after PostgreSQL answered${queuedAfter === 0 ? " (so this says nothing)" : ""}; ` +
        `delivery attempts since: ${attemptsAfter.map(([name, n]) => `${name} ${n}`).join(", ")}`,
    ),
  );
  for (const sync of cacheSyncs) {
    checks.push(
      check(
        `page cache sync ${sync.label}: an edit on ${sync.from} shows on ${sync.to}'s cached event page at once`,
        sync.ok,
        sync.seconds === null
          ? `not within 10 s (the page was ${sync.cachedBefore ?? "not answered"} before the edit)`
          : `${sync.seconds.toFixed(2)} s (the page was a ${sync.cachedBefore} before the edit)`,
      ),
    );
  }

  // 7. Output.
  const failed = checks.filter((x) => !x.ok);
  const writes = outcomes.filter((o) => o.kind === "join" || o.kind === "save" || o.kind === "score");
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  const dirty =
    spawnSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() !== "";
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const markdown = [
    "# Reliability drill: latest results",
    "",
    `Run ${new Date().toISOString()} at commit \`${head.slice(0, 12)}\`${dirty ? " (with uncommitted changes)" : ""} on ` +
      `${os.availableParallelism()} cores, Node ${process.version}, PostgreSQL ${cluster()[0]}; the whole drill took ` +
      `${((performance.now() - runStart) / 1000 - waitedSeconds).toFixed(0)} s` +
      (waitedSeconds > 0
        ? ` (after ${waitedSeconds.toFixed(0)} s waiting for other programs to finish)`
        : "") +
      `. Two \`next start\` instances (A, B) on one database, ` +
      `${options.writers} concurrent writers each (team joins, project saves, scores), plus a prober each ` +
      `(\`/api/health\` and the tRPC query \`events.bySlug\`, twice a second). Regenerate with ` +
      "`npm run bench:reliability`; what it does is in [docs/performance.md](../docs/performance.md).",
    "",
    `**Timeline** (seconds since the load started): A killed (\`kill -9\` of its process group) at ${s(t.crashAt)}, ` +
      `started again at ${s(t.restartAt)} and healthy ${t.restartedSeconds.toFixed(1)} s later; PostgreSQL ` +
      (options.outageSeconds === 0
        ? `restarted (\`pg_ctlcluster restart\`) from ${s(t.stopAt)} to ${s(t.startAt)}`
        : `stopped (\`pg_ctlcluster stop\`, fast mode) at ${s(t.stopAt)} (down at ${s(t.stoppedAt)}), started again at ${s(t.startAt)}`) +
      `, answering at ${s(t.readyAt)}; the load stopped after ${outcomes.length} requests ` +
      `(${writes.length} writes, ${writes.filter((o) => is2xx(o.status)).length} acknowledged).`,
    "",
    `**Recovery**: after PostgreSQL answered again, ${Object.entries(t.recovered)
      .map(
        ([name, sec]) =>
          `${name} answered 200 (health and a tRPC query) after ${sec === null ? "never" : `${sec.toFixed(2)} s`}`,
      )
      .join(", ")}. During the outage the slowest answer took ${(slowest / 1000).toFixed(2)} s.`,
    "",
    "**Requests per outcome** (by phase: steady; crash = A down; restarted = A back; outage = PostgreSQL " +
      "stopping, down and starting; recovery = until both answer 200; after):",
    "",
    outcomeTable(outcomes),
    "",
    `Acknowledged writes: ${acknowledged.joins.length} joins, ${acknowledged.saves.length} saves, ${acknowledged.scores.length} scores; ` +
      `sent and never answered: ${acknowledged.unanswered.join} joins, ${acknowledged.unanswered.save} saves, ${acknowledged.unanswered.score} scores ` +
      "(allowed to have landed or not).",
    "",
    ...(restore
      ? [
          `**Backup and restore**: \`pg_dump -Fc\` took ${restore.dumpSeconds.toFixed(1)} s ` +
            `(${(restore.dumpBytes / 1024 / 1024).toFixed(1)} MB), \`pg_restore\` into a fresh database ` +
            `${restore.restoreSeconds.toFixed(1)} s; ${restore.tables} tables compared, ` +
            `${restore.differing.length === 0 ? "every row count equal" : `differing: ${restore.differing.join(", ")}`}. ` +
            `Instance C on the copy: ${restore.pages.join("; ")}.`,
          "",
        ]
      : []),
    "**Checks**:",
    "",
    markdownTable(
      ["check", "result", "detail"],
      checks.map((x) => [x.name, x.ok ? "ok" : "**FAILED**", x.detail]),
    ),
    "",
  ].join("\n");
  const formatted = await prettier.format(markdown, {
    ...(await prettier.resolveConfig(RESULTS)),
    filepath: RESULTS,
  });
  writeFileSync(RESULTS, formatted);
  writeFileSync(`${WORK}/outcomes.json`, JSON.stringify({ timeline, outcomes, acknowledged }));
  console.log(`\n${formatted}`);
  log(`wrote ${RESULTS} (every request's outcome: ${WORK}/outcomes.json)`);
  if (failed.length > 0) log(`FAILED: ${failed.map((x) => x.name).join("; ")}`);
  return failed.length === 0 ? 0 : 1;
}

const interrupted = () => {
  ensurePostgresStarted();
  void stopAll().then(() => process.exit(130));
};
process.on("SIGINT", interrupted);
process.on("SIGTERM", interrupted);

try {
  process.exitCode = await main();
} catch (error) {
  ensurePostgresStarted();
  await stopAll();
  console.error(error);
  process.exitCode = 1;
}
