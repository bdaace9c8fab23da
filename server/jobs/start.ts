import "server-only";
import { db } from "../db/client.ts";
import { log } from "../log.ts";
import { mailSettings } from "../mail/send.ts";
import { ensureQueueSchema } from "../mail/queue.ts";
import { startMailWorker } from "../mail/worker.ts";
import { superviseRunner } from "./supervise.ts";

/**
 * Starts this instance's background work: the mail worker, when email is queued (an SMTP server and a
 * PostgreSQL server: see mailSettings), kept running by superviseRunner: a failure to start is retried
 * after 2 s, doubling up to 30 s (an instance that starts while the database is down begins delivering
 * once it is back), and a worker that dies on an error (a database outage mid-delivery) is replaced. The web server itself is
 * never held up. On SIGTERM the worker finishes the deliveries under way and stops.
 */
export function startBackgroundWork(): void {
  const settings = mailSettings();
  const { queueUrl, smtpUrl } = settings;
  if (!queueUrl || !smtpUrl) return;
  const supervisor = superviseRunner({
    connectionString: queueUrl,
    start: async () => {
      await ensureQueueSchema(queueUrl);
      return startMailWorker({
        db: db(),
        connectionString: queueUrl,
        smtpUrl,
        from: settings.from,
        scrub: settings.appEnv === "production",
      });
    },
    onStart: () => log.info("mail worker started"),
  });
  process.once("SIGTERM", () => void supervisor.stop());
}
