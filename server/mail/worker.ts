import "server-only";
import { run, type Runner } from "graphile-worker";
import type { Db } from "../db/create.ts";
import { deliverQueuedMail, DELIVER_MAIL_TASK, queueLogger, smtpTransport } from "./queue.ts";

/**
 * Starts delivering queued email (server/mail/queue.ts) from the database at `connectionString`: a
 * graphile-worker runner with `concurrency` deliveries at a time, woken by LISTEN/NOTIFY when a job is
 * added and polling every `pollIntervalMs` besides. Every app instance runs one; jobs are locked, so each
 * email is delivered by one of them. Stop it with `runner.stop()` (it finishes the deliveries under way).
 */
export async function startMailWorker(params: {
  db: Db;
  connectionString: string;
  smtpUrl: string;
  from: string;
  scrub: boolean;
  concurrency?: number;
  pollIntervalMs?: number;
}): Promise<Runner> {
  const transport = smtpTransport(params.smtpUrl);
  const runner = await run({
    connectionString: params.connectionString,
    concurrency: params.concurrency ?? 2,
    pollInterval: params.pollIntervalMs ?? 2_000,
    noHandleSignals: true,
    // No scheduled jobs (and no crontab file to look for).
    crontab: "",
    logger: queueLogger,
    taskList: {
      [DELIVER_MAIL_TASK]: async (payload, helpers) => {
        const outboxId = (payload as { outboxId?: unknown } | null)?.outboxId;
        if (typeof outboxId !== "string") return;
        await deliverQueuedMail(params.db, {
          outboxId,
          transport,
          from: params.from,
          attempt: helpers.job.attempts,
          maxAttempts: helpers.job.max_attempts,
          scrub: params.scrub,
        });
      },
    },
  });
  void runner.promise.finally(() => transport.close());
  return runner;
}
