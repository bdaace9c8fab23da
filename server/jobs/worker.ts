import "server-only";
import { run, type Runner, type TaskList } from "graphile-worker";
import type { Db } from "../db/create.ts";
import { log } from "../log.ts";
import { deliverQueuedMail, DELIVER_MAIL_TASK, queueLogger, smtpTransport } from "../mail/queue.ts";
import { sendDuePrompts } from "../prompts/commands.ts";
import { remindGuardians } from "../registrations/commands.ts";
import { deleteExpiredPersonalData } from "../retention/commands.ts";
import { promoteWaitingList, sweepWaitingLists } from "../waiting-list/commands.ts";
import { PROMOTE_TASK, SWEEP_TASK } from "../waiting-list/jobs.ts";
import {
  deliverWebhook,
  DELIVER_WEBHOOK_TASK,
  sweepWebhooks,
  SWEEP_WEBHOOKS_TASK,
} from "../webhooks/deliver.ts";

/** The scheduled task that deletes personal data whose retention period has passed (server/retention). */
export const RETENTION_TASK = "delete_expired_personal_data";
/** The scheduled task that reminds guardians who have not answered a consent request. */
export const REMINDER_TASK = "remind_guardians";
/** The scheduled task that sends the timely prompts that are due (server/prompts). */
export const PROMPTS_TASK = "send_prompts";

/**
 * The schedule (graphile-worker crontab syntax), every hour (UTC): the retention job at minute 7, the
 * guardian reminders at minute 37, the waiting lists' safety net (sweep_waiting_lists: a promotion lost
 * or late is caught up) at minute 52, and the webhooks' safety net (sweep_webhooks) and the timely
 * prompts (send_prompts) every ten minutes. Every instance runs the scheduler, and graphile-worker records each
 * hour it has queued in its known_crontabs table, so an hour is queued by one instance only; the job
 * key makes a second copy of a queued job impossible as well. `fill=2h`: an hour missed while no
 * instance ran is queued once when one starts (within two hours); `max=3`: a failure is retried twice.
 */
export const JOB_SCHEDULE = [
  `7 * * * * ${RETENTION_TASK} ?fill=2h&max=3&jobKey=${RETENTION_TASK}`,
  `37 * * * * ${REMINDER_TASK} ?fill=2h&max=3&jobKey=${REMINDER_TASK}`,
  `52 * * * * ${SWEEP_TASK} ?fill=2h&max=3&jobKey=${SWEEP_TASK}`,
  // Webhooks' safety net: a delivery whose job was lost is queued again (server/webhooks/deliver.ts).
  `*/10 * * * * ${SWEEP_WEBHOOKS_TASK} ?max=3&jobKey=${SWEEP_WEBHOOKS_TASK}`,
  // Timely prompts: every ten minutes, so "two hours before the deadline" goes within ten minutes of it.
  `*/10 * * * * ${PROMPTS_TASK} ?max=3&jobKey=${PROMPTS_TASK}`,
].join("\n");

export interface MailDelivery {
  smtpUrl: string;
  from: string;
  scrub: boolean;
}

/**
 * Starts this instance's job worker on the PostgreSQL at `connectionString` (whose graphile_worker
 * schema exists: ensureQueueSchema): a graphile-worker runner that runs the schedule (JOB_SCHEDULE:
 * retention, guardian reminders and the waiting lists' sweep, unless `schedule` is false), promotes
 * waiting lists when asked (promote_waiting_list: server/waiting-list) and, with `mail`, delivers queued email (server/mail/queue.ts); woken by
 * LISTEN/NOTIFY when a job is added and polling every `pollIntervalMs` (2 000) besides, `concurrency`
 * (2) jobs at a time. Jobs are locked, so each runs in one instance. `clock` (tests) is the scheduled
 * jobs' "now". Stop it with `runner.stop()`, which finishes the jobs under way.
 */
export async function startJobWorker(params: {
  db: Db;
  connectionString: string;
  mail: MailDelivery | null;
  schedule?: boolean;
  clock?: () => Date;
  concurrency?: number;
  pollIntervalMs?: number;
}): Promise<Runner> {
  const clock = params.clock ?? (() => new Date());
  const taskList: TaskList = {
    [RETENTION_TASK]: async () => {
      const done = await deleteExpiredPersonalData(params.db, { now: clock(), trigger: "schedule" });
      for (const { eventId, counts } of done) log.info("personal data deleted", { eventId, ...counts });
    },
    [REMINDER_TASK]: async () => {
      const sent = await remindGuardians(params.db, { now: clock() });
      if (sent > 0) log.info("guardians reminded", { sent });
    },
    // A place freed at a centre (queued by the change that freed it), or an offer's time limit reached.
    [PROMOTE_TASK]: async (payload) => {
      const centreId = (payload as { centreId?: unknown } | null)?.centreId;
      if (typeof centreId !== "string") return;
      const { offered } = await promoteWaitingList(params.db, { centreId, now: clock() });
      if (offered.length > 0) log.info("waiting list places offered", { centreId, offered: offered.length });
    },
    [SWEEP_TASK]: async () => {
      const offered = await sweepWaitingLists(params.db, { now: clock() });
      if (offered > 0) log.info("waiting list places offered", { offered });
    },
    // One attempt at one webhook delivery (queued with the change, and again for each retry).
    [DELIVER_WEBHOOK_TASK]: async (payload) => {
      const deliveryId = (payload as { deliveryId?: unknown } | null)?.deliveryId;
      if (typeof deliveryId !== "string") return;
      await deliverWebhook(params.db, { deliveryId, now: clock() });
    },
    [PROMPTS_TASK]: async () => {
      const sent = await sendDuePrompts(params.db, { now: clock() });
      if (sent > 0) log.info("timely prompts sent", { sent });
    },
    [SWEEP_WEBHOOKS_TASK]: async () => {
      const queued = await sweepWebhooks(params.db, { now: clock() });
      if (queued > 0) log.info("webhook deliveries queued again", { queued });
    },
  };
  const mail = params.mail;
  const transport = mail ? smtpTransport(mail.smtpUrl) : null;
  if (mail && transport) {
    taskList[DELIVER_MAIL_TASK] = async (payload, helpers) => {
      const outboxId = (payload as { outboxId?: unknown } | null)?.outboxId;
      if (typeof outboxId !== "string") return;
      await deliverQueuedMail(params.db, {
        outboxId,
        transport,
        from: mail.from,
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
        scrub: mail.scrub,
      });
    };
  }
  const runner = await run({
    connectionString: params.connectionString,
    concurrency: params.concurrency ?? 2,
    pollInterval: params.pollIntervalMs ?? 2_000,
    noHandleSignals: true,
    crontab: params.schedule === false ? "" : JOB_SCHEDULE,
    logger: queueLogger,
    taskList,
  });
  void runner.promise.finally(() => transport?.close());
  return runner;
}
