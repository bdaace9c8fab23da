import { promptSettings, updatePrompt } from "../prompts/commands.ts";
import { updatePromptInput } from "../prompts/schema.ts";
import { eventRoleProcedure, router } from "../trpc.ts";

// Timely prompts: an event's organisers read, switch off and reword them. The sweep that sends them is a
// job (server/jobs); the domain is in server/prompts.
const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const promptsRouter = router({
  /** Each prompt for the event: on or off, its message (null: the default), how many were sent, a preview. */
  listForEvent: organiserProcedure.query(({ ctx }) => promptSettings(ctx.db, { eventId: ctx.event.id })),
  /** Switches a prompt on or off and sets its message (null: the default words). */
  update: organiserProcedure.input(updatePromptInput).mutation(({ ctx, input }) =>
    updatePrompt(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      kind: input.kind,
      enabled: input.enabled,
      message: input.message,
    }),
  ),
});
