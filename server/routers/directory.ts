import {
  createSession,
  decideOperator,
  deleteSession,
  requestOperator,
  setSessionPublished,
  updateSession,
} from "../directory/commands.ts";
import { directoryCalendar } from "../directory/calendar.ts";
import { bookPlace, cancelBookingAsOperator, cancelPlace } from "../directory/bookings.ts";
import { clubBookings, clubPage, clubPlaces, requireFound } from "../directory/booking-queries.ts";
import { directoryListing, operatorOrganisations, organisationSessions } from "../directory/queries.ts";
import {
  bookPlaceInput,
  cancelBookingInput,
  cancelPlaceInput,
  createSessionInput,
  decideOperatorInput,
  directoryFiltersInput,
  publishSessionInput,
  sessionIdInput,
  updateSessionInput,
} from "../directory/schema.ts";
import { appUrl } from "../http/app-url.ts";
import {
  adminProcedure,
  operatorProcedure,
  organisationOwnerProcedure,
  organisationProcedure,
  protectedProcedure,
  publicProcedure,
  router,
} from "../trpc.ts";

export const directoryRouter = router({
  /** Everything upcoming under the filters: published events and approved operators' weekly sessions. */
  list: publicProcedure
    .input(directoryFiltersInput)
    .query(async ({ ctx, input }) => directoryListing(ctx.db, { filters: input, now: await ctx.now() })),

  /** The same listing as an iCalendar feed (`filename`, `body`): served at /directory/calendar.ics. */
  calendar: publicProcedure.input(directoryFiltersInput).query(async ({ ctx, input }) => {
    const now = await ctx.now();
    const listing = await directoryListing(ctx.db, { filters: input, now });
    return { filename: "festival-of-code-directory.ics", body: directoryCalendar(listing, appUrl(""), now) };
  }),

  /** The organisation's sessions (drafts too) and whether it is an operator: its members. */
  sessions: organisationProcedure.query(({ ctx }) =>
    organisationSessions(ctx.db, { organisationId: ctx.organisation.id }),
  ),

  /** An owner asks the platform's admins to approve the organisation as an operator. */
  requestOperator: organisationOwnerProcedure.mutation(async ({ ctx }) =>
    requestOperator(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      now: await ctx.now(),
    }),
  ),

  /** Organisations that asked to be operators or are ones (platform admins). */
  operators: adminProcedure.query(({ ctx }) => operatorOrganisations(ctx.db)),

  /** Approves an organisation as an operator, or withdraws the approval (platform admins). */
  decideOperator: adminProcedure
    .input(decideOperatorInput)
    .mutation(async ({ ctx, input }) =>
      decideOperator(ctx.db, { actorId: ctx.user.id, ...input, now: await ctx.now() }),
    ),

  /** Adds a draft weekly session (an operator's owners). */
  createSession: operatorProcedure.input(createSessionInput).mutation(({ ctx, input }) =>
    createSession(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      details: input.details,
    }),
  ),

  /** Changes one of the operator's sessions. */
  updateSession: operatorProcedure.input(updateSessionInput).mutation(async ({ ctx, input }) =>
    updateSession(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      sessionId: input.sessionId,
      details: input.details,
      now: await ctx.now(),
    }),
  ),

  /** Puts one of the operator's sessions in the directory, or takes it out. */
  publishSession: operatorProcedure.input(publishSessionInput).mutation(async ({ ctx, input }) =>
    setSessionPublished(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      sessionId: input.sessionId,
      published: input.published,
      now: await ctx.now(),
    }),
  ),

  /** Deletes one of the operator's sessions. */
  deleteSession: operatorProcedure.input(sessionIdInput).mutation(async ({ ctx, input }) =>
    deleteSession(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      sessionId: input.sessionId,
      now: await ctx.now(),
    }),
  ),

  /** A club's public page (cached: the same for everyone); NOT_FOUND unless it is listed. */
  club: publicProcedure
    .input(sessionIdInput)
    .query(async ({ ctx, input }) =>
      requireFound(await clubPage(ctx.db, { sessionId: input.sessionId, now: await ctx.now() })),
    ),

  /**
   * A club page's personal part: its places here and, for a signed-in visitor, the places they and the
   * children whose profiles they keep hold (never anyone else's).
   */
  clubPlaces: publicProcedure
    .input(sessionIdInput)
    .query(({ ctx, input }) => clubPlaces(ctx.db, { sessionId: input.sessionId, viewer: ctx.user })),

  /** Books a place (or a place on the waiting list) for the caller or a child's profile they keep. */
  book: protectedProcedure
    .input(bookPlaceInput)
    .mutation(async ({ ctx, input }) =>
      bookPlace(ctx.db, { user: ctx.user, ...input, now: await ctx.now() }),
    ),

  /** Gives up the caller's place (or a kept child's), or leaves the waiting list. */
  cancelPlace: protectedProcedure
    .input(cancelPlaceInput)
    .mutation(async ({ ctx, input }) =>
      cancelPlace(ctx.db, { user: ctx.user, ...input, now: await ctx.now() }),
    ),

  /**
   * The bookings at one of the organisation's clubs (its owners: they include guardians' contact
   * details; still theirs to see and cancel if the operator approval is withdrawn).
   */
  bookings: organisationOwnerProcedure
    .input(sessionIdInput)
    .query(({ ctx, input }) =>
      clubBookings(ctx.db, { organisationId: ctx.organisation.id, sessionId: input.sessionId }),
    ),

  /** Cancels a booking at one of the operator's clubs; the person (or guardian) is emailed. */
  cancelBooking: organisationOwnerProcedure.input(cancelBookingInput).mutation(async ({ ctx, input }) =>
    cancelBookingAsOperator(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      bookingId: input.bookingId,
      now: await ctx.now(),
    }),
  ),
});
