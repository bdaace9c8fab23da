// The inputs of the imports procedures. Pure zod (the import page imports it too).
import { z } from "zod";

/** The most characters a file may have: a few hundred projects with long descriptions fit in 2 MB. */
export const MAX_IMPORT_CHARACTERS = 2_000_000;

const column = z.string().trim().max(200, "Not a column of this file").nullable().optional();

/** Which column fills each field; a field left out takes Devpost's own column name. */
export const importMapping = z.object({
  key: column,
  title: column,
  tagline: column,
  description: column,
  technologies: column,
  links: column,
  videoUrl: column,
  challenges: column,
});

/** With eventRoleProcedure(["ORGANISER"]) (which reads eventId). */
export const importInput = z.object({
  csv: z
    .string()
    .min(1, "Choose the CSV file Devpost gave you")
    .max(MAX_IMPORT_CHARACTERS, "The file is larger than 2 MB: split it in two"),
  mapping: importMapping.optional(),
});
export type ImportInput = z.input<typeof importInput>;
