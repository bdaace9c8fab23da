import "server-only";
// Delivering webhook messages. The outbox pattern: a change that should be told to endpoints inserts a
// WebhookDelivery row (PENDING) in its own transaction, and, on a PostgreSQL server, adds its
// `deliver_webhook` job to the job queue in that same transaction (emit.ts), so a delivery exists if and
// only if the change committed, and is attempted even if the instance dies the moment after. The job
// (deliverWebhook) makes one attempt, records it, and queues the next attempt at its time on failure
// (RETRY_DELAYS_MS: 1 min, 5 min, 30 min, 2 h, 8 h, 24 h, then FAILED). `sweep_webhooks` (every ten
// minutes) re-queues any due delivery whose job was lost.
//
// On the embedded database there is no job queue: a delivery is attempted in the background of the
// request that made it (the request does not wait for the receiver), and the retries by a sweep every
// minute (server/jobs/start.ts).
import { pruneApiTokenUses } from "../api-tokens/commands.ts";
import type { Db, Tx } from "../db/create.ts";
import { log } from "../log.ts";
import { ensureQueueSchema } from "../mail/queue.ts";
import { allowLocalAddresses, postWebhook, type PostOutcome } from "./address.ts";
import {
  DELIVERY_LOG_DAYS,
  isDelivered,
  MAX_ATTEMPTS,
  nextAttemptAfter,
  shortError,
  shouldSwitchOff,
  SWITCH_OFF_AFTER_FAILURES,
} from "./rules.ts";
import { signedHeaders } from "./signing.ts";

/** The job that makes one attempt at one delivery (payload `{ deliveryId }`, job key `webhook:<id>`). */
export const DELIVER_WEBHOOK_TASK = "deliver_webhook";
/** The safety net: every due delivery gets its job again (a job lost with a crashed instance). */
export const SWEEP_WEBHOOKS_TASK = "sweep_webhooks";

/** A claim may run this early: the job queue's clock and the rule clock may differ slightly. */
const CLOCK_SKEW_MS = 30_000;

/**
 * The PostgreSQL server holding the job queue, as server/jobs/start.ts `jobQueueUrl` decides it
 * (repeated here because start.ts imports the worker, which imports this module): DATABASE_URL unless
 * it is the embedded database or unset. Null: no queue, so deliveries run in the background of the request.
 */
export function webhookQueueUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.DATABASE_URL?.trim();
  if (!url || env.EMBEDDED_DATABASE === "1") return null;
  return url;
}

/**
 * Adds the delivery's job at `runAt` on the queue, inside the caller's transaction when `tx` is one.
 * Its job key (`webhook:<deliveryId>`) replaces a job for the same delivery not yet running, so a
 * delivery has at most one job waiting.
 */
export async function addDeliveryJob(
  tx: Tx,
  queueUrl: string,
  params: { deliveryId: string; runAt: Date },
): Promise<void> {
  await ensureQueueSchema(queueUrl);
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${DELIVER_WEBHOOK_TASK}::text,
    json_build_object('deliveryId', ${params.deliveryId}::text),
    run_at => ${params.runAt}::timestamptz,
    max_attempts => 3,
    job_key => ${`webhook:${params.deliveryId}`}::text
  )`;
}

const inFlight = new Set<Promise<unknown>>();

/**
 * After the transaction that made `deliveryIds` committed: with a job queue nothing (their jobs were
 * added in it); without one, each is attempted now, in the background (the request answers without
 * waiting). Never throws.
 */
export function dispatchDeliveries(db: Db, params: { deliveryIds: readonly string[]; now: Date }): void {
  if (params.deliveryIds.length === 0 || webhookQueueUrl()) return;
  for (const deliveryId of params.deliveryIds) {
    const attempt = deliverWebhook(db, { deliveryId, now: params.now })
      .catch((error: unknown) => log.error("webhook delivery failed", { deliveryId, error: String(error) }))
      .finally(() => inFlight.delete(attempt));
    inFlight.add(attempt);
  }
}

/** Waits for every background delivery started by dispatchDeliveries (tests, and a clean shutdown). */
export async function settleBackgroundDeliveries(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

interface Claimed {
  id: string;
  endpointId: string;
  attempts: number;
  payload: unknown;
  url: string;
  secret: string;
  active: boolean;
}

/** What deliverWebhook did. */
export type AttemptResult =
  | { sent: false }
  | {
      sent: true;
      outcome: PostOutcome;
      status: "SUCCEEDED" | "PENDING" | "FAILED";
      nextAttemptAt: Date | null;
    };

/**
 * The job: one attempt at delivering `deliveryId`, if it is PENDING and due at `now`. The attempt is
 * claimed first (a row lock, the attempt counted and the next attempt's time set), so two runs at once,
 * a run after success, or a run before the delivery is due send nothing; an instance that dies mid-way
 * leaves the delivery due again at its next attempt's time. The message is POSTed signed (signing.ts)
 * with a 10 s timeout; a 2xx answer makes it SUCCEEDED, anything else (another status, a timeout, a
 * refused or unreachable address) PENDING with the next attempt queued, or FAILED after the last one.
 * `post` (tests) replaces the HTTP request; `allowLocal` defaults to WEBHOOKS_ALLOW_LOCAL.
 */
export async function deliverWebhook(
  db: Db,
  params: {
    deliveryId: string;
    now: Date;
    allowLocal?: boolean;
    post?: typeof postWebhook;
  },
): Promise<AttemptResult> {
  const { deliveryId, now } = params;
  const claimed = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<(Claimed & { status: string; nextAttemptAt: Date })[]>`
      SELECT d.id, d.attempts, d.payload, d.status::text AS status, d."nextAttemptAt",
             d."endpointId", e.url, e.secret, e.active
      FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
      WHERE d.id = ${deliveryId}
      FOR UPDATE OF d SKIP LOCKED`;
    if (!row || row.status !== "PENDING" || row.nextAttemptAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      return null;
    }
    if (!row.active) {
      await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: { status: "FAILED", lastError: "the endpoint is switched off", nextAttemptAt: now },
        select: { id: true },
      });
      return null;
    }
    const attempts = row.attempts + 1;
    // Until the attempt is recorded, the delivery is due again at the next attempt's time (or in ten
    // minutes after the last attempt), so an instance dying mid-attempt loses nothing.
    const lease = nextAttemptAfter(attempts) ?? 10 * 60_000;
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { attempts, nextAttemptAt: new Date(now.getTime() + lease) },
      select: { id: true },
    });
    return { ...row, attempts };
  });
  if (!claimed) return { sent: false };

  const body = JSON.stringify(claimed.payload);
  const post = params.post ?? postWebhook;
  const outcome = await post({
    url: claimed.url,
    headers: signedHeaders({ secret: claimed.secret, id: claimed.id, body, now }),
    body,
    allowLocal: params.allowLocal ?? allowLocalAddresses(),
  });
  const delivered = "statusCode" in outcome && isDelivered(outcome.statusCode);
  const wait = nextAttemptAfter(claimed.attempts);
  const status = delivered
    ? "SUCCEEDED"
    : wait === null || claimed.attempts >= MAX_ATTEMPTS
      ? "FAILED"
      : "PENDING";
  const nextAttemptAt = status === "PENDING" && wait !== null ? new Date(now.getTime() + wait) : null;
  const queue = webhookQueueUrl();
  await db.$transaction(async (tx) => {
    const recorded = await tx.webhookDelivery.updateMany({
      // A redelivery asked for meanwhile (attempts unchanged, due now) is left to run.
      where: { id: claimed.id, attempts: claimed.attempts },
      data: {
        status,
        lastStatusCode: "statusCode" in outcome ? outcome.statusCode : null,
        lastError: delivered
          ? null
          : shortError("statusCode" in outcome ? `HTTP ${outcome.statusCode}` : outcome.error),
        ...(delivered ? { deliveredAt: now } : {}),
        ...(nextAttemptAt ? { nextAttemptAt } : { nextAttemptAt: now }),
      },
    });
    if (recorded.count > 0 && nextAttemptAt && queue) {
      await addDeliveryJob(tx, queue, { deliveryId: claimed.id, runAt: nextAttemptAt });
    }
  });
  if (status === "FAILED")
    await switchOffIfFailing(db, { endpointId: claimed.endpointId, lastError: outcome });
  log.info("webhook attempt", {
    deliveryId: claimed.id,
    attempt: claimed.attempts,
    status,
    ...("statusCode" in outcome ? { statusCode: outcome.statusCode } : { error: outcome.error }),
  });
  return { sent: true, outcome, status, nextAttemptAt };
}

/**
 * Switches the endpoint off (active false, with the reason its page shows) when its latest finished
 * deliveries all failed (shouldSwitchOff). An endpoint already off is left as it is.
 */
async function switchOffIfFailing(db: Db, params: { endpointId: string; lastError: PostOutcome }) {
  const latest = await db.webhookDelivery.findMany({
    where: { endpointId: params.endpointId, status: { in: ["SUCCEEDED", "FAILED"] } },
    orderBy: [{ nextAttemptAt: "desc" }, { id: "desc" }],
    take: SWITCH_OFF_AFTER_FAILURES,
    select: { status: true },
  });
  if (!shouldSwitchOff(latest.map((d) => d.status as "SUCCEEDED" | "FAILED"))) return;
  const last =
    "statusCode" in params.lastError ? `HTTP ${params.lastError.statusCode}` : params.lastError.error;
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: params.endpointId, active: true },
    data: {
      active: false,
      disabledReason: `Switched off by the app: the last ${SWITCH_OFF_AFTER_FAILURES} messages could not be delivered after every retry (the last answer: ${shortError(last)}). Fix the receiver, then switch it on again and redeliver what it missed.`,
    },
  });
  if (count > 0) log.warn("webhook endpoint switched off", { endpointId: params.endpointId });
}

/**
 * Deletes finished deliveries (delivered or given up) made more than DELIVERY_LOG_DAYS before `now`;
 * pending ones stay whatever their age. Returns how many it deleted. Run by the sweep.
 */
export async function pruneWebhookDeliveries(db: Db, params: { now: Date }): Promise<number> {
  const { count } = await db.webhookDelivery.deleteMany({
    where: {
      status: { in: ["SUCCEEDED", "FAILED"] },
      createdAt: { lt: new Date(params.now.getTime() - DELIVERY_LOG_DAYS * 24 * 60 * 60 * 1000) },
    },
  });
  return count;
}

/**
 * The safety net, and on the embedded database the retries: every PENDING delivery due at `now` (at
 * most 200, the longest overdue first). With a job queue each gets its job again (its key keeps one per
 * delivery; only those overdue by two minutes or more, so a job about to run is not disturbed);
 * without one each is attempted now, a few at a time. Returns how many it handled. It first deletes
 * the finished deliveries older than DELIVERY_LOG_DAYS (pruneWebhookDeliveries) and, as the other
 * integration's log, API tokens' calls older than 90 days (pruneApiTokenUses).
 */
export async function sweepWebhooks(db: Db, params: { now: Date }): Promise<number> {
  await pruneWebhookDeliveries(db, params);
  await pruneApiTokenUses(db, params);
  const queue = webhookQueueUrl();
  const cutoff = queue ? new Date(params.now.getTime() - 2 * 60_000) : params.now;
  const due = await db.webhookDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: cutoff } },
    orderBy: { nextAttemptAt: "asc" },
    take: 200,
    select: { id: true },
  });
  if (queue) {
    for (const { id } of due) await addDeliveryJob(db, queue, { deliveryId: id, runAt: params.now });
    return due.length;
  }
  for (let i = 0; i < due.length; i += 4) {
    await Promise.all(
      due
        .slice(i, i + 4)
        .map(({ id }) =>
          deliverWebhook(db, { deliveryId: id, now: params.now }).catch((error: unknown) =>
            log.error("webhook delivery failed", { deliveryId: id, error: String(error) }),
          ),
        ),
    );
  }
  return due.length;
}
