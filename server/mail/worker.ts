import "server-only";
import type { Runner } from "graphile-worker";
import type { Db } from "../db/create.ts";
import { startJobWorker } from "../jobs/worker.ts";

/**
 * Starts delivering queued email (server/mail/queue.ts) from the database at `connectionString`, and
 * nothing else (no schedule): the job worker of server/jobs/worker.ts with only the mail task. Every
 * app instance runs the full worker; this is for tests and tools that want the mail alone.
 */
export function startMailWorker(params: {
  db: Db;
  connectionString: string;
  smtpUrl: string;
  from: string;
  scrub: boolean;
  concurrency?: number;
  pollIntervalMs?: number;
}): Promise<Runner> {
  const { smtpUrl, from, scrub, ...rest } = params;
  return startJobWorker({ ...rest, mail: { smtpUrl, from, scrub }, schedule: false });
}
