// The inputs of the prompts procedures. Pure zod (the organisers' prompts page imports it too).
import { z } from "zod";
import { MAX_PROMPT_MESSAGE, PROMPT_KINDS } from "./rules.ts";

/** With eventRoleProcedure(["ORGANISER"]) (which reads eventId). */
export const updatePromptInput = z.object({
  kind: z.enum(PROMPT_KINDS, { error: "Choose a prompt from the list" }),
  enabled: z.boolean(),
  message: z
    .string()
    .trim()
    .max(MAX_PROMPT_MESSAGE, `Use at most ${MAX_PROMPT_MESSAGE} characters`)
    .nullable()
    .transform((m) => m || null),
});
export type UpdatePromptInput = z.input<typeof updatePromptInput>;

/** dev.sendPrompts: the sweep's "now" (development and test only), or the database's clock. */
export const sendPromptsInput = z.object({ at: z.iso.datetime().optional() }).default({});
