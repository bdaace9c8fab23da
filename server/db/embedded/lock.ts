/**
 * The ownership lock of the embedded database's data directory.
 *
 * PGlite does no locking of its own: two processes that open one data directory both appear to work
 * and silently lose rows. So exactly one process may own `<dataRoot>/pglite`; it records itself in
 * `<dataRoot>/pglite.lock` and serves the database over the wire protocol, and every other process
 * reads the lock to find the URL to connect to.
 *
 * Kept free of heavy imports: `server/db/url.ts` (loaded by prisma.config.ts and the Next.js server)
 * reads the lock through this module.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface EmbeddedLockRecord {
  pid: number;
  /** The address the server listens on; null until it listens. */
  host: string | null;
  port: number | null;
  /** The URL clients connect to; null while the owner is still starting. */
  url: string | null;
  startedAt: string;
}

export interface EmbeddedLock {
  readonly path: string;
  readonly record: EmbeddedLockRecord;
  /** Records where the server listens, once it does (atomically, so readers never see half a file). */
  publish(address: { host: string; port: number; url: string }): void;
  /** Deletes the lock file, but only while it is still ours. */
  release(): void;
}

export class EmbeddedDatabaseHeldError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: EmbeddedLockRecord,
  ) {
    const serving = holder.url ? `serves it at ${holder.url}` : "is still starting (no URL recorded yet)";
    super(
      `The embedded database is already owned by process ${holder.pid}, which ${serving}. ` +
        `PGlite cannot be opened by two processes at once. Connect to the running server instead ` +
        `(run your command through \`npm run db -- <command>\`, or set DATABASE_URL to its URL), ` +
        `or stop process ${holder.pid} first. If that pid is not a database server (the pid was reused ` +
        `after a crash), delete ${lockPath}.`,
    );
    this.name = "EmbeddedDatabaseHeldError";
  }
}

export function embeddedLockPath(dataRoot: string): string {
  return join(dataRoot, "pglite.lock");
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, so it is alive.
    return errorCode(error) === "EPERM";
  }
}

/** The lock record if its owner is alive, else null (no lock, or a stale one left by a crash). */
export function readLiveEmbeddedLock(dataRoot: string): EmbeddedLockRecord | null {
  const record = readRecord(embeddedLockPath(dataRoot));
  return record && isProcessAlive(record.pid) ? record : null;
}

/**
 * Takes ownership of `<dataRoot>/pglite` for this process, or throws EmbeddedDatabaseHeldError.
 * A lock whose process is dead is stale (the owner crashed) and is taken over.
 */
export function acquireEmbeddedLock(dataRoot: string): EmbeddedLock {
  mkdirSync(dataRoot, { recursive: true });
  const lockPath = embeddedLockPath(dataRoot);
  const record: EmbeddedLockRecord = {
    pid: process.pid,
    host: null,
    port: null,
    url: null,
    startedAt: new Date().toISOString(),
  };

  // Bounded: each round either wins, throws, or removes one stale lock; a loop that keeps losing
  // means something else keeps recreating stale locks, which is worth an error rather than a spin.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(lockPath, record)) {
      return ownedLock(lockPath, record);
    }
    const existing = readRecord(lockPath);
    if (existing && isProcessAlive(existing.pid)) {
      throw new EmbeddedDatabaseHeldError(lockPath, existing);
    }
    removeStale(lockPath, existing);
  }
  throw new Error(`Could not take the embedded database lock ${lockPath}: it keeps reappearing.`);
}

function ownedLock(lockPath: string, initial: EmbeddedLockRecord): EmbeddedLock {
  let record = initial;
  const stillOurs = (): boolean => readRecord(lockPath)?.pid === process.pid;
  return {
    path: lockPath,
    get record() {
      return record;
    },
    publish({ host, port, url }) {
      if (!stillOurs()) {
        throw new Error(`The embedded database lock ${lockPath} is no longer held by this process.`);
      }
      record = { ...record, host, port, url };
      const temp = `${lockPath}.${process.pid}.tmp`;
      writeFileSync(temp, serialise(record));
      renameSync(temp, lockPath);
    },
    release() {
      if (stillOurs()) rmSync(lockPath, { force: true });
    },
  };
}

/**
 * Creates the lock only if none exists, with its full content in one step: the record is written
 * to a private temp file and hard-linked into place (link fails with EEXIST, like O_EXCL), so no
 * reader ever sees an empty or half-written lock.
 */
function createExclusive(lockPath: string, record: EmbeddedLockRecord): boolean {
  const temp = `${lockPath}.${process.pid}.new`;
  writeFileSync(temp, serialise(record));
  try {
    linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Removes a stale lock without deleting a fresh one another recovering process may have created
 * since we read it: the file is first renamed aside (atomic: only one process gets it), and if
 * what we moved is not the stale record we saw, it is linked back.
 */
function removeStale(lockPath: string, seen: EmbeddedLockRecord | null): void {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return; // someone else removed it already
    throw error;
  }
  const moved = readRecord(aside);
  const isWhatWeSaw =
    moved === null
      ? seen === null
      : seen !== null && moved.pid === seen.pid && moved.startedAt === seen.startedAt;
  if (!isWhatWeSaw) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // A third process created a lock meanwhile; it owns the directory now, and ours fails on retry.
    }
  }
  rmSync(aside, { force: true });
}

function readRecord(lockPath: string): EmbeddedLockRecord | null {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
  return parseRecord(text);
}

/** Locks are only ever written whole, so an unreadable one is damage, treated like a dead owner. */
function parseRecord(text: string): EmbeddedLockRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { pid, host, port, url, startedAt } = value as Record<string, unknown>;
  if (typeof pid !== "number" || !Number.isInteger(pid) || pid <= 0) return null;
  return {
    pid,
    host: typeof host === "string" ? host : null,
    port: typeof port === "number" ? port : null,
    url: typeof url === "string" ? url : null,
    startedAt: typeof startedAt === "string" ? startedAt : "",
  };
}

function serialise(record: EmbeddedLockRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const { code } = error;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}
