import "server-only";
import { db } from "../db/client.ts";
import { log } from "../log.ts";
import { mailSettings } from "../mail/send.ts";
import { ensureQueueSchema } from "../mail/queue.ts";
import { startMailWorker } from "../mail/worker.ts";

/**
 * Starts this instance's background work: the mail worker, when email is queued (an SMTP server and a
 * PostgreSQL server: see mailSettings). A failure to start is logged and retried every 30 s, so an
 * instance that starts while the database is down begins delivering once it is back; the web server
 * itself is never held up. On SIGTERM the worker finishes the deliveries under way and stops.
 */
export async function startBackgroundWork(): Promise<void> {
  const settings = mailSettings();
  const { queueUrl, smtpUrl } = settings;
  if (!queueUrl || !smtpUrl) return;
  const attempt = async (): Promise<void> => {
    try {
      await ensureQueueSchema(queueUrl);
      const runner = await startMailWorker({
        db: db(),
        connectionString: queueUrl,
        smtpUrl,
        from: settings.from,
        scrub: settings.appEnv === "production",
      });
      log.info("mail worker started");
      process.once("SIGTERM", () => void runner.stop());
    } catch (error) {
      log.error("mail worker could not start; retrying in 30 s", { error });
      setTimeout(() => void attempt(), 30_000).unref();
    }
  };
  await attempt();
}
