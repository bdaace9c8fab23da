// The finals show: the inputs of its procedures (all with eventRoleProcedure(["ORGANISER"]), which reads
// eventId). Pure zod (the forms import it too).
import { z } from "zod";
import { webUrl } from "../organisations/schema.ts";
import { recordId } from "../record-id.ts";
import { MAX_FINALS_SLOTS, MAX_MINUTES_PER_ENTRY, MIN_MINUTES_PER_ENTRY } from "./rules.ts";

/** The show's settings: its title, each team's presenting time, and the live stream's watch address. */
export const finalsSettingsFields = z.object({
  title: z.string().trim().min(2, "Give the show a title").max(80, "Use at most 80 characters"),
  minutesPerEntry: z.coerce
    .number({ error: "Enter a number of minutes" })
    .int("Use whole minutes")
    .min(MIN_MINUTES_PER_ENTRY, `At least ${MIN_MINUTES_PER_ENTRY} minute`)
    .max(MAX_MINUTES_PER_ENTRY, `At most ${MAX_MINUTES_PER_ENTRY} minutes`),
  streamUrl: webUrl(["https:"], "Enter the stream's address, starting with https://")
    .or(z.literal(""))
    .default("")
    .transform((value) => value || null),
});
export type FinalsSettingsInput = z.input<typeof finalsSettingsFields>;

/** The whole running order, first to present first. */
export const runningOrderInput = z.object({
  submissionIds: z
    .array(recordId("Project id"))
    .max(MAX_FINALS_SLOTS, `A running order holds at most ${MAX_FINALS_SLOTS} projects`),
});

const stepKind = z.enum(["start", "next", "previous", "pause", "resume", "restartTimer", "end"]);

/**
 * One step of the presenter, naming the show's `version` it was taken on (a double press, or two
 * presenters at once, move the show on once; the other gets STALE_VERSION with where the show is now).
 */
export const showStepInput = z.object({
  version: z.number().int().min(1),
  step: z.discriminatedUnion("kind", [
    z.object({ kind: stepKind }),
    z.object({ kind: z.literal("goTo"), slotId: recordId("Slot id") }),
  ]),
});
export type ShowStepInput = z.infer<typeof showStepInput>;
