import { cancelHelp, claimHelp, raiseHelp, releaseHelp, resolveHelp } from "../help/commands.ts";
import { helpQueue, teamHelp } from "../help/queries.ts";
import { helpQueueInput, helpRequestInput, raiseHelpInput } from "../help/schema.ts";
import { centreStaffProcedure, router, teamMemberProcedure } from "../trpc.ts";

// A team asks its centre's mentors for help; the centre's mentors and lead, and the event's organisers,
// work the queue. Requests are seen by nobody else (server/help/).
export const helpRouter = router({
  /** The caller's team: its centre, its open request and place in the queue, the topics to choose from. */
  mine: teamMemberProcedure.query(async ({ ctx }) =>
    teamHelp(ctx.db, {
      eventId: ctx.event.id,
      timeZone: ctx.event.timeZone,
      teamId: ctx.team.id,
      now: await ctx.now(),
    }),
  ),

  /** A team member asks for help: topic, short description, where the team sits. */
  raise: teamMemberProcedure.input(raiseHelpInput).mutation(async ({ ctx, input }) =>
    raiseHelp(ctx.db, {
      eventId: ctx.event.id,
      timeZone: ctx.event.timeZone,
      teamId: ctx.team.id,
      userId: ctx.user.id,
      input: { topic: input.topic, description: input.description, location: input.location },
      now: await ctx.now(),
    }),
  ),

  /** A team member withdraws the team's open request. */
  cancel: teamMemberProcedure.input(helpRequestInput).mutation(async ({ ctx, input }) =>
    cancelHelp(ctx.db, {
      eventId: ctx.event.id,
      teamId: ctx.team.id,
      requestId: input.requestId,
      userId: ctx.user.id,
      now: await ctx.now(),
    }),
  ),

  /** The open requests at the caller's centres (organisers: every centre, or `centreId`), oldest first. */
  queue: centreStaffProcedure.input(helpQueueInput).query(async ({ ctx, input }) => ({
    ...(await helpQueue(ctx.db, {
      eventId: ctx.event.id,
      centres: ctx.centres,
      centreId: input.centreId,
      userId: ctx.user.id,
      now: await ctx.now(),
    })),
    event: { name: ctx.event.name, slug: ctx.event.slug },
    centres: ctx.centres,
    /** The centre shown, when one of the caller's was asked for; null: all of them. */
    centreId: ctx.centres.some((c) => c.id === input.centreId) ? (input.centreId ?? null) : null,
  })),

  /** Takes on a waiting request (safeguarding: see server/help/commands.ts claimHelp). */
  claim: centreStaffProcedure.input(helpRequestInput).mutation(async ({ ctx, input }) =>
    claimHelp(ctx.db, {
      eventId: ctx.event.id,
      centres: ctx.centres,
      userId: ctx.user.id,
      requestId: input.requestId,
      now: await ctx.now(),
    }),
  ),

  /** Puts a claimed request back in the queue. */
  release: centreStaffProcedure.input(helpRequestInput).mutation(async ({ ctx, input }) =>
    releaseHelp(ctx.db, {
      eventId: ctx.event.id,
      centres: ctx.centres,
      userId: ctx.user.id,
      requestId: input.requestId,
      now: await ctx.now(),
    }),
  ),

  /** Marks a claimed request sorted. */
  resolve: centreStaffProcedure.input(helpRequestInput).mutation(async ({ ctx, input }) =>
    resolveHelp(ctx.db, {
      eventId: ctx.event.id,
      centres: ctx.centres,
      userId: ctx.user.id,
      requestId: input.requestId,
      now: await ctx.now(),
    }),
  ),
});
