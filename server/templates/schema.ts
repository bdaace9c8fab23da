// Inputs of the response-template procedures. Pure zod (the forms import it too).
import { z } from "zod";
import { recordId } from "../record-id.ts";
import { PLACEHOLDERS, RESPONSE_USES, unknownPlaceholders } from "./rules.ts";

/** The longest template body, in characters. */
export const MAX_TEMPLATE_BODY = 4000;

/** A template: a title, its Markdown body (known placeholders only) and where it can be used. */
export const templateFields = z.object({
  title: z
    .string("Give it a title")
    .trim()
    .min(3, "Give it a title of at least 3 characters")
    .max(80, "Use at most 80 characters"),
  body: z
    .string("Write the response")
    .trim()
    .min(10, "Write at least a sentence")
    .max(MAX_TEMPLATE_BODY, `Use at most ${MAX_TEMPLATE_BODY.toLocaleString("en-GB")} characters`)
    .superRefine((body, ctx) => {
      const unknown = unknownPlaceholders(body);
      if (unknown.length > 0) {
        const list = unknown.map((u) => `{${u}}`).join(", ");
        ctx.addIssue({
          code: "custom",
          message: `${list} ${unknown.length === 1 ? "isn't a placeholder" : "aren't placeholders"}: use ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`,
        });
      }
    }),
  uses: z
    .array(z.enum(RESPONSE_USES, "Choose where it can be used"))
    .min(1, "Choose at least one place it can be used")
    .transform((uses) => [...new Set(uses)]),
});
export type TemplateFields = z.output<typeof templateFields>;

export const templateIdInput = z.object({ templateId: recordId("Template") });
export const updateTemplateInput = templateIdInput.extend(templateFields.shape);
/** Listing: every template of the event, or those for one use. */
export const listTemplatesInput = z.object({ use: z.enum(RESPONSE_USES).optional() });
/**
 * Templates for one use, filled in for where they are used: the challenge being reviewed and the team
 * given feedback, when there is one (ids of this event's records; others are ignored).
 */
export const templatesForUseInput = z.object({
  use: z.enum(RESPONSE_USES, "Choose where the template is used"),
  challengeId: recordId("Challenge").optional(),
  teamId: recordId("Team").optional(),
});
/** Copying every template of another event the caller organises into this one. */
export const copyTemplatesInput = z.object({ fromEventId: recordId("Event") });
