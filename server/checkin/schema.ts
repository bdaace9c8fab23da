// Inputs of the check-in procedures and of a guardian's collection settings.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { recordId } from "../record-id.ts";
import { consentToken } from "../registrations/schema.ts";

/** The most adults a guardian can authorise to collect one young person. */
export const MAX_COLLECTORS = 6;

export const deskInput = z.object({
  /** A check-in code or part of a name; empty lists who is in the building. */
  search: z.string().max(100, "Type at most 100 characters").default(""),
});

export const checkInInput = z.object({ registrationId: recordId("Registration") });

export const departureChoice = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("collector"), collectorId: recordId("Adult") }),
  z.object({ kind: z.literal("alone") }),
  z.object({
    kind: z.literal("override"),
    collectedBy: z.string().max(120, "Use at most 120 characters"),
    reason: z.string().max(500, "Use at most 500 characters"),
  }),
]);

export const checkOutInput = z.object({ registrationId: recordId("Registration"), choice: departureChoice });

export const collector = z.object({
  name: recognisableName({ min: 2, max: 120, missing: "Type their full name" }),
  relationship: z
    .string()
    .trim()
    .min(1, "Say how they are related (for example aunt, childminder)")
    .max(40, "Use at most 40 characters"),
});

export const setCollectionInput = z.object({
  token: consentToken,
  mayLeaveAlone: z.boolean(),
  collectors: z.array(collector).max(MAX_COLLECTORS, `Name at most ${MAX_COLLECTORS} adults`),
});
export type SetCollectionInput = z.input<typeof setCollectionInput>;
