/**
 * Which PostgreSQL to connect to. Imported by prisma.config.ts and the Next.js server, so it must stay
 * light: it reads the embedded database's lock file but never opens PGlite. Opening the data directory
 * here would put a second process on it under the running server — PGlite has no locking and rows
 * would be lost.
 */
import { embeddedLockPath, readLiveEmbeddedLock } from "./embedded/lock.ts";

export const NO_DATABASE_MESSAGE =
  "No DATABASE_URL is set and no embedded database is running. Start the app with `npm run dev` / " +
  "`npm start` (they start the embedded database), or run the command through `npm run db -- <command>`, " +
  "or set DATABASE_URL.";

export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUrlError";
  }
}

export function resolveDatabaseUrl(
  env: Readonly<Record<string, string | undefined>> = process.env,
  dataRoot = ".data",
): string {
  // An empty DATABASE_URL (e.g. `DATABASE_URL=` in a .env file) means "not set", not "invalid".
  const configured = env.DATABASE_URL?.trim();
  if (configured) {
    if (!/^postgres(ql)?:\/\//.test(configured)) {
      // Echo only the scheme: the rest may hold a password.
      const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(configured)?.[1];
      throw new DatabaseUrlError(
        `DATABASE_URL must be a PostgreSQL URL starting with postgres:// or postgresql:// ` +
          (scheme ? `(it is a ${scheme}:// URL).` : `(it is not a URL).`),
      );
    }
    return configured;
  }

  const lock = readLiveEmbeddedLock(dataRoot);
  if (lock?.url) return lock.url;
  if (lock) {
    throw new DatabaseUrlError(
      `The embedded database (process ${lock.pid}, ${embeddedLockPath(dataRoot)}) is still starting; ` +
        `try again in a moment.`,
    );
  }
  throw new DatabaseUrlError(NO_DATABASE_MESSAGE);
}
