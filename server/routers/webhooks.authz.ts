// Who may call each webhooks procedure. Run by webhooks.authz.int.test.ts; coverage.test.ts checks
// that every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";
import { generateSecret } from "../webhooks/signing.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

/** A public address (an IP literal, so saving needs no DNS); never contacted: the endpoints are off. */
const PUBLIC_URL = "https://1.1.1.1/festival-hook";

export interface WebhooksWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** A judge of the event: a role, but not the organiser's. */
  judge: SessionUser;
  organisation: { id: string };
  owner: SessionUser;
  /** A member (not an owner) of the organisation. */
  member: SessionUser;
  eventEndpointId: string;
  eventDeliveryId: string;
  organisationEndpointId: string;
  organisationDeliveryId: string;
  /** Organiser of another event and owner of another organisation. */
  other: SessionUser;
}

async function endpointWithDelivery(db: Db, owner: { eventId: string } | { organisationId: string }) {
  const endpoint = await db.webhookEndpoint.create({
    data: {
      ...owner,
      url: PUBLIC_URL,
      kinds: ["PROJECT_SUBMITTED"],
      secret: generateSecret(),
      active: false,
    },
    select: { id: true },
  });
  const delivery = await db.webhookDelivery.create({
    data: {
      endpointId: endpoint.id,
      kind: "PING",
      payload: { type: "ping", timestamp: now.toISOString(), data: {} },
      status: "FAILED",
      attempts: 7,
      nextAttemptAt: now,
    },
    select: { id: true },
  });
  return { endpointId: endpoint.id, deliveryId: delivery.id };
}

export async function webhooksWorld(db: Db): Promise<WebhooksWorld> {
  const [organiser, judge, owner, member, other] = await Promise.all([
    makeUser(db, { name: "Olive Organiser" }),
    makeUser(db, { name: "Jo Judge" }),
    makeUser(db, { name: "Owen Owner" }),
    makeUser(db, { name: "Mel Member" }),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const organisation = await makeOrganisation(db, {
    members: [
      { userId: owner.id, role: "OWNER" },
      { userId: member.id, role: "MEMBER" },
    ],
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  await makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] });
  const forEvent = await endpointWithDelivery(db, { eventId: event.id });
  const forOrganisation = await endpointWithDelivery(db, { organisationId: organisation.id });
  return {
    event,
    organiser,
    judge,
    organisation,
    owner,
    member,
    eventEndpointId: forEvent.endpointId,
    eventDeliveryId: forEvent.deliveryId,
    organisationEndpointId: forOrganisation.endpointId,
    organisationDeliveryId: forOrganisation.deliveryId,
    other,
  };
}

// An event's endpoints: its organisers; a judge of the event and the organiser of another are refused.
const organisers = restrictedTo<WebhooksWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

// An organisation's endpoints: its owners; a member and the owner of another organisation are refused.
const owners = restrictedTo<WebhooksWorld>(
  (w) => w.owner,
  (w) => w.member,
);

const fields = { url: PUBLIC_URL, description: "CRM", types: ["project.submitted" as const], active: false };

export const webhooksAuthorization: AuthCases<WebhooksWorld> = {
  "webhooks.listForEvent": organisers((c, w) => c.webhooks.listForEvent({ eventId: w.event.id })),
  "webhooks.createForEvent": organisers((c, w) =>
    c.webhooks.createForEvent({ eventId: w.event.id, ...fields }),
  ),
  "webhooks.updateForEvent": organisers((c, w) =>
    c.webhooks.updateForEvent({ eventId: w.event.id, endpointId: w.eventEndpointId, ...fields }),
  ),
  "webhooks.deleteForEvent": organisers((c, w) =>
    c.webhooks.deleteForEvent({ eventId: w.event.id, endpointId: w.eventEndpointId }),
  ),
  "webhooks.rotateSecretForEvent": organisers((c, w) =>
    c.webhooks.rotateSecretForEvent({ eventId: w.event.id, endpointId: w.eventEndpointId }),
  ),
  "webhooks.sendTestForEvent": organisers((c, w) =>
    c.webhooks.sendTestForEvent({ eventId: w.event.id, endpointId: w.eventEndpointId }),
  ),
  "webhooks.deliveriesForEvent": organisers((c, w) => c.webhooks.deliveriesForEvent({ eventId: w.event.id })),
  "webhooks.redeliverForEvent": organisers((c, w) =>
    c.webhooks.redeliverForEvent({ eventId: w.event.id, deliveryId: w.eventDeliveryId }),
  ),
  "webhooks.listForOrganisation": owners((c, w) =>
    c.webhooks.listForOrganisation({ organisationId: w.organisation.id }),
  ),
  "webhooks.createForOrganisation": owners((c, w) =>
    c.webhooks.createForOrganisation({ organisationId: w.organisation.id, ...fields }),
  ),
  "webhooks.updateForOrganisation": owners((c, w) =>
    c.webhooks.updateForOrganisation({
      organisationId: w.organisation.id,
      endpointId: w.organisationEndpointId,
      ...fields,
    }),
  ),
  "webhooks.deleteForOrganisation": owners((c, w) =>
    c.webhooks.deleteForOrganisation({
      organisationId: w.organisation.id,
      endpointId: w.organisationEndpointId,
    }),
  ),
  "webhooks.rotateSecretForOrganisation": owners((c, w) =>
    c.webhooks.rotateSecretForOrganisation({
      organisationId: w.organisation.id,
      endpointId: w.organisationEndpointId,
    }),
  ),
  "webhooks.sendTestForOrganisation": owners((c, w) =>
    c.webhooks.sendTestForOrganisation({
      organisationId: w.organisation.id,
      endpointId: w.organisationEndpointId,
    }),
  ),
  "webhooks.deliveriesForOrganisation": owners((c, w) =>
    c.webhooks.deliveriesForOrganisation({ organisationId: w.organisation.id }),
  ),
  "webhooks.redeliverForOrganisation": owners((c, w) =>
    c.webhooks.redeliverForOrganisation({
      organisationId: w.organisation.id,
      deliveryId: w.organisationDeliveryId,
    }),
  ),
};
