/**
 * The embedded database with real processes: `scripts/db.ts serve | run` spawned through tsx, each
 * test on its own temporary data root (EMBEDDED_DB_DIR), queried with the ordinary pg driver.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { embeddedLockPath, readLiveEmbeddedLock, type EmbeddedLockRecord } from "./lock.ts";
import { startMemoryDatabase } from "./server.ts";
import { NO_DATABASE_MESSAGE, resolveDatabaseUrl } from "../url.ts";
import { onRealPostgres } from "../../test/database.ts";

// These tests own their PGlite processes; in the TEST_DATABASE_URL run of `npm test` they have already
// run once and are skipped.

const projectRoot = fileURLToPath(new URL("../../..", import.meta.url));
const dbScript = join(projectRoot, "scripts", "db.ts");
// `node --import tsx` rather than the tsx binary: the binary runs the script in a *child* node, so
// its pid is not the owner's, and a SIGKILL to it would orphan the real owner, still serving.
const runScript = [process.execPath, "--import", "tsx", dbScript] as const;

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let dataRoot: string;
let template: string;
const procs: Proc[] = [];

beforeEach(() => {
  dataRoot = mkdtempSync(join(tmpdir(), "embedded-db-test-"));
});

afterEach(async () => {
  // Nothing may outlive its test: a leftover owner would hold a port and a PGlite in memory.
  await Promise.all(
    procs.splice(0).map(async (proc) => {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill("SIGKILL");
      await proc.exited;
    }),
  );
  rmSync(dataRoot, { recursive: true, force: true });
});

function db(args: string[], env: Record<string, string | undefined> = {}): Proc {
  const [node, ...nodeArgs] = runScript;
  const child = spawn(node, [...nodeArgs, ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: undefined,
      EMBEDDED_DB_PORT: undefined,
      EMBEDDED_DB_DIR: dataRoot,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const proc = { child, output: () => output, exited };
  procs.push(proc);
  return proc;
}

async function waitFor<T>(
  probe: () => T | null | undefined | false,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Starts `serve` and resolves once it prints its URL. */
async function serve(): Promise<{ proc: Proc; url: string }> {
  const proc = db(["serve"]);
  const url = await waitFor(() => {
    if (proc.child.exitCode !== null) throw new Error(`serve exited early:\n${proc.output()}`);
    return /serving at (\S+)/.exec(proc.output())?.[1];
  }, "serve to listen");
  return { proc, url };
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function count(url: string, table: string): Promise<number> {
  const [row] = await query<{ n: number }>(url, `select count(*)::int as n from ${table}`);
  return row?.n ?? -1;
}

/** A node child (run by `db run`) that executes SQL against its DATABASE_URL and prints the rows. */
function nodeSql(sql: string, exitCode = 0): string[] {
  const script = `
    const pg = require("pg");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    client.connect()
      .then(() => client.query(${JSON.stringify(sql)}))
      .then((r) => { console.log("URL " + process.env.DATABASE_URL); console.log("ROWS " + JSON.stringify(r.rows)); return client.end(); })
      .then(() => process.exit(${exitCode}), (e) => { console.error(e); process.exit(99); });`;
  return ["node", "-e", script];
}

describe.skipIf(onRealPostgres)("scripts/db.ts", () => {
  // initdb costs ~2 s per fresh directory: the process tests start from a copy of one initialised
  // (and cleanly closed) data directory instead.
  beforeAll(async () => {
    template = mkdtempSync(join(tmpdir(), "embedded-db-template-"));
    const init = db(["run", "--", "true"], { EMBEDDED_DB_DIR: template });
    const { code } = await init.exited;
    if (code !== 0) throw new Error(`Could not initialise the template:\n${init.output()}`);
  });

  afterAll(() => {
    rmSync(template, { recursive: true, force: true });
  });

  beforeEach(() => {
    cpSync(join(template, "pglite"), join(dataRoot, "pglite"), { recursive: true });
  });

  describe("serve", () => {
    it("refuses a second owner quickly and clearly; the first keeps serving and stops cleanly", async () => {
      const first = await serve();
      await query(first.url, "create table t (x int); insert into t values (1)");

      const started = Date.now();
      const second = db(["serve"]);
      const { code } = await second.exited;
      expect(code).toBe(1);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(second.output()).toContain(`already owned by process ${first.proc.child.pid}`);
      expect(second.output()).toContain(first.url);

      expect(await count(first.url, "t")).toBe(1);

      first.proc.child.kill("SIGTERM");
      expect((await first.proc.exited).code).toBe(0);
      expect(existsSync(embeddedLockPath(dataRoot))).toBe(false);
    });

    it("recovers from a kill -9: the stale lock is taken over and committed rows survive", async () => {
      const first = await serve();
      // Separate autocommit statements, each acknowledged before the kill: that is what is promised.
      const client = new pg.Client({ connectionString: first.url });
      client.on("error", () => undefined); // the kill below ends its connection
      await client.connect();
      await client.query("create table t (x int)");
      for (let i = 1; i <= 20; i++) await client.query(`insert into t values (${i})`);
      // An open transaction at the moment of the crash must not appear afterwards.
      await client.query("begin; insert into t values (-1)");
      first.proc.child.kill("SIGKILL");
      await first.proc.exited;
      await client.end().catch(() => undefined);

      expect(existsSync(embeddedLockPath(dataRoot))).toBe(true);
      expect(readLiveEmbeddedLock(dataRoot)).toBeNull();

      const second = await serve();
      expect(readLiveEmbeddedLock(dataRoot)?.pid).toBe(second.proc.child.pid);
      const rows = await query<{ x: number }>(second.url, "select x from t order by x");
      expect(rows.map((r) => r.x)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it("lets exactly one of several simultaneous starts take over a stale lock", async () => {
      writeStaleLock();
      const racers = [db(["serve"]), db(["serve"]), db(["serve"])];
      const winner = await waitFor(
        () => racers.find((r) => r.output().includes("serving at")),
        "one racer to serve",
      );
      const losers = racers.filter((r) => r !== winner);
      const codes = await Promise.all(losers.map(async (r) => (await r.exited).code));
      expect(codes).toEqual([1, 1]);
      for (const loser of losers) expect(loser.output()).toContain(`already owned by process`);
      expect(readLiveEmbeddedLock(dataRoot)?.pid).toBe(winner.child.pid);
    });
  });

  describe("run", () => {
    it("starts a server for the command, propagates exit codes, and leaves no lock behind", async () => {
      const ok = db(["run", "--", ...nodeSql("select 40 + 2 as answer")]);
      expect((await ok.exited).code).toBe(0);
      expect(ok.output()).toContain('ROWS [{"answer":42}]');
      expect(existsSync(embeddedLockPath(dataRoot))).toBe(false);

      // The data is on disk, not in the process that served it.
      const write = db(["run", "--", ...nodeSql("create table t (x int); insert into t values (7)", 3)]);
      expect((await write.exited).code).toBe(3);
      expect(existsSync(embeddedLockPath(dataRoot))).toBe(false);

      const read = db(["run", "--", ...nodeSql("select x from t")]);
      expect((await read.exited).code).toBe(0);
      expect(read.output()).toContain('ROWS [{"x":7}]');

      const missing = db(["run", "--", "no-such-command-xyz"]);
      expect((await missing.exited).code).toBe(127);
      expect(existsSync(embeddedLockPath(dataRoot))).toBe(false);
    });

    it("joins a running server instead of opening the directory again; DATABASE_URL wins", async () => {
      const owner = await serve();
      await query(owner.url, "create table t (x int)");

      const joined = db(["run", "--", ...nodeSql("insert into t values (1), (2) returning x")]);
      expect((await joined.exited).code).toBe(0);
      expect(joined.output()).toContain(`URL ${owner.url}`);
      expect(await count(owner.url, "t")).toBe(2);
      expect(readLiveEmbeddedLock(dataRoot)?.pid).toBe(owner.proc.child.pid);

      // With DATABASE_URL set, run uses it as given and never looks at (or creates) an embedded database.
      const elsewhere = mkdtempSync(join(tmpdir(), "embedded-db-empty-"));
      try {
        const direct = db(["run", "--", ...nodeSql("insert into t values (3)")], {
          DATABASE_URL: owner.url,
          EMBEDDED_DB_DIR: elsewhere,
        });
        expect((await direct.exited).code).toBe(0);
        expect(direct.output()).toContain(`URL ${owner.url}`);
        expect(existsSync(embeddedLockPath(elsewhere))).toBe(false);
        expect(await count(owner.url, "t")).toBe(3);
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
      }
    });
  });
});

describe.skipIf(onRealPostgres)("startMemoryDatabase", () => {
  it("serves several connections on a free port and starts again from a dump", async () => {
    const first = await startMemoryDatabase();
    try {
      const clients = Array.from({ length: 4 }, () => new pg.Client({ connectionString: first.url }));
      await Promise.all(clients.map((c) => c.connect()));
      await clients[0]?.query("create table t (x int)");
      await Promise.all(clients.map((c, i) => c.query(`insert into t values (${i})`)));
      await Promise.all(clients.map((c) => c.end()));
      const dump = await first.db.dumpDataDir("none");

      const second = await startMemoryDatabase({ loadDataDir: dump });
      try {
        expect(second.url).not.toBe(first.url);
        expect(await count(second.url, "t")).toBe(4);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  });
});

describe.skipIf(onRealPostgres)("resolveDatabaseUrl", () => {
  const lockWith = (record: Partial<EmbeddedLockRecord>): void =>
    writeFileSync(
      embeddedLockPath(dataRoot),
      JSON.stringify({ host: null, port: null, url: null, startedAt: new Date().toISOString(), ...record }),
    );

  it("prefers DATABASE_URL over a live embedded server", () => {
    lockWith({ pid: process.pid, url: "postgresql://postgres@127.0.0.1:1/postgres" });
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgres://u:p@db:5432/app" }, dataRoot)).toBe(
      "postgres://u:p@db:5432/app",
    );
  });

  it("rejects a non-PostgreSQL DATABASE_URL without echoing it", () => {
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "mysql://u:secret@db/app" }, dataRoot)).toThrow(
      /must be a PostgreSQL URL starting with postgres:\/\/ or postgresql:\/\/ \(it is a mysql:\/\/ URL\)/,
    );
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "mysql://u:secret@db/app" }, dataRoot)).not.toThrow(
      /secret/,
    );
  });

  it("returns the URL of a live embedded server", () => {
    lockWith({ pid: process.pid, url: "postgresql://postgres@127.0.0.1:5999/postgres?sslmode=disable" });
    expect(resolveDatabaseUrl({}, dataRoot)).toBe(
      "postgresql://postgres@127.0.0.1:5999/postgres?sslmode=disable",
    );
  });

  it("ignores a lock whose process is dead and says what to do", () => {
    writeStaleLock();
    expect(() => resolveDatabaseUrl({}, dataRoot)).toThrow(NO_DATABASE_MESSAGE);
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "" }, dataRoot)).toThrow(NO_DATABASE_MESSAGE);
  });

  it("says so when no lock exists", () => {
    expect(() => resolveDatabaseUrl({}, dataRoot)).toThrow(
      "No DATABASE_URL is set and no embedded database is running.",
    );
  });
});

/** A lock as a crashed owner leaves it: a pid that is certainly not running (beyond Linux's pid_max). */
function writeStaleLock(): void {
  writeFileSync(
    embeddedLockPath(dataRoot),
    JSON.stringify({
      pid: 2 ** 22 + 1,
      host: "127.0.0.1",
      port: 1,
      url: "postgresql://postgres@127.0.0.1:1/postgres?sslmode=disable",
      startedAt: new Date(0).toISOString(),
    }),
  );
}
