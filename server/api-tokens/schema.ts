// API tokens: the inputs of the apiTokens procedures. Pure zod (the Integrations pages import it too).
import { z } from "zod";
import { recordId } from "../record-id.ts";
import {
  EVENT_PERMISSIONS,
  ORGANISATION_PERMISSIONS,
  type ApiPermission,
  type ExpiryChoice,
} from "./rules.ts";

const tokenName = z
  .string()
  .trim()
  .min(1, "Give the token a name, such as the system that will use it")
  .max(80, "Use at most 80 characters");

/** Days, or null for no expiry: one of EXPIRY_CHOICES (rules.ts). */
const expiry = z
  .union([z.literal(30), z.literal(90), z.literal(365), z.null()], {
    error: "Choose how long the token lasts",
  })
  .default(90) satisfies z.ZodType<ExpiryChoice>;

function permissionList<T extends readonly [ApiPermission, ...ApiPermission[]]>(allowed: T) {
  return z
    .array(z.enum(allowed, { error: "Choose permissions from the list" }))
    .min(1, "Choose at least one permission")
    .transform((list) => [...new Set(list)].sort());
}

/** With eventRoleProcedure(["ORGANISER"]) (which reads eventId). */
export const eventTokenFields = z.object({
  name: tokenName,
  permissions: permissionList(EVENT_PERMISSIONS),
  expiresInDays: expiry,
});
/** With organisationOwnerProcedure (which reads organisationId). */
export const organisationTokenFields = z.object({
  name: tokenName,
  permissions: permissionList(ORGANISATION_PERMISSIONS),
  expiresInDays: expiry,
});
export type TokenFieldsInput = z.input<typeof eventTokenFields>;

export const apiTokenIdInput = z.object({ tokenId: recordId("Token") });
