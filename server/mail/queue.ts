import "server-only";
import { Logger, runMigrations } from "graphile-worker";
import nodemailer from "nodemailer";
import type { Db } from "../db/create.ts";
import { log } from "../log.ts";

// Outgoing email through a PostgreSQL job queue (graphile-worker), so that a slow or failing SMTP
// server never holds up a request and a crash loses no email: the message is stored (OutboxEmail, status
// QUEUED) and its delivery job added in one transaction, and a worker in every app instance delivers it,
// retrying with exponential backoff. Why graphile-worker 0.16.6 and not 0.18: 0.18 needs Node 22.18, and
// the supported runtime is Node 20; 0.16 has the same SQL API (graphile_worker.add_job) and job locking.

/** The task that delivers one queued email. */
export const DELIVER_MAIL_TASK = "deliver_mail";

/** Attempts before an email is marked FAILED: with graphile-worker's backoff (e^attempt seconds, capped at e^10) about 3.5 hours. */
export const MAIL_MAX_ATTEMPTS = 10;

/**
 * graphile-worker's logger, writing through ours (JSON lines): its warnings and errors only (each job's
 * start and end are logged by deliverQueuedMail, without the payload).
 */
export const queueLogger = new Logger((scope) => (level, message) => {
  const fields = { scope: scope.label ?? "worker" };
  const name: string = level;
  if (name === "error") log.error(message, fields);
  else if (name === "warning") log.warn(message, fields);
});

const schemaReady = new Map<string, Promise<void>>();

/**
 * Makes sure the job queue's schema (graphile_worker) exists in the database at `connectionString`,
 * once per process and database: graphile-worker's own migrations, which take an advisory lock, so
 * instances starting together are safe.
 */
export function ensureQueueSchema(connectionString: string): Promise<void> {
  let ready = schemaReady.get(connectionString);
  if (!ready) {
    ready = runMigrations({ connectionString, logger: queueLogger }).catch((error: unknown) => {
      schemaReady.delete(connectionString);
      throw error;
    });
    schemaReady.set(connectionString, ready);
  }
  return ready;
}

/**
 * Stores a rendered email as QUEUED and adds its delivery job, in one transaction: after this returns the
 * email will be delivered even if this process dies. Returns the OutboxEmail id.
 */
export async function enqueueMail(
  db: Db,
  connectionString: string,
  message: {
    to: string;
    subject: string;
    text: string;
    html: string;
    raw: string;
    link: string | null;
    kind: string;
  },
): Promise<string> {
  await ensureQueueSchema(connectionString);
  return db.$transaction(async (tx) => {
    const row = await tx.outboxEmail.create({ data: { ...message, status: "QUEUED" }, select: { id: true } });
    await tx.$executeRaw`SELECT graphile_worker.add_job(
      ${DELIVER_MAIL_TASK}::text,
      json_build_object('outboxId', ${row.id}::text),
      max_attempts => ${MAIL_MAX_ATTEMPTS}::int,
      job_key => ${`mail:${row.id}`}::text
    )`;
    return row.id;
  });
}

/** An SMTP transport with timeouts, so a server that stops answering fails the attempt instead of hanging it. */
export function smtpTransport(smtpUrl: string) {
  return nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
}

/**
 * Delivers the queued email `outboxId` by SMTP (its stored MIME message, to its stored address). Does
 * nothing for one already SENT or FAILED (a job run twice after a crash). On failure records the attempt
 * and the error (FAILED when this was attempt `maxAttempts`) and throws, so the queue retries it. With
 * `scrub` (production), a delivered email's content and link are then blanked: sign-in links are not
 * kept in the database.
 */
export async function deliverQueuedMail(
  db: Db,
  params: {
    outboxId: string;
    transport: ReturnType<typeof smtpTransport>;
    from: string;
    attempt: number;
    maxAttempts: number;
    scrub: boolean;
  },
): Promise<"SENT" | "SKIPPED"> {
  const row = await db.outboxEmail.findUnique({
    where: { id: params.outboxId },
    select: { to: true, raw: true, status: true, kind: true },
  });
  if (!row || row.status !== "QUEUED") return "SKIPPED";
  try {
    await params.transport.sendMail({ envelope: { from: params.from, to: [row.to] }, raw: row.raw });
  } catch (error) {
    const failed = params.attempt >= params.maxAttempts;
    await db.outboxEmail.update({
      where: { id: params.outboxId },
      data: {
        attempts: { increment: 1 },
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        status: failed ? "FAILED" : "QUEUED",
      },
      select: { id: true },
    });
    log.warn(failed ? "mail failed for good" : "mail delivery failed; will retry", {
      outboxId: params.outboxId,
      kind: row.kind,
      attempt: params.attempt,
    });
    throw error;
  }
  await db.outboxEmail.update({
    where: { id: params.outboxId },
    data: {
      status: "SENT",
      sentAt: new Date(),
      attempts: { increment: 1 },
      lastError: null,
      ...(params.scrub ? { raw: "", text: "", html: "", link: null } : {}),
    },
    select: { id: true },
  });
  log.info("mail sent", { outboxId: params.outboxId, kind: row.kind, attempt: params.attempt });
  return "SENT";
}
