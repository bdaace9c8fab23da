// Saving sensitive information, and which of it an event asks for.
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { consentInForce } from "../registrations/guardian-link.ts";
import { answersToKeep } from "./rules.ts";
import type { SensitiveAnswers, SensitiveField } from "./schema.ts";

/** This module's refusals ("SensitiveErrors"). */
const refuse = refusals("SensitiveErrors");

/** Sets which sensitive information an event asks for (organisers). Audited. Returns `{ fields }`. */
export async function updateSensitiveSettings(
  db: Db,
  params: { actorId: string; eventId: string; fields: readonly SensitiveField[] },
) {
  const fields = [...new Set(params.fields)];
  return db.$transaction(async (tx) => {
    await tx.event.update({
      where: { id: params.eventId },
      data: { sensitiveFields: fields },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "event.sensitiveFields",
      entityType: "Event",
      entityId: params.eventId,
      data: { fields },
    });
    return { fields };
  });
}

/**
 * Stores the answers for one registration, keeping only what its event asks for (rules.ts
 * answersToKeep, whose INVALID_INPUT it throws). The write is audited without its content.
 */
async function saveAnswers(
  db: Db,
  params: { registrationId: string; eventId: string; actorId: string | null; answers: SensitiveAnswers },
) {
  const event = await db.event.findUniqueOrThrow({
    where: { id: params.eventId },
    select: { sensitiveFields: true },
  });
  if (event.sensitiveFields.length === 0) {
    throw new DomainError("NOT_FOUND", refuse("nothingAsked"));
  }
  const kept = answersToKeep(event.sensitiveFields, params.answers);
  return db.$transaction(async (tx) => {
    await tx.sensitiveInfo.upsert({
      where: { registrationId: params.registrationId },
      create: { registrationId: params.registrationId, ...kept },
      update: kept,
      select: { registrationId: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "sensitive.write",
      entityType: "Registration",
      entityId: params.registrationId,
    });
    return kept;
  });
}

/**
 * A participant answers for themselves. A young person registered with a guardian does not: their
 * guardian answers from the consent link (FORBIDDEN). Returns the answers kept.
 */
export async function saveOwnSensitive(
  db: Db,
  params: {
    actorId: string;
    eventId: string;
    registrationId: string;
    answers: SensitiveAnswers;
  },
) {
  const registration = await db.registration.findUniqueOrThrow({
    where: { id: params.registrationId },
    select: { guardianEmail: true },
  });
  if (registration.guardianEmail !== null) {
    throw new DomainError("FORBIDDEN", refuse("guardianGivesThis"));
  }
  return saveAnswers(db, {
    registrationId: params.registrationId,
    eventId: params.eventId,
    actorId: params.actorId,
    answers: params.answers,
  });
}

/**
 * A guardian answers for their young person with the link they consented with (a consent given and not
 * withdrawn; the young person's own account is refused: SELF_CONSENT). NOT_FOUND for any other link.
 */
export async function saveSensitiveByToken(
  db: Db,
  params: {
    token: string;
    viewer: { id: string; email: string } | null;
    answers: SensitiveAnswers;
    now: Date;
  },
) {
  const consent = await consentInForce(db, { ...params, doing: "give this" });
  return saveAnswers(db, {
    registrationId: consent.registrationId,
    eventId: consent.registration.eventId,
    actorId: params.viewer?.id ?? null,
    answers: params.answers,
  });
}
