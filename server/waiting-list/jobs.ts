import "server-only";
import type { Db } from "../db/create.ts";
import { ensureQueueSchema } from "../mail/queue.ts";

/** The job that offers a centre's free places to its waiting list (payload `{ centreId }`). */
export const PROMOTE_TASK = "promote_waiting_list";
/** The hourly safety net: every centre with someone waiting or an offer run out is promoted. */
export const SWEEP_TASK = "sweep_waiting_lists";

/**
 * The PostgreSQL server holding the job queue, as server/jobs/start.ts `jobQueueUrl` decides it
 * (repeated here because start.ts imports the worker, which imports this module): DATABASE_URL unless
 * it is the embedded database or unset. Null: no queue, so promotions run in the request.
 */
export function waitingListQueueUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.DATABASE_URL?.trim();
  if (!url || env.EMBEDDED_DATABASE === "1") return null;
  return url;
}

/**
 * Adds a `promote_waiting_list` job for `centreId` at `runAt` under the job key `key`, on the queue at
 * `queueUrl`: a job with the same key not yet running is replaced (so requests collapse into one job).
 */
export async function addPromotionJob(
  db: Db,
  queueUrl: string,
  params: { centreId: string; runAt: Date; key: string },
): Promise<void> {
  await ensureQueueSchema(queueUrl);
  await db.$executeRaw`SELECT graphile_worker.add_job(
    ${PROMOTE_TASK}::text,
    json_build_object('centreId', ${params.centreId}::text),
    run_at => ${params.runAt}::timestamptz,
    max_attempts => 5,
    job_key => ${params.key}::text
  )`;
}
