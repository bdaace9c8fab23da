/**
 * Serving PGlite over the PostgreSQL wire protocol, so that the one process owning the data
 * directory can share it with the app, the Prisma CLI, psql and the seed (all plain `pg` clients).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireEmbeddedLock } from "./lock.ts";

/**
 * pg's pool drops a connection after any SQL error and reconnects at once; if the old socket has not
 * been let go yet, a server at its limit refuses the new one and the next query fails. pglite-socket's
 * default is 1. A few spare slots also leave room for psql and the Prisma CLI next to the app.
 */
const MIN_CONNECTIONS = 4;
const DEFAULT_CONNECTIONS = 10;

export interface EmbeddedDatabaseOptions {
  /** Holds `pglite/` (the data directory) and `pglite.lock`. */
  dataRoot?: string;
  host?: string;
  /** 0 picks a free port; the real one is in the returned URL and in the lock file. */
  port?: number;
  maxConnections?: number;
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** Stops serving, closes PGlite cleanly (a checkpoint, so the next start needs no recovery) and releases the lock. */
  stop(): Promise<void>;
}

/** Takes ownership of `<dataRoot>/pglite` (throws EmbeddedDatabaseHeldError if it is held) and serves it. */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  const { dataRoot = ".data", host = "127.0.0.1", port = 0, maxConnections = DEFAULT_CONNECTIONS } = options;
  checkMaxConnections(maxConnections);

  const lock = acquireEmbeddedLock(dataRoot);
  let db: PGlite | undefined;
  let served: Served | undefined;
  try {
    const dataDir = join(dataRoot, "pglite");
    // PGlite creates only the last path level itself.
    mkdirSync(dataRoot, { recursive: true });
    db = await PGlite.create(dataDir);
    served = await serve(db, host, port, maxConnections);
    lock.publish({ host, port: served.port, url: served.url });
  } catch (error) {
    await served?.server.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    lock.release();
    throw error;
  }

  const { server, url, port: realPort } = served;
  const openDb = db;
  return {
    url,
    port: realPort,
    stop: once(async () => {
      try {
        await server.stop();
        await openDb.close();
      } finally {
        lock.release();
      }
    }),
  };
}

export interface MemoryDatabase {
  url: string;
  /** The in-process PGlite, e.g. to `dumpDataDir()` a migrated template. */
  db: PGlite;
  stop(): Promise<void>;
}

/**
 * An in-memory PGlite on a free port, for tests: nothing on disk, so no lock. `loadDataDir` starts it
 * from a `dumpDataDir()` tarball (a migrated template is much faster than migrating each time).
 */
export async function startMemoryDatabase(
  options: { loadDataDir?: Blob | File; maxConnections?: number } = {},
): Promise<MemoryDatabase> {
  const { loadDataDir, maxConnections = DEFAULT_CONNECTIONS } = options;
  checkMaxConnections(maxConnections);
  const db = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  let served: Served;
  try {
    served = await serve(db, "127.0.0.1", 0, maxConnections);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const { server, url } = served;
  return {
    url,
    db,
    stop: once(async () => {
      await server.stop();
      await db.close();
    }),
  };
}

interface Served {
  server: PGLiteSocketServer;
  port: number;
  url: string;
}

async function serve(db: PGlite, host: string, port: number, maxConnections: number): Promise<Served> {
  const server = new PGLiteSocketServer({ db, host, port, maxConnections });
  await server.start();
  // With port 0 the server listens on a free port and reports it only as "host:port".
  const conn = server.getServerConn();
  const realPort = Number(conn.slice(conn.lastIndexOf(":") + 1));
  if (!Number.isInteger(realPort) || realPort <= 0) {
    await server.stop();
    throw new Error(`Could not tell which port the embedded database listens on (got "${conn}").`);
  }
  return { server, port: realPort, url: databaseUrl(host, realPort) };
}

/**
 * pglite-socket serves one database under every name and ignores credentials. sslmode=disable
 * because it answers SSL requests with "no": a PGSSLMODE=require in the environment would fail.
 */
function databaseUrl(host: string, port: number): string {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  const hostPart = reachable.includes(":") ? `[${reachable}]` : reachable;
  return `postgresql://postgres@${hostPart}:${port}/postgres?sslmode=disable`;
}

function checkMaxConnections(maxConnections: number): void {
  if (!Number.isInteger(maxConnections) || maxConnections < MIN_CONNECTIONS) {
    throw new RangeError(
      `maxConnections must be an integer of at least ${MIN_CONNECTIONS} (got ${maxConnections}): ` +
        `pg reconnects after every SQL error and a full server refuses the reconnect.`,
    );
  }
}

/** stop() may be called from a signal handler and from normal shutdown; close only once. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
