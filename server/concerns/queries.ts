// What readers see of safeguarding concerns: a list without content, and one concern at a time, audited.
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { concernRoutesFor, readsConcern } from "./rules.ts";

/** This module's refusals ("ConcernErrors"). */
const refuse = refusals("ConcernErrors");

/**
 * The concerns of an event the caller reads (routed to a role they hold: concernRoutesFor), newest
 * first, without their content (which only `readConcern` shows, audited): `{ id, reportedAt, status,
 * routedTo, actions }`. Also `{ leads }`: how many safeguarding leads the event has (none: concerns go
 * to its organisers).
 */
export async function concernList(db: Db, params: { eventId: string; roles: readonly string[] }) {
  const routes = concernRoutesFor(params.roles);
  const [rows, leads] = await Promise.all([
    db.safeguardingConcern.findMany({
      where: { eventId: params.eventId, routedTo: { in: routes } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 500,
      select: {
        id: true,
        createdAt: true,
        status: true,
        routedTo: true,
        _count: { select: { actions: true } },
      },
    }),
    db.eventRole.count({ where: { eventId: params.eventId, role: "SAFEGUARDING_LEAD" } }),
  ]);
  return {
    concerns: rows.map((r) => ({
      id: r.id,
      reportedAt: r.createdAt,
      status: r.status,
      routedTo: r.routedTo,
      actions: r._count.actions,
    })),
    leads,
  };
}

/**
 * One concern in full, for someone it was routed to (NOT_FOUND otherwise, platform administrators
 * included): what was reported, what was done (with who did it), and every earlier read. The read is
 * written to the audit log ("concern.read") before the answer.
 */
export async function readConcern(
  db: Db,
  params: { eventId: string; actorId: string; roles: readonly string[]; concernId: string },
) {
  const concern = await db.safeguardingConcern.findFirst({
    where: { id: params.concernId, eventId: params.eventId },
    select: {
      id: true,
      createdAt: true,
      status: true,
      closedAt: true,
      routedTo: true,
      aboutLead: true,
      reportedById: true,
      reporterName: true,
      reporterContact: true,
      about: true,
      description: true,
      actions: {
        orderBy: { createdAt: "asc" },
        select: { id: true, text: true, createdAt: true, byUserId: true },
      },
    },
  });
  if (!concern || !readsConcern(params.roles, concern.routedTo)) {
    throw new DomainError("NOT_FOUND", refuse("concernNotFound"));
  }
  await audit(db, {
    actorId: params.actorId,
    eventId: params.eventId,
    action: "concern.read",
    entityType: "SafeguardingConcern",
    entityId: concern.id,
  });
  const reads = await db.auditLog.findMany({
    where: { entityType: "SafeguardingConcern", entityId: concern.id, action: "concern.read" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, createdAt: true, actorId: true },
  });
  const peopleIds = [
    ...new Set([...concern.actions.map((a) => a.byUserId), ...reads.map((r) => r.actorId)]),
  ].filter((id): id is string => id !== null);
  const people = await db.user.findMany({
    where: { id: { in: peopleIds } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name?.trim() || p.email]));
  const { reportedById, actions, ...rest } = concern;
  return {
    ...rest,
    reportedSignedIn: reportedById !== null,
    actions: actions.map((a) => ({
      id: a.id,
      text: a.text,
      at: a.createdAt,
      by: a.byUserId ? (nameOf.get(a.byUserId) ?? "Someone") : "Someone",
    })),
    reads: reads.map((r) => ({
      id: r.id,
      at: r.createdAt,
      by: r.actorId ? (nameOf.get(r.actorId) ?? "Someone") : "Someone",
    })),
  };
}
