import { recordConcernAction, reportConcern } from "../concerns/commands.ts";
import { concernList, readConcern } from "../concerns/queries.ts";
import { concernInput, recordActionInput, reportConcernInput } from "../concerns/schema.ts";
import { eventRoleProcedure, publicEventProcedure, router } from "../trpc.ts";

// The ladder lets the event's safeguarding leads and organisers (and platform administrators) through;
// each concern is then shown only to the role it was routed to (server/concerns/rules.ts).
const readerProcedure = eventRoleProcedure(["SAFEGUARDING_LEAD", "ORGANISER"]);

export const concernsRouter = router({
  /** Anyone, signed in or not, reports a concern from the event's pages; rate-limited. */
  report: publicEventProcedure.input(reportConcernInput).mutation(async ({ ctx, input }) => {
    const { slug: _slug, ...report } = input;
    const concern = await reportConcern(ctx.db, {
      event: { id: ctx.event.id, name: ctx.event.name },
      reporterId: ctx.user?.id ?? null,
      input: report,
    });
    // The reporter learns only that it was received, and by whom in general: not an id to look it up by.
    return { routedTo: concern.routedTo };
  }),

  /** The concerns the caller reads, without their content; how many safeguarding leads the event has. */
  list: readerProcedure.query(async ({ ctx }) => ({
    ...(await concernList(ctx.db, { eventId: ctx.event.id, roles: ctx.viewer.eventRoles })),
    event: { name: ctx.event.name, timeZone: ctx.event.timeZone },
  })),

  /** One concern in full, with what was done and who read it; this read is recorded first. */
  get: readerProcedure.input(concernInput).query(async ({ ctx, input }) => ({
    ...(await readConcern(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      roles: ctx.viewer.eventRoles,
      concernId: input.concernId,
    })),
    event: { name: ctx.event.name, timeZone: ctx.event.timeZone },
  })),

  /** Records what was done about a concern and whether it stays open. */
  recordAction: readerProcedure.input(recordActionInput).mutation(async ({ ctx, input }) =>
    recordConcernAction(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      roles: ctx.viewer.eventRoles,
      concernId: input.concernId,
      text: input.text,
      status: input.status,
      now: await ctx.now(),
    }),
  ),
});
