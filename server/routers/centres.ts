import { createCentre, deleteCentre, updateCentre } from "../centres/commands.ts";
import { centresForOrganisers, withoutCentre, publicCentres } from "../centres/queries.ts";
import { centreIdInput, createCentreInput, updateCentreInput } from "../centres/schema.ts";
import { eventRoleProcedure, publicEventProcedure, router } from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const centresRouter = router({
  /** The centres on the public event page (404 for a draft event, like the page). */
  listPublic: publicEventProcedure.query(async ({ ctx }) =>
    publicCentres(ctx.db, { eventId: ctx.event.id, now: await ctx.now() }),
  ),

  /** The event's centres with people registered, teams and leads. */
  list: organiserProcedure.query(({ ctx }) => centresForOrganisers(ctx.db, { eventId: ctx.event.id })),

  /** People and teams not at any centre yet, counted the way the dashboard counts them. */
  withoutCentre: organiserProcedure.query(({ ctx }) => withoutCentre(ctx.db, { eventId: ctx.event.id })),

  create: organiserProcedure.input(createCentreInput).mutation(({ ctx, input }) => {
    const { eventId: _eventId, ...details } = input;
    return createCentre(ctx.db, { actorId: ctx.user.id, eventId: ctx.event.id, details });
  }),

  update: organiserProcedure.input(updateCentreInput).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, centreId, ...details } = input;
    const now = await ctx.now();
    return updateCentre(ctx.db, { actorId: ctx.user.id, eventId: ctx.event.id, centreId, details, now });
  }),

  delete: organiserProcedure
    .input(centreIdInput)
    .mutation(({ ctx, input }) =>
      deleteCentre(ctx.db, { actorId: ctx.user.id, eventId: ctx.event.id, centreId: input.centreId }),
    ),
});
