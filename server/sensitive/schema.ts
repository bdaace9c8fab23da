// Inputs of the sensitive-information procedures.
import { z } from "zod";
import { recordId } from "../record-id.ts";
import { consentToken } from "../registrations/schema.ts";
import { SENSITIVE_FIELDS } from "./fields.ts";

export type { SensitiveField } from "./fields.ts";

export const updateSettingsInput = z.object({
  fields: z.array(z.enum(SENSITIVE_FIELDS)).max(SENSITIVE_FIELDS.length),
});

const note = z.string().trim().max(1000, "Use at most 1,000 characters");

/** The answers; fields the event does not ask for are ignored. */
export const sensitiveAnswers = z.object({
  medical: note.default(""),
  access: note.default(""),
  emergencyName: z.string().trim().max(120, "Use at most 120 characters").default(""),
  emergencyRelationship: z.string().trim().max(40, "Use at most 40 characters").default(""),
  emergencyPhone: z
    .string()
    .trim()
    .max(30, "Use at most 30 characters")
    .regex(/^[+()\d\s-]*$/, "Use digits, spaces and + ( ) - only")
    .default(""),
});
export type SensitiveAnswers = z.output<typeof sensitiveAnswers>;

export const saveByTokenInput = sensitiveAnswers.extend({ token: consentToken });
export const readInput = z.object({ registrationId: recordId("Registration") });
