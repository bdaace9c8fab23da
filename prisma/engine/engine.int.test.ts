/**
 * The wasm stand-in for Prisma's native schema engine (./schema-engine, see ./README.md), driven by
 * the REAL stock CLI (`node_modules/.bin/prisma`) against a fresh database per test: a real
 * PostgreSQL database `engine_test_<random>` on the server (TEST_DATABASE_URL, else
 * 127.0.0.1:5432) and an in-memory PGlite served in this process. Tests that need their own schema
 * or migrations run in a temporary project (copies + a prisma.config.ts passed with --config).
 *
 * Every CLI is spawned asynchronously: spawnSync would block the event loop that the in-process PGlite
 * socket server needs to answer the CLI, and both would wait forever. Each CLI call costs 2-4 s of
 * start-up, so the cases run concurrently.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, test, type TestContext } from "vitest";
import { startMemoryDatabase } from "../../server/db/embedded/server.ts";
import { onRealPostgres } from "../../server/test/database.ts";
import { connectTimeoutMs } from "./adapter.ts";

const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const prismaCli = path.join(root, "node_modules/.bin/prisma");
const engineBinary = path.join(root, "prisma/engine/schema-engine");
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** The engines commit of Prisma 7.9.0 (`npm view @prisma/engines-version@7.9.0-1.e922089… prisma`). */
const OLDER_ENGINES_COMMIT = "e922089b7d7502aff4249d5da3420f6fa55fc6ad";
const TEST_TIMEOUT = 180_000;
const CALL_TIMEOUT = 90_000;

function enginesCommit(): string {
  const require = createRequire(import.meta.url);
  const prismaDir = path.dirname(require.resolve("prisma/package.json"));
  const manifest = require.resolve("@prisma/engines-version/package.json", { paths: [prismaDir] });
  return (JSON.parse(readFileSync(manifest, "utf8")) as { prisma: { enginesVersion: string } }).prisma
    .enginesVersion;
}

// ---------------------------------------------------------------- processes

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for messages that may land on either. */
  output: string;
}

const children = new Set<ChildProcess>();

function run(
  command: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<Result> {
  const env: Record<string, string | undefined> = { ...process.env };
  // Each test says which engine and database it means; nothing leaks in from the caller's shell.
  for (const name of [
    "DATABASE_URL",
    "SHADOW_DATABASE_URL",
    "PRISMA_SCHEMA_ENGINE",
    "PRISMA_SCHEMA_ENGINE_BINARY",
    "FORCE_PANIC_SCHEMA_ENGINE",
  ]) {
    delete env[name];
  }
  Object.assign(env, options.env);
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), CALL_TIMEOUT);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
  });
}

/** The stock CLI; without `config` it loads the project's own prisma.config.ts from the root. */
function prisma(args: string[], url: string, config?: string, env: Record<string, string> = {}) {
  return run(prismaCli, [...args, ...(config ? ["--config", config] : [])], {
    env: { DATABASE_URL: url, ...env },
  });
}

function describeResult(result: Result): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

// ---------------------------------------------------------------- databases

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function sql<R extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  text: string,
): Promise<R[]> {
  return withClient(url, async (client) => (await client.query<R>(text)).rows);
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

type Target = "PostgreSQL" | "PGlite";

/** A fresh, empty database of the given kind, removed when the test ends. */
async function freshDatabase(target: Target, context: TestContext): Promise<string> {
  if (target === "PGlite") {
    const db = await startMemoryDatabase({ maxConnections: 4 });
    context.onTestFinished(() => db.stop());
    // The database answers from this test process, which runs other cases at the same time: on a busy
    // machine the CLI's first connection can wait longer than its default 5 s (P1001 "timeout expired").
    return `${db.url}&connect_timeout=60`;
  }
  const name = `engine_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await sql(serverUrl, `CREATE DATABASE "${name}"`);
  context.onTestFinished(async () => {
    await sql(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  return databaseUrl(name);
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await sql<{ oid: string | null }>(url, `SELECT to_regclass('public."${table}"') AS oid`);
  return row?.oid != null;
}

async function columnExists(url: string, table: string, column: string): Promise<boolean> {
  const rows = await sql(
    url,
    `SELECT 1 FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = '${table}' AND column_name = '${column}'`,
  );
  return rows.length > 0;
}

interface AppliedMigration {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

function appliedMigrations(url: string): Promise<AppliedMigration[]> {
  return sql<AppliedMigration>(
    url,
    `SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
  );
}

function shadowDatabases(): Promise<string[]> {
  return sql<{ datname: string }>(
    serverUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE 'prisma\\_migrate\\_shadow\\_db\\_%'`,
  ).then((rows) => rows.map((row) => row.datname));
}

let shadowDatabasesBefore: string[] = [];

/** Shadow databases made since the tests started (another process's may exist for a moment: wait). */
async function leftoverShadowDatabases(): Promise<string[]> {
  let leftover: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    leftover = (await shadowDatabases()).filter((name) => !shadowDatabasesBefore.includes(name));
    if (leftover.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return leftover;
}

// ---------------------------------------------------------------- temporary projects

const realSchema = () => readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const realMigrations = () =>
  readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

interface Project {
  dir: string;
  config: string;
  schemaFile: string;
  migrationsDir: string;
  addMigration(name: string, script: string): void;
}

/**
 * A temporary project: its own schema, migrations and prisma.config.ts (paths in a config passed with
 * --config are relative to the config's directory). node_modules is a symlink so the config's import
 * of prisma/config resolves.
 */
function tempProject(
  context: TestContext,
  options: { schema?: string; realMigrations?: boolean } = {},
): Project {
  const dir = mkdtempSync(path.join(tmpdir(), "engine-test-project-"));
  context.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  const schemaFile = path.join(dir, "prisma/schema.prisma");
  const migrationsDir = path.join(dir, "prisma/migrations");
  mkdirSync(migrationsDir, { recursive: true });
  writeFileSync(schemaFile, options.schema ?? realSchema());
  if (options.realMigrations) {
    cpSync(path.join(root, "prisma/migrations"), migrationsDir, { recursive: true });
  } else {
    writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  const config = path.join(dir, "prisma.config.ts");
  writeFileSync(
    config,
    [
      `// Written by prisma/engine/engine.int.test.ts.`,
      `import { defineConfig } from "prisma/config";`,
      `process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(engineBinary)};`,
      `export default defineConfig({`,
      `  schema: "prisma/schema.prisma",`,
      `  migrations: { path: "prisma/migrations" },`,
      `  datasource: { url: process.env.DATABASE_URL ?? "" },`,
      `});`,
      ``,
    ].join("\n"),
  );
  return {
    dir,
    config,
    schemaFile,
    migrationsDir,
    addMigration(name, script) {
      mkdirSync(path.join(migrationsDir, name));
      writeFileSync(path.join(migrationsDir, name, "migration.sql"), script);
    },
  };
}

/** The one migration directory `migrate dev --name …` created, by its name's ending. */
function newMigration(project: Project, suffix: string): string {
  const names = readdirSync(project.migrationsDir).filter((name) => name.endsWith(suffix));
  if (names.length !== 1 || !names[0]) {
    throw new Error(
      `expected one *${suffix} migration, found: ${readdirSync(project.migrationsDir).join(", ")}`,
    );
  }
  return names[0];
}

const probeModel = `
model EngineProbe {
  id    Int    @id @default(autoincrement())
  label String
}
`;

const probeModelWithNote = probeModel.replace("label String", "label String\n  note  String?");

// ---------------------------------------------------------------- tests

beforeAll(async () => {
  shadowDatabasesBefore = await shadowDatabases();
});

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

// The suite runs twice in `npm test`: on PGlite, and with TEST_DATABASE_URL on a real PostgreSQL. The
// per-database cases run on the database of that run; the rest run once, in the PGlite run.
const runTarget: Target = onRealPostgres ? "PostgreSQL" : "PGlite";

describe.concurrent("the wasm schema engine behind the stock Prisma CLI", () => {
  for (const target of [runTarget]) {
    test(
      `${target}: migrate deploy of the project's migrations, status and diff clean; drift by SQL makes diff exit 2; migrate reset --force repairs it`,
      async (context) => {
        const { expect } = context;
        const url = await freshDatabase(target, context);

        const deploy = await prisma(["migrate", "deploy"], url);
        expect(deploy.code, describeResult(deploy)).toBe(0);
        expect(deploy.output).toContain("All migrations have been successfully applied");
        const applied = await appliedMigrations(url);
        expect(applied.map((m) => m.migration_name)).toEqual(realMigrations());
        expect(applied.every((m) => m.finished_at !== null)).toBe(true);

        const status = await prisma(["migrate", "status"], url);
        expect(status.code, describeResult(status)).toBe(0);
        expect(status.output).toContain("Database schema is up to date!");

        const diffArgs = [
          "migrate",
          "diff",
          "--from-config-datasource",
          "--to-schema",
          "prisma/schema.prisma",
          "--exit-code",
        ];
        const clean = await prisma(diffArgs, url);
        expect(clean.code, describeResult(clean)).toBe(0);
        expect(clean.output).toContain("No difference detected");

        await sql(url, `ALTER TABLE "User" ADD COLUMN "sneaky" INTEGER`);
        const drift = await prisma(diffArgs, url);
        expect(drift.code, describeResult(drift)).toBe(2);
        expect(drift.stdout).toContain("sneaky");

        // Reset empties the database (rows, the drift, a table no migration knows) and re-applies.
        await sql(url, `INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'a@example.com', now())`);
        await sql(url, `CREATE TABLE "Stray" (id integer)`);
        const reset = await prisma(["migrate", "reset", "--force"], url);
        expect(reset.code, describeResult(reset)).toBe(0);
        expect(reset.output).toContain("Database reset successful");
        expect(await sql(url, `SELECT id FROM "User"`)).toEqual([]);
        expect(await columnExists(url, "User", "sneaky")).toBe(false);
        expect(await tableExists(url, "Stray")).toBe(false);
        const reapplied = await appliedMigrations(url);
        expect(reapplied.map((m) => m.migration_name)).toEqual(realMigrations());
        expect(reapplied.every((m) => m.finished_at !== null)).toBe(true);
      },
      TEST_TIMEOUT,
    );

    test(
      `${target}: migrate dev applies a pending migration plus a new change, then a second change`,
      async (context) => {
        const { expect } = context;
        const url = await freshDatabase(target, context);
        const project = tempProject(context, { schema: realSchema() + probeModel, realMigrations: true });

        // The project's migrations are on disk but not applied, and the schema has a new model.
        const first = await prisma(["migrate", "dev", "--name", "probe"], url, project.config);
        expect(first.code, describeResult(first)).toBe(0);
        const probeDir = newMigration(project, "_probe");
        const probeSql = readFileSync(path.join(project.migrationsDir, probeDir, "migration.sql"), "utf8");
        expect(probeSql).toContain('CREATE TABLE "EngineProbe"');
        expect(probeSql).not.toContain('CREATE TABLE "User"');
        expect(await tableExists(url, "EngineProbe")).toBe(true);

        // Nothing pending now: an ordinary schema change.
        writeFileSync(project.schemaFile, realSchema() + probeModelWithNote);
        const second = await prisma(["migrate", "dev", "--name", "probe_note"], url, project.config);
        expect(second.code, describeResult(second)).toBe(0);
        const noteDir = newMigration(project, "_probe_note");
        const noteSql = readFileSync(path.join(project.migrationsDir, noteDir, "migration.sql"), "utf8");
        expect(noteSql).toMatch(/ALTER TABLE "EngineProbe" ADD COLUMN\s+"note" TEXT/);
        expect(await columnExists(url, "EngineProbe", "note")).toBe(true);

        const applied = await appliedMigrations(url);
        expect(applied.map((m) => m.migration_name)).toEqual([...realMigrations(), probeDir, noteDir]);
        expect(applied.every((m) => m.finished_at !== null && m.rolled_back_at === null)).toBe(true);
        // The shadow database never was the dev database (README workarounds 4 and 5): had migrations been
        // replayed onto it, the applied list above would hold duplicates or the CLI would have failed.
        // Only this test makes shadow databases here, so none may be left on the server.
        if (target === "PostgreSQL") expect(await leftoverShadowDatabases()).toEqual([]);
      },
      TEST_TIMEOUT,
    );

    test(
      `${target}: semicolons in a function body and a literal apply whole; a failing migration exits non-zero with the engine's message and leaves no trace (atomic)`,
      async (context) => {
        const { expect } = context;
        const url = await freshDatabase(target, context);
        const project = tempProject(context);
        // Split on ";" (adapter-pg's executeScript) this would break inside the body and the literal.
        project.addMigration(
          "20000101000000_function",
          [
            `CREATE TABLE "Counter" (n integer NOT NULL, note text NOT NULL);`,
            `CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$`,
            `BEGIN`,
            `  NEW.n := NEW.n + 1;`,
            `  NEW.note := NEW.note || '; bumped;';`,
            `  RETURN NEW;`,
            `END;`,
            `$$;`,
            `CREATE TRIGGER counter_bump BEFORE INSERT ON "Counter" FOR EACH ROW EXECUTE FUNCTION bump();`,
            `INSERT INTO "Counter" (n, note) VALUES (1, 'a;b');`,
            ``,
          ].join("\n"),
        );
        // The first statement succeeds on its own; only the second one fails.
        project.addMigration(
          "20000102000000_broken",
          `CREATE TABLE "Half" (id integer PRIMARY KEY);\nINSERT INTO "Nope" (id) VALUES (1);\n`,
        );

        const deploy = await prisma(["migrate", "deploy"], url, project.config);
        const applied = await appliedMigrations(url);
        expect(
          applied.map((m) => [m.migration_name, m.finished_at !== null]),
          describeResult(deploy),
        ).toEqual([
          ["20000101000000_function", true],
          ["20000102000000_broken", false],
        ]);
        expect(await sql(url, `SELECT n, note FROM "Counter"`)).toEqual([{ n: 2, note: "a;b; bumped;" }]);

        expect(deploy.code, describeResult(deploy)).not.toBe(0);
        expect(deploy.code, describeResult(deploy)).not.toBeNull();
        expect(deploy.output).toContain("20000102000000_broken");
        // The wasm engine's message for PostgreSQL's 42P01, as the driver adapter reports it (the
        // native engine would wrap it in P3018).
        expect(deploy.output).toContain("No such table: Nope");
        expect(await tableExists(url, "Half")).toBe(false);
      },
      TEST_TIMEOUT,
    );
  }

  test.skipIf(onRealPostgres)(
    "migrate diff --from-empty --script prints the whole schema as SQL (the engine's print request)",
    async (context) => {
      const { expect } = context;
      const diff = await prisma(
        ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
        await freshDatabase("PGlite", context),
      );
      expect(diff.code, describeResult(diff)).toBe(0);
      expect(diff.stdout).toContain('CREATE TABLE "User"');
      expect(diff.stdout).toContain('CREATE TYPE "EventStatus"');
    },
    TEST_TIMEOUT,
  );

  test.skipIf(onRealPostgres)(
    "FORCE_PANIC_SCHEMA_ENGINE=1: the CLI exits non-zero and shows the panic",
    async (context) => {
      const { expect } = context;
      const url = await freshDatabase("PGlite", context);
      const result = await prisma(["migrate", "status"], url, undefined, { FORCE_PANIC_SCHEMA_ENGINE: "1" });
      expect(result.code, describeResult(result)).not.toBe(0);
      expect(result.code, describeResult(result)).not.toBeNull();
      expect(result.output).toContain("This is the debugPanic artificial panic");
    },
    TEST_TIMEOUT,
  );

  test.skipIf(onRealPostgres)(
    "schema-engine --version names the engines commit the CLI expects",
    async ({ expect }) => {
      const result = await run(engineBinary, ["--version"]);
      expect(result.code, describeResult(result)).toBe(0);
      expect(result.stdout.trim()).toBe(`schema-engine-cli ${enginesCommit()}`);
    },
    TEST_TIMEOUT,
  );

  test.skipIf(onRealPostgres)(
    "the version guard refuses a CLI that expects another engines commit",
    async (context) => {
      const { expect } = context;
      const expected = enginesCommit();
      expect(OLDER_ENGINES_COMMIT).not.toBe(expected);

      // A copy of the engine beside a node_modules that mirrors the real one by symlinks, except
      // that @prisma/engines-version (found from prisma's own directory, which must therefore be a
      // real directory too: a symlink would resolve back into the real tree) names an older commit.
      const dir = mkdtempSync(path.join(tmpdir(), "engine-test-guard-"));
      context.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const realModules = path.join(root, "node_modules");
      const modules = path.join(dir, "node_modules");
      const mirror = (
        from: string,
        to: string,
        except: Record<string, (src: string, dest: string) => void>,
      ) => {
        mkdirSync(to, { recursive: true });
        for (const entry of readdirSync(from)) {
          const src = path.join(from, entry);
          const dest = path.join(to, entry);
          if (except[entry]) except[entry](src, dest);
          else symlinkSync(src, dest);
        }
      };
      mirror(realModules, modules, {
        prisma: (src, dest) => mirror(src, dest, { "package.json": (s, d) => cpSync(s, d) }),
        "@prisma": (src, dest) =>
          mirror(src, dest, {
            "engines-version": (s, d) => {
              cpSync(s, d, { recursive: true, dereference: true });
              const manifestPath = path.join(d, "package.json");
              const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
                version: string;
                prisma: { enginesVersion: string };
              };
              manifest.version = `7.9.0-1.${OLDER_ENGINES_COMMIT}`;
              manifest.prisma.enginesVersion = OLDER_ENGINES_COMMIT;
              writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
            },
          }),
      });
      const engineDir = path.join(dir, "prisma/engine");
      mkdirSync(engineDir, { recursive: true });
      for (const file of readdirSync(path.join(root, "prisma/engine"))) {
        if (file === "schema-engine" || (file.endsWith(".ts") && !file.endsWith(".test.ts"))) {
          cpSync(path.join(root, "prisma/engine", file), path.join(engineDir, file));
        }
      }
      chmodSync(path.join(engineDir, "schema-engine"), 0o755);
      expect(existsSync(path.join(engineDir, "main.ts"))).toBe(true);

      const url = await freshDatabase("PGlite", context);
      const args = ["--datasource", JSON.stringify({ url }), "cli", "can-connect-to-database"];
      const [mismatched, genuine] = await Promise.all([
        run(path.join(engineDir, "schema-engine"), args),
        run(engineBinary, args),
      ]);
      // Control: the same command succeeds with the real tree, so the refusal is the guard's.
      expect(genuine.code, describeResult(genuine)).toBe(0);

      expect(mismatched.code, describeResult(mismatched)).toBe(1);
      const errors = mismatched.stderr
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { level: string; fields: { message: string } })
        .filter((line) => line.level === "ERROR");
      expect(errors, describeResult(mismatched)).toHaveLength(1);
      expect(errors[0]?.fields.message).toContain(expected);
      expect(errors[0]?.fields.message).toContain(OLDER_ENGINES_COMMIT);
    },
    TEST_TIMEOUT,
  );
});
