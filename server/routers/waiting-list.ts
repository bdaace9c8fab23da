import { joinWaitingList, leaveWaitingList } from "../waiting-list/commands.ts";
import { centreWaitingLists, ownWaitingEntries } from "../waiting-list/queries.ts";
import { joinWaitingListInput, leaveWaitingListInput } from "../waiting-list/schema.ts";
import { centreLeadProcedure, eventProcedure, router } from "../trpc.ts";

export const waitingListRouter = router({
  /** The waiting lists the caller is on in this event: their position, or the place offered and until when. */
  mine: eventProcedure.query(async ({ ctx }) =>
    ownWaitingEntries(ctx.db, { eventId: ctx.event.id, userId: ctx.user.id, now: await ctx.now() }),
  ),

  /** Joins a full centre's waiting list (refused with a place at the event, or at a centre with room). */
  join: eventProcedure.input(joinWaitingListInput).mutation(async ({ ctx, input }) =>
    joinWaitingList(ctx.db, {
      user: ctx.user,
      event: ctx.event,
      registration: ctx.registration,
      centreId: input.centreId,
      experience: input.experience,
      now: await ctx.now(),
    }),
  ),

  /** Leaves a centre's waiting list, or turns down the place it offered (it goes to the next person). */
  leave: eventProcedure.input(leaveWaitingListInput).mutation(async ({ ctx, input }) =>
    leaveWaitingList(ctx.db, {
      user: ctx.user,
      eventId: ctx.event.id,
      centreId: input.centreId,
      now: await ctx.now(),
    }),
  ),

  /** Each centre's waiting list: every centre for organisers, their own for centre leads. */
  forCentres: centreLeadProcedure.query(async ({ ctx }) =>
    centreWaitingLists(ctx.db, { eventId: ctx.event.id, centres: ctx.centres, now: await ctx.now() }),
  ),
});
