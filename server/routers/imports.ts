import { importProjects, previewImport } from "../imports/commands.ts";
import { importInput } from "../imports/schema.ts";
import { eventRoleProcedure, router } from "../trpc.ts";

// Importing projects from another platform into an event (Devpost's export): its organisers preview,
// then import. The domain is in server/imports.
const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

/** A mapping's fields left out (undefined) take Devpost's own names; null means "no column". */
function mappingOf(input: { mapping?: Record<string, string | null | undefined> | undefined }) {
  if (!input.mapping) return undefined;
  return Object.fromEntries(
    Object.entries(input.mapping).filter(([, column]) => column !== undefined),
  ) as Record<string, string | null>;
}

export const importsRouter = router({
  /** What importing the file would do, row by row (create, update, unchanged, error), changing nothing. */
  previewDevpost: organiserProcedure
    .input(importInput)
    .mutation(({ ctx, input }) =>
      previewImport(ctx.db, { eventId: ctx.event.id, csv: input.csv, mapping: mappingOf(input) }),
    ),
  /** Imports the file's rows that have no errors; importing the same file again changes nothing more. */
  importDevpost: organiserProcedure.input(importInput).mutation(async ({ ctx, input }) =>
    importProjects(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      csv: input.csv,
      mapping: mappingOf(input),
      now: await ctx.now(),
    }),
  ),
});
