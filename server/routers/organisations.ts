import {
  acceptInvite,
  changeMemberRole,
  createOrganisation,
  inviteMember,
  previewInvite,
  removeMember,
  revokeInvite,
} from "../organisations/commands.ts";
import { myOrganisations, organisationForMembers, organisationPublicPage } from "../organisations/queries.ts";
import {
  changeMemberRoleInput,
  createOrganisationInput,
  inviteMemberInput,
  inviteTokenInput,
  organisationBySlugInput,
  removeMemberInput,
  revokeInviteInput,
} from "../organisations/schema.ts";
import {
  organisationOwnerProcedure,
  organisationProcedure,
  protectedProcedure,
  publicProcedure,
  router,
} from "../trpc.ts";

export const organisationsRouter = router({
  /** The public page: name, kind, links and published challenges; never members. */
  bySlug: publicProcedure
    .input(organisationBySlugInput)
    .query(({ ctx, input }) => organisationPublicPage(ctx.db, { slug: input.slug })),

  /** The caller's organisations and their role in each. */
  mine: protectedProcedure.query(({ ctx }) => myOrganisations(ctx.db, { userId: ctx.user.id })),

  create: protectedProcedure
    .input(createOrganisationInput)
    .mutation(({ ctx, input }) => createOrganisation(ctx.db, { actorId: ctx.user.id, details: input })),

  /** Members, pending invitations; the caller's role decides which controls the page shows. */
  forMembers: organisationProcedure.query(async ({ ctx }) => ({
    ...(await organisationForMembers(ctx.db, { organisationId: ctx.organisation.id })),
    myRole: ctx.organisationRole,
  })),

  invite: organisationOwnerProcedure.input(inviteMemberInput).mutation(async ({ ctx, input }) =>
    inviteMember(ctx.db, {
      actor: ctx.user,
      organisation: ctx.organisation,
      email: input.email,
      role: input.role,
      now: await ctx.now(),
    }),
  ),

  revokeInvite: organisationOwnerProcedure.input(revokeInviteInput).mutation(({ ctx, input }) =>
    revokeInvite(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      inviteId: input.inviteId,
    }),
  ),

  changeRole: organisationOwnerProcedure.input(changeMemberRoleInput).mutation(({ ctx, input }) =>
    changeMemberRole(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      memberId: input.memberId,
      role: input.role,
    }),
  ),

  removeMember: organisationOwnerProcedure.input(removeMemberInput).mutation(({ ctx, input }) =>
    removeMember(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      memberId: input.memberId,
    }),
  ),

  /** What the holder of an invitation link may do with it (signed in, any address). */
  invitation: protectedProcedure
    .input(inviteTokenInput)
    .query(async ({ ctx, input }) =>
      previewInvite(ctx.db, { token: input.token, viewerEmail: ctx.user.email, now: await ctx.now() }),
    ),

  acceptInvite: protectedProcedure
    .input(inviteTokenInput)
    .mutation(async ({ ctx, input }) =>
      acceptInvite(ctx.db, { user: ctx.user, token: input.token, now: await ctx.now() }),
    ),
});
