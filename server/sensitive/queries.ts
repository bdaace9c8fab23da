// Reading sensitive information: by the person it is about (or their guardian) freely; by organisers
// and the person's centre lead only, each read recorded in the audit log with who, when and whose.
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { nameForGuardian } from "../people/rules.ts";
import { AGE_FACTS_SELECT, organiserViewOf } from "../registrations/age.ts";
import { findConsentLink } from "../registrations/queries.ts";
import { hasAnything } from "./rules.ts";
import type { SensitiveAnswers } from "./schema.ts";

/** This module's refusals ("SensitiveErrors"). */
const refuse = refusals("SensitiveErrors");

const answersSelect = {
  medical: true,
  access: true,
  emergencyName: true,
  emergencyRelationship: true,
  emergencyPhone: true,
} as const;

/** Which sensitive information an event asks for. */
export async function sensitiveSettings(db: Db, params: { eventId: string }) {
  const event = await db.event.findUniqueOrThrow({
    where: { id: params.eventId },
    select: { sensitiveFields: true },
  });
  return { fields: event.sensitiveFields };
}

/**
 * A participant's own answers: `{ fields (what the event asks), answers (null when none), byGuardian }`;
 * `byGuardian` when a guardian gives them instead (a young person registered with one). Not audited: it
 * is their own.
 */
export async function ownSensitive(db: Db, params: { eventId: string; registrationId: string }) {
  const [event, registration] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id: params.eventId }, select: { sensitiveFields: true } }),
    db.registration.findUniqueOrThrow({
      where: { id: params.registrationId },
      select: { guardianEmail: true, sensitive: { select: answersSelect } },
    }),
  ]);
  return {
    fields: event.sensitiveFields,
    answers: registration.sensitive,
    byGuardian: registration.guardianEmail !== null,
  };
}

/**
 * What a guardian's consent link shows of the sensitive information: the fields the event asks for and
 * the answers so far, for a consent given and not withdrawn; null for any other link.
 */
export async function sensitiveByToken(db: Db, params: { token: string; now: Date }) {
  const { consent, state } = await findConsentLink(db, params);
  if (state !== "USED" || !consent?.consentedAt || consent.withdrawnAt) return null;
  const [event, info] = await Promise.all([
    db.event.findUniqueOrThrow({
      where: { id: consent.registration.eventId },
      select: { sensitiveFields: true },
    }),
    db.sensitiveInfo.findUnique({ where: { registrationId: consent.registrationId }, select: answersSelect }),
  ]);
  return {
    fields: event.sensitiveFields,
    answers: info,
    firstName: nameForGuardian(consent.registration.user),
  };
}

interface ReaderScope {
  actorId: string;
  eventId: string;
  event: { startsAt: Date; timeZone: string };
  /** The caller's centres (organisers: every centre of the event). */
  centreIds: readonly string[];
}

/**
 * One person's sensitive information for an organiser or the lead of their centre, recorded in the
 * audit log ("sensitive.read": who, when, whose) before it is returned. NOT_FOUND when the registration
 * is not at one of the caller's centres. Returns `{ displayName, answers (null when none) }`.
 */
export async function readSensitive(db: Db, params: ReaderScope & { registrationId: string }) {
  const registration = await db.registration.findFirst({
    where: { id: params.registrationId, eventId: params.eventId, centreId: { in: [...params.centreIds] } },
    select: {
      id: true,
      ...AGE_FACTS_SELECT,
      user: { select: { name: true, alias: true } },
      event: { select: { consentAge: true } },
      sensitive: { select: answersSelect },
    },
  });
  if (!registration) throw new DomainError("NOT_FOUND", refuse("notAtYourCentre"));
  await audit(db, {
    actorId: params.actorId,
    eventId: params.eventId,
    action: "sensitive.read",
    entityType: "Registration",
    entityId: registration.id,
  });
  return {
    displayName: organiserViewOf(registration, { ...params.event, ...registration.event }).displayName,
    answers: hasAnything(registration.sensitive) ? registration.sensitive : null,
  };
}

/**
 * The live register of the caller's centres for an evacuation: everyone in the building now (an open
 * visit), by centre and name, with their emergency contact and whether they have medical or access
 * needs (the needs themselves are read one person at a time). The read is recorded in the audit log
 * ("sensitive.register", with whose). Returns `{ people: [{ registrationId, displayName, ageBandLabel,
 * centre, since, emergency, hasNeeds }] }`.
 */
export async function presentRegister(db: Db, params: ReaderScope) {
  const visits = await db.attendance.findMany({
    where: {
      checkedOutAt: null,
      registration: { eventId: params.eventId, centreId: { in: [...params.centreIds] } },
    },
    orderBy: { checkedInAt: "asc" },
    take: 10_000,
    select: {
      checkedInAt: true,
      registration: {
        select: {
          id: true,
          ...AGE_FACTS_SELECT,
          centre: { select: { name: true } },
          user: { select: { name: true, alias: true } },
          event: { select: { consentAge: true } },
          sensitive: { select: answersSelect },
        },
      },
    },
  });
  await audit(db, {
    actorId: params.actorId,
    eventId: params.eventId,
    action: "sensitive.register",
    entityType: "Event",
    entityId: params.eventId,
    data: { registrationIds: visits.map((v) => v.registration.id) },
  });
  const people = visits.map(({ checkedInAt, registration: r }) => {
    const info: SensitiveAnswers | null = r.sensitive;
    return {
      registrationId: r.id,
      ...organiserViewOf(r, { ...params.event, ...r.event }),
      centre: r.centre?.name ?? null,
      since: checkedInAt,
      emergency:
        info && info.emergencyName
          ? { name: info.emergencyName, relationship: info.emergencyRelationship, phone: info.emergencyPhone }
          : null,
      hasNeeds: Boolean(info && (info.medical || info.access)),
    };
  });
  people.sort(
    (a, b) =>
      (a.centre ?? "").localeCompare(b.centre ?? "", "en-GB") ||
      a.displayName.localeCompare(b.displayName, "en-GB"),
  );
  return { people };
}

const presentCount = (n: number) => `${n} ${n === 1 ? "person" : "people"} present`;

/**
 * Every read of sensitive information at an event, newest first (at most 500): who read, when, and whose
 * (by the names organisers see; a register read lists how many people it showed).
 */
export async function sensitiveAccessLog(
  db: Db,
  params: { eventId: string; event: { startsAt: Date; timeZone: string } },
) {
  const entries = await db.auditLog.findMany({
    where: { eventId: params.eventId, action: { in: ["sensitive.read", "sensitive.register"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      action: true,
      entityId: true,
      createdAt: true,
      data: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const readIds = entries.filter((e) => e.action === "sensitive.read").map((e) => e.entityId);
  const registrations = await db.registration.findMany({
    where: { id: { in: readIds } },
    select: {
      id: true,
      ...AGE_FACTS_SELECT,
      user: { select: { name: true, alias: true } },
      event: { select: { consentAge: true } },
    },
  });
  const nameOf = new Map(
    registrations.map((r) => [r.id, organiserViewOf(r, { ...params.event, ...r.event }).displayName]),
  );
  return entries.map((e) => {
    const shown = (e.data as { registrationIds?: unknown } | null)?.registrationIds;
    return {
      id: e.id,
      at: e.createdAt,
      by: e.actor?.name ?? e.actor?.email ?? "A deleted account",
      what:
        e.action === "sensitive.read"
          ? `${nameOf.get(e.entityId) ?? "A former participant"}'s details`
          : `the live register (${presentCount(Array.isArray(shown) ? shown.length : 0)})`,
    };
  });
}
