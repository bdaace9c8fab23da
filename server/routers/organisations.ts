import {
  acceptInvite,
  changeMemberRole,
  createOrganisation,
  inviteMember,
  previewInvite,
  removeMember,
  removeOrganisationLogo,
  revokeInvite,
  setOrganisationLogo,
  updateOrganisation,
} from "../organisations/commands.ts";
import {
  myOrganisations,
  organisationForMembers,
  organisationLogo,
  organisationPublicPage,
} from "../organisations/queries.ts";
import {
  changeMemberRoleInput,
  newOrganisationInput,
  inviteMemberInput,
  inviteTokenInput,
  organisationBySlugInput,
  organisationIdInput,
  organisationLogoInput,
  removeMemberInput,
  revokeInviteInput,
  updateOrganisationInput,
} from "../organisations/schema.ts";
import { organisationClubs } from "../directory/queries.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { blobStore } from "../storage/blob-store.ts";
import {
  organisationOwnerProcedure,
  organisationProcedure,
  protectedProcedure,
  publicProcedure,
  router,
} from "../trpc.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

export const organisationsRouter = router({
  /**
   * The public page: name, kind, links, published challenges and, for an approved operator, its weekly
   * clubs with their next meetings (as the directory lists them); never members.
   */
  bySlug: publicProcedure.input(organisationBySlugInput).query(async ({ ctx, input }) => {
    const [page, clubs] = await Promise.all([
      organisationPublicPage(ctx.db, { slug: input.slug }),
      ctx.now().then((now) => organisationClubs(ctx.db, { slug: input.slug, now })),
    ]);
    return { ...page, clubs };
  }),

  /** The caller's organisations and their role in each. */
  mine: protectedProcedure.query(({ ctx }) => myOrganisations(ctx.db, { userId: ctx.user.id })),

  create: protectedProcedure.input(newOrganisationInput).mutation(({ ctx, input }) => {
    const { requestKey, ...details } = input;
    return createOrganisation(ctx.db, { actorId: ctx.user.id, details, requestKey });
  }),

  /** Members, pending invitations; the caller's role decides which controls the page shows. */
  forMembers: organisationProcedure.query(async ({ ctx }) => ({
    ...(await organisationForMembers(ctx.db, { organisationId: ctx.organisation.id })),
    myRole: ctx.organisationRole,
  })),

  /** Owners change the name, kind, website and description. */
  update: organisationOwnerProcedure.input(updateOrganisationInput).mutation(({ ctx, input }) => {
    const { name, kind, website, description } = input;
    return updateOrganisation(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      details: { name, kind, website, description },
    });
  }),

  setLogo: organisationOwnerProcedure.input(organisationLogoInput).mutation(({ ctx, input }) =>
    setOrganisationLogo(ctx.db, blobStore(), {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      bytes: new Uint8Array(Buffer.from(input.dataBase64, "base64")),
    }),
  ),

  removeLogo: organisationOwnerProcedure.mutation(({ ctx }) =>
    removeOrganisationLogo(ctx.db, blobStore(), {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
    }),
  ),

  /** Where the logo's bytes are (served by /api/organisations/[id]/logo); logos are public. */
  logo: publicProcedure.input(organisationIdInput).query(async ({ ctx, input }) => {
    const logo = await organisationLogo(ctx.db, { organisationId: input.organisationId });
    if (!logo) throw new DomainError("NOT_FOUND", refuse("noLogo"));
    return logo;
  }),

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
