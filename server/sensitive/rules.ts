// Which sensitive answers an event keeps, and what a saved record holds. Pure.
import { DomainError } from "../errors.ts";
import type { SensitiveAnswers, SensitiveField } from "./schema.ts";

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
    if (!kept.emergencyName) fieldErrors.emergencyName = ["Give the emergency contact's name"];
    if (!kept.emergencyRelationship) fieldErrors.emergencyRelationship = ["Say how they are related"];
    if (!kept.emergencyPhone) fieldErrors.emergencyPhone = ["Give a phone number for them"];
    throw new DomainError(
      "INVALID_INPUT",
      "The emergency contact needs a name, a relationship and a phone number.",
      fieldErrors,
    );
  }
  return kept;
}

/** True when a saved record holds anything at all. */
export function hasAnything(info: SensitiveAnswers | null): boolean {
  return info !== null && Object.values(info).some((v) => v !== "");
}
