// "What happened next": the inputs of its procedures. Pure zod (the forms import it too).
import { z } from "zod";
import { challengeId } from "../challenges/schema.ts";
import { organisationBySlugInput, webUrl } from "../organisations/schema.ts";
import { recordId } from "../record-id.ts";
import { PROJECT_UPDATE_KINDS } from "./rules.ts";

const link = webUrl(["https:", "http:"], "Enter a web address starting with https://")
  .or(z.literal(""))
  .transform((value) => value || null);

/** With teamMemberProcedure (which reads eventId and teamId). */
export const projectUpdateFields = z.object({
  kind: z.enum(PROJECT_UPDATE_KINDS, { error: "Choose what happened" }),
  text: z.string().trim().min(3, "Say what happened, in a few words").max(280, "Use at most 280 characters"),
  url: link.default(""),
});
export type ProjectUpdateInput = z.input<typeof projectUpdateFields>;

export const updateIdInput = z.object({ updateId: recordId("Update") });

/** With eventRoleProcedure(["ORGANISER"]). */
export const hideUpdateInput = z.object({
  updateId: recordId("Update"),
  reason: z.string().trim().min(3, "Say why, in a few words").max(300, "Use at most 300 characters"),
});

/** With organisationProcedure (which reads organisationId). */
export const challengeOutcomeFields = z.object({
  challengeId,
  text: z
    .string()
    .trim()
    .min(10, "Say what came of it, in at least 10 characters")
    .max(600, "Use at most 600 characters"),
  url: link.default(""),
});
export type ChallengeOutcomeInput = z.input<typeof challengeOutcomeFields>;

export const outcomeIdInput = z.object({ outcomeId: recordId("Outcome") });

/** With publicProcedure: an organisation's public page, by its address (as organisations.bySlug). */
export const organisationNextInput = organisationBySlugInput;
