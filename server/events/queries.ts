import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { EventRole } from "./policy.ts";
import { codeOfConductOf } from "./code-of-conduct.ts";

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
  consentAge: true,
  digitalConsentAge: true,
  contactEmail: true,
  coverImageKey: true,
  coverImageAlt: true,
} satisfies Prisma.EventSelect;

export type EventPublic = Prisma.EventGetPayload<{ select: typeof eventPublicSelect }>;

export const eventRoleSelect = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, email: true, name: true } },
  centre: { select: { id: true, name: true } },
} satisfies Prisma.EventRoleSelect;

export interface EventAccess {
  event: EventCore;
  roles: EventRole[];
  isPlatformAdmin: boolean;
  /** The caller's registration for this event, if any (withdrawn ones included). */
  registration: { id: string; status: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN" } | null;
  /** The caller's team in this event, if any. */
  membership: { teamId: string; isCaptain: boolean } | null;
}

/** The event and the caller's relation to it, read fresh from the database for every request. */
export async function eventAccess(
  db: Db,
  params: { eventId?: string; slug?: string; userId: string | null },
): Promise<EventAccess | null> {
  const where = params.eventId ? { id: params.eventId } : params.slug ? { slug: params.slug } : null;
  if (!where) return null;
  // A signed-out caller has no relations to the event: one query for the event alone (the public pages
  // ask this of every procedure they call).
  if (!params.userId) {
    const core = await db.event.findUnique({ where, select: eventCoreSelect });
    return core
      ? { event: core, roles: [], isPlatformAdmin: false, registration: null, membership: null }
      : null;
  }
  // Relations are filtered by the caller.
  const mine = { userId: params.userId };
  const [event, user] = await Promise.all([
    db.event.findUnique({
      where,
      select: {
        ...eventCoreSelect,
        roles: { where: mine, select: { role: true } },
        registrations: { where: mine, select: { id: true, status: true }, take: 1 },
        teams: {
          where: { members: { some: mine } },
          select: { id: true, members: { where: mine, select: { isCaptain: true } } },
          take: 1,
        },
      },
    }),
    db.user.findUnique({ where: { id: params.userId }, select: { isPlatformAdmin: true } }),
  ]);
  if (!event) return null;
  const { roles, registrations, teams, ...core } = event;
  const team = teams[0];
  return {
    event: core,
    roles: [...new Set(roles.map((r) => r.role))],
    isPlatformAdmin: user?.isPlatformAdmin ?? false,
    registration: registrations[0] ?? null,
    membership: team ? { teamId: team.id, isCaptain: team.members[0]?.isCaptain ?? false } : null,
  };
}

export function listPublishedEvents(db: Db) {
  return db.event.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ startsAt: "asc" }, { name: "asc" }],
    take: 100,
    select: { ...eventCoreSelect, description: true, coverImageKey: true, coverImageAlt: true },
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

/**
 * The centres whose registrations the caller may see: the ones they lead, or every centre of the event
 * for its organisers and platform administrators.
 */
export function centresInView(db: Db, params: { eventId: string; userId: string; allCentres: boolean }) {
  return db.centre.findMany({
    where: params.allCentres
      ? { eventId: params.eventId }
      : { eventId: params.eventId, roles: { some: { userId: params.userId, role: "CENTRE_LEAD" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, capacity: true },
  });
}

/** A centre whose people the caller works with on the day; `asLead`: they lead it or organise the event. */
export interface StaffCentre {
  id: string;
  name: string;
  asLead: boolean;
}

/**
 * The centres where the caller works on the day: those where they are a mentor or the lead (`asLead`
 * only where they lead), or every centre of the event, each `asLead`, for its organisers and platform
 * administrators (`allCentres`). By name.
 */
export async function staffCentresInView(
  db: Db,
  params: { eventId: string; userId: string; allCentres: boolean },
): Promise<StaffCentre[]> {
  const centres = await db.centre.findMany({
    where: params.allCentres
      ? { eventId: params.eventId }
      : {
          eventId: params.eventId,
          roles: { some: { userId: params.userId, role: { in: ["CENTRE_LEAD", "MENTOR"] } } },
        },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      roles: { where: { userId: params.userId, role: "CENTRE_LEAD" }, select: { id: true }, take: 1 },
    },
  });
  return centres.map((c) => ({ id: c.id, name: c.name, asLead: params.allCentres || c.roles.length > 0 }));
}

/** The centres a person leads, in any event anyone can see (drafts only for their organisers). */
export function ledCentres(db: Db, params: { userId: string }) {
  return db.eventRole.findMany({
    where: {
      userId: params.userId,
      role: "CENTRE_LEAD",
      centreId: { not: null },
      event: { status: { not: "DRAFT" } },
    },
    orderBy: [{ event: { startsAt: "desc" } }, { centre: { name: "asc" } }],
    take: 200,
    select: {
      event: { select: eventCoreSelect },
      centre: { select: { id: true, name: true } },
    },
  });
}

/** The code of conduct participants of the event accept (its own text or the platform's default). */
export async function eventCodeOfConduct(db: Db, params: { eventId: string }) {
  const event = await db.event.findUniqueOrThrow({
    where: { id: params.eventId },
    select: { codeOfConduct: true, codeOfConductVersion: true },
  });
  return { ...codeOfConductOf(event), own: event.codeOfConduct };
}

/** Where an event's cover image is stored; null when it has none. */
export async function eventCoverImage(db: Db, params: { eventId: string }) {
  const e = await db.event.findUnique({
    where: { id: params.eventId },
    select: { coverImageKey: true, coverImageContentType: true },
  });
  return e?.coverImageKey && e.coverImageContentType
    ? { storageKey: e.coverImageKey, contentType: e.coverImageContentType }
    : null;
}
