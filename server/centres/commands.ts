import "server-only";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { appUrl } from "../http/app-url.ts";
import { sendMail } from "../mail/send.ts";
import { eventRoleRevokedMail } from "../mail/templates.ts";
import { greetingName } from "../people/rules.ts";
import { lookalikeInScope } from "../names/commands.ts";
import { holdsPlace } from "../registrations/queries.ts";
import { liveOffers, requestPromotion } from "../waiting-list/commands.ts";
import { centreSelect } from "./queries.ts";
import { capacityProblem, deleteProblem } from "./problems.ts";
import type { CentreDetails } from "./schema.ts";

/** This module's refusals ("CentreErrors"). */
const refuse = refusals("CentreErrors");

const nameTaken = () =>
  new DomainError("CONFLICT", refuse("nameTaken"), {
    name: [refuse("nameTakenField").text],
  });

const notFound = () => new DomainError("NOT_FOUND", refuse("centreNotFound"));

/** Refuses a name people would take for another centre's of the event (see lookalikeInScope). */
async function assertNameFree(tx: Tx, params: { eventId: string; name: string; centreId?: string }) {
  const clash = await lookalikeInScope(tx, {
    scope: `${params.eventId}:centre-names`,
    name: params.name,
    existing: () =>
      tx.centre.findMany({
        where: { eventId: params.eventId, ...(params.centreId ? { id: { not: params.centreId } } : {}) },
        select: { name: true },
      }),
  });
  if (clash) throw nameTaken();
}

/** The centre, locked for this transaction, if it belongs to the event (never another event's). */
async function lockCentre(tx: Tx, params: { eventId: string; centreId: string }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Centre" WHERE id = ${params.centreId} AND "eventId" = ${params.eventId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
}

export async function createCentre(
  db: Db,
  params: { actorId: string; eventId: string; details: CentreDetails },
) {
  try {
    return await db.$transaction(async (tx) => {
      await assertNameFree(tx, { eventId: params.eventId, name: params.details.name });
      const centre = await tx.centre.create({
        data: { ...params.details, eventId: params.eventId },
        select: centreSelect,
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "centre.create",
        entityType: "Centre",
        entityId: centre.id,
      });
      return centre;
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw nameTaken();
    throw error;
  }
}

/**
 * Changes a centre's details. Its capacity never drops below the people already registered there and
 * the places on offer from its waiting list (the row is locked, so neither count can change meanwhile:
 * registering and offering lock it too). Places a raised
 * capacity frees are offered to the centre's waiting list (`now`: the rule clock).
 */
export async function updateCentre(
  db: Db,
  params: { actorId: string; eventId: string; centreId: string; details: CentreDetails; now: Date },
) {
  let updated;
  try {
    updated = await db.$transaction(async (tx) => {
      await lockCentre(tx, params);
      await assertNameFree(tx, {
        eventId: params.eventId,
        name: params.details.name,
        centreId: params.centreId,
      });
      const [registered, offered] = await Promise.all([
        tx.registration.count({ where: { centreId: params.centreId, ...holdsPlace } }),
        liveOffers(tx, { centreId: params.centreId, now: params.now }),
      ]);
      const problem = capacityProblem(params.details.capacity, { registered, offered });
      if (problem) throw new DomainError("INVALID_INPUT", problem, { capacity: [problem.text] });
      const centre = await tx.centre.update({
        where: { id: params.centreId },
        data: params.details,
        select: centreSelect,
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "centre.update",
        entityType: "Centre",
        entityId: centre.id,
      });
      return centre;
    });
  } catch (error) {
    if (isUniqueViolation(error, "name")) throw nameTaken();
    throw error;
  }
  // A raised capacity frees places, offered to the centre's waiting list.
  await requestPromotion(db, { centreId: params.centreId, now: params.now });
  return updated;
}

/**
 * Deletes a centre nobody registered at and no team is based at. Its roles (centre leads, mentors placed
 * there) go with it, and the people who held them are told by email.
 */
export async function deleteCentre(db: Db, params: { actorId: string; eventId: string; centreId: string }) {
  const gone = await db.$transaction(async (tx) => {
    await lockCentre(tx, params);
    const registrations = await tx.registration.count({ where: { centreId: params.centreId } });
    const teams = await tx.team.count({ where: { centreId: params.centreId } });
    const problem = deleteProblem({ registrations, teams });
    if (problem) throw new DomainError("CONFLICT", problem);
    const centre = await tx.centre.findUniqueOrThrow({
      where: { id: params.centreId },
      select: {
        name: true,
        event: { select: { name: true } },
        roles: { select: { role: true, user: { select: { email: true, name: true, alias: true } } } },
      },
    });
    await tx.centre.delete({ where: { id: params.centreId } });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "centre.delete",
      entityType: "Centre",
      entityId: params.centreId,
    });
    return centre;
  });
  for (const { role, user } of gone.roles) {
    await sendMail(
      db,
      user.email,
      eventRoleRevokedMail({
        recipientName: greetingName(user),
        eventName: gone.event.name,
        role,
        centreName: gone.name,
        centreDeleted: true,
        url: appUrl("/"),
      }),
    );
  }
}
