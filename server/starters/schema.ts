// Inputs of the starter-project procedures. Pure zod (the forms import it too).
import { z } from "zod";
import { webUrl } from "../organisations/schema.ts";
import { recordId } from "../record-id.ts";
import { EXPERIENCE_LEVELS } from "../registrations/schema.ts";

/** At most this many links (open data, tutorials, examples) per starter project. */
export const MAX_STARTER_LINKS = 3;

const optionalId = (what: string) =>
  recordId(what)
    .or(z.literal(""))
    .nullable()
    .default(null)
    .transform((s) => (s === "" ? null : s));

/** A starter project: a title, what to build in a few sentences, its level, links, and (sponsors) its challenge. */
export const starterFields = z.object({
  title: z
    .string("Give it a title")
    .trim()
    .min(3, "Give it a title of at least 3 characters")
    .max(120, "Use at most 120 characters"),
  summary: z
    .string("Say what to build")
    .trim()
    .min(10, "Say in a sentence or two what to build")
    .max(1000, "Use at most 1,000 characters"),
  level: z.enum(EXPERIENCE_LEVELS, "Choose a level").default("NEW"),
  /** Blank entries are dropped; each must be an https address. */
  links: z
    .array(z.string().trim())
    .max(MAX_STARTER_LINKS, `Give at most ${MAX_STARTER_LINKS} links`)
    .default([])
    .transform((links) => links.filter((l) => l !== ""))
    .pipe(z.array(webUrl(["https:"], "Enter a web address starting with https://")).max(MAX_STARTER_LINKS)),
  /** The challenge it belongs to: required of a sponsor, optional for organisers. */
  challengeId: optionalId("Challenge"),
});
export type StarterFields = z.output<typeof starterFields>;

export const starterIdInput = z.object({ starterId: recordId("Starter project") });
export const updateStarterInput = starterIdInput.extend(starterFields.shape);
