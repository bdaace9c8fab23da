import { createApiToken, revokeApiToken } from "../api-tokens/commands.ts";
import { listApiTokens } from "../api-tokens/queries.ts";
import { EVENT_PERMISSIONS, ORGANISATION_PERMISSIONS, type ApiTokenOwner } from "../api-tokens/rules.ts";
import { apiTokenIdInput, eventTokenFields, organisationTokenFields } from "../api-tokens/schema.ts";
import { eventRoleProcedure, organisationOwnerProcedure, router } from "../trpc.ts";

// API tokens: an event's organisers manage the event's, an organisation's owners the organisation's.
// The domain is in server/api-tokens; the API they open is server/routers/api.ts.
const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

const eventOwner = (ctx: { event: { id: string } }): ApiTokenOwner => ({
  kind: "event",
  eventId: ctx.event.id,
});
const organisationOwner = (ctx: { organisation: { id: string } }): ApiTokenOwner => ({
  kind: "organisation",
  organisationId: ctx.organisation.id,
});

export const apiTokensRouter = router({
  /** The event's tokens (never their secrets) with their latest calls, and the permissions on offer. */
  listForEvent: organiserProcedure.query(async ({ ctx }) => ({
    tokens: await listApiTokens(ctx.db, eventOwner(ctx), await ctx.now()),
    permissions: EVENT_PERMISSIONS,
  })),
  /** Makes a token for the event; its secret is in this answer only. */
  createForEvent: organiserProcedure.input(eventTokenFields).mutation(async ({ ctx, input }) =>
    createApiToken(ctx.db, {
      owner: eventOwner(ctx),
      actorId: ctx.user.id,
      ...input,
      now: await ctx.now(),
    }),
  ),
  /** Revokes one of the event's tokens: it stops working at once. */
  revokeForEvent: organiserProcedure.input(apiTokenIdInput).mutation(async ({ ctx, input }) =>
    revokeApiToken(ctx.db, {
      owner: eventOwner(ctx),
      actorId: ctx.user.id,
      tokenId: input.tokenId,
      now: await ctx.now(),
    }),
  ),
  /** The organisation's tokens with their latest calls, and the permissions on offer. */
  listForOrganisation: organisationOwnerProcedure.query(async ({ ctx }) => ({
    tokens: await listApiTokens(ctx.db, organisationOwner(ctx), await ctx.now()),
    permissions: ORGANISATION_PERMISSIONS,
  })),
  /** Makes a token for the organisation; its secret is in this answer only. */
  createForOrganisation: organisationOwnerProcedure
    .input(organisationTokenFields)
    .mutation(async ({ ctx, input }) =>
      createApiToken(ctx.db, {
        owner: organisationOwner(ctx),
        actorId: ctx.user.id,
        ...input,
        now: await ctx.now(),
      }),
    ),
  /** Revokes one of the organisation's tokens. */
  revokeForOrganisation: organisationOwnerProcedure.input(apiTokenIdInput).mutation(async ({ ctx, input }) =>
    revokeApiToken(ctx.db, {
      owner: organisationOwner(ctx),
      actorId: ctx.user.id,
      tokenId: input.tokenId,
      now: await ctx.now(),
    }),
  ),
});
