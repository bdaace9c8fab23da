import "server-only";
// Telling endpoints that something happened, from inside the domain command's own transaction (the
// outbox pattern: deliver.ts). Each function finds the active endpoints subscribed to the kind — the
// event's, and the organisations' concerned — and, only when there are some, builds the message and
// inserts one WebhookDelivery per endpoint (with its job, on a PostgreSQL server). It returns the new
// deliveries' ids: the command hands them to dispatchDeliveries after its transaction commits.
//
// The messages carry ids, the names of events, challenges, organisations, teams and projects, statuses,
// times and public addresses: never a person's name, email address, date of birth or anything else
// about a person (server/webhooks/schema.ts).
import type { Tx } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { appUrl } from "../http/app-url.ts";
import { addDeliveryJob, webhookQueueUrl } from "./deliver.ts";
import {
  KIND_OF_TYPE,
  MESSAGE_DATA,
  type MessageData,
  type MessageType,
  type WebhookMessage,
} from "./schema.ts";

/**
 * Inserts a delivery of a `type` message to every active endpoint of `eventId` and of each of
 * `organisationIds` subscribed to it (or, for a ping, to `endpointIds`), with `data()` (called only
 * when there is an endpoint; checked against the kind's schema) at `occurredAt`, due at `now`.
 */
export async function emitWebhook<T extends MessageType>(
  tx: Tx,
  params: {
    type: T;
    eventId?: string | null;
    organisationIds?: readonly string[];
    endpointIds?: readonly string[];
    occurredAt: Date;
    now: Date;
    data: () => Promise<MessageData<T>> | MessageData<T>;
  },
): Promise<string[]> {
  const kind = KIND_OF_TYPE[params.type];
  const owners: Prisma.WebhookEndpointWhereInput[] = [];
  if (params.eventId) owners.push({ eventId: params.eventId });
  if (params.organisationIds?.length)
    owners.push({ organisationId: { in: [...new Set(params.organisationIds)] } });
  const where: Prisma.WebhookEndpointWhereInput = params.endpointIds
    ? { id: { in: [...params.endpointIds] } }
    : { active: true, kinds: { has: kind }, OR: owners };
  if (!params.endpointIds && owners.length === 0) return [];
  const endpoints = await tx.webhookEndpoint.findMany({
    where,
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (endpoints.length === 0) return [];
  const data = MESSAGE_DATA[params.type].parse(await params.data());
  const message: WebhookMessage = {
    type: params.type,
    timestamp: params.occurredAt.toISOString(),
    data: data,
  };
  const queue = webhookQueueUrl();
  const ids: string[] = [];
  for (const endpoint of endpoints) {
    const row = await tx.webhookDelivery.create({
      data: {
        endpointId: endpoint.id,
        kind,
        payload: message as unknown as Prisma.InputJsonValue,
        nextAttemptAt: params.now,
      },
      select: { id: true },
    });
    if (queue) await addDeliveryJob(tx, queue, { deliveryId: row.id, runAt: params.now });
    ids.push(row.id);
  }
  return ids;
}

const eventRefSelect = { id: true, name: true, slug: true } as const;
const eventRef = (event: { id: string; name: string; slug: string }) => ({
  ...event,
  url: appUrl(`/events/${event.slug}`),
});

/** challenge.status_changed: to the challenge's organisation and its event. */
export async function emitChallengeStatusChanged(
  tx: Tx,
  params: { challengeId: string; from: string; to: string; at: Date; now: Date },
): Promise<string[]> {
  const challenge = await tx.challenge.findUniqueOrThrow({
    where: { id: params.challengeId },
    select: {
      id: true,
      title: true,
      slug: true,
      eventId: true,
      organisationId: true,
      event: { select: eventRefSelect },
      organisation: { select: { id: true, name: true, slug: true } },
    },
  });
  type Status = MessageData<"challenge.status_changed">["challenge"]["status"];
  return emitWebhook(tx, {
    type: "challenge.status_changed",
    eventId: challenge.eventId,
    organisationIds: [challenge.organisationId],
    occurredAt: params.at,
    now: params.now,
    data: () => ({
      challenge: {
        id: challenge.id,
        title: challenge.title,
        status: params.to as Status,
        previousStatus: params.from as Status,
        url:
          params.to === "PUBLISHED"
            ? appUrl(`/events/${challenge.event.slug}/challenges/${challenge.slug}`)
            : null,
      },
      organisation: challenge.organisation,
      event: eventRef(challenge.event),
      changedAt: params.at.toISOString(),
    }),
  });
}

/** project.submitted: to the event and to the organisations of the challenges the project answers. */
export async function emitProjectSubmitted(
  tx: Tx,
  params: { submissionId: string; version: number; at: Date; now: Date },
): Promise<string[]> {
  const submission = await tx.submission.findUniqueOrThrow({
    where: { id: params.submissionId },
    select: {
      id: true,
      title: true,
      eventId: true,
      event: { select: eventRefSelect },
      team: { select: { id: true, name: true } },
      challenges: { select: { challenge: { select: { id: true, title: true, organisationId: true } } } },
    },
  });
  const challenges = submission.challenges.map((c) => c.challenge);
  return emitWebhook(tx, {
    type: "project.submitted",
    eventId: submission.eventId,
    organisationIds: challenges.map((c) => c.organisationId),
    occurredAt: params.at,
    now: params.now,
    data: () => ({
      project: {
        id: submission.id,
        title: submission.title,
        version: params.version,
        url: appUrl(`/events/${submission.event.slug}/projects/${submission.id}`),
      },
      team: submission.team,
      challenges,
      event: eventRef(submission.event),
      submittedAt: params.at.toISOString(),
    }),
  });
}

/**
 * results.published: to the event and to every organisation with a published challenge in it, with the
 * round's awards and their winning projects and teams (no person), as the public results show them.
 */
export async function emitResultsPublished(
  tx: Tx,
  params: { roundId: string; at: Date; now: Date },
): Promise<string[]> {
  const round = await tx.round.findUniqueOrThrow({
    where: { id: params.roundId },
    select: { id: true, name: true, scope: true, eventId: true, event: { select: eventRefSelect } },
  });
  const [sponsors, awards] = await Promise.all([
    tx.challenge.findMany({
      where: { eventId: round.eventId, status: "PUBLISHED" },
      select: { organisationId: true },
      distinct: ["organisationId"],
    }),
    tx.award.findMany({
      where: { roundId: round.id },
      orderBy: [{ kind: "asc" }, { place: "asc" }, { position: "asc" }],
      select: {
        id: true,
        name: true,
        kind: true,
        place: true,
        challenge: { select: { id: true, title: true } },
        winners: {
          orderBy: { submission: { title: "asc" } },
          select: {
            tiedByDecision: true,
            submission: { select: { id: true, title: true, status: true, team: { select: { name: true } } } },
          },
        },
      },
    }),
  ]);
  return emitWebhook(tx, {
    type: "results.published",
    eventId: round.eventId,
    organisationIds: sponsors.map((s) => s.organisationId),
    occurredAt: params.at,
    now: params.now,
    data: () => ({
      round: { id: round.id, name: round.name, scope: round.scope },
      event: eventRef(round.event),
      // As the public results show them: projects still submitted, named with their team; no person.
      awards: awards.map((award) => ({
        id: award.id,
        name: award.name,
        kind: award.kind,
        place: award.place,
        challenge: award.challenge,
        winners: award.winners
          .filter((w) => w.submission.status === "SUBMITTED")
          .map((w) => ({
            project: {
              id: w.submission.id,
              title: w.submission.title,
              url: appUrl(`/events/${round.event.slug}/projects/${w.submission.id}`),
            },
            team: w.submission.team,
            shared: w.tiedByDecision,
          })),
      })),
      publishedAt: params.at.toISOString(),
    }),
  });
}

/** registration.confirmed: to the event's endpoints only, with ids and the time only. */
export async function emitRegistrationConfirmed(
  tx: Tx,
  params: { registrationId: string; at: Date; now: Date },
): Promise<string[]> {
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: params.registrationId },
    select: { id: true, eventId: true, centreId: true },
  });
  return emitWebhook(tx, {
    type: "registration.confirmed",
    eventId: registration.eventId,
    occurredAt: params.at,
    now: params.now,
    data: () => ({
      registrationId: registration.id,
      eventId: registration.eventId,
      centreId: registration.centreId,
      confirmedAt: params.at.toISOString(),
    }),
  });
}
