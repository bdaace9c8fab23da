// Checking people in and out at the venue. Each change locks the registration's row, so two phones at
// one door cannot check the same person in twice or out to two different adults.
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { consentInForce } from "../registrations/guardian-link.ts";
import { formatInZone } from "../time/zoned.ts";
import { departureFactsOf, deskSelect } from "./queries.ts";
import { assertMayCheckIn, decideDeparture, type DepartureChoice } from "./rules.ts";

/** This module's refusals ("CheckInErrors"). */
const refuse = refusals("CheckInErrors");

interface DeskScope {
  actorId: string;
  eventId: string;
  timeZone: string;
  /** The centres the caller runs the door of: a registration elsewhere is not found. */
  centreIds: readonly string[];
  registrationId: string;
  now: Date;
}

async function lockedRegistration(tx: Tx, scope: DeskScope) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Registration"
    WHERE id = ${scope.registrationId} AND "eventId" = ${scope.eventId} AND "centreId" = ANY(${[...scope.centreIds]})
    FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND", refuse("notAtYourCentre"));
  return tx.registration.findUniqueOrThrow({
    where: { id: scope.registrationId },
    select: { ...deskSelect, centreId: true },
  });
}

/**
 * Checks a person in at their centre: opens a visit at `now` and records it in the audit log. Errors
 * (DomainError): NOT_FOUND when the registration is not at one of `centreIds`; CONSENT_REQUIRED or
 * FORBIDDEN when the door must refuse them (assertMayCheckIn); CONFLICT when they are already in.
 * Returns `{ checkedInAt }`.
 */
export async function checkIn(db: Db, scope: DeskScope) {
  return db.$transaction(async (tx) => {
    const registration = await lockedRegistration(tx, scope);
    assertMayCheckIn(registration);
    const open = registration.visits[0];
    if (open) {
      throw new DomainError(
        "CONFLICT",
        refuse("alreadyCheckedIn", { since: formatInZone(open.checkedInAt, scope.timeZone) }),
      );
    }
    const visit = await tx.attendance.create({
      data: {
        registrationId: registration.id,
        centreId: registration.centreId,
        checkedInAt: scope.now,
        checkedInById: scope.actorId,
      },
      select: { id: true, checkedInAt: true },
    });
    await tx.registration.update({ where: { id: registration.id }, data: { checkedInAt: scope.now } });
    await audit(tx, {
      actorId: scope.actorId,
      eventId: scope.eventId,
      action: "attendance.checkIn",
      entityType: "Attendance",
      entityId: visit.id,
      data: { registrationId: registration.id },
    });
    return { checkedInAt: visit.checkedInAt };
  });
}

/**
 * Checks a person out as `choice` says (server/checkin/rules.ts decideDeparture: an authorised adult, on
 * their own, or an organiser's override with a reason when `canOverride`), closing their open visit and
 * recording who collected them in the visit and the audit log. Errors (DomainError): NOT_FOUND as for
 * checkIn or for a collector not on the guardian's list; CONFLICT when they are not checked in; those of
 * decideDeparture. Returns `{ departure, collectedBy }`.
 */
export async function checkOut(db: Db, scope: DeskScope & { canOverride: boolean; choice: DepartureChoice }) {
  return db.$transaction(async (tx) => {
    const registration = await lockedRegistration(tx, scope);
    const open = registration.visits[0];
    if (!open) throw new DomainError("CONFLICT", refuse("notCheckedIn"));
    const facts = departureFactsOf(registration);
    const decided = decideDeparture({ ...facts, canOverride: scope.canOverride }, scope.choice);
    await tx.attendance.update({
      where: { id: open.id },
      data: {
        checkedOutAt: scope.now,
        checkedOutById: scope.actorId,
        departure: decided.departure,
        collectedBy: decided.collectedBy,
        overrideReason: decided.overrideReason,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: scope.actorId,
      eventId: scope.eventId,
      action: decided.departure === "OVERRIDE" ? "attendance.checkOutOverride" : "attendance.checkOut",
      entityType: "Attendance",
      entityId: open.id,
      data: {
        registrationId: registration.id,
        departure: decided.departure,
        collectedBy: decided.collectedBy,
        overrideReason: decided.overrideReason,
      },
    });
    return { departure: decided.departure, collectedBy: decided.collectedBy };
  });
}

/**
 * A guardian says who may collect their young person from the venue, with the link they consented
 * with (no account needed): replaces the list of authorised adults with `collectors` (names already
 * normalised by the schema) and sets whether they may leave on their own. Only a consent that was given
 * and not withdrawn can do this. Errors (DomainError): NOT_FOUND for a link that gave no consent in
 * force; SELF_CONSENT when `viewer` is the young person (server/registrations/rules.ts consentDoubts).
 * Returns `{ mayLeaveAlone, collectors: [{ id, name, relationship }] }`.
 */
export async function setCollection(
  db: Db,
  params: {
    token: string;
    mayLeaveAlone: boolean;
    collectors: readonly { name: string; relationship: string }[];
    /** The signed-in caller, if any: the young person themselves is refused. */
    viewer: { id: string; email: string } | null;
    now: Date;
  },
) {
  return db.$transaction(async (tx) => {
    const consent = await consentInForce(tx, { ...params, doing: "say who may collect them" });
    await tx.$queryRaw`SELECT id FROM "Registration" WHERE id = ${consent.registrationId} FOR UPDATE`;
    await tx.guardianConsent.update({
      where: { id: consent.id },
      data: { mayLeaveAlone: params.mayLeaveAlone },
      select: { id: true },
    });
    await tx.authorisedCollector.deleteMany({ where: { registrationId: consent.registrationId } });
    await tx.authorisedCollector.createMany({
      data: params.collectors.map((c, i) => ({
        registrationId: consent.registrationId,
        name: c.name,
        relationship: c.relationship.trim(),
        // Kept in the order the guardian listed them.
        createdAt: new Date(params.now.getTime() + i),
      })),
    });
    await audit(tx, {
      actorId: null,
      eventId: consent.registration.eventId,
      action: "consent.collection",
      entityType: "GuardianConsent",
      entityId: consent.id,
      data: {
        registrationId: consent.registrationId,
        collectors: params.collectors.length,
        mayLeaveAlone: params.mayLeaveAlone,
      },
    });
    return collectionOf(tx, consent.registrationId, params.mayLeaveAlone);
  });
}

async function collectionOf(tx: Tx, registrationId: string, mayLeaveAlone: boolean) {
  const collectors = await tx.authorisedCollector.findMany({
    where: { registrationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, relationship: true },
  });
  return { mayLeaveAlone, collectors };
}
