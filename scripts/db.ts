/**
 * The embedded database (PGlite) from the command line. Run with tsx:
 *
 *   tsx scripts/db.ts serve                   own `<dir>/pglite` and serve it until SIGINT/SIGTERM
 *   tsx scripts/db.ts run -- <command> [args] run a command with DATABASE_URL pointing at a database:
 *                                             DATABASE_URL if set, else the running embedded server,
 *                                             else one started here for the command's lifetime
 *   tsx scripts/db.ts url                     print the URL a command would get
 *
 * Environment:
 *   EMBEDDED_DB_DIR   the data root holding `pglite/` and `pglite.lock` (default `.data`)
 *   EMBEDDED_DB_PORT  the port `serve` / `run` listen on when they start the server (default: a free one)
 *   DATABASE_URL      a PostgreSQL server to use instead of the embedded one
 *
 * PGlite has no locking between processes, so only one process ever opens the data directory; every
 * other one (the app, the Prisma CLI, psql, the seed) connects to it with the ordinary pg driver.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EmbeddedDatabaseHeldError, readLiveEmbeddedLock } from "../server/db/embedded/lock.ts";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../server/db/embedded/server.ts";
import { DatabaseUrlError, resolveDatabaseUrl } from "../server/db/url.ts";

// Like Next.js, read .env (without overriding the real environment), so DATABASE_URL there counts.
if (existsSync(".env")) process.loadEnvFile(".env");

const dataRoot = process.env.EMBEDDED_DB_DIR || ".data";
const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const USAGE = "Usage: tsx scripts/db.ts serve | url | run -- <command> [args...]";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve":
      return serve();
    case "url":
      console.log(resolveDatabaseUrl(process.env, dataRoot));
      return 0;
    case "run": {
      const [program, ...args] = rest[0] === "--" ? rest.slice(1) : rest;
      if (!program) throw new UsageError("`run` needs a command after `--`.");
      return run(program, args);
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
  }
}

async function serve(): Promise<number> {
  const database = await startEmbeddedDatabase({ dataRoot, port: configuredPort() });
  console.log(`Embedded database (PGlite in ${join(dataRoot, "pglite")}) serving at ${database.url}`);
  const signal = await firstStopSignal();
  // A second Ctrl-C while closing means "now": the lock is then stale, which the next start recovers from.
  onStopSignals(() => process.exit(1));
  console.log(`Received ${signal}; stopping the embedded database.`);
  await database.stop();
  return 0;
}

async function run(program: string, args: string[]): Promise<number> {
  let owned: EmbeddedDatabase | undefined;
  let url: string;
  if (process.env.DATABASE_URL?.trim()) {
    url = resolveDatabaseUrl(process.env, dataRoot); // validates it
  } else {
    const joined = await liveServerUrl();
    if (joined) {
      url = joined;
    } else {
      try {
        owned = await startEmbeddedDatabase({ dataRoot, port: configuredPort() });
        url = owned.url;
      } catch (error) {
        // Another process started it between our look and our start: join it instead.
        const raced = error instanceof EmbeddedDatabaseHeldError ? await liveServerUrl() : null;
        if (!raced) throw error;
        url = raced;
      }
    }
  }
  // Embedded: every pglite-socket connection shares one PostgreSQL session, so the app must not
  // interleave transactions over several connections.
  const embedded = !process.env.DATABASE_URL?.trim();
  try {
    return await runChild(program, args, url, embedded);
  } finally {
    await owned?.stop();
  }
}

/**
 * Async spawn, never spawnSync: the embedded server lives in this process, and a blocked event loop
 * would never answer the child's queries.
 */
function runChild(program: string, args: string[], databaseUrl: string, embedded: boolean): Promise<number> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ...(embedded ? { DATABASE_POOL_MAX: "1", EMBEDDED_DATABASE: "1" } : {}),
    PATH: [join(projectRoot, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(delimiter),
  };
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: "inherit", env });
    const stopForwarding = onStopSignals((signal) => child.kill(signal));
    child.on("error", (error) => {
      stopForwarding();
      console.error(`Could not run ${program}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      stopForwarding();
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/** The running server's URL, waiting briefly if its owner is still starting; null if none runs. */
async function liveServerUrl(): Promise<string | null> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const lock = readLiveEmbeddedLock(dataRoot);
    if (!lock) return null;
    if (lock.url) return lock.url;
    if (Date.now() > deadline) {
      throw new Error(`The embedded database (process ${lock.pid}) has not finished starting after 30 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function configuredPort(): number {
  const raw = process.env.EMBEDDED_DB_PORT;
  if (!raw) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`EMBEDDED_DB_PORT must be a port number (got "${raw}").`);
  }
  return port;
}

function onStopSignals(handler: (signal: NodeJS.Signals) => void): () => void {
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, handler);
  };
}

function firstStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = onStopSignals((signal) => {
      stop();
      resolve(signal);
    });
  });
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Expected failures get their message alone; anything else keeps its stack for debugging.
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
    } else if (error instanceof EmbeddedDatabaseHeldError || error instanceof DatabaseUrlError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
