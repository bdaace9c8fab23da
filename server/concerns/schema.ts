// Inputs of the safeguarding-concern procedures.
import { z } from "zod";
import { recordId } from "../record-id.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en-GB")} characters`);

/** A report; the event comes from the page's `{ slug }` (publicEventProcedure). */
export const reportConcernInput = z.object({
  description: z
    .string()
    .trim()
    .min(10, "Tell us what happened or what worries you, in a sentence or more")
    .max(5000, "Use at most 5,000 characters"),
  about: optionalText(200).default(""),
  reporterName: optionalText(120).default(""),
  reporterContact: optionalText(200).default(""),
  aboutLead: z.boolean().default(false),
});
export type ReportConcernInput = z.input<typeof reportConcernInput>;

export const concernInput = z.object({ concernId: recordId("SafeguardingConcern") });

export const recordActionInput = concernInput.extend({
  text: z.string().trim().min(3, "Say what was done").max(5000, "Use at most 5,000 characters"),
  /** The concern's status after this: closed once nothing more is to be done. */
  status: z.enum(["OPEN", "CLOSED"], "Choose whether it stays open"),
});
