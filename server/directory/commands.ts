// Operators and their weekly sessions: asking to become an operator, approving one, and listing sessions.
import "server-only";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { afterPlacesChange, closeOrRefuse, sendBookingNotices } from "./bookings.ts";
import type { SessionDetails } from "./schema.ts";

/** This module's refusals ("DirectoryErrors"). */
const refuse = refusals("DirectoryErrors");

const sessionNotFound = () => new DomainError("NOT_FOUND", refuse("sessionNotFound"));

/**
 * An owner asks the platform's admins to make the organisation an operator. Returns `{ requestedAt }`
 * (the first request's time: asking again changes nothing). PRECONDITION_FAILED when it is one already.
 */
export async function requestOperator(
  db: Db,
  params: { actorId: string; organisationId: string; now: Date },
): Promise<{ requestedAt: Date }> {
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUniqueOrThrow({
      where: { id: params.organisationId },
      select: { operatorRequestedAt: true, operatorApprovedAt: true },
    });
    if (org.operatorApprovedAt) throw new DomainError("CONFLICT", refuse("alreadyOperator"));
    if (org.operatorRequestedAt) return { requestedAt: org.operatorRequestedAt };
    await tx.organisation.update({
      where: { id: params.organisationId },
      data: { operatorRequestedAt: params.now },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      action: "operator.request",
      entityType: "Organisation",
      entityId: params.organisationId,
    });
    return { requestedAt: params.now };
  });
}

/**
 * A platform admin approves an organisation as an operator (`approved: true`) or withdraws its approval
 * (`false`: its owners can no longer create events or change sessions, and its sessions leave the
 * directory; its events stay, run by their organisers). NOT_FOUND for an unknown organisation.
 */
export async function decideOperator(
  db: Db,
  params: { actorId: string; organisationId: string; approved: boolean; now: Date },
): Promise<{ operatorApprovedAt: Date | null }> {
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({
      where: { id: params.organisationId },
      select: { operatorApprovedAt: true },
    });
    if (!org) throw new DomainError("NOT_FOUND", refuse("organisationNotFound"));
    if (Boolean(org.operatorApprovedAt) === params.approved)
      return { operatorApprovedAt: org.operatorApprovedAt };
    const operatorApprovedAt = params.approved ? params.now : null;
    await tx.organisation.update({
      where: { id: params.organisationId },
      data: { operatorApprovedAt },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      action: params.approved ? "operator.approve" : "operator.withdraw",
      entityType: "Organisation",
      entityId: params.organisationId,
    });
    return { operatorApprovedAt };
  });
}

function sessionData(details: SessionDetails) {
  const { cost, startsOn, endsOn, breaks, ...rest } = details;
  const inPerson = details.mode === "IN_PERSON";
  return {
    ...rest,
    // An online session keeps no venue: the directory must not place it anywhere.
    venueName: inPerson ? rest.venueName : "",
    addressLine: inPerson ? rest.addressLine : "",
    postcodeDistrict: inPerson ? rest.postcodeDistrict : "",
    costPence: cost,
    startsOn: new Date(`${startsOn}T00:00:00.000Z`),
    endsOn: endsOn ? new Date(`${endsOn}T00:00:00.000Z`) : null,
    // Plain objects for the JSON column, in date order.
    breaks: [...breaks]
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
      .map((b) => ({ startsOn: b.startsOn, endsOn: b.endsOn, name: b.name })),
  };
}

/** Creates a draft weekly session for an operator. Returns `{ id }`. */
export async function createSession(
  db: Db,
  params: { actorId: string; organisationId: string; details: SessionDetails },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const session = await tx.recurringSession.create({
      data: { organisationId: params.organisationId, ...sessionData(params.details) },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      action: "session.create",
      entityType: "RecurringSession",
      entityId: session.id,
    });
    return session;
  });
}

/** Which session a change is for, and who makes it for which organisation. */
interface OwnSession {
  actorId: string;
  organisationId: string;
  sessionId: string;
}

/**
 * Makes `change` (an updateMany or deleteMany of the sessions `where` selects: the one session, only if
 * it is the organisation's) and audits it as `action`. NOT_FOUND, with nothing changed or audited, when
 * the session is not the organisation's.
 */
async function changeOwnSession(
  tx: Tx,
  params: OwnSession,
  action: string,
  change: (where: { id: string; organisationId: string }) => Promise<{ count: number }>,
): Promise<void> {
  const { count } = await change({ id: params.sessionId, organisationId: params.organisationId });
  if (count === 0) throw sessionNotFound();
  await audit(tx, {
    actorId: params.actorId,
    action,
    entityType: "RecurringSession",
    entityId: params.sessionId,
  });
}

/**
 * Replaces a session's details. NOT_FOUND when the session is not the organisation's; CONFLICT
 * (ClubBookingErrors.bookingsStillOpen) when it would stop taking bookings here while people hold places
 * or wait. More places go to the waiting list at once (each person emailed after committing).
 */
export async function updateSession(
  db: Db,
  params: OwnSession & { details: SessionDetails; now: Date },
): Promise<{ id: string }> {
  const notices = await db.$transaction(async (tx) => {
    await changeOwnSession(tx, params, "session.update", (where) =>
      tx.recurringSession.updateMany({ where, data: sessionData(params.details) }),
    );
    return afterPlacesChange(tx, {
      sessionId: params.sessionId,
      placesHere: params.details.placesHere,
      actorId: params.actorId,
      now: params.now,
    });
  });
  await sendBookingNotices(db, notices, params.now);
  return { id: params.sessionId };
}

/**
 * Puts a session in the directory (`published: true`) or takes it out (false). NOT_FOUND when the
 * session is not the organisation's; CONFLICT (ClubBookingErrors.unpublishWithBookings) when taking out
 * a club that still meets while people hold places or wait (its page is where they see them).
 * Returns `{ publishedAt }`.
 */
export async function setSessionPublished(
  db: Db,
  params: OwnSession & { published: boolean; now: Date },
): Promise<{ publishedAt: Date | null }> {
  return db.$transaction(async (tx) => {
    const publishedAt = params.published ? params.now : null;
    if (!params.published) {
      // The club's page is where people see and give up their places: it stays while they hold them.
      const own = await tx.recurringSession.findFirst({
        where: { id: params.sessionId, organisationId: params.organisationId },
        select: { id: true },
      });
      if (!own) throw sessionNotFound();
      await tx.$queryRaw`SELECT "id" FROM "RecurringSession" WHERE "id" = ${params.sessionId} FOR UPDATE`;
      await closeOrRefuse(tx, {
        sessionId: params.sessionId,
        now: params.now,
        refusal: "unpublishWithBookings",
      });
    }
    await changeOwnSession(tx, params, params.published ? "session.publish" : "session.unpublish", (where) =>
      tx.recurringSession.updateMany({ where, data: { publishedAt } }),
    );
    return { publishedAt };
  });
}

/**
 * Deletes a session. NOT_FOUND when the session is not the organisation's; CONFLICT
 * (ClubBookingErrors.bookingsStillOpen) while people hold places or wait there (cancelling each booking
 * tells the person; deleting would not).
 */
export async function deleteSession(db: Db, params: OwnSession & { now: Date }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const own = await tx.recurringSession.findFirst({
      where: { id: params.sessionId, organisationId: params.organisationId },
      select: { id: true },
    });
    if (!own) throw sessionNotFound();
    await afterPlacesChange(tx, {
      sessionId: params.sessionId,
      placesHere: null,
      actorId: params.actorId,
      now: params.now,
    });
    await changeOwnSession(tx, params, "session.delete", (where) =>
      tx.recurringSession.deleteMany({ where }),
    );
    return { id: params.sessionId };
  });
}
