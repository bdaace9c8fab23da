import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { EventRole } from "./policy.ts";

/** What every event page and rule needs: the status and the timeline. */
export const eventCoreSelect = {
  id: true,
  slug: true,
  name: true,
  status: true,
  timeZone: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  startsAt: true,
  submissionDeadline: true,
  judgingClosesAt: true,
  resultsAt: true,
} satisfies Prisma.EventSelect;

export type EventCore = Prisma.EventGetPayload<{ select: typeof eventCoreSelect }>;

export const eventPublicSelect = {
  ...eventCoreSelect,
  description: true,
  teamMinSize: true,
  teamMaxSize: true,
  minimumAge: true,
} satisfies Prisma.EventSelect;

export type EventPublic = Prisma.EventGetPayload<{ select: typeof eventPublicSelect }>;

export const eventRoleSelect = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, email: true, name: true } },
} satisfies Prisma.EventRoleSelect;

export interface EventAccess {
  event: EventCore;
  roles: EventRole[];
  isPlatformAdmin: boolean;
}

/** The event and the caller's relation to it, read fresh from the database for every request. */
export async function eventAccess(
  db: Db,
  params: { eventId?: string; slug?: string; userId: string | null },
): Promise<EventAccess | null> {
  const where = params.eventId ? { id: params.eventId } : params.slug ? { slug: params.slug } : null;
  if (!where) return null;
  const [event, user] = await Promise.all([
    db.event.findUnique({
      where,
      select: {
        ...eventCoreSelect,
        roles: params.userId
          ? { where: { userId: params.userId }, select: { role: true } }
          : { where: { id: "" }, select: { role: true } },
      },
    }),
    params.userId
      ? db.user.findUnique({ where: { id: params.userId }, select: { isPlatformAdmin: true } })
      : null,
  ]);
  if (!event) return null;
  const { roles, ...core } = event;
  return {
    event: core,
    roles: [...new Set(roles.map((r) => r.role))],
    isPlatformAdmin: user?.isPlatformAdmin ?? false,
  };
}

export function listPublishedEvents(db: Db) {
  return db.event.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ startsAt: "asc" }, { name: "asc" }],
    take: 100,
    select: { ...eventCoreSelect, description: true },
  });
}

export function eventDetails(db: Db, params: { eventId: string }) {
  return db.event.findUniqueOrThrow({ where: { id: params.eventId }, select: eventPublicSelect });
}

export function eventRoles(db: Db, params: { eventId: string }) {
  return db.eventRole.findMany({
    where: { eventId: params.eventId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: eventRoleSelect,
  });
}

/** The events a person can manage (all of them for a platform admin). */
export function managedEvents(db: Db, params: { userId: string; isPlatformAdmin: boolean }) {
  return db.event.findMany({
    where: params.isPlatformAdmin ? {} : { roles: { some: { userId: params.userId, role: "ORGANISER" } } },
    orderBy: [{ startsAt: "desc" }],
    take: 200,
    select: eventCoreSelect,
  });
}
