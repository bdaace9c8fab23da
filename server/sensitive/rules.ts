// Which sensitive answers an event keeps, and what a saved record holds. Pure.
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { SensitiveAnswers, SensitiveField } from "./schema.ts";

/** This module's refusals ("SensitiveErrors"). */
const refuse = refusals("SensitiveErrors");

/**
 * The answers to store for an event that asks for `fields`: fields it does not ask for are blank.
 * An emergency contact is all three parts or none. Throws DomainError INVALID_INPUT (with field errors)
 * for a contact with some parts missing.
 */
export function answersToKeep(
  fields: readonly SensitiveField[],
  answers: SensitiveAnswers,
): SensitiveAnswers {
  const asks = (f: SensitiveField) => fields.includes(f);
  const kept: SensitiveAnswers = {
    medical: asks("MEDICAL") ? answers.medical : "",
    access: asks("ACCESS") ? answers.access : "",
    emergencyName: asks("EMERGENCY_CONTACT") ? answers.emergencyName : "",
    emergencyRelationship: asks("EMERGENCY_CONTACT") ? answers.emergencyRelationship : "",
    emergencyPhone: asks("EMERGENCY_CONTACT") ? answers.emergencyPhone : "",
  };
  const contact = [kept.emergencyName, kept.emergencyRelationship, kept.emergencyPhone];
  if (contact.some((p) => p !== "") && contact.some((p) => p === "")) {
    const fieldErrors: Record<string, string[]> = {};
    if (!kept.emergencyName) fieldErrors.emergencyName = [refuse("emergencyNameMissing").text];
    if (!kept.emergencyRelationship)
      fieldErrors.emergencyRelationship = [refuse("emergencyRelationshipMissing").text];
    if (!kept.emergencyPhone) fieldErrors.emergencyPhone = [refuse("emergencyPhoneMissing").text];
    throw new DomainError("INVALID_INPUT", refuse("emergencyContactIncomplete"), fieldErrors);
  }
  return kept;
}

/** True when a saved record holds anything at all. */
export function hasAnything(info: SensitiveAnswers | null): boolean {
  return info !== null && Object.values(info).some((v) => v !== "");
}
