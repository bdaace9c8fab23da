import { checkIn, checkOut, setCollection } from "../checkin/commands.ts";
import { personAtKeyboard } from "../guardians/rules.ts";
import { checkInDesk } from "../checkin/queries.ts";
import { checkInInput, checkOutInput, deskInput, setCollectionInput } from "../checkin/schema.ts";
import { centreLeadProcedure, publicProcedure, router } from "../trpc.ts";

/** Organisers and platform administrators may override who collects a young person. */
const canOverride = (viewer: { isPlatformAdmin: boolean; eventRoles: readonly string[] }) =>
  viewer.isPlatformAdmin || viewer.eventRoles.includes("ORGANISER");

export const checkinRouter = router({
  /**
   * The check-in desk of the caller's centres (organisers: every centre): people found by code or name,
   * or who is in the building; alerts for each (server/checkin/queries.ts checkInDesk).
   */
  desk: centreLeadProcedure.input(deskInput).query(async ({ ctx, input }) => ({
    ...(await checkInDesk(ctx.db, {
      eventId: ctx.event.id,
      event: ctx.event,
      centreIds: ctx.centres.map((c) => c.id),
      search: input.search,
    })),
    event: { name: ctx.event.name, slug: ctx.event.slug, timeZone: ctx.event.timeZone },
    centres: ctx.centres.map((c) => ({ id: c.id, name: c.name })),
    /** Organisers (and platform administrators) may let someone unlisted collect a young person. */
    canOverride: canOverride(ctx.viewer),
  })),

  /** Checks someone in at one of the caller's centres. */
  checkIn: centreLeadProcedure.input(checkInInput).mutation(async ({ ctx, input }) =>
    checkIn(ctx.db, {
      actorId: ctx.user.id,
      eventId: ctx.event.id,
      timeZone: ctx.event.timeZone,
      centreIds: ctx.centres.map((c) => c.id),
      registrationId: input.registrationId,
      now: await ctx.now(),
    }),
  ),

  /** Checks someone out: with an authorised adult, on their own, or (organisers) an override with a reason. */
  checkOut: centreLeadProcedure.input(checkOutInput).mutation(async ({ ctx, input }) =>
    checkOut(ctx.db, {
      actorId: ctx.user.id,
      eventId: ctx.event.id,
      timeZone: ctx.event.timeZone,
      centreIds: ctx.centres.map((c) => c.id),
      registrationId: input.registrationId,
      canOverride: canOverride(ctx.viewer),
      choice: input.choice,
      now: await ctx.now(),
    }),
  ),

  /** A guardian says who may collect their young person, with their consent link (no account needed). */
  setCollection: publicProcedure
    .input(setCollectionInput)
    .mutation(async ({ ctx, input }) =>
      setCollection(ctx.db, { ...input, viewer: personAtKeyboard(ctx.user), now: await ctx.now() }),
    ),
});
