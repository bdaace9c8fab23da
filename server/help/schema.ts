// Inputs of the help-queue procedures, shared with the forms. Pure zod: no Prisma, no server-only code.
import { z } from "zod";
import { recordId } from "../record-id.ts";

/** What a team can ask for help with (the HelpTopic enum of prisma/schema.prisma, in the form's order). */
export const HELP_TOPICS = [
  "GETTING_STARTED",
  "CODE_ERROR",
  "DESIGN",
  "DATA",
  "HARDWARE",
  "SUBMITTING",
  "OTHER",
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

import { MAX_HELP_DESCRIPTION, MAX_HELP_LOCATION } from "./limits.ts";
export { MAX_HELP_DESCRIPTION, MAX_HELP_LOCATION };

/** A team asks for help: a topic, a short description and where it sits (both trimmed). */
export const raiseHelpInput = z.object({
  topic: z.enum(HELP_TOPICS, "Choose what you need help with"),
  description: z
    .string("Say in a few words what you need help with")
    .trim()
    .min(3, "Say in a few words what you need help with")
    .max(MAX_HELP_DESCRIPTION, `Use at most ${MAX_HELP_DESCRIPTION} characters`),
  location: z
    .string("Say where you are sitting, so a mentor can find you")
    .trim()
    .min(1, "Say where you are sitting, so a mentor can find you")
    .max(MAX_HELP_LOCATION, `Use at most ${MAX_HELP_LOCATION} characters`),
});
export type RaiseHelpInput = z.output<typeof raiseHelpInput>;

/** One help request, named by id (its event and centre are checked by the procedure). */
export const helpRequestInput = z.object({ requestId: recordId("Help request") });

/** The queue of the caller's centres, or of one of them (organisers with several centres pick one). */
export const helpQueueInput = z.object({ centreId: recordId("Centre").optional() });
