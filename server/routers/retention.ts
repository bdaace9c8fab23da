import { deletePersonalDataNow, updateRetentionDays } from "../retention/commands.ts";
import { retentionStatus } from "../retention/queries.ts";
import { updateRetentionInput } from "../retention/schema.ts";
import { eventRoleProcedure, router } from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const retentionRouter = router({
  /** How long the event keeps personal data, when it is due for deletion, and what a deletion removed. */
  status: organiserProcedure.query(async ({ ctx }) =>
    retentionStatus(ctx.db, { eventId: ctx.event.id, now: await ctx.now() }),
  ),

  /** Sets the days after the event ends before its personal data is deleted (1–3,650). */
  update: organiserProcedure.input(updateRetentionInput).mutation(({ ctx, input }) =>
    updateRetentionDays(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      retentionDays: input.retentionDays,
    }),
  ),

  /** Deletes the event's personal data now, once it is due (without waiting for the nightly job). */
  deleteNow: organiserProcedure.mutation(async ({ ctx }) =>
    deletePersonalDataNow(ctx.db, { eventId: ctx.event.id, actorId: ctx.user.id, now: await ctx.now() }),
  ),
});
