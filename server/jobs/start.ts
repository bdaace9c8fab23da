import "server-only";
import { db } from "../db/client.ts";
import { log } from "../log.ts";
import { mailSettings } from "../mail/send.ts";
import { ensureQueueSchema } from "../mail/queue.ts";
import { sendDuePrompts } from "../prompts/commands.ts";
import { remindGuardians } from "../registrations/commands.ts";
import { deleteExpiredPersonalData } from "../retention/commands.ts";
import { sweepWaitingLists } from "../waiting-list/commands.ts";
import { sweepWebhooks } from "../webhooks/deliver.ts";
import { superviseRunner } from "./supervise.ts";
import { startJobWorker } from "./worker.ts";

/**
 * The PostgreSQL server that holds this deployment's job queue: DATABASE_URL, unless it is the embedded
 * database (one session, one process: no background worker) or unset. Null: no queue.
 */
export function jobQueueUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.DATABASE_URL?.trim();
  if (!url || env.EMBEDDED_DATABASE === "1") return null;
  return url;
}

/**
 * Starts this instance's background work. On a PostgreSQL server: the job worker (server/jobs/worker.ts:
 * the hourly retention job and guardian reminders, and delivery of queued email when there is an SMTP server to queue for: see
 * mailSettings), kept running by superviseRunner: a failure to start is retried after 2 s, doubling up
 * to 30 s (an instance that starts while the database is down begins working once it is back), and a
 * worker that dies on an error (a database outage mid-job) is replaced. On SIGTERM the worker finishes
 * the jobs under way and stops. On the embedded database, which has no worker, the retention job and
 * the guardian reminders run once when the app starts (and the waiting lists are swept every minute) (retention also by hand: `npm run retention`, or
 * an organiser's button). The web server
 * is never held up.
 */
export function startBackgroundWork(): void {
  const queueUrl = jobQueueUrl();
  if (!queueUrl) {
    setTimeout(() => {
      deleteExpiredPersonalData(db(), { now: new Date(), trigger: "schedule" })
        .then(() => remindGuardians(db(), { now: new Date() }))
        .catch((error: unknown) => log.error("start-up jobs failed", { error: String(error) }));
    }, 5_000).unref();
    // No queue to run an offer's expiry at its time: the waiting lists are swept every minute instead.
    setInterval(() => {
      sweepWaitingLists(db(), { now: new Date() }).catch((error: unknown) =>
        log.error("waiting list sweep failed", { error: String(error) }),
      );
    }, 60_000).unref();
    // Timely prompts are swept every minute (a prompt is sent once whatever the sweep's rhythm).
    setInterval(() => {
      sendDuePrompts(db(), { now: new Date() }).catch((error: unknown) =>
        log.error("prompts sweep failed", { error: String(error) }),
      );
    }, 60_000).unref();
    // Nor to retry a webhook delivery at its time: due deliveries are attempted every minute instead.
    setInterval(() => {
      sweepWebhooks(db(), { now: new Date() }).catch((error: unknown) =>
        log.error("webhook sweep failed", { error: String(error) }),
      );
    }, 60_000).unref();
    return;
  }
  const settings = mailSettings();
  const mail =
    settings.queueUrl && settings.smtpUrl
      ? { smtpUrl: settings.smtpUrl, from: settings.from, scrub: settings.appEnv === "production" }
      : null;
  const supervisor = superviseRunner({
    connectionString: queueUrl,
    start: async () => {
      await ensureQueueSchema(queueUrl);
      return startJobWorker({ db: db(), connectionString: queueUrl, mail });
    },
    onStart: () => log.info("job worker started", { mail: mail !== null }),
  });
  process.once("SIGTERM", () => void supervisor.stop());
}
