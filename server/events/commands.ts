import "server-only";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { eventDatesChangedMail, eventRoleMail, eventRoleRevokedMail } from "../mail/templates.ts";
import { formatInZone } from "../time/zoned.ts";
import { TIMELINE_FIELD_LABELS, TIMELINE_FIELDS } from "./rules.ts";
import { greetingName } from "../people/rules.ts";
import { sendMail } from "../mail/send.ts";
import { findOrCreateUserByEmail } from "../users/commands.ts";
import { canRevokeRole, nextStatus } from "./policy.ts";
import { eventCoreSelect, eventRoleSelect, type EventCore } from "./queries.ts";
import type { EventDetails, UpdateEventDetails } from "./schema.ts";
import type { EventRole } from "./policy.ts";
import { createHash, randomBytes } from "node:crypto";
import type { BlobStore } from "../storage/blob-store.ts";
import { acceptedImageType } from "../storage/image-refusals.ts";
import { removeBlob, replaceBlob } from "../storage/replace-blob.ts";
import { DEFAULT_CODE_OF_CONDUCT } from "./code-of-conduct.ts";

/** This module's refusals ("EventErrors"). */
const refuse = refusals("EventErrors");

function signInUrl(): string {
  return appUrl("/signin");
}

const slugTaken = () =>
  new DomainError("CONFLICT", refuse("slugTaken"), {
    slug: [refuse("slugTakenField").text],
  });

function eventData(details: EventDetails) {
  return {
    name: details.name,
    slug: details.slug,
    description: details.description,
    timeZone: details.timeZone,
    registrationOpensAt: details.registrationOpensAt,
    registrationClosesAt: details.registrationClosesAt,
    startsAt: details.startsAt,
    submissionDeadline: details.submissionDeadline,
    judgingClosesAt: details.judgingClosesAt,
    resultsAt: details.resultsAt,
    teamMinSize: details.teamMinSize,
    teamMaxSize: details.teamMaxSize,
    minimumAge: details.minimumAge,
    consentAge: details.consentAge,
    digitalConsentAge: details.digitalConsentAge,
    codeOfConduct: details.codeOfConduct,
    // Changing the text makes a new version, so registrations show which text each person accepted.
    codeOfConductVersion: codeOfConductVersionFor(details.codeOfConduct),
    contactEmail: details.contactEmail,
  };
}

/** DEFAULT_CODE_OF_CONDUCT's version for no text of the event's own, else `c-` + 12 hex of its SHA-256. */
export function codeOfConductVersionFor(text: string): string {
  if (text.trim() === "") return DEFAULT_CODE_OF_CONDUCT.version;
  return `c-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}

/**
 * The ages that decide who needs a guardian (consentAge, digitalConsentAge) are fixed once anyone holds a
 * registration that is not withdrawn: a change would silently turn a confirmed young person into one
 * without consent, or a child registered by themselves into one who should have been registered by a
 * guardian. INVALID_INPUT on the changed field, saying how many registered; the event row is locked, so
 * a registration cannot slip in between.
 */
async function refuseAgeChangeOnceRegistered(
  tx: Tx,
  params: { eventId: string; details: { consentAge: number; digitalConsentAge: number } },
): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${params.eventId} FOR UPDATE`;
  const current = await tx.event.findUniqueOrThrow({
    where: { id: params.eventId },
    select: { consentAge: true, digitalConsentAge: true },
  });
  const changed = (["consentAge", "digitalConsentAge"] as const).filter(
    (field) => current[field] !== params.details[field],
  );
  if (changed.length === 0) return;
  const registered = await tx.registration.count({
    where: { eventId: params.eventId, status: { not: "WITHDRAWN" } },
  });
  if (registered === 0) return;
  const values = { count: registered, registered: String(registered) };
  const message = refuse("ageFixedOnceRegisteredField", values).text;
  throw new DomainError(
    "INVALID_INPUT",
    refuse("ageFixedOnceRegistered", values),
    Object.fromEntries(changed.map((field) => [field, [message]])),
  );
}

/** A platform admin creates a draft event and names its first organiser. */
export async function createEvent(
  db: Db,
  params: { actorId: string; details: EventDetails; organiserEmail: string; organisationId?: string },
): Promise<EventCore> {
  let event: EventCore;
  try {
    event = await db.$transaction(async (tx) => {
      const created = await tx.event.create({
        data: {
          ...eventData(params.details),
          createdById: params.actorId,
          organisationId: params.organisationId ?? null,
        },
        select: eventCoreSelect,
      });
      const organiser = await findOrCreateUserByEmail(tx, params.organiserEmail);
      const role = await tx.eventRole.create({
        data: { eventId: created.id, userId: organiser.id, role: "ORGANISER", grantedById: params.actorId },
        select: { id: true },
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: created.id,
        action: "event.create",
        entityType: "Event",
        entityId: created.id,
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: created.id,
        action: "role.grant",
        entityType: "EventRole",
        entityId: role.id,
        data: { role: "ORGANISER", userId: organiser.id },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) throw slugTaken();
    throw error;
  }
  await sendMail(
    db,
    params.organiserEmail,
    eventRoleMail({ eventName: event.name, role: "ORGANISER", signInUrl: signInUrl() }),
  );
  return event;
}

/**
 * Saves an event's details. A change of time zone must say what to keep (see updateEventInput), and
 * must start from the zone the event has now: otherwise someone changed it meanwhile.
 */
export async function updateEvent(
  db: Db,
  params: { actorId: string; event: EventCore; details: UpdateEventDetails },
): Promise<EventCore> {
  const zoneChanged = params.details.timeZone !== params.event.timeZone;
  if (zoneChanged && params.details.shownInTimeZone !== params.event.timeZone) {
    throw new DomainError(
      "CONFLICT",
      refuse("timeZoneChangedMeanwhile", { timeZone: params.event.timeZone }),
    );
  }
  if (zoneChanged && params.details.timeZoneChange === null) {
    throw new DomainError("INVALID_INPUT", refuse("chooseZoneChange"), {
      timeZoneChange: [refuse("chooseZoneChangeField").text],
    });
  }
  if (params.event.status !== "DRAFT" && params.details.slug !== params.event.slug) {
    // Links to a published event are out in the world; its address must not move.
    throw new DomainError("INVALID_INPUT", refuse("publishedSlugFixed"), {
      slug: [refuse("publishedSlugFixedField").text],
    });
  }
  let updated: EventCore;
  try {
    updated = await db.$transaction(async (tx) => {
      await refuseAgeChangeOnceRegistered(tx, { eventId: params.event.id, details: params.details });
      const saved = await tx.event.update({
        where: { id: params.event.id },
        data: eventData(params.details),
        select: eventCoreSelect,
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: saved.id,
        action: "event.update",
        entityType: "Event",
        entityId: saved.id,
        data: zoneChanged
          ? {
              timeZone: {
                from: params.event.timeZone,
                to: params.details.timeZone,
                keep: params.details.timeZoneChange,
              },
            }
          : {},
      });
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) throw slugTaken();
    throw error;
  }
  await mailMovedDates(db, { before: params.event, after: updated });
  return updated;
}

/**
 * Tells everyone registered for a published event which of its dates moved (old and new, in the
 * event's zone as it is now). Nothing for a draft or an archived event, or when no moment moved (a
 * time-zone change that keeps the moments moves none).
 */
async function mailMovedDates(db: Db, params: { before: EventCore; after: EventCore }): Promise<void> {
  const { before, after } = params;
  if (after.status !== "PUBLISHED") return;
  const zone = after.timeZone;
  const changes = TIMELINE_FIELDS.filter((f) => before[f].getTime() !== after[f].getTime()).map((f) => ({
    label: TIMELINE_FIELD_LABELS[f],
    before: formatInZone(before[f], zone),
    after: formatInZone(after[f], zone),
  }));
  if (changes.length === 0) return;
  const recipients = await db.registration.findMany({
    where: { eventId: after.id, status: { not: "WITHDRAWN" } },
    select: { user: { select: { email: true } } },
  });
  const content = eventDatesChangedMail({
    eventName: after.name,
    timeZone: zone,
    changes,
    url: appUrl(`/events/${after.slug}`),
  });
  for (const { user } of recipients) await sendMail(db, user.email, content);
}

/**
 * DRAFT → PUBLISHED → ARCHIVED, and ARCHIVED → PUBLISHED again (unarchive). Asking for the status the
 * event already has is a no-op. Publishing an event with no centres must be confirmed
 * (`confirmNoCentres`): people who register before a centre exists are not placed at one.
 */
export async function changeEventStatus(
  db: Db,
  params: {
    actorId: string;
    event: EventCore;
    to: "PUBLISHED" | "ARCHIVED";
    now: Date;
    confirmNoCentres?: boolean;
    /** Only unarchiveEvent moves an archived event back to published. */
    unarchive?: boolean;
  },
): Promise<EventCore> {
  if (params.event.status === params.to) return params.event;
  const unarchiving = params.unarchive === true && params.event.status === "ARCHIVED";
  if (!unarchiving && nextStatus(params.event.status) !== params.to) {
    throw new DomainError(
      "CONFLICT",
      refuse(params.to === "PUBLISHED" ? "onlyDraftPublished" : "onlyPublishedArchived"),
    );
  }
  if (params.to === "PUBLISHED" && !unarchiving && !params.confirmNoCentres) {
    const centres = await db.centre.count({ where: { eventId: params.event.id } });
    if (centres === 0) {
      throw new DomainError("CONFIRMATION_REQUIRED", refuse("noCentresConfirm"));
    }
  }
  return db.$transaction(async (tx) => {
    // The status in the where clause makes a concurrent change lose cleanly instead of skipping a step.
    const changed = await tx.event.updateMany({
      where: { id: params.event.id, status: params.event.status },
      data: {
        status: params.to,
        ...(params.to === "PUBLISHED" && !unarchiving ? { publishedAt: params.now } : {}),
      },
    });
    if (changed.count === 0) {
      // Someone made the same change meanwhile (a double click, or a second organiser): nothing to do.
      const after = await tx.event.findUniqueOrThrow({
        where: { id: params.event.id },
        select: eventCoreSelect,
      });
      if (after.status === params.to) return after;
      throw new DomainError("CONFLICT", refuse("changedMeanwhile"));
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: unarchiving ? "event.unarchive" : `event.${params.to.toLowerCase()}`,
      entityType: "Event",
      entityId: params.event.id,
    });
    return tx.event.findUniqueOrThrow({ where: { id: params.event.id }, select: eventCoreSelect });
  });
}

/** ARCHIVED → PUBLISHED: an event archived by mistake comes back as it was (a published one is a no-op). */
export async function unarchiveEvent(
  db: Db,
  params: { actorId: string; event: EventCore; now: Date },
): Promise<EventCore> {
  if (params.event.status === "DRAFT") {
    throw new DomainError("CONFLICT", refuse("onlyArchivedUnarchive"));
  }
  return changeEventStatus(db, { ...params, to: "PUBLISHED", unarchive: true });
}

/**
 * Idempotent: granting a role someone already holds changes nothing and sends no email, also when the
 * same grant arrives twice at once (the unique index refuses the second row, which then finds the first).
 */
export async function grantEventRole(
  db: Db,
  params: { actorId: string; event: EventCore; email: string; role: EventRole; centreId: string | null },
) {
  let result;
  try {
    result = await grantOnce(db, params);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    result = await grantOnce(db, params);
  }
  if (result.created) {
    await sendMail(
      db,
      params.email,
      eventRoleMail({
        eventName: params.event.name,
        role: params.role,
        centreName: result.centreName,
        signInUrl: signInUrl(),
      }),
    );
  }
  return result.role;
}

function grantOnce(
  db: Db,
  params: { actorId: string; event: EventCore; email: string; role: EventRole; centreId: string | null },
) {
  return db.$transaction(async (tx) => {
    // Only a centre of this event (a centre id from another event is as good as none).
    const centre = params.centreId
      ? await tx.centre.findFirst({
          where: { id: params.centreId, eventId: params.event.id },
          select: { id: true, name: true },
        })
      : null;
    if (params.centreId && !centre) {
      throw new DomainError("NOT_FOUND", refuse("centreNotFound"), {
        centreId: [refuse("chooseEventCentre").text],
      });
    }
    const user = await findOrCreateUserByEmail(tx, params.email);
    const existing = await tx.eventRole.findFirst({
      where: { eventId: params.event.id, userId: user.id, role: params.role, centreId: centre?.id ?? null },
      select: eventRoleSelect,
    });
    if (existing) return { role: existing, created: false, centreName: centre?.name ?? null };
    const role = await tx.eventRole.create({
      data: {
        eventId: params.event.id,
        userId: user.id,
        role: params.role,
        centreId: centre?.id ?? null,
        grantedById: params.actorId,
      },
      select: eventRoleSelect,
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "role.grant",
      entityType: "EventRole",
      entityId: role.id,
      data: { role: params.role, userId: user.id, centreId: centre?.id ?? null },
    });
    return { role, created: true, centreName: centre?.name ?? null };
  });
}

/**
 * Never removes the last organiser, even when two organisers revoke each other at the same moment. The
 * person is emailed that the role is gone.
 */
export async function revokeEventRole(
  db: Db,
  params: { actorId: string; event: EventCore; roleId: string },
): Promise<void> {
  const revoked = await db.$transaction(async (tx) => {
    // Serialise role changes per event: the organiser count below must not change under us.
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${params.event.id} FOR UPDATE`;
    const role = await tx.eventRole.findFirst({
      where: { id: params.roleId, eventId: params.event.id },
      select: {
        id: true,
        role: true,
        userId: true,
        centre: { select: { name: true } },
        user: { select: { email: true, name: true, alias: true } },
      },
    });
    if (!role) throw new DomainError("NOT_FOUND", refuse("roleGone"));
    const organiserCount =
      role.role === "ORGANISER"
        ? await tx.eventRole.count({ where: { eventId: params.event.id, role: "ORGANISER" } })
        : 0;
    if (!canRevokeRole({ role: role.role, organiserCount })) {
      throw new DomainError("LAST_ORGANISER", refuse("lastOrganiser"));
    }
    await tx.eventRole.delete({ where: { id: role.id } });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "role.revoke",
      entityType: "EventRole",
      entityId: role.id,
      data: { role: role.role, userId: role.userId },
    });
    return role;
  });
  // Losing a role changes what someone may do: they hear it from us, not by finding a page closed.
  if (revoked.userId !== params.actorId) {
    await sendMail(
      db,
      revoked.user.email,
      eventRoleRevokedMail({
        recipientName: greetingName(revoked.user),
        eventName: params.event.name,
        role: revoked.role,
        centreName: revoked.centre?.name ?? null,
        url: appUrl("/"),
      }),
    );
  }
}

const coverSelect = { slug: true, coverImageKey: true, coverImageAlt: true } as const;

type CoverFields = {
  coverImageKey: string | null;
  coverImageContentType: string | null;
  coverImageAlt: string | null;
};

/** Points the event at a cover (or at none) and audits the change; says which file it pointed at before. */
function repointCover(db: Db, params: { actorId: string; eventId: string }, cover: CoverFields) {
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({
      where: { id: params.eventId },
      select: { coverImageKey: true },
    });
    const after = await tx.event.update({ where: { id: params.eventId }, data: cover, select: coverSelect });
    // Removing a cover that is not there changes nothing, so it is not audited.
    if (cover.coverImageKey || before.coverImageKey) {
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: cover.coverImageKey ? "event.cover.set" : "event.cover.remove",
        entityType: "Event",
        entityId: params.eventId,
      });
    }
    return { previous: before.coverImageKey, result: after };
  });
}

/**
 * Replaces the event's cover image and its description. The bytes decide the type (SVG is refused: it
 * can carry script); every upload gets a new key, so its address changes and caches never serve the old.
 */
export async function setEventCoverImage(
  db: Db,
  store: BlobStore,
  params: { actorId: string; eventId: string; bytes: Uint8Array; alt: string },
) {
  const contentType = acceptedImageType(params.bytes, 0, "cover");
  const key = `covers/${params.eventId}/${randomBytes(16).toString("hex")}`;
  return replaceBlob(store, key, params.bytes, () =>
    repointCover(db, params, {
      coverImageKey: key,
      coverImageContentType: contentType,
      coverImageAlt: params.alt,
    }),
  );
}

/** Removes the cover: the event shows its generated cover again. Removing none is harmless. */
export async function removeEventCoverImage(
  db: Db,
  store: BlobStore,
  params: { actorId: string; eventId: string },
) {
  return removeBlob(store, () =>
    repointCover(db, params, { coverImageKey: null, coverImageContentType: null, coverImageAlt: null }),
  );
}
