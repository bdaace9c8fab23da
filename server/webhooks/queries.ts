import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { TYPE_OF_KIND, type MessageType, type WebhookType } from "./schema.ts";

/** Whose endpoints: an event's (its organisers) or an organisation's (its owners). */
export type WebhookOwner =
  { kind: "event"; eventId: string } | { kind: "organisation"; organisationId: string };

export function ownerWhere(owner: WebhookOwner): Prisma.WebhookEndpointWhereInput {
  return owner.kind === "event" ? { eventId: owner.eventId } : { organisationId: owner.organisationId };
}

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  kinds: true,
  secret: true,
  active: true,
  disabledReason: true,
  createdAt: true,
} satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;

/** An endpoint as its owners see it, the signing secret included (they need it to verify messages). */
export interface EndpointView {
  id: string;
  url: string;
  description: string;
  types: WebhookType[];
  secret: string;
  active: boolean;
  disabledReason: string | null;
  createdAt: Date;
}

export function endpointView(row: EndpointRow): EndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    types: row.kinds.filter((k) => k !== "PING").map((k) => TYPE_OF_KIND[k] as WebhookType),
    secret: row.secret,
    active: row.active,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt,
  };
}

export { endpointSelect };

/** The owner's endpoints, oldest first. */
export async function listEndpoints(db: Db, owner: WebhookOwner): Promise<EndpointView[]> {
  const rows = await db.webhookEndpoint.findMany({
    where: ownerWhere(owner),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: endpointSelect,
  });
  return rows.map(endpointView);
}

/** One line of the delivery log (no payload: it is the same for every endpoint and kind). */
export interface DeliveryView {
  id: string;
  endpointId: string;
  endpointUrl: string;
  type: MessageType;
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/**
 * The owner's delivery log, newest first, `limit` at a time: every endpoint's, or `endpointId`'s only
 * (another owner's endpoint finds nothing). `cursor` is the previous page's `nextCursor`.
 */
export async function listDeliveries(
  db: Db,
  owner: WebhookOwner,
  params: { endpointId?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<{ items: DeliveryView[]; nextCursor: string | null }> {
  const where: Prisma.WebhookDeliveryWhereInput = {
    endpoint: ownerWhere(owner),
    ...(params.endpointId ? { endpointId: params.endpointId } : {}),
  };
  // A cursor from elsewhere (another owner, or made up) starts from the newest page instead of failing.
  const cursorRow = params.cursor
    ? await db.webhookDelivery.findFirst({ where: { ...where, id: params.cursor }, select: { id: true } })
    : null;
  const rows = await db.webhookDelivery.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: params.limit + 1,
    ...(cursorRow ? { cursor: { id: cursorRow.id }, skip: 1 } : {}),
    select: {
      id: true,
      endpointId: true,
      endpoint: { select: { url: true } },
      kind: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastError: true,
      nextAttemptAt: true,
      createdAt: true,
      deliveredAt: true,
    },
  });
  const page = rows.slice(0, params.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      endpointId: r.endpointId,
      endpointUrl: r.endpoint.url,
      type: TYPE_OF_KIND[r.kind],
      status: r.status,
      attempts: r.attempts,
      lastStatusCode: r.lastStatusCode,
      lastError: r.lastError,
      nextAttemptAt: r.status === "PENDING" ? r.nextAttemptAt : null,
      createdAt: r.createdAt,
      deliveredAt: r.deliveredAt,
    })),
    nextCursor: rows.length > params.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
