import "server-only";
// Managing webhook endpoints (an organisation's owners, an event's organisers) and their deliveries:
// add, change, delete, rotate the secret, send a test, redeliver. Every change is audited.
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError, type Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { allowLocalAddresses, endpointAddressProblem } from "./address.ts";
import { addDeliveryJob, dispatchDeliveries, webhookQueueUrl } from "./deliver.ts";
import { emitWebhook } from "./emit.ts";
import { endpointSelect, endpointView, ownerWhere, type EndpointView, type WebhookOwner } from "./queries.ts";
import {
  EVENT_WEBHOOK_TYPES,
  KIND_OF_TYPE,
  MAX_ENDPOINTS,
  ORGANISATION_WEBHOOK_TYPES,
  WEBHOOK_TYPE_LABELS,
  type EndpointFields,
} from "./schema.ts";
import { generateSecret } from "./signing.ts";

/** This module's refusals ("WebhookErrors"). */
const refuse = refusals("WebhookErrors");

const notFound = () => new DomainError("NOT_FOUND", refuse("endpointNotFound"));

/** The owner's columns and the event its audit entries belong to. */
function ownerData(owner: WebhookOwner) {
  return owner.kind === "event"
    ? { data: { eventId: owner.eventId }, eventId: owner.eventId }
    : { data: { organisationId: owner.organisationId }, eventId: null };
}

/** Refuses (INVALID_INPUT, on the field) a URL that cannot be an endpoint and kinds the owner may not take. */
async function checkFields(owner: WebhookOwner, fields: EndpointFields, allowLocal: boolean): Promise<void> {
  const problems: Record<string, Said> = {};
  const urlProblem = await endpointAddressProblem(fields.url, { allowLocal });
  if (urlProblem) problems.url = urlProblem;
  const allowed = owner.kind === "event" ? EVENT_WEBHOOK_TYPES : ORGANISATION_WEBHOOK_TYPES;
  const refused = fields.types.filter((t) => !allowed.includes(t));
  if (refused.length > 0) {
    problems.types = refuse("typesNotForOrganisations", {
      types: refused.map((t) => WEBHOOK_TYPE_LABELS[t].toLowerCase()).join(", "),
    });
  }
  const first = Object.values(problems)[0];
  if (first) {
    throw new DomainError(
      "INVALID_INPUT",
      first,
      Object.fromEntries(Object.entries(problems).map(([field, said]) => [field, [said.text]])),
    );
  }
}

async function findEndpoint(tx: Tx, owner: WebhookOwner, endpointId: string) {
  const row = await tx.webhookEndpoint.findFirst({
    where: { id: endpointId, ...ownerWhere(owner) },
    select: endpointSelect,
  });
  if (!row) throw notFound();
  return row;
}

/**
 * Adds an endpoint with a new signing secret. Errors: INVALID_INPUT (fieldErrors.url: not https, a
 * private address or a host that cannot be found; fieldErrors.types: a kind the owner may not take),
 * CONFLICT with MAX_ENDPOINTS already. `allowLocal` defaults to WEBHOOKS_ALLOW_LOCAL.
 */
export async function createEndpoint(
  db: Db,
  params: { owner: WebhookOwner; actorId: string; fields: EndpointFields; allowLocal?: boolean },
): Promise<EndpointView> {
  const { owner, fields } = params;
  await checkFields(owner, fields, params.allowLocal ?? allowLocalAddresses());
  const { data, eventId } = ownerData(owner);
  return db.$transaction(async (tx) => {
    const count = await tx.webhookEndpoint.count({ where: ownerWhere(owner) });
    if (count >= MAX_ENDPOINTS) {
      throw new DomainError("CONFLICT", refuse("tooManyEndpoints", { max: String(MAX_ENDPOINTS) }));
    }
    const row = await tx.webhookEndpoint.create({
      data: {
        ...data,
        url: fields.url,
        description: fields.description,
        kinds: fields.types.map((t) => KIND_OF_TYPE[t]),
        active: fields.active,
        secret: generateSecret(),
        createdById: params.actorId,
      },
      select: endpointSelect,
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId,
      action: "webhook.create",
      entityType: "WebhookEndpoint",
      entityId: row.id,
      data: { ...data, url: fields.url, types: fields.types },
    });
    return endpointView(row);
  });
}

/** Changes an endpoint's address, description, kinds or whether it is on (same checks as createEndpoint). */
export async function updateEndpoint(
  db: Db,
  params: {
    owner: WebhookOwner;
    actorId: string;
    endpointId: string;
    fields: EndpointFields;
    allowLocal?: boolean;
  },
): Promise<EndpointView> {
  const { owner, fields } = params;
  await checkFields(owner, fields, params.allowLocal ?? allowLocalAddresses());
  return db.$transaction(async (tx) => {
    await findEndpoint(tx, owner, params.endpointId);
    const row = await tx.webhookEndpoint.update({
      where: { id: params.endpointId },
      data: {
        url: fields.url,
        description: fields.description,
        kinds: fields.types.map((t) => KIND_OF_TYPE[t]),
        active: fields.active,
        ...(fields.active ? { disabledReason: null } : {}),
      },
      select: endpointSelect,
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: ownerData(owner).eventId,
      action: "webhook.update",
      entityType: "WebhookEndpoint",
      entityId: row.id,
      data: { url: fields.url, types: fields.types, active: fields.active },
    });
    return endpointView(row);
  });
}

/** Deletes an endpoint and its delivery log. Deleting one already gone changes nothing. */
export async function deleteEndpoint(
  db: Db,
  params: { owner: WebhookOwner; actorId: string; endpointId: string },
): Promise<{ deleted: boolean }> {
  return db.$transaction(async (tx) => {
    const gone = await tx.webhookEndpoint.deleteMany({
      where: { id: params.endpointId, ...ownerWhere(params.owner) },
    });
    if (gone.count === 0) return { deleted: false };
    await audit(tx, {
      actorId: params.actorId,
      eventId: ownerData(params.owner).eventId,
      action: "webhook.delete",
      entityType: "WebhookEndpoint",
      entityId: params.endpointId,
    });
    return { deleted: true };
  });
}

/**
 * Gives an endpoint a new signing secret: every attempt from now on (retries of earlier messages too) is
 * signed with it, so the receiver must be given the new one.
 */
export async function rotateSecret(
  db: Db,
  params: { owner: WebhookOwner; actorId: string; endpointId: string },
): Promise<EndpointView> {
  return db.$transaction(async (tx) => {
    await findEndpoint(tx, params.owner, params.endpointId);
    const row = await tx.webhookEndpoint.update({
      where: { id: params.endpointId },
      data: { secret: generateSecret() },
      select: endpointSelect,
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: ownerData(params.owner).eventId,
      action: "webhook.rotate_secret",
      entityType: "WebhookEndpoint",
      entityId: row.id,
    });
    return endpointView(row);
  });
}

/**
 * "Send test": a `ping` message to the endpoint (on or off, whatever it subscribes to), delivered like
 * any other (the log shows how it went). Returns the delivery's id.
 */
export async function sendTest(
  db: Db,
  params: { owner: WebhookOwner; endpointId: string; now: Date },
): Promise<{ deliveryId: string }> {
  const ids = await db.$transaction(async (tx) => {
    await findEndpoint(tx, params.owner, params.endpointId);
    return emitWebhook(tx, {
      type: "ping",
      endpointIds: [params.endpointId],
      occurredAt: params.now,
      now: params.now,
      data: () => ({
        endpointId: params.endpointId,
        message: "A test from Festival of Code: your endpoint is reachable.",
        sentAt: params.now.toISOString(),
      }),
    });
  });
  dispatchDeliveries(db, { deliveryIds: ids, now: params.now });
  const [deliveryId] = ids;
  if (!deliveryId) throw notFound();
  return { deliveryId };
}

/**
 * "Redeliver": the same message (same webhook-id, so receivers that already have it drop it) is due
 * again now, whatever became of it. If that attempt fails, the retry schedule carries on from the
 * attempts already made. NOT_FOUND for a delivery that is not the owner's.
 */
export async function redeliver(
  db: Db,
  params: { owner: WebhookOwner; actorId: string; deliveryId: string; now: Date },
): Promise<{ deliveryId: string }> {
  const queue = webhookQueueUrl();
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: params.deliveryId, endpoint: ownerWhere(params.owner) },
      select: { id: true },
    });
    if (!delivery) throw new DomainError("NOT_FOUND", refuse("deliveryNotFound"));
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "PENDING", nextAttemptAt: params.now },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: ownerData(params.owner).eventId,
      action: "webhook.redeliver",
      entityType: "WebhookDelivery",
      entityId: delivery.id,
    });
    if (queue) await addDeliveryJob(tx, queue, { deliveryId: delivery.id, runAt: params.now });
  });
  dispatchDeliveries(db, { deliveryIds: [params.deliveryId], now: params.now });
  return { deliveryId: params.deliveryId };
}
