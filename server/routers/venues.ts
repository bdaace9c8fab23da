import {
  approveVenue,
  declineVenue,
  inviteVenue,
  resendVenueInvitation,
  submitVenueDetails,
  withdrawVenueInvitation,
} from "../venues/commands.ts";
import { leadView, venueInvitationsForOrganisers } from "../venues/queries.ts";
import {
  declineVenueInput,
  inviteVenueInput,
  submitVenueInput,
  venueInvitationIdInput,
  venueTokenInput,
} from "../venues/schema.ts";
import { eventRoleProcedure, protectedProcedure, router } from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

/** Venues invited to become centres (server/venues): organisers invite and decide, the venue answers. */
export const venuesRouter = router({
  /** The event's venue invitations, newest first, with submitted details and decisions. */
  invitations: organiserProcedure.query(async ({ ctx }) =>
    venueInvitationsForOrganisers(ctx.db, { eventId: ctx.event.id, now: await ctx.now() }),
  ),

  invite: organiserProcedure.input(inviteVenueInput).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, ...fields } = input;
    return inviteVenue(ctx.db, { actor: ctx.user, event: ctx.event, input: fields, now: await ctx.now() });
  }),

  resend: organiserProcedure.input(venueInvitationIdInput).mutation(async ({ ctx, input }) =>
    resendVenueInvitation(ctx.db, {
      actor: ctx.user,
      event: ctx.event,
      invitationId: input.invitationId,
      now: await ctx.now(),
    }),
  ),

  withdraw: organiserProcedure.input(venueInvitationIdInput).mutation(async ({ ctx, input }) =>
    withdrawVenueInvitation(ctx.db, {
      actor: ctx.user,
      event: ctx.event,
      invitationId: input.invitationId,
      now: await ctx.now(),
    }),
  ),

  approve: organiserProcedure.input(venueInvitationIdInput).mutation(async ({ ctx, input }) =>
    approveVenue(ctx.db, {
      actor: ctx.user,
      event: ctx.event,
      invitationId: input.invitationId,
      now: await ctx.now(),
    }),
  ),

  decline: organiserProcedure.input(declineVenueInput).mutation(async ({ ctx, input }) =>
    declineVenue(ctx.db, {
      actor: ctx.user,
      event: ctx.event,
      invitationId: input.invitationId,
      reason: input.reason,
      now: await ctx.now(),
    }),
  ),

  /** What the person signed in with the link sees (only the masked address when it was sent to another). */
  byToken: protectedProcedure
    .input(venueTokenInput)
    .query(async ({ ctx, input }) =>
      leadView(ctx.db, { token: input.token, viewerEmail: ctx.user.email, now: await ctx.now() }),
    ),

  /** The person invited sends (or changes, while waiting) the centre's details. */
  submit: protectedProcedure.input(submitVenueInput).mutation(async ({ ctx, input }) => {
    const { token, ...details } = input;
    return submitVenueDetails(ctx.db, { user: ctx.user, token, details, now: await ctx.now() });
  }),
});
